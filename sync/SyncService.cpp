#include "sync/SyncService.h"

#include "remote/RealtimeClient.h"
#include "remote/Session.h"
#include "remote/SupabaseRpcClient.h"
#include "remote/TlsSetup.h"
#include "remote/TokenVault.h"
#include "sync/RetryBackoff.h"
#include "sync/SyncEngine.h"

#include <QDir>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalBlocker>
#include <QThread>
#include <QTimer>

namespace Chairside {

Q_LOGGING_CATEGORY(lcSyncService, "chairside.sync.service")

// Everything that lives on the worker thread. Members are created there (QNetworkAccessManager,
// timers and sockets belong to the thread that creates them) and destroyed there.
struct SyncService::Worker final : public QObject
{
    Worker(const Options &options, SyncService *service)
        : options(options)
        , service(service)
    {}

    void setUp()
    {
        QString tlsError;
        const auto tls = TlsSetup::configuration(options.backend.caFile, &tlsError);
        if (!tls)
            setUpError = tlsError;
        ssl = tls.value_or(QSslConfiguration::defaultConfiguration());
        network = new QNetworkAccessManager(this);
        vault = options.vaultService.isEmpty() ? new TokenVault(this)
                                               : new TokenVault(options.vaultService, this);
        session = new Session(options.backend, ssl, network, vault, this);
        rpc = new SupabaseRpcClient(options.backend, ssl, network, session, this);
        rpc->setTransferTimeout(options.transferTimeout);
        restoreTimer = new QTimer(this);
        restoreTimer->setSingleShot(true);
        QObject::connect(restoreTimer, &QTimer::timeout, this,
                         [this] { session->restore(restoringEmail); });

        QObject::connect(session, &Session::signedIn, service, &SyncService::signedIn);
        QObject::connect(session, &Session::signedIn, this, [this] {
            restoreBackoff.reset();
            restoringEmail.clear();
            if (engine)
                engine->requestSync();
        });
        QObject::connect(session, &Session::signInFailed, service, &SyncService::signInFailed);
        QObject::connect(
            session, &Session::signInFailed, this, [this](const QString &message, bool transient) {
                // An unreachable server is no reason to ask for the password again.
                if (transient && !restoringEmail.isEmpty()) {
                    const auto wait = restoreBackoff.next();
                    qCInfo(lcSyncService) << "sign-in could not be restored (" << message
                                          << "); trying again in" << wait.count() << "ms";
                    restoreTimer->start(wait);
                }
            });
        QObject::connect(session, &Session::signedOut, service, &SyncService::signedOut);
        QObject::connect(session, &Session::signedOut, this, [this] { stopEngine(); });
    }

    void startEngine(const QString &path)
    {
        stopEngine();
        SyncEngine::Config config;
        config.databasePath = path;
        config.pollInterval = options.pollInterval;
        config.pullPageSize = options.pullPageSize;
        config.pushBatchSize = options.pushBatchSize;
        config.firstSyncBatchTime = options.firstSyncBatchTime;
        config.firstSyncBatchPages = options.firstSyncBatchPages;
        config.connectionSetup = options.connectionSetup;
        engine = new SyncEngine(std::move(config), rpc, this);
        QObject::connect(engine, &SyncEngine::statusChanged, service, &SyncService::statusChanged);
        QObject::connect(engine, &SyncEngine::tablesChanged, service, &SyncService::tablesChanged);
        QObject::connect(engine, &SyncEngine::cycleFinished, service, &SyncService::cycleFinished);
        QObject::connect(engine, &SyncEngine::massDeleteNeedsConfirmation, service,
                         &SyncService::massDeleteNeedsConfirmation);
        QObject::connect(
            engine, &SyncEngine::signedOut, this,
            [this](const QString &reason) {
                // The server no longer takes this sign-in: forget it here too, so the person is
                // asked to sign in again instead of the engine retrying forever. Queued: the
                // engine is deleted on the way and must not be inside its own signal then.
                stopEngine();
                const QSignalBlocker quiet(session); // the reason below, not "You signed out."
                session->signOut();
                Q_EMIT service->signedOut(reason);
            },
            Qt::QueuedConnection);
        if (options.realtime) {
            realtime = new RealtimeClient(options.backend, ssl, session, this);
            QObject::connect(realtime, &RealtimeClient::changed, engine, &SyncEngine::requestSync);
            // Back after a drop: changes may have been missed while the socket was down.
            QObject::connect(realtime, &RealtimeClient::subscribed, engine,
                             &SyncEngine::requestSync);
            realtime->start();
        }
        engine->start();
    }

    void stopEngine()
    {
        if (realtime) {
            realtime->stop();
            delete realtime;
            realtime = nullptr;
        }
        if (engine) {
            engine->stop();
            delete engine;
            engine = nullptr;
        }
    }

    Options options;
    SyncService *service;
    QString setUpError;
    QSslConfiguration ssl;
    QNetworkAccessManager *network = nullptr;
    TokenVault *vault = nullptr;
    Session *session = nullptr;
    SupabaseRpcClient *rpc = nullptr;
    RealtimeClient *realtime = nullptr;
    SyncEngine *engine = nullptr;
    QTimer *restoreTimer = nullptr;
    RetryBackoff restoreBackoff;
    QString restoringEmail;
};

SyncService::SyncService(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_thread(new QThread(this))
    , m_worker(new Worker(m_options, this))
{
    qRegisterMetaType<Chairside::SyncStatus>();
    m_thread->setObjectName(QStringLiteral("chairside-sync"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &SyncService::statusChanged, this,
            [this](const SyncStatus &status) { m_status = status; });
    m_thread->start();
    onWorker([](Worker &worker) { worker.setUp(); });
}

SyncService::~SyncService()
{
    // Stop the engine and close its connection on its own thread, then let the thread end: the
    // worker and everything it owns are deleted there.
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->stopEngine(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

QString SyncService::storePathFor(const QString &dataDir, const BackendConfig &backend,
                                  const QString &userId)
{
    QString host = backend.hostKey();
    host.replace(QLatin1Char(':'), QLatin1Char('-'));
    host.replace(QLatin1Char('/'), QLatin1Char('-'));
    return QDir(dataDir).filePath(
        QStringLiteral("accounts/%1/%2/chairside.sqlite").arg(host, userId));
}

void SyncService::onWorker(std::function<void(Worker &)> job)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, job = std::move(job)] { job(*worker); },
        Qt::QueuedConnection);
}

void SyncService::signIn(const QString &email, const QString &password)
{
    onWorker([email, password](Worker &worker) {
        worker.restoreTimer->stop();
        worker.restoringEmail.clear();
        if (!worker.setUpError.isEmpty()) {
            Q_EMIT worker.service->signInFailed(worker.setUpError, false);
            return;
        }
        worker.session->signIn(email, password);
    });
}

void SyncService::restore(const QString &email)
{
    onWorker([email](Worker &worker) {
        if (!worker.setUpError.isEmpty()) {
            Q_EMIT worker.service->signInFailed(worker.setUpError, false);
            return;
        }
        worker.restoreTimer->stop();
        worker.restoringEmail = email;
        worker.session->restore(email);
    });
}

void SyncService::restoreOnce(const QString &email)
{
    onWorker([email](Worker &worker) {
        if (!worker.setUpError.isEmpty()) {
            Q_EMIT worker.service->signInFailed(worker.setUpError, false);
            return;
        }
        worker.restoreTimer->stop();
        worker.restoringEmail.clear();
        worker.session->restore(email);
    });
}

void SyncService::forgetSavedSignIn(const QString &email, std::function<void()> done)
{
    onWorker([this, email, done = std::move(done)](Worker &worker) {
        const QString key =
            TokenVault::keyFor(worker.options.backend.hostKey(), email.trimmed().toLower());
        worker.vault->remove(key, [this, done](const VaultResult &) {
            QMetaObject::invokeMethod(this, done, Qt::QueuedConnection);
        });
    });
}

void SyncService::signOut()
{
    onWorker([](Worker &worker) {
        worker.restoreTimer->stop();
        worker.restoringEmail.clear();
        worker.stopEngine();
        if (worker.session->state() == Session::State::SignedOut) {
            Q_EMIT worker.service->signedOut(QString());
            return;
        }
        worker.session->signOut();
    });
}

void SyncService::startSync(const QString &databasePath)
{
    onWorker([databasePath](Worker &worker) { worker.startEngine(databasePath); });
}

void SyncService::stopSync()
{
    onWorker([](Worker &worker) { worker.stopEngine(); });
}

void SyncService::requestSync()
{
    onWorker([](Worker &worker) {
        if (worker.engine)
            worker.engine->requestSync();
    });
}

void SyncService::resolveMassDelete(bool applyDeletions)
{
    onWorker([applyDeletions](Worker &worker) {
        if (worker.engine)
            worker.engine->resolveMassDelete(applyDeletions);
    });
}

void SyncService::call(const QString &function, const QByteArray &jsonBody,
                       std::function<void(RpcResult)> reply)
{
    onWorker([this, function, jsonBody, reply = std::move(reply)](Worker &worker) mutable {
        // Posted back to the service: if it is destroyed first, ~QObject drops the event.
        worker.rpc->call(function, jsonBody, [this, reply = std::move(reply)](RpcResult result) {
            QMetaObject::invokeMethod(
                this, [reply, result = std::move(result)] { reply(result); }, Qt::QueuedConnection);
        });
    });
}

void SyncService::whenTokenSaved(std::function<void(bool)> done)
{
    onWorker([this, done = std::move(done)](Worker &worker) {
        const auto answer = [this, done, session = worker.session] {
            const bool saved = !session->lastVaultWriteFailed();
            QMetaObject::invokeMethod(
                this, [done, saved] { done(saved); }, Qt::QueuedConnection);
        };
        if (worker.session->pendingVaultWrites() == 0)
            return answer();
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = QObject::connect(worker.session, &Session::refreshTokenSaved, &worker,
                                       [session = worker.session, connection, answer] {
                                           if (session->pendingVaultWrites() > 0)
                                               return;
                                           QObject::disconnect(*connection);
                                           answer();
                                       });
    });
}

void SyncService::refreshCount(std::function<void(int)> reply)
{
    onWorker([this, reply = std::move(reply)](Worker &worker) {
        const int count = worker.session->refreshCount();
        QMetaObject::invokeMethod(
            this, [reply, count] { reply(count); }, Qt::QueuedConnection);
    });
}

} // namespace Chairside
