#pragma once

#include "remote/RpcChannel.h"
#include "sync/PullPage.h"
#include "sync/RetryBackoff.h"
#include "sync/SyncStatus.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QStringList>

#include <chrono>
#include <deque>
#include <functional>
#include <memory>
#include <optional>

class QTimer;

namespace Chairside {

// Keeps the local cache and the backend in step: pushes the outbox through apply_mutations, then
// pulls every change through sync_pull, page by page, each page and its cursor in one SQLite
// transaction. Lives on a worker thread with its own SQLite connection (see SyncService); all its
// slots and signals are used across threads. Transient failures are retried by itself with
// backoff; nothing is ever dropped: an edit stays in the outbox until the server has answered it.
class SyncEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncEngine)

public:
    struct Config
    {
        QString databasePath;
        int pullPageSize = 1000; // the most sync_pull gives in one page
        int pushBatchSize = 50;
        // A first sync writes its pages in transactions that end after this long (or after
        // firstSyncBatchPages pages, when set): a failure loses at most that much of the
        // download, and a local edit waits at most that long for the write lock (the store's
        // busy timeout is 5 s).
        std::chrono::milliseconds firstSyncBatchTime{1500};
        int firstSyncBatchPages = 0; // 0: no page limit
        // How often to pull when nothing says a change happened (Realtime down or absent).
        std::chrono::milliseconds pollInterval{30000};
        // Runs once on the engine's own connection after it opens (tests install faults here).
        std::function<void(QSqlDatabase &)> connectionSetup;
        quint32 backoffSeed = 0; // 0: random
    };

    SyncEngine(Config config, RpcChannel *channel, QObject *parent = nullptr);
    ~SyncEngine() override;

    SyncStatus status() const { return m_status; }

public Q_SLOTS:
    // Opens the connection and runs the first cycle.
    void start();
    // A change happened (a local edit, a Realtime event): sync soon. Cheap to call often.
    void requestSync();
    // The answer to massDeleteNeedsConfirmation.
    void resolveMassDelete(bool applyDeletions);
    void stop();

Q_SIGNALS:
    void statusChanged(const Chairside::SyncStatus &status);
    // Local tables written by the engine (pulled rows, server answers), for the models.
    void tablesChanged(const QStringList &tables);
    // One cycle ended: `ok` when everything was pushed and pulled.
    void cycleFinished(bool ok);
    // A pulled page would delete `count` of the `live` rows of `table`; nothing was applied.
    void massDeleteNeedsConfirmation(const QString &table, int count, int live);
    void signedOut(const QString &reason);

private:
    void runCycle();
    void pushNext();
    void onPushed(const RpcResult &result);
    // From the stored cursor, or from `cursor` (a page asked for ahead).
    void pullNext(const QByteArray &cursor = {});
    // A page's raw answer, before it is parsed: asks for the page after it.
    void askAhead(const QByteArray &body);
    void onPulled(const RpcResult &result);
    void applyNextPage();
    // Pages asked for ahead, or parsed and not yet written, are forgotten (a failure, a pause).
    void dropPagesInFlight();
    void finishCycle();
    void beginBatch();
    // Commits (or rolls back) the pages written since beginBatch(); false when the commit failed
    // (then everything since beginBatch() is rolled back).
    bool endBatch(bool commit);
    void failCycle(const QString &sentence, bool transient,
                   std::optional<std::chrono::seconds> retryAfter = std::nullopt);
    void failWith(const RpcResult &result);
    void signOut(const QString &sentence);
    // Builds the indexes a first sync set aside, if any (outside a batch).
    void restoreIndexes();
    void refreshCounts();
    void publish();
    void writeState(const QString &key, const QString &value);
    QString readState(const QString &key);

    Config m_config;
    QPointer<RpcChannel> m_channel;
    QSqlDatabase m_db;
    RetryBackoff m_backoff;
    SyncStatus m_status;
    QTimer *m_soonTimer = nullptr;  // coalesces requestSync() calls
    QTimer *m_pollTimer = nullptr;  // the next cycle when nothing happens
    QTimer *m_retryTimer = nullptr; // the next attempt after a failure
    bool m_started = false;
    bool m_running = false;
    bool m_wanted = false;          // requestSync() arrived during a cycle
    bool m_cursorReset = false;     // the server refused the cursor once this cycle
    bool m_indexesSetAside = false; // this cycle's first sync tried DeferredIndexes once
    bool m_pushAfterPull = false;   // this cycle downloads first (no cursor yet)
    bool m_pushedAfterPull = false; // ... and has sent edits since
    quint64 m_pullGeneration = 0;   // bumped when pages asked for ahead must be dropped
    QByteArray m_pullingFrom;       // the cursor the next page in order is asked for with
    QByteArray m_cursorAskedAhead;  // set by askAhead() until its page is parsed
    struct Batch
    {
        int pages = 0;
        QElapsedTimer open;
    };
    std::optional<Batch> m_batch; // a first sync's transaction spanning several pages
    std::deque<std::shared_ptr<PullPage>> m_pagesToApply; // parsed, in the server's order
    bool m_allowMassDelete = false; // the person agreed to the pending deletions
    bool m_waitingForPerson = false;
    QStringList m_changedThisCycle;
};

} // namespace Chairside
