#include "remote/TokenVault.h"

#include "remote/RemoteLog.h"

#include <QCoreApplication>
#include <QMutex>
#include <qt6keychain/keychain.h>

namespace Chairside {

namespace {

VaultResult resultOf(const QKeychain::Job *job)
{
    VaultResult result;
    switch (job->error()) {
    case QKeychain::NoError:
        result.status = VaultResult::Status::Ok;
        return result;
    case QKeychain::EntryNotFound:
        result.status = VaultResult::Status::NotFound;
        result.message = TokenVault::tr("No saved sign-in was found in the system keychain.");
        return result;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.status = VaultResult::Status::Unavailable;
        result.message =
            TokenVault::tr("The system keychain is not available: %1").arg(job->errorString());
        return result;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.status = VaultResult::Status::Unavailable;
        result.message =
            TokenVault::tr("The system keychain refused access: %1").arg(job->errorString());
        return result;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    result.status = VaultResult::Status::Error;
    result.message =
        TokenVault::tr("The system keychain reported an error: %1").arg(job->errorString());
    return result;
}

} // namespace

// QtKeychain keeps process-wide state (its job queue, the D-Bus connection) in the thread of the
// first job, so jobs from two threads, or from a thread that has ended, crash it. Every job
// therefore runs on the application's main thread; the answer travels back to the vault's own
// thread. The guard makes that hand-over safe when the vault is destroyed meanwhile: posting
// happens under the lock, and a vault being destroyed takes the lock first, after which
// ~QObject discards the events already posted to it.
struct TokenVault::Guard
{
    QMutex mutex;
    bool alive = true;
};

namespace {

template<typename JobType, typename Prepare, typename Finish>
void runOnMainThread(const QString &service, const QString &key, Prepare prepare, Finish finish)
{
    QMetaObject::invokeMethod(
        QCoreApplication::instance(),
        [service, key, prepare = std::move(prepare), finish = std::move(finish)]() mutable {
            auto *job = new JobType(service);
            job->setAutoDelete(true);
            job->setInsecureFallback(false);
            job->setKey(key);
            prepare(*job);
            QObject::connect(job, &QKeychain::Job::finished, job,
                             [job, finish = std::move(finish)]() mutable { finish(*job); });
            job->start();
        },
        Qt::QueuedConnection);
}

} // namespace

TokenVault::TokenVault(QObject *parent)
    : TokenVault(QStringLiteral("Chairside"), parent)
{}

TokenVault::TokenVault(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_guard(std::make_shared<Guard>())
{}

TokenVault::~TokenVault()
{
    QMutexLocker lock(&m_guard->mutex);
    m_guard->alive = false;
}

void TokenVault::answer(const std::shared_ptr<Guard> &guard, TokenVault *vault, Done done,
                        VaultResult result)
{
    QMutexLocker lock(&guard->mutex);
    if (!guard->alive)
        return;
    QMetaObject::invokeMethod(
        vault, [done = std::move(done), result = std::move(result)] { done(result); },
        Qt::QueuedConnection);
}

QString TokenVault::keyFor(const QString &hostKey, const QString &email)
{
    return hostKey + QLatin1Char('|') + email.trimmed().toLower();
}

void TokenVault::read(const QString &key, Done done)
{
    runOnMainThread<QKeychain::ReadPasswordJob>(
        m_service, key, [](QKeychain::ReadPasswordJob &) {},
        [guard = m_guard, vault = this, done = std::move(done)](QKeychain::ReadPasswordJob &job) {
            VaultResult result = resultOf(&job);
            if (result.isOk())
                result.secret = job.textData();
            else if (result.status != VaultResult::Status::NotFound)
                qCWarning(lcRemote) << "keychain read failed:" << job.errorString();
            answer(guard, vault, done, std::move(result));
        });
}

void TokenVault::write(const QString &key, const QString &secret, Done done)
{
    runOnMainThread<QKeychain::WritePasswordJob>(
        m_service, key, [secret](QKeychain::WritePasswordJob &job) { job.setTextData(secret); },
        [guard = m_guard, vault = this, done = std::move(done)](QKeychain::WritePasswordJob &job) {
            const VaultResult result = resultOf(&job);
            if (!result.isOk())
                qCWarning(lcRemote) << "keychain write failed:" << job.errorString();
            answer(guard, vault, done, result);
        });
}

void TokenVault::remove(const QString &key, Done done)
{
    runOnMainThread<QKeychain::DeletePasswordJob>(
        m_service, key, [](QKeychain::DeletePasswordJob &) {},
        [guard = m_guard, vault = this, done = std::move(done)](QKeychain::DeletePasswordJob &job) {
            answer(guard, vault, done, resultOf(&job));
        });
}

} // namespace Chairside
