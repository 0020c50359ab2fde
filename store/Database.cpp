#include "store/Database.h"

#include "store/DeferredIndexes.h"
#include "store/Migrations.h"
#include "store/SqliteLibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

Q_LOGGING_CATEGORY(lcStore, "chairside.store")

namespace Chairside {

namespace {

QString connectionName(const QString &path)
{
    return QStringLiteral("chairside:%1:%2")
        .arg(path)
        .arg(reinterpret_cast<quintptr>(QThread::currentThread()), 0, 16);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Chairside::Database", text);
}

// Connections this process holds open per file. A file already open here was checked (or its
// check deferred) by the first connection, so later ones on other threads do not read it again.
QMutex openCountMutex;
QHash<QString, int> openCounts;

// Whether the next connection to `path` should run quick_check before use. Called before the
// connection opens: opening creates the -wal file that tells an unclean close.
bool shouldCheckAtOpen(const QString &path, Database::IntegrityCheck mode)
{
    if (mode == Database::IntegrityCheck::Always)
        return true;
    QMutexLocker lock(&openCountMutex);
    if (openCounts.value(path) > 0)
        return false;
    if (mode == Database::IntegrityCheck::AtOpen)
        return true;
    // SQLite deletes the write-ahead log when the last connection closes cleanly; one left
    // behind means a crash, a kill or a power cut (or another process has the file open).
    return QFileInfo::exists(path + QStringLiteral("-wal"));
}

void countOpen(const QString &path, int delta)
{
    QMutexLocker lock(&openCountMutex);
    const int count = openCounts.value(path) + delta;
    if (count > 0)
        openCounts.insert(path, count);
    else
        openCounts.remove(path);
}

// Runs a PRAGMA and returns its first value, so the caller can check what SQLite accepted.
std::optional<QString> pragmaValue(QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        return std::nullopt;
    return query.next() ? query.value(0).toString() : QString();
}

} // namespace

StoreError Database::errorFrom(const QSqlError &error, StoreError::Kind fallback)
{
    const QString native = error.nativeErrorCode();
    const QString text = error.text();
    // SQLite primary result codes: 13 SQLITE_FULL, 11 SQLITE_CORRUPT, 26 SQLITE_NOTADB.
    if (native == u"13" || text.contains(u"database or disk is full"))
        return {StoreError::Kind::DiskFull,
                tr("The disk is full, so Chairside could not save. Nothing was lost: free some "
                   "space and try again."),
                text};
    if (native == u"11" || native == u"26" || text.contains(u"file is not a database")
        || text.contains(u"malformed"))
        return {StoreError::Kind::Corrupt, tr("The local data file is damaged and cannot be read."),
                text};
    return {fallback, tr("The local data could not be read or written: %1").arg(text), text};
}

QSqlDatabase Database::connectionForThisThread(const QString &path,
                                               std::optional<StoreError> *error)
{
    return connectionForThisThread(path, error, Options{});
}

QSqlDatabase Database::connectionForThisThread(const QString &path,
                                               std::optional<StoreError> *error,
                                               const Options &options)
{
    SqliteLibrary::configure();
    const QString name = connectionName(path);
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase existing = QSqlDatabase::database(name, false);
        if (existing.isOpen())
            return existing;
    }

    QSqlDatabase db = QSqlDatabase::contains(name)
                          ? QSqlDatabase::database(name, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = StoreError{StoreError::Kind::CannotOpen,
                                tr("Chairside cannot create the folder %1 for its data.")
                                    .arg(QDir::toNativeSeparators(info.absolutePath())),
                                {}};
        return db;
    }
    const bool checkIntegrity = shouldCheckAtOpen(path, options.integrityCheck);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        if (error)
            *error = StoreError{StoreError::Kind::CannotOpen,
                                tr("Chairside cannot open its data file %1: %2")
                                    .arg(QDir::toNativeSeparators(path), db.lastError().text()),
                                db.lastError().text()};
        return db;
    }
    if (auto problem = prepare(db, options, checkIntegrity)) {
        qCWarning(lcStore) << "store not usable:" << problem->detail;
        db.close();
        if (error)
            *error = problem;
        return db;
    }
    countOpen(path, +1);
    return db;
}

void Database::closeForThisThread(const QString &path)
{
    const QString name = connectionName(path);
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isValid() && db.isOpen()) {
            db.close();
            countOpen(path, -1);
        }
    }
    QSqlDatabase::removeDatabase(name);
}

int Database::schemaVersion(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

std::optional<StoreError> Database::verify(QSqlDatabase &db)
{
    // The check reads every page once: a large page cache would only fill up (32 MB more
    // resident memory for nothing), so it runs with SQLite's default and the cache is put back.
    const std::optional<QString> cacheSize = pragmaValue(db, QStringLiteral("PRAGMA cache_size"));
    pragmaValue(db, QStringLiteral("PRAGMA cache_size=-2000"));
    QStringList problems;
    QSqlQuery check(db);
    const bool ran = check.exec(QStringLiteral("PRAGMA quick_check"));
    while (ran && check.next()) {
        const QString line = check.value(0).toString();
        if (line != u"ok")
            problems.append(line);
    }
    const QSqlError failure = check.lastError();
    check.finish();
    if (cacheSize && !cacheSize->isEmpty())
        pragmaValue(db, QStringLiteral("PRAGMA cache_size=%1").arg(cacheSize->toInt()));
    if (!ran)
        return errorFrom(failure, StoreError::Kind::Corrupt);
    if (problems.isEmpty())
        return std::nullopt;
    return StoreError{StoreError::Kind::Corrupt,
                      QCoreApplication::translate("Chairside::Database",
                                                  "The local data file failed its integrity check "
                                                  "(%n problem(s) found).",
                                                  nullptr, int(problems.size())),
                      problems.mid(0, 5).join(u"; ")};
}

std::optional<StoreError> Database::prepare(QSqlDatabase &db, const Options &options,
                                            bool checkIntegrity)
{
    // The first read tells a database from any other file.
    QSqlQuery probe(db);
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")))
        return errorFrom(probe.lastError(), StoreError::Kind::Corrupt);
    probe.finish();

    const auto journal = pragmaValue(db, QStringLiteral("PRAGMA journal_mode=WAL"));
    if (!journal || journal->compare(u"wal", Qt::CaseInsensitive) != 0)
        return StoreError{StoreError::Kind::CannotOpen,
                          tr("The local data file cannot use write-ahead logging (is the folder "
                             "read-only or on a network share?)."),
                          journal.value_or(QString())};
    pragmaValue(db, QStringLiteral("PRAGMA foreign_keys=ON"));
    if (pragmaValue(db, QStringLiteral("PRAGMA foreign_keys")) != u"1")
        return StoreError{StoreError::Kind::CannotOpen,
                          tr("This SQLite library does not enforce foreign keys."),
                          {}};
    pragmaValue(db, QStringLiteral("PRAGMA synchronous=NORMAL"));
    // 32 MB of pages per connection instead of SQLite's 2 MB: the calendar and the dashboard
    // read the same index pages query after query, and each page not held here is a pread()
    // through the kernel (a quarter of a busy week's load time in a profile of a 600 MB store).
    pragmaValue(db, QStringLiteral("PRAGMA cache_size=-32768"));

    if (checkIntegrity) {
        if (auto problem = verify(db))
            return problem;
    }

    const int current = schemaVersion(db);
    const int latest = latestSchemaVersion();
    if (current > latest)
        return StoreError{StoreError::Kind::NewerSchema,
                          tr("This data was written by a newer version of Chairside (data format "
                             "%1; this version reads up to %2). Update Chairside, or start it with "
                             "another data folder (--data-dir).")
                              .arg(current)
                              .arg(latest),
                          {}};
    return migrate(db, options.migrateUpTo < 0 ? latest : options.migrateUpTo);
}

std::optional<StoreError> Database::migrate(QSqlDatabase &db, int upTo)
{
    const int current = schemaVersion(db);
    // A migration may name an index a first sync set aside (its process stopped before it
    // could build them again): build them first. No sync runs yet while the store migrates.
    if (current < upTo && current > 0 && DeferredIndexes::pending(db)) {
        QString error;
        if (!DeferredIndexes::restore(db, &error))
            return StoreError{StoreError::Kind::Migration,
                              tr("Chairside could not update its data to format %1: %2")
                                  .arg(current + 1)
                                  .arg(error),
                              error};
    }
    for (const Migration &step : localMigrations()) {
        if (step.version <= current || step.version > upTo)
            continue;
        if (!db.transaction())
            return errorFrom(db.lastError(), StoreError::Kind::Migration);
        QSqlQuery query(db);
        bool ok = true;
        for (const QString &statement : step.statements) {
            if (!query.exec(statement)) {
                ok = false;
                break;
            }
        }
        QString stepError;
        if (ok && step.afterStatements)
            ok = step.afterStatements(db, &stepError);
        // PRAGMA takes no bound values; the version is a compile-time number.
        if (ok)
            ok = query.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version));
        if (!ok) {
            StoreError error = errorFrom(query.lastError(), StoreError::Kind::Migration);
            if (!stepError.isEmpty())
                error.detail = stepError;
            db.rollback();
            error.message = tr("Chairside could not update its data to format %1: %2")
                                .arg(step.version)
                                .arg(error.detail);
            return error;
        }
        if (!db.commit())
            return errorFrom(db.lastError(), StoreError::Kind::Migration);
        qCInfo(lcStore) << "store migrated to version" << step.version;
    }
    return std::nullopt;
}

} // namespace Chairside
