// The desk's integrity check of its store: before the first window only after an unclean
// close, otherwise in the background once the window is up; damage found there is repaired.
#include "app/DeskSession.h"
#include "store/AppSettings.h"
#include "store/BackgroundIntegrityCheck.h"
#include "store/Database.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Chairside;

class TestDeferredIntegrityCheck final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString dataDir() const { return m_dir.filePath(QStringLiteral("desk")); }
    QString storePath() const
    {
        return QDir(dataDir()).filePath(QStringLiteral("chairside.sqlite"));
    }

    DeskSession::Options options() const
    {
        DeskSession::Options options;
        options.dataDir = dataDir();
        options.demo.scale = 1;
        options.integrityCheckDelay = std::chrono::milliseconds(0);
        return options;
    }

    // Leaf pages of a table the first window does not read, so the damage is found only by
    // the check (dbstat: SQLite's page-by-page view of the file).
    static QList<int> leafPagesOf(const QString &path, const QString &table, int count)
    {
        QList<int> pages;
        {
            std::optional<StoreError> error;
            QSqlDatabase db = Database::connectionForThisThread(path, &error);
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT pageno FROM dbstat WHERE name = ? AND pagetype "
                                         "= 'leaf' ORDER BY pageno LIMIT ? OFFSET 5"));
            query.addBindValue(table);
            query.addBindValue(count);
            if (query.exec()) {
                while (query.next())
                    pages.append(query.value(0).toInt());
            }
        }
        Database::closeForThisThread(path);
        return pages;
    }

    static void overwritePages(const QString &path, const QList<int> &pages)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        for (const int page : pages) {
            QVERIFY(file.seek(qint64(page - 1) * 4096));
            QCOMPARE(file.write(QByteArray(4096, '\x5a')), qint64(4096));
        }
    }

    // Runs a desk on the demo salon until its window has opened `expectedWindows` times,
    // answering the damage notice if one comes; `notices` counts them.
    void runDesk(int expectedWindows, int *notices)
    {
        QSettings raw(QDir(dataDir()).filePath(QStringLiteral("settings.ini")),
                      QSettings::IniFormat);
        AppSettings settings(&raw);
        DeskSession session(options(), &settings);
        *notices = 0;
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [notices] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                box && box->objectName() == u"storeDamagedNotice") {
                ++*notices;
                box->accept();
            }
        });
        answer.start(20);
        QSignalSpy stages(&session, &DeskSession::stageChanged);
        session.startDemo();
        const auto windows = [&stages] {
            int count = 0;
            for (const auto &args : std::as_const(stages))
                count += args.at(0).value<DeskSession::Stage>() == DeskSession::Stage::Window;
            return count;
        };
        QTRY_VERIFY_WITH_TIMEOUT(windows() >= expectedWindows, 30000);
        // Give the background check time to finish on this small store.
        QTest::qWait(1500);
    }

private Q_SLOTS:
    void damageAfterACleanCloseIsFoundOnceTheWindowIsUp()
    {
        int notices = -1;
        runDesk(1, &notices);
        QCOMPARE(notices, 0);
        // The desk closed its store: SQLite removed the write-ahead log.
        QVERIFY(QFileInfo::exists(storePath()));
        QVERIFY(!QFileInfo::exists(storePath() + QStringLiteral("-wal")));

        const QList<int> pages = leafPagesOf(storePath(), QStringLiteral("appointment_events"), 3);
        QCOMPARE(pages.size(), 3);
        overwritePages(storePath(), pages);

        // The window opens without reading the whole file, then the check finds the damage,
        // says so, sets the file aside and the demo salon is made again.
        runDesk(2, &notices);
        QCOMPARE(notices, 1);
        QStringList aside =
            QDir(dataDir()).entryList({QStringLiteral("chairside.sqlite.corrupt-*")}, QDir::Files);
        aside.removeIf([](const QString &name) {
            return name.endsWith(u"-wal") || name.endsWith(u"-shm"); // its log goes with it
        });
        QVERIFY2(aside.size() == 1, qPrintable(aside.join(u',')));
        std::optional<StoreError> error;
        {
            QSqlDatabase db = Database::connectionForThisThread(storePath(), &error);
            QVERIFY(!error);
            QVERIFY(!Database::verify(db));
        }
        Database::closeForThisThread(storePath());
    }

    void aLeftOverLogMeansTheCheckRunsBeforeUse()
    {
        const QString live = m_dir.filePath(QStringLiteral("live.sqlite"));
        const QString copy = m_dir.filePath(QStringLiteral("crashed.sqlite"));
        QVERIFY(QFile::copy(storePath(), live));
        QList<int> pages = leafPagesOf(live, QStringLiteral("appointment_events"), 2);
        QCOMPARE(pages.size(), 2);
        {
            // Copied while a connection has the file open: the copy looks like a crash.
            std::optional<StoreError> error;
            QSqlDatabase db = Database::connectionForThisThread(live, &error);
            QVERIFY(!error);
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("UPDATE businesses SET name = name")));
            QVERIFY(QFileInfo::exists(live + QStringLiteral("-wal")));
            QVERIFY(QFile::copy(live, copy));
            QVERIFY(QFile::copy(live + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
        }
        Database::closeForThisThread(live);
        overwritePages(copy, pages);
        const Database::Options deferred{.integrityCheck =
                                             Database::IntegrityCheck::AfterUncleanClose};
        std::optional<StoreError> error;
        Database::connectionForThisThread(copy, &error, deferred);
        Database::closeForThisThread(copy);
        QVERIFY(error);
        QCOMPARE(error->kind, StoreError::Kind::Corrupt);

        // The same damage after a clean close is left to the background check.
        overwritePages(live, pages);
        error.reset();
        Database::connectionForThisThread(live, &error, deferred);
        Database::closeForThisThread(live);
        QVERIFY(!error);
    }

    void stoppingTheCheckClosesTheFile()
    {
        BackgroundIntegrityCheck check(storePath());
        QSignalSpy passed(&check, &BackgroundIntegrityCheck::passed);
        QSignalSpy damaged(&check, &BackgroundIntegrityCheck::damaged);
        check.start();
        check.stop();
        QVERIFY(!check.isRunning());
        QTest::qWait(50);
        QCOMPARE(passed.size() + damaged.size(), 0);
        QVERIFY(!QFileInfo::exists(storePath() + QStringLiteral("-wal")));

        // Run to the end on a sound file, it says so.
        check.start();
        QTRY_COMPARE_WITH_TIMEOUT(passed.size(), 1, 10000);
        QCOMPARE(damaged.size(), 0);
    }

    void aDelayedCheckWaitsAndCanBeCalledOff()
    {
        BackgroundIntegrityCheck check(storePath());
        QSignalSpy passed(&check, &BackgroundIntegrityCheck::passed);
        // Called off before its time: it never runs.
        check.startAfter(std::chrono::milliseconds(200));
        check.stop();
        QTest::qWait(400);
        QVERIFY(!check.isRunning());
        QCOMPARE(passed.size(), 0);

        // Left alone: nothing before the delay, then the whole check.
        check.startAfter(std::chrono::milliseconds(300));
        QTest::qWait(100);
        QCOMPARE(passed.size(), 0);
        QVERIFY(!check.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(passed.size(), 1, 10000);
    }
};

QTEST_MAIN(TestDeferredIntegrityCheck)
#include "tst_deferredintegritycheck.moc"
