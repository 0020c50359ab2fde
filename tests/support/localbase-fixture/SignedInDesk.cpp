#include "SignedInDesk.h"

#include "remote/BackendConfig.h"
#include "store/Database.h"

#include <QJsonObject>
#include <QTest>
#include <QUrl>

namespace Chairside::Fixtures {

QSqlDatabase SignedInDesk::db() const
{
    return Database::connectionForThisThread(path);
}

std::unique_ptr<SignedInDesk> openSignedInDesk(const LocalbaseProcess &server,
                                               const QString &vaultService, const QString &email,
                                               const QString &storePath)
{
    auto desk = std::make_unique<SignedInDesk>();
    SyncService::Options options;
    options.backend = BackendConfig{QUrl(server.url()), server.anonKey(), server.caFile()};
    options.vaultService = vaultService;
    options.realtime = false;
    options.pollInterval = std::chrono::minutes(10);
    desk->service = std::make_unique<SyncService>(std::move(options));
    desk->cycles = std::make_unique<QSignalSpy>(desk->service.get(), &SyncService::cycleFinished);
    QSignalSpy signedIn(desk->service.get(), &SyncService::signedIn);
    QSignalSpy failed(desk->service.get(), &SyncService::signInFailed);
    desk->service->signIn(email, LocalbaseProcess::password());
    if (!QTest::qWaitFor([&] { return !signedIn.isEmpty() || !failed.isEmpty(); }, 30000)
        || signedIn.isEmpty()) {
        qWarning("sign-in failed: %s",
                 failed.isEmpty() ? "no answer" : qPrintable(failed.first().first().toString()));
        return nullptr;
    }
    desk->userId = signedIn.first().first().toString();
    desk->path = storePath;
    desk->service->startSync(desk->path);
    if (!QTest::qWaitFor([&] { return !desk->cycles->isEmpty(); }, 120000)
        || !desk->cycles->first().first().toBool()) {
        qWarning("first sync failed: %s", qPrintable(desk->service->status().lastError));
        return nullptr;
    }
    QSqlDatabase db = desk->db();
    const auto context = BusinessContext::loadForUser(db, desk->userId);
    if (!context) {
        qWarning("the first sync brought no business for %s", qPrintable(email));
        return nullptr;
    }
    desk->context = *context;
    return desk;
}

QSqlDatabase serverDatabase(const LocalbaseProcess &server, const QString &connectionName)
{
    if (QSqlDatabase::contains(connectionName))
        return QSqlDatabase::database(connectionName);
    const QJsonObject pg = server.info().value(QStringLiteral("pg")).toObject();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(pg.value(QStringLiteral("host")).toString());
    db.setPort(pg.value(QStringLiteral("port")).toInt());
    db.setDatabaseName(pg.value(QStringLiteral("database")).toString());
    db.setUserName(pg.value(QStringLiteral("user")).toString());
    db.open();
    return db;
}

} // namespace Chairside::Fixtures
