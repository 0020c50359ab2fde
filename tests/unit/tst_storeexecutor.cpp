#include "store/StoreExecutor.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Chairside;

class TestStoreExecutor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jobsRunOnTheWorkerAndRepliesOnTheCallersThread()
    {
        QTemporaryDir dir;
        StoreExecutor store(dir.filePath(QStringLiteral("s.sqlite")));
        QObject context;
        QThread *jobThread = nullptr;
        QThread *replyThread = nullptr;
        bool openedStore = false;
        store.run(
            &context,
            [&jobThread](QSqlDatabase &db) {
                jobThread = QThread::currentThread();
                return db.isOpen();
            },
            [&](bool open) {
                replyThread = QThread::currentThread();
                openedStore = open;
            });
        QTRY_VERIFY(replyThread != nullptr);
        QVERIFY(openedStore);
        QVERIFY(jobThread != QThread::currentThread());
        QCOMPARE(replyThread, QThread::currentThread());
    }

    // A pane closed while its query runs must not get the answer (Qt 6.4's QFuture::then with
    // a context asserts in that case; this API drops the reply instead).
    void replyToADestroyedContextIsDropped()
    {
        QTemporaryDir dir;
        StoreExecutor store(dir.filePath(QStringLiteral("s.sqlite")));
        auto context = std::make_unique<QObject>();
        bool replied = false;
        store.run(
            context.get(),
            [](QSqlDatabase &) {
                QThread::msleep(100);
                return 42;
            },
            [&replied](int) { replied = true; });
        context.reset();
        store.waitForIdle();
        QTest::qWait(50);
        QVERIFY(!replied);
        QCOMPARE(store.pendingJobs(), 0);
    }

    // The companion is one kept executor on the same file, with a connection of its own; a
    // store in memory has none (a second connection would see another, empty database).
    void companionSharesTheFileAndIsKept()
    {
        QTemporaryDir dir;
        StoreExecutor store(dir.filePath(QStringLiteral("s.sqlite")));
        StoreExecutor *companion = store.companion();
        QVERIFY(companion);
        QVERIFY(companion != &store);
        QCOMPARE(store.companion(), companion);
        QCOMPARE(companion->databasePath(), store.databasePath());
        store
            .run([](QSqlDatabase &db) { QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t (x)")); })
            .waitForFinished();
        const bool seen =
            companion
                ->run([](QSqlDatabase &db) { return db.tables().contains(QStringLiteral("t")); })
                .result();
        QVERIFY(seen);

        StoreExecutor memory(QStringLiteral(":memory:"));
        QCOMPARE(memory.companion(), nullptr);
    }
};

QTEST_GUILESS_MAIN(TestStoreExecutor)
#include "tst_storeexecutor.moc"
