// CacheRecovery on real damaged SQLite files: quarantine, outbox salvage, a fresh store.
#include "store/Database.h"
#include "store/Migrations.h"
#include "sync/CacheRecovery.h"
#include "sync/PullApplier.h"
#include "sync/PullPage.h"
#include "tests/unit/SyncFixturePages.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Chairside;

namespace {

const QDateTime when(QDate(2026, 11, 22), QTime(9, 30, 5));

} // namespace

class TestCacheRecovery final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;

    // A store with the real demo page, 3 outbox rows (one in flight) and many customers, its
    // WAL checkpointed into the main file. Returns the outbox's root page.
    int buildStore()
    {
        int outboxRoot = -1;
        {
            std::optional<StoreError> error;
            error.reset();
            QSqlDatabase db = Database::connectionForThisThread(m_path, &error);
            if (error)
                qFatal("store: %s", qPrintable(error->message));
            QSqlQuery query(db);
            query.prepare(QStringLiteral("INSERT INTO outbox (mutation_id, kind, payload, "
                                         "created_at, state) VALUES (?, ?, ?, ?, ?)"));
            const char *states[] = {"pending", "in_flight", "pending"};
            for (int i = 0; i < 3; ++i) {
                query.addBindValue(QStringLiteral("m-%1").arg(i));
                query.addBindValue(QStringLiteral("appointment.set_status"));
                query.addBindValue(QStringLiteral(R"({"id":"a5","status":"arrived"})"));
                query.addBindValue(1795338000 + i);
                query.addBindValue(QString::fromLatin1(states[i]));
                if (!query.exec())
                    qFatal("outbox: %s", qPrintable(query.lastError().text()));
            }
            const auto parsed =
                PullPage::parse(Tests::syncFixturePage(QStringLiteral("full-page-owner.json")));
            PullApplier applier(db);
            if (!parsed.page || !applier.apply(*parsed.page).ok())
                qFatal("could not apply the demo page");
            // Enough rows for many pages, so the middle of the file is customer data.
            db.transaction();
            query.prepare(QStringLiteral(
                "INSERT INTO customers (id, business_id, full_name, notes, created_at, "
                "updated_at) VALUES (?, 'a0000000-0000-4000-8000-000000000001', ?, ?, 0, 0)"));
            for (int i = 0; i < 3000; ++i) {
                query.addBindValue(QStringLiteral("bulk-%1").arg(i, 5, 10, QLatin1Char('0')));
                query.addBindValue(QStringLiteral("Customer %1").arg(i));
                query.addBindValue(QString(200, QLatin1Char('n')));
                query.exec();
            }
            db.commit();
            QSqlQuery root(db);
            root.exec(QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = 'outbox'"));
            root.next();
            outboxRoot = root.value(0).toInt();
            root.finish();
            QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        Database::closeForThisThread(m_path);
        return outboxRoot;
    }

    static void overwritePages(const QString &path, const QList<int> &pages)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        for (const int page : pages) {
            QVERIFY(file.seek(qint64(page - 1) * 4096));
            QByteArray garbage(4096, '\0');
            for (int i = 0; i < garbage.size(); ++i)
                garbage[i] = char((i * 131 + page) & 0xff);
            QCOMPARE(file.write(garbage), qint64(garbage.size()));
        }
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("chairside.sqlite"));
    }
    void cleanup()
    {
        Database::closeForThisThread(m_path);
        m_dir.reset();
    }

    void corruptedStoreIsQuarantinedAndTheOutboxKept()
    {
        const int outboxRoot = buildStore();
        QVERIFY(outboxRoot > 1);
        const qint64 pages = QFileInfo(m_path).size() / 4096;
        QVERIFY(pages > 100);
        QList<int> damaged;
        for (int page = int(pages / 2); page < pages / 2 + 4; ++page) {
            if (page != outboxRoot)
                damaged.append(page);
        }
        overwritePages(m_path, damaged);

        std::optional<StoreError> error;
        Database::connectionForThisThread(m_path, &error);
        QVERIFY(error);
        QCOMPARE(error->kind, StoreError::Kind::Corrupt);

        const CacheRecovery::Report report = CacheRecovery::recover(m_path, when);
        QVERIFY2(report.ok, qPrintable(report.message));
        const QString quarantined = m_path + QStringLiteral(".corrupt-20261122-093005");
        QCOMPARE(report.quarantinedPath, quarantined);
        QVERIFY(QFileInfo::exists(quarantined));
        QCOMPARE(report.salvaged, 3);
        QCOMPARE(report.lost, 0);
        QVERIFY(!report.lossUnknown);
        QCOMPARE(report.message,
                 QStringLiteral("Chairside found its local copy damaged, set it aside as "
                                "chairside.sqlite.corrupt-20261122-093005, and will download "
                                "everything again; 3 unsent edits were kept and will be sent."));

        // The fresh store opens cleanly, holds the edits as pending and nothing else.
        error.reset();
        QSqlDatabase db = Database::connectionForThisThread(m_path, &error);
        QVERIFY2(!error, error ? qPrintable(error->message) : "");
        QSqlQuery query(db);
        QVERIFY(query.exec(
            QStringLiteral("SELECT mutation_id, state, payload FROM outbox ORDER BY seq")));
        QStringList rows;
        while (query.next())
            rows.append(query.value(0).toString() + u'/' + query.value(1).toString());
        QCOMPARE(rows, (QStringList{QStringLiteral("m-0/pending"), QStringLiteral("m-1/pending"),
                                    QStringLiteral("m-2/pending")}));
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM customers")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        QVERIFY(PullApplier(db).storedCursor().isEmpty());

        // A second recovery the same second does not overwrite the first quarantine.
        Database::closeForThisThread(m_path);
        const auto again = CacheRecovery::recover(m_path, when);
        QVERIFY(again.ok);
        QCOMPARE(again.quarantinedPath, quarantined + QStringLiteral("-2"));
        QCOMPARE(again.salvaged, 3);
    }

    // The outbox's own page is destroyed: nothing can be read, the loss is said plainly.
    void damagedOutboxIsReported()
    {
        const int outboxRoot = buildStore();
        overwritePages(m_path, {outboxRoot});
        std::optional<StoreError> error;
        Database::connectionForThisThread(m_path, &error);
        QVERIFY(error);
        QCOMPARE(error->kind, StoreError::Kind::Corrupt);

        const auto report = CacheRecovery::recover(m_path, when);
        QVERIFY(report.ok);
        QCOMPARE(report.salvaged, 0);
        QVERIFY(report.lost > 0 || report.lossUnknown);
        QVERIFY(report.message.contains(u"could not be read"));
        QVERIFY(!report.detail.isEmpty());
        error.reset();
        QSqlDatabase db = Database::connectionForThisThread(m_path, &error);
        QVERIFY(!error);
    }

    void notADatabase()
    {
        {
            QFile file(m_path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            for (int i = 0; i < 200; ++i)
                file.write("This is a shopping list, not a database. Shampoo, foils, toner.\n");
        }
        std::optional<StoreError> error;
        Database::connectionForThisThread(m_path, &error);
        QVERIFY(error);
        QCOMPARE(error->kind, StoreError::Kind::Corrupt);

        const auto report = CacheRecovery::recover(m_path, when);
        QVERIFY2(report.ok, qPrintable(report.message));
        QCOMPARE(report.salvaged, 0);
        QVERIFY(report.lossUnknown);
        QVERIFY(report.message.startsWith(
            QStringLiteral("Chairside found its local copy damaged, set it aside as "
                           "chairside.sqlite.corrupt-20261122-093005")));
        QFile quarantined(report.quarantinedPath);
        QVERIFY(quarantined.open(QIODevice::ReadOnly));
        QVERIFY(quarantined.readAll().startsWith("This is a shopping list"));

        error.reset();
        QSqlDatabase db = Database::connectionForThisThread(m_path, &error);
        QVERIFY(!error);
        QCOMPARE(Database::schemaVersion(db), latestSchemaVersion());
    }
};

QTEST_GUILESS_MAIN(TestCacheRecovery)
#include "tst_cacherecovery.moc"
