#pragma once

#include <QHash>
#include <QList>
#include <QReadWriteLock>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace Chairside::Localbase {

struct ColumnInfo
{
    QString name;
    QString udtName; // pg type name as Realtime reports it: int8, text, uuid, _text, ...
};

struct TableInfo
{
    QString name;
    bool isView = false;
    QList<ColumnInfo> columns;
    QStringList primaryKey;

    bool hasColumn(const QString &column) const
    {
        for (const auto &c : columns) {
            if (c.name == column)
                return true;
        }
        return false;
    }
};

struct FunctionArgument
{
    QString name;
    QString type; // format_type() text, usable in a column definition list
    bool hasDefault = false;
};

struct FunctionInfo
{
    QString name;
    QList<FunctionArgument> arguments; // input arguments only, in order
    bool returnsSet = false;
    bool returnsVoid = false;
    bool returnsComposite = false;
    bool isVolatile = true;
};

// What PostgREST calls its schema cache: the tables, views and functions of schema "public".
// Identifiers from URLs are only ever used after they were found here.
class SchemaCache final
{
public:
    // Reads the catalog through db (any role that can read pg_catalog). Returns an error text.
    QString load(QSqlDatabase &db);
    std::optional<TableInfo> table(const QString &name) const;
    QList<FunctionInfo> functions(const QString &name) const;
    QStringList tableNames() const;

    static bool isIdentifier(const QString &name);
    static QString quote(const QString &identifier); // only for names that passed isIdentifier()

private:
    mutable QReadWriteLock m_lock;
    QHash<QString, TableInfo> m_tables;
    QHash<QString, QList<FunctionInfo>> m_functions;
};

} // namespace Chairside::Localbase
