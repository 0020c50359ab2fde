#include "sync/CacheRecovery.h"

#include "store/Database.h"
#include "sync/PullApplier.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QVariantList>

Q_LOGGING_CATEGORY(lcRecovery, "chairside.sync.recovery")

namespace Chairside {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Chairside::CacheRecovery", text);
}

struct Salvage
{
    QStringList columns;
    QMap<qint64, QVariantList> rows; // by seq, so forward and backward reads merge
    qint64 total = -1;               // count(*) when it could be read
    QStringList problems;
};

QStringList outboxColumns(QSqlDatabase &db, QString *problem)
{
    QSqlQuery query(db);
    QStringList columns;
    if (!query.exec(QStringLiteral("SELECT name FROM pragma_table_info('outbox') ORDER BY cid"))) {
        *problem = query.lastError().text();
        return columns;
    }
    while (query.next())
        columns.append(query.value(0).toString());
    if (columns.isEmpty() && query.lastError().isValid())
        *problem = query.lastError().text();
    return columns;
}

// Reads outbox rows in one direction until the end or the first unreadable page.
void readRows(QSqlDatabase &db, Salvage *salvage, bool backwards)
{
    const int seqIndex = int(salvage->columns.indexOf(QStringLiteral("seq")));
    QStringList quotedColumns;
    for (const QString &column : salvage->columns)
        quotedColumns.append(u'"' + column + u'"');
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT ") + quotedColumns.join(u", ")
                    + QStringLiteral(" FROM outbox ORDER BY seq ")
                    + (backwards ? QStringLiteral("DESC") : QStringLiteral("ASC")))) {
        salvage->problems.append(query.lastError().text());
        return;
    }
    while (query.next()) {
        QVariantList row;
        row.reserve(salvage->columns.size());
        for (int i = 0; i < salvage->columns.size(); ++i)
            row.append(query.value(i));
        const qint64 seq = seqIndex >= 0 ? row.at(seqIndex).toLongLong() : salvage->rows.size();
        if (backwards && salvage->rows.contains(seq))
            break; // met the forward read: everything is in
        salvage->rows.insert(seq, row);
    }
    if (query.lastError().isValid())
        salvage->problems.append(query.lastError().text());
}

Salvage salvageOutbox(const QString &damagedPath)
{
    Salvage salvage;
    const QString name = QStringLiteral("chairside-salvage:") + damagedPath;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(damagedPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            salvage.problems.append(db.lastError().text());
        } else {
            QString problem;
            salvage.columns = outboxColumns(db, &problem);
            if (salvage.columns.isEmpty()) {
                salvage.problems.append(problem.isEmpty() ? QStringLiteral("no outbox table")
                                                          : problem);
            } else {
                QSqlQuery count(db);
                if (count.exec(QStringLiteral("SELECT count(*) FROM outbox")) && count.next())
                    salvage.total = count.value(0).toLongLong();
                else
                    salvage.problems.append(count.lastError().text());
                count.finish();
                readRows(db, &salvage, false);
                // After a damaged page the forward read stops; reading from the other end
                // recovers the rows behind it.
                if (!salvage.problems.isEmpty())
                    readRows(db, &salvage, true);
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return salvage;
}

QString quarantineName(const QString &storePath, const QDateTime &now)
{
    const QString base =
        storePath + QStringLiteral(".corrupt-") + now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString candidate = base;
    for (int n = 2; QFileInfo::exists(candidate) || QFileInfo::exists(candidate + u"-wal"); ++n)
        candidate = base + u'-' + QString::number(n);
    return candidate;
}

// Writes the salvaged rows into the fresh store's outbox, by the column names both have.
int restoreOutbox(QSqlDatabase &db, const Salvage &salvage, QStringList *problems)
{
    QString problem;
    const QStringList freshColumns = outboxColumns(db, &problem);
    QList<int> sourceIndexes;
    QStringList columns, placeholders;
    for (int i = 0; i < salvage.columns.size(); ++i) {
        if (freshColumns.contains(salvage.columns.at(i))) {
            sourceIndexes.append(i);
            columns.append(u'"' + salvage.columns.at(i) + u'"');
            placeholders.append(QStringLiteral("?"));
        }
    }
    const int stateIndex = int(salvage.columns.indexOf(QStringLiteral("state")));
    if (columns.isEmpty() || !db.transaction()) {
        problems->append(problem.isEmpty() ? db.lastError().text() : problem);
        return 0;
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO outbox (") + columns.join(u", ")
                   + QStringLiteral(") VALUES (") + placeholders.join(u", ") + u')');
    int restored = 0;
    for (const QVariantList &row : salvage.rows) {
        int position = 0;
        for (const int index : sourceIndexes) {
            QVariant value = row.at(index);
            // An edit that was on its way may or may not have arrived: send it again (the
            // server answers a repeated mutation id with its stored answer).
            if (index == stateIndex && value.toString() == u"in_flight")
                value = QStringLiteral("pending");
            insert.bindValue(position++, value);
        }
        if (insert.exec())
            ++restored;
        else
            problems->append(insert.lastError().text());
    }
    QSqlQuery cursor(db);
    cursor.prepare(QStringLiteral("DELETE FROM sync_state WHERE key = ?"));
    cursor.addBindValue(QString::fromLatin1(PullApplier::cursorKey));
    cursor.exec();
    if (!db.commit()) {
        problems->append(db.lastError().text());
        db.rollback();
        return 0;
    }
    return restored;
}

QString sentence(const CacheRecovery::Report &report)
{
    // Whole sentences per case (not glued fragments), so translators can reorder them; singular
    // and plural spelled out until the project ships an English numerus translation.
    const QString name = QFileInfo(report.quarantinedPath).fileName();
    const int kept = report.salvaged;
    const int lost = report.lost;
    if (kept > 0 && lost == 0 && !report.lossUnknown)
        return (kept == 1 ? tr("Chairside found its local copy damaged, set it aside as %1, and "
                               "will download everything again; 1 unsent edit was kept and will "
                               "be sent.")
                          : tr("Chairside found its local copy damaged, set it aside as %1, and "
                               "will download everything again; %2 unsent edits were kept and "
                               "will be sent."))
            .arg(name)
            .arg(kept);
    if (kept > 0 || lost > 0)
        return tr("Chairside found its local copy damaged, set it aside as %1, and will download "
                  "everything again; unsent edits kept and to be sent: %2; edits that could not "
                  "be read and may need to be made again: %3.")
            .arg(name)
            .arg(kept)
            .arg(report.lossUnknown ? tr("some") : QString::number(lost));
    if (report.lossUnknown)
        return tr("Chairside found its local copy damaged, set it aside as %1, and will download "
                  "everything again; edits not yet sent from this computer could not be read "
                  "and may need to be made again.")
            .arg(name);
    return tr("Chairside found its local copy damaged, set it aside as %1, and will download "
              "everything again; there were no unsent edits.")
        .arg(name);
}

} // namespace

CacheRecovery::Report CacheRecovery::recover(const QString &storePath, const QDateTime &now)
{
    Report report;
    Database::closeForThisThread(storePath);

    // 1. Set the damaged file aside with its WAL and shared memory (the WAL may hold the last
    //    committed edits; SQLite finds it by the "-wal" suffix of the new name).
    report.quarantinedPath = quarantineName(storePath, now);
    if (!QFile::rename(storePath, report.quarantinedPath)) {
        report.message = tr("Chairside found its local copy damaged but could not set it aside "
                            "(%1). Close other programs using it and start Chairside again.")
                             .arg(storePath);
        report.detail = QStringLiteral("rename failed");
        report.quarantinedPath.clear();
        return report;
    }
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString from = storePath + QLatin1String(suffix);
        if (QFile::exists(from)
            && !QFile::rename(from, report.quarantinedPath + QLatin1String(suffix)))
            QFile::remove(from); // a stale WAL must never be applied to the fresh store
    }

    // 2. Salvage the outbox.
    const Salvage salvage = salvageOutbox(report.quarantinedPath);
    QStringList problems = salvage.problems;

    // 3. A fresh store with the salvaged edits pending again and no cursor.
    std::optional<StoreError> error;
    {
        QSqlDatabase db = Database::connectionForThisThread(storePath, &error);
        if (!error && db.isOpen()) {
            report.salvaged = restoreOutbox(db, salvage, &problems);
        }
    }
    Database::closeForThisThread(storePath);
    if (error) {
        report.message = error->message;
        report.detail = error->detail;
        return report;
    }

    if (salvage.total >= 0)
        report.lost = int(qMax<qint64>(0, salvage.total - report.salvaged));
    else
        report.lossUnknown = !problems.isEmpty();
    report.ok = true;
    report.message = sentence(report);
    report.detail = problems.mid(0, 5).join(u"; ");
    qCWarning(lcRecovery) << "damaged store set aside as" << report.quarantinedPath << "salvaged"
                          << report.salvaged << "lost" << report.lost
                          << (report.lossUnknown ? "(unknown)" : "") << report.detail;
    return report;
}

} // namespace Chairside
