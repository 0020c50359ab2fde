#pragma once

#include "sync/RowCodec.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace Chairside {

class DirectStatement;
struct PullPage;

// Writes sync_pull pages into the local cache: every row of a page, its tombstones and the new
// cursor in ONE SQLite transaction, so a crash leaves either the old rows and cursor or the new
// ones (docs/sync.md). Lives on the sync worker with that thread's connection; prepared
// statements are kept per table and reused for every later page on the same connection.
class PullApplier final
{
public:
    struct Options
    {
        // Apply even when a table would lose many live rows at once (the person confirmed).
        bool allowMassDelete = false;
        // Runs inside the transaction after the rows and cursor are written, before commit, with
        // the tables whose rows changed (the engine re-applies pending local edits there).
        // Returning false rolls everything back.
        std::function<bool(QSqlDatabase &, const QSet<QString> &touchedTables)> afterRows;
        // The caller holds a transaction open around several pages (a first sync commits many
        // pages at once): the page's writes join it, and foreign keys must already be off
        // (PRAGMA foreign_keys cannot change inside a transaction). Unless the outcome is
        // Applied, the caller rolls the whole transaction back: a page that failed half-way is
        // not undone on its own. (A savepoint per page did that, but SQLite then walked the
        // page's growing statement journal at the end of every row's statement: a fifth of a
        // first sync's writing, docs/benchmark-notes.md.)
        bool insideTransaction = false;
    };

    enum class Outcome {
        Applied,           // committed (or written into the caller's transaction): rows, cursor
        NeedsConfirmation, // nothing written: see massDelete(s), ask, retry with allowMassDelete
        Failed,            // nothing written (inside the caller's transaction: roll it back)
    };

    // A table that would lose more than a tenth (and at least 20) of its live rows.
    struct MassDelete
    {
        QString table;
        int count = 0; // live local rows the page would tombstone
        int live = 0;  // live local rows before the page
    };

    struct Result
    {
        Outcome outcome = Outcome::Failed;
        QStringList changedTables;       // tables with a row written, in apply order
        int rows = 0;                    // rows written (inserted, replaced, marked deleted)
        QHash<QString, int> rowsWritten; // per table
        QHash<QString, int> rowsSkipped; // per table: older than the local copy, left alone
        int tombstones = 0;              // live local rows the page marked deleted
        MassDelete massDelete;           // the largest of massDeletes (NeedsConfirmation)
        QList<MassDelete> massDeletes;   // every table over the limit
        QString error;                   // a sentence for people (Failed)

        bool ok() const { return outcome == Outcome::Applied; }
    };

    // What resetForFullResync keeps.
    enum class ResetScope {
        KeepRows,   // same sign-in, cursor refused or lost: the full pull overwrites every row
        ForgetRows, // another person, business or role: rows they may not see must go now
    };

    static constexpr auto cursorKey = "pull_cursor";

    // Keeps a reference to `db` (the sync worker's connection), which must outlive this object.
    explicit PullApplier(QSqlDatabase &db);
    ~PullApplier();
    Q_DISABLE_COPY_MOVE(PullApplier)

    Result apply(const PullPage &page, const Options &options);
    Result apply(const PullPage &page) { return apply(page, Options{}); }

    // The stored cursor (compact JSON text), or empty for "start from nothing".
    QByteArray storedCursor() const;

    // Clears the cursor so the next pull starts over with cursor null; with ForgetRows also
    // deletes every synced row (one transaction). The outbox is never touched. No pruning after
    // a full pull is needed for the same sign-in: the server never hard-deletes, so a full pull
    // carries every deletion as a tombstone row.
    bool resetForFullResync(ResetScope scope, QString *error = nullptr);
    bool resetCursor() { return resetForFullResync(ResetScope::KeepRows); }

    // Rows whose foreign keys point at rows the cache does not have (a parent not visible to
    // this sign-in, or not pulled yet), per table. A diagnostic for logs after a complete cycle
    // (has_more false); it scans whole tables, so not after every page.
    QHash<QString, int> danglingReferences() const;

private:
    DirectStatement *upsertFor(const RowCodec::TableLayout &layout, quint64 mask, QString *error);

    QSqlDatabase &m_db;
    RowCodec m_codec;
    // "table/mask" -> prepared upsert, through SQLite's C API: bound once per column of every row
    // of a first sync, where QSqlQuery's binding was a twelfth of writing the rows.
    QHash<QString, std::shared_ptr<DirectStatement>> m_upserts;
};

} // namespace Chairside
