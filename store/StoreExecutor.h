#pragma once

#include "store/Database.h"

#include <QFuture>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QPromise>
#include <QStringList>
#include <QThread>

#include <atomic>
#include <memory>
#include <type_traits>

namespace Chairside {

// Runs store work off the GUI thread. One worker thread owns one SQLite connection, so jobs run
// in the order they were given and never share a connection across threads. Models call run()
// and continue with QFuture::then(context, ...) on the GUI thread.
//
// Futures come from QPromise, not QtConcurrent: waiting on a QtConcurrent future may run the job
// on the waiting thread, which would move database work onto the GUI thread.
class StoreExecutor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreExecutor)

public:
    explicit StoreExecutor(QString databasePath, QObject *parent = nullptr);
    // `options` say how the worker's connection opens (the desk defers the integrity check).
    StoreExecutor(QString databasePath, Database::Options options, QObject *parent = nullptr);
    ~StoreExecutor() override;

    const QString &databasePath() const { return m_path; }

    // Runs `job(QSqlDatabase &)` on the worker. If the store cannot be opened the job still runs,
    // with a closed connection; lastOpenError() says why.
    template<typename Job>
    auto run(Job job) -> QFuture<std::invoke_result_t<Job, QSqlDatabase &>>
    {
        using Result = std::invoke_result_t<Job, QSqlDatabase &>;
        auto promise = std::make_shared<QPromise<Result>>();
        QFuture<Result> future = promise->future();
        promise->start();
        m_pending.fetch_add(1);
        QMetaObject::invokeMethod(
            m_worker,
            [this, promise, job = std::move(job)]() mutable {
                QSqlDatabase db = connection();
                if constexpr (std::is_void_v<Result>) {
                    job(db);
                } else {
                    promise->addResult(job(db));
                }
                promise->finish();
                m_pending.fetch_sub(1);
            },
            Qt::QueuedConnection);
        return future;
    }

    // Runs `job(QSqlDatabase &)` on the worker, then `reply(result)` on the executor's (GUI)
    // thread, unless `context` was destroyed meanwhile. Panes and models use this rather than
    // QFuture::then(context, ...), which in Qt 6.4 asserts when the context dies first.
    template<typename Job, typename Reply>
    void run(QObject *context, Job job, Reply reply)
    {
        using Result = std::invoke_result_t<Job, QSqlDatabase &>;
        m_pending.fetch_add(1);
        QMetaObject::invokeMethod(
            m_worker,
            [this, guard = QPointer<QObject>(context), job = std::move(job),
             reply = std::move(reply)]() mutable {
                QSqlDatabase db = connection();
                Result result = job(db);
                // The pointer is only read on the executor's thread, where the context lives.
                QMetaObject::invokeMethod(
                    this,
                    [guard = std::move(guard), reply = std::move(reply),
                     result = std::move(result)]() mutable {
                        if (guard)
                            reply(std::move(result));
                    },
                    Qt::QueuedConnection);
                m_pending.fetch_sub(1);
            },
            Qt::QueuedConnection);
    }

    // Jobs queued or running (the screenshot mode waits until the panes have settled).
    int pendingJobs() const { return m_pending.load(); }

    // The error that kept the store from opening, if any (only meaningful after a job ran).
    std::optional<StoreError> lastOpenError() const;

    // Blocks until every job given so far has finished. For tests and start-up; never in a job.
    void waitForIdle();

    // A second executor on the same store, for a job that reads two halves at once (the
    // owner's dashboard): made on first use and kept, because a connection's page cache is
    // what makes a read fast (a connection opened per dashboard read its 90 days in 190 ms, a
    // kept one in 85). Thread-safe. It is never this executor, so a job here may wait for one
    // there; its jobs must not wait for this one. Null for a store another connection cannot
    // see (in memory): read in turn then.
    StoreExecutor *companion();

    // Tells the models that these tables changed (after a write or a sync). Thread-safe.
    void notifyTablesChanged(const QStringList &tables);

Q_SIGNALS:
    void tablesChanged(const QStringList &tables);

private:
    QSqlDatabase connection();

    QString m_path;
    Database::Options m_options;
    QThread m_thread;
    QObject *m_worker = nullptr; // lives on m_thread
    std::atomic<int> m_pending{0};
    mutable QMutex m_errorMutex;
    std::optional<StoreError> m_openError;
    QMutex m_companionMutex;
    std::unique_ptr<StoreExecutor> m_companion; // destroyed after this executor's thread ended
};

} // namespace Chairside
