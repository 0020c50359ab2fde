#include "PgConnections.h"

#include <QAtomicInt>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>

namespace Chairside::Localbase {

namespace {

QMutex settingsMutex;
PgConnections::Settings globalSettings;
QAtomicInt threadCounter;

// Removes the thread's connections when the thread exits (QSqlDatabase is per-thread).
struct ThreadConnections
{
    QString restName;
    QString adminName;

    ThreadConnections()
    {
        const int id = threadCounter.fetchAndAddRelaxed(1);
        restName = QStringLiteral("localbase-rest-%1").arg(id);
        adminName = QStringLiteral("localbase-admin-%1").arg(id);
    }
    ~ThreadConnections()
    {
        for (const QString &name : {restName, adminName}) {
            if (!QSqlDatabase::contains(name))
                continue;
            {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
    }
    ThreadConnections(const ThreadConnections &) = delete;
    ThreadConnections &operator=(const ThreadConnections &) = delete;
};

ThreadConnections &threadConnections()
{
    thread_local ThreadConnections connections;
    return connections;
}

} // namespace

void PgConnections::quiet(QSqlDatabase &db)
{
    // Notices (e.g. "no transaction in progress") would otherwise go to stderr via libpq.
    QSqlQuery(db).exec(QStringLiteral("set client_min_messages = error"));
}

void PgConnections::configure(const Settings &settings)
{
    QMutexLocker locker(&settingsMutex);
    globalSettings = settings;
}

PgConnections::Settings PgConnections::settings()
{
    QMutexLocker locker(&settingsMutex);
    return globalSettings;
}

QSqlDatabase PgConnections::connection(Purpose purpose, QString *error)
{
    ThreadConnections &mine = threadConnections();
    const QString &name = purpose == Purpose::Rest ? mine.restName : mine.adminName;
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
        if (db.open()) {
            quiet(db);
            return db;
        }
        if (error)
            *error = db.lastError().text();
        return {};
    }
    const Settings s = settings();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(s.host);
    db.setPort(s.port);
    db.setDatabaseName(s.database);
    db.setUserName(purpose == Purpose::Rest ? s.restUser : s.adminUser);
    db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=chairside-localbase"));
    if (!db.open()) {
        if (error)
            *error = db.lastError().text();
        return {};
    }
    quiet(db);
    return db;
}

void PgConnections::discard(Purpose purpose)
{
    ThreadConnections &mine = threadConnections();
    const QString &name = purpose == Purpose::Rest ? mine.restName : mine.adminName;
    if (!QSqlDatabase::contains(name))
        return;
    QSqlDatabase db = QSqlDatabase::database(name, false);
    db.close();
}

} // namespace Chairside::Localbase
