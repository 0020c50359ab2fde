#include "store/DeferredIndexes.h"

#include "store/Migrations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace Chairside {

Q_LOGGING_CATEGORY(lcDeferredIndexes, "chairside.store.indexes")

namespace {

const QString kRecordKey = QStringLiteral("deferred_indexes");
const QString kSearchKey = QString::fromLatin1(kCustomerSearchAsideKey);

bool hasSearchIndex(QSqlDatabase &db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = "
                                     "'customer_search'"))
           && query.next();
}

bool hasKey(QSqlDatabase &db, const QString &key)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM sync_state WHERE key = ?"));
    query.addBindValue(key);
    return query.exec() && query.next();
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    qCWarning(lcDeferredIndexes) << message;
    return false;
}

QString quotedName(const QString &name)
{
    return u'"' + QString(name).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

// A recorded CREATE INDEX that does nothing when the index exists (a migration may have made
// it again meanwhile).
QString ifNotExists(const QString &sql)
{
    static const QRegularExpression head(
        QStringLiteral(R"(^\s*CREATE\s+INDEX\s+(IF\s+NOT\s+EXISTS\s+)?)"),
        QRegularExpression::CaseInsensitiveOption);
    QString text = sql;
    return text.replace(head, QStringLiteral("CREATE INDEX IF NOT EXISTS "));
}

// Only what setAside() records is run again: the text comes back from the store file, so a
// damaged or edited record (another statement, a second one after a semicolon) runs nothing.
bool isIndexStatement(const QString &sql)
{
    static const QRegularExpression shape(
        QStringLiteral(R"(^\s*CREATE\s+INDEX\s+(IF\s+NOT\s+EXISTS\s+)?("[^"]+"|\w+)\s+ON\s+)"
                       R"(("[^"]+"|\w+)\s*\()"),
        QRegularExpression::CaseInsensitiveOption);
    return !sql.contains(u';') && shape.match(sql).hasMatch();
}

} // namespace

const QStringList &DeferredIndexes::namedByQueries()
{
    static const QStringList names{
        QStringLiteral("idx_ledger_business_customer"),
        QStringLiteral("idx_appointments_customer_history"),
    };
    return names;
}

std::optional<int> DeferredIndexes::setAside(QSqlDatabase &db, const QStringList &tables,
                                             QString *error)
{
    QSqlQuery list(db);
    list.prepare(QStringLiteral("SELECT name, tbl_name, sql FROM sqlite_schema "
                                "WHERE type = 'index' AND sql IS NOT NULL ORDER BY name"));
    if (!list.exec()) {
        fail(error, list.lastError().text());
        return std::nullopt;
    }
    QStringList names;
    QJsonArray record;
    static const QRegularExpression unique(QStringLiteral(R"(^\s*CREATE\s+UNIQUE\s)"),
                                           QRegularExpression::CaseInsensitiveOption);
    while (list.next()) {
        const QString name = list.value(0).toString();
        const QString sql = list.value(2).toString();
        if (!tables.contains(list.value(1).toString()) || unique.match(sql).hasMatch()
            || namedByQueries().contains(name))
            continue;
        names.append(name);
        record.append(sql);
    }
    list.finish();
    const bool search = tables.contains(QStringLiteral("customers")) && hasSearchIndex(db);
    if (names.isEmpty() && !search)
        return 0;

    // A savepoint, so a failure half-way leaves every index in place.
    QSqlQuery step(db);
    if (!step.exec(QStringLiteral("SAVEPOINT set_indexes_aside"))) {
        fail(error, step.lastError().text());
        return std::nullopt;
    }
    bool ok = true;
    for (const QString &name : std::as_const(names)) {
        if (!step.exec(QStringLiteral("DROP INDEX ") + quotedName(name))) {
            ok = false;
            break;
        }
    }
    const auto remember = [&](const QString &key, const QString &value) {
        step.prepare(QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?) "
                                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        step.addBindValue(key);
        step.addBindValue(value);
        return step.exec();
    };
    if (ok && !names.isEmpty())
        ok = remember(kRecordKey,
                      QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact)));
    // The search triggers skip their work while this key is there (store migration 14).
    if (ok && search)
        ok = remember(kSearchKey, QStringLiteral("1"));
    if (!ok) {
        const QString message = step.lastError().text();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK TO set_indexes_aside"));
        QSqlQuery(db).exec(QStringLiteral("RELEASE set_indexes_aside"));
        fail(error, message);
        return std::nullopt;
    }
    QSqlQuery(db).exec(QStringLiteral("RELEASE set_indexes_aside"));
    return int(names.size());
}

bool DeferredIndexes::pending(QSqlDatabase &db)
{
    return hasKey(db, kRecordKey) || hasKey(db, kSearchKey);
}

bool DeferredIndexes::restore(QSqlDatabase &db, QString *error)
{
    QSqlQuery read(db);
    read.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    read.addBindValue(kRecordKey);
    const bool indexesAside = read.exec() && read.next();
    const QJsonDocument document =
        indexesAside ? QJsonDocument::fromJson(read.value(0).toString().toUtf8()) : QJsonDocument();
    read.finish();
    const bool searchAside = hasKey(db, kSearchKey);
    if (!indexesAside && !searchAside)
        return true; // no record (or no sync_state yet): nothing set aside
    if (indexesAside && !document.isArray())
        qCWarning(lcDeferredIndexes) << "the record of indexes set aside is damaged; it is cleared";
    QStringList statements;
    for (const QJsonValue &entry : document.array()) {
        if (isIndexStatement(entry.toString()))
            statements.append(ifNotExists(entry.toString()));
        else
            qCWarning(lcDeferredIndexes) << "not an index, not run:" << entry.toString().left(80);
    }
    const qsizetype indexCount = statements.size();
    // The search, from the code's own statements (never from the record): emptied and filled
    // again from every live customer at once, in one pass over the table.
    if (searchAside && hasSearchIndex(db)) {
        statements.append(QStringLiteral("DELETE FROM customer_search"));
        statements.append(customerSearchFillStatement());
    }

    if (!db.transaction())
        return fail(error, db.lastError().text());
    QSqlQuery step(db);
    for (const QString &sql : std::as_const(statements)) {
        if (!step.exec(sql)) {
            const QString message = step.lastError().text();
            db.rollback();
            return fail(error, message);
        }
    }
    step.prepare(QStringLiteral("DELETE FROM sync_state WHERE key IN (?, ?)"));
    step.addBindValue(kRecordKey);
    step.addBindValue(kSearchKey);
    if (!step.exec() || !db.commit()) {
        const QString message = step.lastError().text();
        db.rollback();
        return fail(error, message);
    }
    qCInfo(lcDeferredIndexes) << indexCount << "indexes built again"
                              << (searchAside ? "and the customer search filled again" : "");
    return true;
}

} // namespace Chairside
