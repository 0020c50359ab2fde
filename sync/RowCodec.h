#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVariant>

#include <memory>
#include <optional>
#include <vector>

namespace Chairside {

// Maps server row images (sync_pull, apply_mutations answers) onto the local cache's columns.
// The local column list of each table comes from PRAGMA table_info, read once per table and
// cached, so a column added by a later store migration is picked up without touching this class.
// Server columns the cache lacks (sync_xid, created_at on businesses, ...) are ignored; cache
// columns the row lacks are left out, so they keep their default (insert) or value (update).
class RowCodec final
{
public:
    // How a JSON value becomes the SQLite value of a column; derived from the local schema.
    enum class ColumnKind {
        Text,    // TEXT: strings as they are, JSON objects/arrays as compact JSON text
        Integer, // INTEGER: numbers, numeric strings (bigint), booleans as 0/1
        Time,    // INTEGER named `at` or `*_at`: ISO 8601 timestamptz -> Unix seconds (UTC)
        Real,    // REAL
    };

    struct Column
    {
        QString name;
        ColumnKind kind = ColumnKind::Text;
    };

    struct TableLayout
    {
        QString table;
        QList<Column> columns;              // in the table's declared order
        QHash<QString, int> indexOf;        // column name -> index in `columns`
        QList<QByteArray> quotedNames;      // "name" as JSON writes it, by index
        QHash<QByteArray, int> indexOfUtf8; // the name in UTF-8 -> index
        // The order a row's keys came in, learnt from the rows before: the column whose key
        // followed column i (slot columns.size() for the first key, one more for the key after a
        // column the cache does not keep), -1 when unknown. Every row of a page spells its keys
        // in the same order, so a key is then matched byte for byte, without a look-up.
        mutable std::vector<int> nextKey;
        int idColumn = -1;
        int versionColumn = -1;
        int deletedAtColumn = -1;
    };

    // One column's value as SQLite will store it.
    struct Value
    {
        enum class Type : quint8 { Null, Integer, Real, Text };
        Type type = Type::Null;
        qint64 integer = 0;
        double real = 0;
        // UTF-8; usually QByteArray::fromRawData over the row's text (EncodedRow::source).
        QByteArray text;

        QVariant toVariant() const;
    };

    // One server row converted for the local table: `values[i]` belongs to layout.columns[i] and
    // is only meaningful where bit i of `presentMask` is set (the row carried that column).
    struct EncodedRow
    {
        QString id;
        qint64 version = 0;
        bool tombstone = false; // deleted_at is set
        quint64 presentMask = 0;
        std::vector<Value> values;
        QByteArray source; // the text values may point into: kept alive as long as they are

        QVariant value(int column) const { return values.at(size_t(column)).toVariant(); }
    };

    explicit RowCodec(QSqlDatabase &db);
    ~RowCodec();
    Q_DISABLE_COPY_MOVE(RowCodec)

    // The tables sync_pull sends, in the order they are applied (parents first).
    static const QStringList &syncedTables();
    static bool isSyncedTable(const QString &table);

    // The cached layout of a synced table; nullptr (and `error`) for tables that are not synced
    // or missing from the local schema.
    const TableLayout *layout(const QString &table, QString *error);

    // Converts one row from its JSON text, a view into `source` (a page's text), which the row
    // keeps a reference to: text values are not copied. Refuses (false + a sentence in `error`)
    // text that is not a JSON object, a row without a string id or an integer version, and
    // values that do not fit their column (text in a time column, ...).
    bool encode(const TableLayout &layout, const QByteArray &source, QByteArrayView rowText,
                EncodedRow *out, QString *error) const;
    // The same for a row already parsed (tests, tools).
    bool encode(const TableLayout &layout, const QJsonObject &row, EncodedRow *out,
                QString *error) const;

    // PostgreSQL/PostgREST timestamptz text ("2026-11-22T09:00:00+00:00", fractional seconds,
    // "Z", "+0530", "+02", a space instead of "T") to Unix seconds, rounded down.
    static std::optional<qint64> parseTimestamp(QStringView text);
    static std::optional<qint64> parseTimestamp(QByteArrayView utf8);

    // A JSON number or numeric string as a 64-bit integer (bigint travels either way).
    static std::optional<qint64> integerFrom(const QJsonValue &value);

private:
    QSqlDatabase m_db;
    QHash<QString, std::shared_ptr<TableLayout>> m_layouts;
};

} // namespace Chairside
