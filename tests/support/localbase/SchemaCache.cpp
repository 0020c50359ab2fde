#include "SchemaCache.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace Chairside::Localbase {

namespace {

QJsonArray jsonArray(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).array();
}

} // namespace

QString SchemaCache::load(QSqlDatabase &db)
{
    QHash<QString, TableInfo> tables;
    QHash<QString, QList<FunctionInfo>> functions;

    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "select c.relname, c.relkind in ('v', 'm'),"
            "       coalesce((select json_agg(json_build_array(a.attname, t.typname) order by "
            "a.attnum)"
            "                 from pg_attribute a join pg_type t on t.oid = a.atttypid"
            "                 where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped),"
            "                '[]')::text,"
            "       coalesce((select json_agg(a.attname order by k.ord)"
            "                 from pg_index i"
            "                 cross join lateral unnest(i.indkey) with ordinality k(attnum, ord)"
            "                 join pg_attribute a on a.attrelid = i.indrelid and a.attnum = "
            "k.attnum"
            "                 where i.indrelid = c.oid and i.indisprimary), '[]')::text"
            " from pg_class c join pg_namespace n on n.oid = c.relnamespace"
            " where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'f')"))) {
        return query.lastError().text();
    }
    while (query.next()) {
        TableInfo info;
        info.name = query.value(0).toString();
        info.isView = query.value(1).toBool();
        const QJsonArray columns = jsonArray(query.value(2));
        for (const auto &column : columns) {
            const QJsonArray pair = column.toArray();
            info.columns.append({pair.at(0).toString(), pair.at(1).toString()});
        }
        const QJsonArray pk = jsonArray(query.value(3));
        for (const auto &name : pk)
            info.primaryKey.append(name.toString());
        tables.insert(info.name, info);
    }

    if (!query.exec(QStringLiteral(
            "select p.proname, p.proretset, t.typname = 'void', "
            "       (t.typtype = 'c' or p.prorettype = 'record'::regtype), p.provolatile = 'v',"
            "       p.pronargs, p.pronargdefaults,"
            "       coalesce(array_to_json(p.proargnames), '[]')::text,"
            "       coalesce(array_to_json(p.proargmodes), '[]')::text,"
            "       coalesce((select json_agg(format_type(x.t, null) order by x.o)"
            "                 from unnest(p.proargtypes::oid[]) with ordinality x(t, o)), "
            "'[]')::text"
            " from pg_proc p join pg_namespace n on n.oid = p.pronamespace"
            " join pg_type t on t.oid = p.prorettype"
            " where n.nspname = 'public' and p.prokind = 'f'"))) {
        return query.lastError().text();
    }
    while (query.next()) {
        FunctionInfo info;
        info.name = query.value(0).toString();
        info.returnsSet = query.value(1).toBool();
        info.returnsVoid = query.value(2).toBool();
        info.returnsComposite = query.value(3).toBool();
        info.isVolatile = query.value(4).toBool();
        const int inputCount = query.value(5).toInt();
        const int defaults = query.value(6).toInt();
        const QJsonArray names = jsonArray(query.value(7));
        const QJsonArray modes = jsonArray(query.value(8));
        const QJsonArray types = jsonArray(query.value(9));
        // proargnames covers every argument; proargtypes only the input ones.
        QStringList inputNames;
        for (qsizetype i = 0; i < names.size(); ++i) {
            const QString mode = modes.isEmpty() ? QStringLiteral("i") : modes.at(i).toString();
            if (mode == QStringLiteral("i") || mode == QStringLiteral("b")
                || mode == QStringLiteral("v"))
                inputNames.append(names.at(i).toString());
        }
        for (int i = 0; i < inputCount; ++i) {
            FunctionArgument argument;
            argument.name = i < inputNames.size() ? inputNames.at(i) : QString();
            argument.type = types.at(i).toString();
            argument.hasDefault = i >= inputCount - defaults;
            info.arguments.append(argument);
        }
        functions[info.name].append(info);
    }

    QWriteLocker locker(&m_lock);
    m_tables = std::move(tables);
    m_functions = std::move(functions);
    return {};
}

std::optional<TableInfo> SchemaCache::table(const QString &name) const
{
    QReadLocker locker(&m_lock);
    const auto it = m_tables.constFind(name);
    if (it == m_tables.constEnd())
        return std::nullopt;
    return *it;
}

QList<FunctionInfo> SchemaCache::functions(const QString &name) const
{
    QReadLocker locker(&m_lock);
    return m_functions.value(name);
}

QStringList SchemaCache::tableNames() const
{
    QReadLocker locker(&m_lock);
    QStringList names = m_tables.keys();
    names.sort();
    return names;
}

bool SchemaCache::isIdentifier(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,62}$"));
    return pattern.match(name).hasMatch();
}

QString SchemaCache::quote(const QString &identifier)
{
    Q_ASSERT(isIdentifier(identifier));
    return QLatin1Char('"') + identifier + QLatin1Char('"');
}

} // namespace Chairside::Localbase
