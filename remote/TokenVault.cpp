#include "remote/TokenVault.h"

#include "remote/RemoteLog.h"

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

template<typename JobType>
JobType *makeJob(const QString &service, const QString &key, TokenVault *vault)
{
    auto *job = new JobType(service, vault);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

TokenVault::TokenVault(QObject *parent)
    : TokenVault(QStringLiteral("Chairside"), parent)
{}

TokenVault::TokenVault(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{}

QString TokenVault::keyFor(const QString &hostKey, const QString &email)
{
    return hostKey + QLatin1Char('|') + email.trimmed().toLower();
}

void TokenVault::read(const QString &key, Done done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, key, this);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        VaultResult result = resultOf(job);
        if (result.isOk())
            result.secret = job->textData();
        else if (result.status != VaultResult::Status::NotFound)
            qCWarning(lcRemote) << "keychain read failed:" << job->errorString();
        done(std::move(result));
    });
    job->start();
}

void TokenVault::write(const QString &key, const QString &secret, Done done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, key, this);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        const VaultResult result = resultOf(job);
        if (!result.isOk())
            qCWarning(lcRemote) << "keychain write failed:" << job->errorString();
        done(result);
    });
    job->start();
}

void TokenVault::remove(const QString &key, Done done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, key, this);
    connect(job, &QKeychain::Job::finished, this,
            [job, done = std::move(done)] { done(resultOf(job)); });
    job->start();
}

} // namespace Chairside
