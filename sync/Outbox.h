#pragma once

#include "sync/LocalMutations.h"
#include "sync/Mutation.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Chairside {

// A conflicting or rejected edit, rolled back locally and kept until retried or discarded.
struct SyncIssue
{
    qint64 id = 0; // the outbox seq
    QString mutationId;
    QString kind;
    QString summary;       // what was tried
    QString state;         // conflict or rejected
    QString code;          // the server's code (version_mismatch, double_booking, ...)
    QString reason;        // the server's sentence
    qint64 triedAt = 0;    // when the edit was made (Unix seconds)
    qint64 answeredAt = 0; // when the server answered
};

struct OutboxResult
{
    bool ok = true;
    QString error;             // a sentence for people when not ok; nothing was written then
    QStringList changedTables; // local tables written (for StoreExecutor::notifyTablesChanged)
};

struct AnswersResult
{
    bool ok = true;
    QString error; // nothing was recorded when not ok
    QStringList changedTables;
    int applied = 0;
    int conflicts = 0;
    int rejected = 0;
    int retryLater = 0; // server_error: still pending
};

struct ReapplyResult
{
    bool ok = true;
    QString error;
    QStringList changedTables;
    int reapplied = 0;
    int refused = 0; // no longer possible locally; left pending for the server to decide
};

struct IssuesResult
{
    QList<SyncIssue> issues; // newest first
    bool hasMore = false;
    QString error;
};

// The queue of edits made at the desk and not yet confirmed by the server (docs/store.md,
// docs/backend.md §3). Every change goes in together with its optimistic local effect, in one
// transaction (a savepoint, so it nests inside the pull's transaction). Conflicts and rejections
// are rolled back locally and stay as outbox rows in state conflict / rejected: the Sync issues.
class Outbox final
{
public:
    enum class Mode {
        Queue,     // apply locally and queue for the server
        LocalOnly, // a store without a backend (the demo): apply locally, queue nothing
    };

    // Writes a server row image into a local table; empty or a sentence. By default
    // writeServerRow (LocalMutations.h); the sync engine may pass the pull's RowCodec instead.
    using RowWriter =
        std::function<QString(QSqlDatabase &, const QString &table, const QJsonObject &row)>;

    explicit Outbox(QSqlDatabase &db);

    // Applies the mutation locally and queues it, atomically. Refused locally (or failed), it
    // writes nothing and says why. An empty summary is filled from the local rows.
    OutboxResult enqueue(const Mutation &mutation, const LocalActor &actor,
                         Mode mode = Mode::Queue);

    // Edits waiting for the server, and Sync issues (0 when the count fails; logged).
    int pendingCount();
    int issueCount();
    // Up to `limit` pending mutations, oldest first, for one apply_mutations batch (empty on
    // failure; logged). The entries stay pending until recordAnswers.
    QList<Mutation> nextBatch(int limit);

    // Records apply_mutations' answers (one object per mutation), in one transaction: applied →
    // the server's row is written and the entry removed; conflict / rejected → the local edit is
    // rolled back (server row written when given, created rows deleted, changed rows restored)
    // and kept as an issue; server_error → stays pending. Pending edits are then applied again
    // on top.
    AnswersResult recordAnswers(const QJsonArray &answers, const RowWriter &writer = {});

    // Applies every pending mutation again, oldest first (after a pulled page, inside its
    // transaction). Idempotent. False when it failed (then it wrote nothing).
    bool reapplyPending(ReapplyResult *details = nullptr);

    IssuesResult issues(int limit = 200);
    // Queues the issue's intent again under a new mutation id, based on the row's current
    // version, and applies it locally; the issue goes away. Refused locally, nothing changes.
    OutboxResult retry(qint64 issueId, const LocalActor &actor);
    // Forgets the issue (its local edit was already rolled back).
    OutboxResult discard(qint64 issueId);

private:
    QSqlDatabase &m_db;
};

} // namespace Chairside
