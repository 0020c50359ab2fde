#include "sync/PullApplier.h"

#include "store/DirectStatement.h"
#include "sync/ForeignKeysOff.h"
#include "sync/PullPage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlError>

#include <limits>
#include <sqlite3.h>
#include <vector>

Q_LOGGING_CATEGORY(lcPull, "chairside.sync.pull")

namespace Chairside {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Chairside::PullApplier", text);
}

QString quoted(const QString &identifier)
{
    // Identifiers come from the local schema (PRAGMA table_info) and RowCodec's table list,
    // never from the server, so quoting is for keywords only.
    return u'"' + identifier + u'"';
}

bool execute(QSqlDatabase &db, const QString &sql, QString *error = nullptr)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

constexpr int massDeleteMinimum = 20;

// The page's own transaction, rolled back unless committed; nothing at all when the page joins
// the caller's transaction (Options::insideTransaction), which the caller ends either way.
class Transaction final
{
public:
    Transaction(QSqlDatabase &db, bool callerOwnsIt)
        : m_db(db)
        , m_callerOwnsIt(callerOwnsIt)
    {}
    ~Transaction()
    {
        if (m_open)
            execute(m_db, QStringLiteral("ROLLBACK"));
    }
    Q_DISABLE_COPY_MOVE(Transaction)

    bool begin(QString *error)
    {
        if (m_callerOwnsIt)
            return true;
        // IMMEDIATE takes the write lock first: a deferred transaction that reads (the guard)
        // and then writes could fail with SQLITE_BUSY when the store worker wrote meanwhile.
        m_open = execute(m_db, QStringLiteral("BEGIN IMMEDIATE"), error);
        return m_open;
    }
    bool commit(QString *error)
    {
        if (!m_open)
            return true;
        if (!execute(m_db, QStringLiteral("COMMIT"), error))
            return false; // the destructor rolls back
        m_open = false;
        return true;
    }

private:
    QSqlDatabase &m_db;
    bool m_callerOwnsIt;
    bool m_open = false;
};

struct EncodedTable
{
    const RowCodec::TableLayout *layout = nullptr;
    std::vector<RowCodec::EncodedRow> rows;
    QStringList deletedOnly; // ids in "deleted" without a row image in the page
};

// The row's present values to parameters 1, 2, ... in column order (upsertFor's order). Text is
// bound without a copy: it lives in the page's text, which outlives the statement's run.
void bindValues(DirectStatement &upsert, const RowCodec::EncodedRow &row)
{
    int position = 0;
    for (size_t i = 0; i < row.values.size(); ++i) {
        if (!(row.presentMask & (quint64(1) << i)))
            continue;
        const RowCodec::Value &value = row.values[i];
        switch (value.type) {
        case RowCodec::Value::Type::Null:
            upsert.bindNull(++position);
            break;
        case RowCodec::Value::Type::Integer:
            upsert.bind(++position, value.integer);
            break;
        case RowCodec::Value::Type::Real:
            upsert.bind(++position, value.real);
            break;
        case RowCodec::Value::Type::Text:
            upsert.bindUtf8(++position, value.text);
            break;
        }
    }
}

PullApplier::Result failed(const QString &message)
{
    PullApplier::Result result;
    result.outcome = PullApplier::Outcome::Failed;
    result.error = message;
    qCWarning(lcPull) << "page not applied:" << message;
    return result;
}

} // namespace

PullApplier::PullApplier(QSqlDatabase &db)
    : m_db(db)
    , m_codec(db)
{}

PullApplier::~PullApplier() = default;

DirectStatement *PullApplier::upsertFor(const RowCodec::TableLayout &layout, quint64 mask,
                                        QString *error)
{
    const QString key = layout.table + u'/' + QString::number(mask, 16);
    if (const auto it = m_upserts.constFind(key); it != m_upserts.cend())
        return it->get();

    QStringList columns, placeholders, updates;
    for (int i = 0; i < layout.columns.size(); ++i) {
        if (!(mask & (quint64(1) << i)))
            continue;
        const QString name = quoted(layout.columns.at(i).name);
        columns.append(name);
        placeholders.append(QStringLiteral("?"));
        if (i != layout.idColumn)
            updates.append(name + QStringLiteral(" = excluded.") + name);
    }
    const QString table = quoted(layout.table);
    // The higher version wins; an equal version overwrites (the server's image of the same
    // version is the truth, e.g. over an optimistic local edit). OR REPLACE only concerns other
    // unique keys (loyalty_tiers' rank): the server already gave that key to this row.
    const QString sql = QStringLiteral("INSERT OR REPLACE INTO ") + table + QStringLiteral(" (")
                        + columns.join(u", ") + QStringLiteral(") VALUES (")
                        + placeholders.join(u", ")
                        + QStringLiteral(") ON CONFLICT (\"id\") DO UPDATE SET ")
                        + updates.join(u", ") + QStringLiteral(" WHERE excluded.\"version\" >= ")
                        + table + QStringLiteral(".\"version\"");
    auto query = std::make_shared<DirectStatement>(m_db, sql);
    if (query->error()) {
        if (error)
            *error = query->error()->detail;
        return nullptr;
    }
    DirectStatement *raw = query.get();
    m_upserts.insert(key, std::move(query));
    return raw;
}

PullApplier::Result PullApplier::apply(const PullPage &page, const Options &options)
{
    QSqlDatabase &db = m_db;

    // 1. Convert everything before touching the store: a bad value refuses the whole page.
    std::vector<EncodedTable> tables;
    tables.reserve(size_t(page.tables.size()));
    QString error;
    for (const PullPage::TableRows &entry : page.tables) {
        EncodedTable encoded;
        encoded.layout = m_codec.layout(entry.table, &error);
        if (!encoded.layout)
            return failed(error);
        encoded.rows.resize(size_t(entry.rows.size()));
        QSet<QString> idsWithRows;
        for (qsizetype i = 0; i < entry.rows.size(); ++i) {
            if (!m_codec.encode(*encoded.layout, page.text, entry.rows.at(i),
                                &encoded.rows[size_t(i)], &error))
                return failed(error);
            if (!entry.deletedIds.isEmpty())
                idsWithRows.insert(encoded.rows[size_t(i)].id);
        }
        for (const QString &id : entry.deletedIds) {
            if (!idsWithRows.contains(id))
                encoded.deletedOnly.append(id);
        }
        tables.push_back(std::move(encoded));
    }

    ForeignKeysOff foreignKeysOff(db);
    Transaction transaction(db, options.insideTransaction);
    if (!transaction.begin(&error))
        return failed(tr("The local data could not be opened for writing: %1").arg(error));

    Result result;

    // 2. The mass-delete guard: count live local rows this page would tombstone.
    for (const EncodedTable &table : tables) {
        const QString name = quoted(table.layout->table);
        QSqlQuery live(db);
        live.prepare(QStringLiteral("SELECT version FROM ") + name
                     + QStringLiteral(" WHERE id = ? AND deleted_at IS NULL"));
        int count = 0;
        auto wouldRemove = [&](const QString &id, qint64 incomingVersion) {
            live.bindValue(0, id);
            bool hit = false;
            if (live.exec() && live.next())
                hit = live.value(0).toLongLong() <= incomingVersion;
            live.finish();
            return hit;
        };
        for (const RowCodec::EncodedRow &row : table.rows) {
            if (row.tombstone && wouldRemove(row.id, row.version))
                ++count;
        }
        for (const QString &id : table.deletedOnly) {
            if (wouldRemove(id, std::numeric_limits<qint64>::max()))
                ++count;
        }
        result.tombstones += count;
        if (count < massDeleteMinimum)
            continue;
        QSqlQuery total(db);
        if (!total.exec(QStringLiteral("SELECT count(*) FROM ") + name
                        + QStringLiteral(" WHERE deleted_at IS NULL"))
            || !total.next())
            return failed(tr("The local data could not be read: %1").arg(total.lastError().text()));
        const int liveCount = total.value(0).toInt();
        if (qint64(count) * 10 <= liveCount)
            continue;
        result.massDeletes.append(MassDelete{table.layout->table, count, liveCount});
        if (count > result.massDelete.count)
            result.massDelete = result.massDeletes.constLast();
    }
    if (!result.massDeletes.isEmpty() && !options.allowMassDelete) {
        result.outcome = Outcome::NeedsConfirmation;
        qCInfo(lcPull) << "page holds a mass delete; asking first:" << result.massDeletes.size()
                       << "table(s)";
        return result; // the transaction rolls back; nothing was written
    }

    // 3. The rows, parents first.
    for (const EncodedTable &table : tables) {
        const RowCodec::TableLayout &layout = *table.layout;
        int written = 0, skipped = 0;
        // The rows of a table mostly carry the same columns: look the statement up on a change.
        DirectStatement *upsert = nullptr;
        quint64 upsertMask = 0;
        for (const RowCodec::EncodedRow &row : table.rows) {
            if (!upsert || row.presentMask != upsertMask) {
                upsert = upsertFor(layout, row.presentMask, &error);
                upsertMask = row.presentMask;
            }
            if (!upsert)
                return failed(
                    tr("The changes for %1 could not be prepared: %2").arg(layout.table, error));
            upsert->reset();
            bindValues(*upsert, row);
            bool ok = upsert->execute();
            if (!ok && upsert->errorCode() == SQLITE_CONSTRAINT_UNIQUE) {
                // Another unique key (a tier's rank) held by this row's older local image: the
                // server's newer image wins, so drop the old one and insert afresh.
                QSqlQuery own(db);
                own.prepare(QStringLiteral("DELETE FROM ") + quoted(layout.table)
                            + QStringLiteral(" WHERE id = ? AND version <= ?"));
                own.addBindValue(row.id);
                own.addBindValue(row.version);
                if (own.exec() && own.numRowsAffected() > 0) {
                    upsert->reset(); // the same values are still bound
                    ok = upsert->execute();
                }
            }
            if (!ok)
                return failed(tr("The row %1 of %2 could not be saved: %3")
                                  .arg(row.id, layout.table, upsert->error()->detail));
            if (upsert->changes() > 0)
                ++written;
            else
                ++skipped;
        }
        if (!table.deletedOnly.isEmpty()) {
            // Ids listed as deleted without a row image: mark them, keep their version.
            QSqlQuery tombstone(db);
            tombstone.prepare(QStringLiteral("UPDATE ") + quoted(layout.table)
                              + QStringLiteral(" SET deleted_at = ? WHERE id = ? AND "
                                               "deleted_at IS NULL"));
            const qint64 when =
                page.serverTime ? page.serverTime : QDateTime::currentSecsSinceEpoch();
            for (const QString &id : table.deletedOnly) {
                tombstone.bindValue(0, when);
                tombstone.bindValue(1, id);
                if (!tombstone.exec())
                    return failed(tr("The row %1 of %2 could not be marked deleted: %3")
                                      .arg(id, layout.table, tombstone.lastError().text()));
                written += tombstone.numRowsAffected();
            }
        }
        if (written > 0)
            result.changedTables.append(layout.table);
        result.rows += written;
        result.rowsWritten.insert(layout.table, written);
        result.rowsSkipped.insert(layout.table, skipped);
    }

    // 4. The cursor, in the same transaction as the rows.
    QSqlQuery cursor(db);
    cursor.prepare(QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?) "
                                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    cursor.addBindValue(QString::fromLatin1(cursorKey));
    cursor.addBindValue(QString::fromUtf8(page.cursor));
    if (!cursor.exec())
        return failed(
            tr("The sync position could not be saved: %1").arg(cursor.lastError().text()));

    // 5. The engine's hook (pending local edits on top), still inside the transaction.
    if (options.afterRows
        && !options.afterRows(
            db, QSet<QString>(result.changedTables.cbegin(), result.changedTables.cend())))
        return failed(tr("Pending local changes could not be applied on top of the server's "
                         "changes."));

    if (!transaction.commit(&error))
        return failed(tr("The server's changes could not be saved: %1").arg(error));
    result.outcome = Outcome::Applied;
    return result;
}

QByteArray PullApplier::storedCursor() const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    query.addBindValue(QString::fromLatin1(cursorKey));
    if (query.exec() && query.next())
        return query.value(0).toString().toUtf8();
    return {};
}

bool PullApplier::resetForFullResync(ResetScope scope, QString *error)
{
    QSqlDatabase &db = m_db;
    ForeignKeysOff foreignKeysOff(db);
    Transaction transaction(db, false);
    if (!transaction.begin(error))
        return false;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM sync_state WHERE key = ?"));
    query.addBindValue(QString::fromLatin1(cursorKey));
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    if (scope == ResetScope::ForgetRows) {
        // Children first, although foreign keys are off here.
        const QStringList &tables = RowCodec::syncedTables();
        for (auto it = tables.crbegin(); it != tables.crend(); ++it) {
            if (!execute(db, QStringLiteral("DELETE FROM ") + quoted(*it), error))
                return false;
        }
    }
    return transaction.commit(error);
}

QHash<QString, int> PullApplier::danglingReferences() const
{
    QHash<QString, int> result;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return result;
    while (query.next()) {
        const QString table = query.value(0).toString();
        if (RowCodec::isSyncedTable(table))
            ++result[table];
    }
    return result;
}

} // namespace Chairside
