#pragma once

#include "remote/BackendConfig.h"
#include "remote/RpcChannel.h"
#include "sync/SyncStatus.h"

#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>

class QThread;

namespace Chairside {

class Session;
class SupabaseRpcClient;
class RealtimeClient;
class SyncEngine;

// Chairside's connection to the salon's backend, for the window and the headless commands alike.
// Everything that talks to the network or the engine's SQLite connection lives on one worker
// thread owned by the service: the session (tokens in memory and the keychain), the RPC client,
// the Realtime listener and the sync engine. The service's own slots and signals are used on the
// thread that created it (the GUI thread); results come back there.
class SyncService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncService)

public:
    struct Options
    {
        BackendConfig backend;
        QString vaultService; // empty: the installation's own keychain entries
        bool realtime = true; // listen for changes; polling covers for it either way
        std::chrono::milliseconds pollInterval{30000};
        std::chrono::milliseconds transferTimeout{30000};
        int pullPageSize = 1000;
        int pushBatchSize = 50;
        // How a first sync groups its pages into transactions (see SyncEngine::Config).
        std::chrono::milliseconds firstSyncBatchTime{1500};
        int firstSyncBatchPages = 0;
        // Runs once on the engine's SQLite connection after it opens (tests install faults).
        std::function<void(QSqlDatabase &)> connectionSetup;
    };

    explicit SyncService(Options options, QObject *parent = nullptr);
    ~SyncService() override;

    // Where the cache of one account lives below the data folder: every backend and person has
    // their own, so signing in as someone else never mixes two salons' data.
    static QString storePathFor(const QString &dataDir, const BackendConfig &backend,
                                const QString &userId);

    // Outcome: signedIn or signInFailed. Transient failures of restore() are retried by the
    // service itself until the server answers (the desk keeps working on its cache meanwhile).
    void signIn(const QString &email, const QString &password);
    void restore(const QString &email);
    // Like restore(), but a transient failure is final (a command that runs once).
    void restoreOnce(const QString &email);
    // Erases the saved sign-in of `email` from the keychain without asking the server (signing
    // out while it cannot be reached). `done` runs on this thread.
    void forgetSavedSignIn(const QString &email, std::function<void()> done);
    // Revokes the session on the server (best effort), erases the saved token, stops syncing.
    // Outcome: signedOut.
    void signOut();

    // Runs the engine on the account's cache at `databasePath` (after signedIn).
    void startSync(const QString &databasePath);
    void stopSync();
    void requestSync();
    void resolveMassDelete(bool applyDeletions);

    // Calls an RPC as the signed-in person; `reply` runs on this object's thread.
    void call(const QString &function, const QByteArray &jsonBody,
              std::function<void(RpcResult)> reply);

    // `done(saved)` runs (on this thread) once the keychain has answered every refresh token
    // handed to it so far; `saved` is false when it refused the last one. A process waits for
    // this before it exits.
    void whenTokenSaved(std::function<void(bool saved)> done);

    // Refresh grants the session sent so far (diagnostics and tests); answered on this thread.
    void refreshCount(std::function<void(int)> reply);

    SyncStatus status() const { return m_status; }

Q_SIGNALS:
    void signedIn(const QString &userId, const QString &email);
    void signInFailed(const QString &message, bool transient);
    void signedOut(const QString &reason);
    void statusChanged(const Chairside::SyncStatus &status);
    void tablesChanged(const QStringList &tables);
    void cycleFinished(bool ok);
    void massDeleteNeedsConfirmation(const QString &table, int count, int live);

private:
    struct Worker;

    // Runs `job(worker)` on the worker thread.
    void onWorker(std::function<void(Worker &)> job);

    Options m_options;
    QThread *m_thread;
    Worker *m_worker; // lives on m_thread, deleted there when it finishes
    SyncStatus m_status;
};

} // namespace Chairside
