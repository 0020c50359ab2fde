#include "BenchCommands.h"
#include "store/Database.h"
#include "sync/RowCodec.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <vector>

namespace Chairside::Bench {

namespace {

constexpr int kChunkRows = 5000;

QString quoted(const QString &identifier)
{
    return u'"' + identifier + u'"';
}

QStringList columnsOf(QSqlDatabase &db, const QString &table)
{
    QStringList columns;
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("PRAGMA table_info(") + quoted(table) + u')')) {
        while (query.next())
            columns.append(query.value(1).toString());
    }
    return columns;
}

bool run(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = sql + QStringLiteral(": ") + query.lastError().text();
    return false;
}

} // namespace

// The local limit: the rows a first sync wrote, inserted again into a fresh store the plainest
// fast way - one prepared INSERT per table, one transaction for everything - on a connection
// opened exactly like the app's (Database: WAL, synchronous=NORMAL, the real schema). Foreign
// keys are off, as PullApplier turns them off while it writes a page. Rows are read from the
// source in chunks outside the timed part, so `seconds` is SQLite's insert work alone.
int bulkInsert(const QStringList &args)
{
    const QString sourcePath = optionValue(args, QStringLiteral("--source"));
    const QString targetPath = optionValue(args, QStringLiteral("--target"));
    // 0: one transaction for everything. N: commit after every N rows (500: like sync pages).
    const qint64 commitEvery = optionValue(args, QStringLiteral("--commit-every")).toLongLong();
    if (sourcePath.isEmpty() || targetPath.isEmpty() || commitEvery < 0)
        return failWith(
            QStringLiteral("usage: bulk-insert --source CACHE --target NEW [--commit-every N]"));
    if (!QFile::exists(sourcePath))
        return failWith(QStringLiteral("no such cache: %1").arg(sourcePath));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(targetPath + suffix);

    QString error;
    {
        QSqlDatabase source =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-source"));
        source.setDatabaseName(sourcePath);
        source.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!source.open())
            return failWith(source.lastError().text());

        std::optional<StoreError> openError;
        QSqlDatabase target = Database::connectionForThisThread(targetPath, &openError);
        if (openError)
            return failWith(openError->message);
        if (!run(target, QStringLiteral("PRAGMA foreign_keys=OFF"), &error))
            return failWith(error);

        QElapsedTimer clock;
        qint64 insertNs = 0, readNs = 0, rows = 0, sinceCommit = 0;
        QJsonObject tables;

        clock.start();
        if (!run(target, QStringLiteral("BEGIN"), &error))
            return failWith(error);
        insertNs += clock.nsecsElapsed();

        for (const QString &table : RowCodec::syncedTables()) {
            const QStringList columns = columnsOf(target, table);
            if (columns.isEmpty() || columns != columnsOf(source, table))
                return failWith(QStringLiteral("%1: source and target columns differ").arg(table));
            QStringList names, marks;
            for (const QString &column : columns) {
                names.append(quoted(column));
                marks.append(QStringLiteral("?"));
            }
            QSqlQuery select(source);
            select.setForwardOnly(true);
            if (!select.exec(QStringLiteral("SELECT ") + names.join(u',') + QStringLiteral(" FROM ")
                             + quoted(table)))
                return failWith(select.lastError().text());

            clock.restart();
            QSqlQuery insert(target);
            if (!insert.prepare(QStringLiteral("INSERT INTO ") + quoted(table)
                                + QStringLiteral(" (") + names.join(u',')
                                + QStringLiteral(") VALUES (") + marks.join(u',') + u')'))
                return failWith(insert.lastError().text());
            insertNs += clock.nsecsElapsed();

            qint64 tableRows = 0;
            std::vector<QVariantList> chunk;
            chunk.reserve(kChunkRows);
            bool more = true;
            while (more) {
                clock.restart();
                chunk.clear();
                while (chunk.size() < size_t(kChunkRows) && (more = select.next())) {
                    QVariantList values;
                    values.reserve(columns.size());
                    for (int i = 0; i < columns.size(); ++i)
                        values.append(select.value(i));
                    chunk.push_back(std::move(values));
                }
                readNs += clock.nsecsElapsed();

                clock.restart();
                for (const QVariantList &values : chunk) {
                    for (int i = 0; i < values.size(); ++i)
                        insert.bindValue(i, values.at(i));
                    if (!insert.exec())
                        return failWith(
                            QStringLiteral("%1: %2").arg(table, insert.lastError().text()));
                    if (commitEvery > 0 && ++sinceCommit == commitEvery) {
                        sinceCommit = 0;
                        if (!run(target, QStringLiteral("COMMIT"), &error)
                            || !run(target, QStringLiteral("BEGIN"), &error))
                            return failWith(error);
                    }
                }
                insertNs += clock.nsecsElapsed();
                tableRows += qint64(chunk.size());
            }
            insert.finish();
            tables.insert(table, tableRows);
            rows += tableRows;
        }

        clock.restart();
        if (!run(target, QStringLiteral("COMMIT"), &error))
            return failWith(error);
        insertNs += clock.nsecsElapsed();

        printJson(QJsonObject{{QStringLiteral("rows"), rows},
                              {QStringLiteral("commit_every"), commitEvery},
                              {QStringLiteral("seconds"), double(insertNs) / 1e9},
                              {QStringLiteral("read_seconds"), double(readNs) / 1e9},
                              {QStringLiteral("tables"), tables}});
        source.close();
        target = QSqlDatabase();
    }
    Database::closeForThisThread(targetPath);
    QSqlDatabase::removeDatabase(QStringLiteral("bench-source"));
    return 0;
}

} // namespace Chairside::Bench
