// chairside-bench make-pages and apply-pages: the client half of a first sync without a server,
// for instruction counts (scripts/bench-callgrind.sh). make-pages turns rows of a filled store
// back into sync_pull pages (server row images: times as ISO 8601 text); apply-pages parses them
// (PullPage::parse) and writes them (PullApplier::apply with the outbox re-apply) into a fresh
// store the way SyncEngine writes a first sync: foreign keys off, 30 pages per transaction, the
// secondary indexes and the customer search set aside in the first and built again at the end.

#include "BenchCommands.h"
#include "PaneBench.h"
#include "store/Database.h"
#include "store/DeferredIndexes.h"
#include "sync/Outbox.h"
#include "sync/PullApplier.h"
#include "sync/PullPage.h"
#include "sync/RowCodec.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>

namespace Chairside::Bench {

namespace {

// SyncEngine ends a first sync's transaction after 1.5 s (Config::firstSyncBatchTime), some 30
// pages at the speed measured; a fixed count here, so instruction counts repeat run to run.
constexpr int kPagesPerBatch = 30;
const QString kSource = QStringLiteral("bench-pages");

// One local row as the server sends it.
QJsonObject serverImage(const QSqlQuery &query, const RowCodec::TableLayout &layout)
{
    QJsonObject row;
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i) {
        const QString name = record.fieldName(i);
        const QVariant value = query.value(i);
        const auto at = layout.indexOf.constFind(name);
        if (at == layout.indexOf.cend())
            continue;
        if (value.isNull()) {
            row.insert(name, QJsonValue::Null);
            continue;
        }
        switch (layout.columns.at(*at).kind) {
        case RowCodec::ColumnKind::Time:
            row.insert(name, QDateTime::fromSecsSinceEpoch(value.toLongLong(), QTimeZone::utc())
                                 .toString(Qt::ISODate));
            break;
        case RowCodec::ColumnKind::Integer:
            row.insert(name, value.toLongLong());
            break;
        case RowCodec::ColumnKind::Real:
            row.insert(name, value.toDouble());
            break;
        case RowCodec::ColumnKind::Text:
            row.insert(name, value.toString());
            break;
        }
    }
    return row;
}

// The pages: up to `perTable` rows of every synced table, `pageSize` rows a page, in the order
// the server sends tables.
std::optional<QList<QByteArray>> pagesFrom(const QString &sourcePath, int perTable, int pageSize,
                                           qint64 *rows, QString *error)
{
    QList<QByteArray> pages;
    QJsonObject current;
    int inPage = 0;
    const auto flush = [&] {
        pages.append(QJsonDocument(QJsonObject{{QStringLiteral("rows"), current},
                                               {QStringLiteral("deleted"), QJsonObject{}},
                                               {QStringLiteral("cursor"),
                                                QJsonObject{{QStringLiteral("since"),
                                                             QStringLiteral("1:1:")}}},
                                               {QStringLiteral("has_more"), true}})
                         .toJson(QJsonDocument::Compact));
        current = {};
        inPage = 0;
    };
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kSource);
    db.setDatabaseName(sourcePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open()) {
        *error = db.lastError().text();
        return std::nullopt;
    }
    {
        RowCodec codec(db);
        for (const QString &table : RowCodec::syncedTables()) {
            const RowCodec::TableLayout *layout = codec.layout(table, error);
            if (!layout)
                return std::nullopt;
            QSqlQuery query(db);
            query.setForwardOnly(true);
            query.prepare(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid LIMIT ?").arg(table));
            query.addBindValue(perTable);
            if (!query.exec()) {
                *error = table + QStringLiteral(": cannot be read");
                return std::nullopt;
            }
            QJsonArray tableRows;
            while (query.next()) {
                tableRows.append(serverImage(query, *layout));
                ++*rows;
                if (++inPage == pageSize) {
                    current.insert(table, tableRows);
                    tableRows = {};
                    flush();
                }
            }
            if (!tableRows.isEmpty())
                current.insert(table, tableRows);
        }
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(kSource);
    if (inPage > 0)
        flush();
    // The last page ends the cycle.
    if (!pages.isEmpty()) {
        QJsonObject last = QJsonDocument::fromJson(pages.last()).object();
        last.insert(QStringLiteral("has_more"), false);
        pages.last() = QJsonDocument(last).toJson(QJsonDocument::Compact);
    }
    return pages;
}

} // namespace

int makePages(const QStringList &args)
{
    const QString sourcePath = optionValue(args, QStringLiteral("--source"));
    const QString outPath = optionValue(args, QStringLiteral("--out"));
    const int perTable =
        optionValue(args, QStringLiteral("--rows-per-table"), QStringLiteral("2000")).toInt();
    const int pageSize =
        optionValue(args, QStringLiteral("--page-size"), QStringLiteral("1000")).toInt();
    if (sourcePath.isEmpty() || outPath.isEmpty() || perTable < 1 || pageSize < 1
        || !QFile::exists(sourcePath))
        return failWith(QStringLiteral("usage: make-pages --source STORE --out FILE "
                                       "[--rows-per-table 2000] [--page-size 1000]"));
    QString error;
    qint64 rows = 0;
    const auto pages = pagesFrom(sourcePath, perTable, pageSize, &rows, &error);
    if (!pages)
        return failWith(error);
    QFile out(outPath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return failWith(QStringLiteral("cannot write %1").arg(outPath));
    for (const QByteArray &page : *pages)
        out.write(page + '\n');
    if (!out.flush())
        return failWith(QStringLiteral("cannot write %1").arg(outPath));
    printJson({{QStringLiteral("rows"), rows}, {QStringLiteral("pages"), pages->size()}});
    return 0;
}

int applyPages(const QStringList &args)
{
    const QString pagesPath = optionValue(args, QStringLiteral("--pages"));
    const QString targetPath = optionValue(args, QStringLiteral("--target"));
    if (pagesPath.isEmpty() || targetPath.isEmpty() || QFile::exists(targetPath))
        return failWith(QStringLiteral("usage: apply-pages --pages FILE --target NEW"));
    QFile file(pagesPath);
    if (!file.open(QIODevice::ReadOnly))
        return failWith(QStringLiteral("cannot read %1").arg(pagesPath));
    QList<QByteArray> pages;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (!line.isEmpty())
            pages.append(line);
    }
    qint64 rows = 0;

    std::optional<StoreError> openError;
    QSqlDatabase db = Database::connectionForThisThread(targetPath, &openError);
    if (openError)
        return failWith(openError->message);
    QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = -32768")); // as SyncEngine
    QSqlQuery(db).exec(QStringLiteral("PRAGMA temp_store = MEMORY")); // as SyncEngine
    PullApplier::Options options;
    options.insideTransaction = true;
    options.afterRows = [](QSqlDatabase &connection, const QSet<QString> &) {
        return Outbox(connection).reapplyPending();
    };
    startInstrumentation();
    qint64 parseNs = 0;
    qint64 applyNs = 0;
    QElapsedTimer clock;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i % kPagesPerBatch == 0) {
            QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys=OFF"));
            QSqlQuery(db).exec(QStringLiteral("BEGIN IMMEDIATE"));
            if (i == 0 && !DeferredIndexes::setAside(db, RowCodec::syncedTables()))
                return failWith(QStringLiteral("the indexes could not be set aside"));
        }
        clock.start();
        PullPage::Parsed parsed = PullPage::parse(pages.at(i));
        parseNs += clock.nsecsElapsed();
        if (!parsed.page)
            return failWith(QStringLiteral("page %1: %2").arg(i).arg(parsed.error));
        rows += parsed.page->rowCount();
        clock.start();
        const PullApplier::Result applied = PullApplier(db).apply(*parsed.page, options);
        if (applied.outcome != PullApplier::Outcome::Applied)
            return failWith(QStringLiteral("page %1 not applied: %2").arg(i).arg(applied.error));
        if ((i + 1) % kPagesPerBatch == 0 || i + 1 == pages.size()) {
            QSqlQuery(db).exec(QStringLiteral("COMMIT"));
            QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys=ON"));
        }
        applyNs += clock.nsecsElapsed();
    }
    clock.start();
    QString error;
    if (!DeferredIndexes::restore(db, &error))
        return failWith(error);
    const qint64 restoreNs = clock.nsecsElapsed();
    db = QSqlDatabase();
    Database::closeForThisThread(targetPath);
    printJson({{QStringLiteral("rows"), rows},
               {QStringLiteral("pages"), pages.size()},
               {QStringLiteral("parse_seconds"), double(parseNs) / 1e9},
               {QStringLiteral("apply_seconds"), double(applyNs) / 1e9},
               {QStringLiteral("restore_seconds"), double(restoreNs) / 1e9}});
    return 0;
}

} // namespace Chairside::Bench
