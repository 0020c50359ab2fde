// The sync part of the status bar: every connection state in words (not colour alone), "last
// synced" relative to a fixed clock, edits waiting, the sync-issues link, and the progress bar
// that only the first download shows.
#include "ui/sync/FirstSyncDialog.h"
#include "ui/sync/SyncStatusWidget.h"

#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

using namespace Chairside;
using Connection = SyncStatus::Connection;

namespace {

const QDateTime kNow(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);

SyncStatus statusOf(Connection connection)
{
    SyncStatus status;
    status.connection = connection;
    return status;
}

} // namespace

class TestSyncStatusWidget : public QObject
{
    Q_OBJECT

private:
    QDateTime m_now = kNow;

    void useFixedClock(SyncStatusWidget &widget)
    {
        widget.setClock([this] { return m_now; });
    }

private Q_SLOTS:
    void init() { m_now = kNow; }

    void demoSaysSyncIsOff()
    {
        SyncStatusWidget widget;
        widget.setLocalDemo(true);
        widget.show();
        QCOMPARE(widget.connectionText(), QStringLiteral("Local demo data · Sync off"));
        auto *demo = widget.findChild<QLabel *>(QStringLiteral("dataSourceLabel"));
        QVERIFY(demo && demo->isVisible());
        QVERIFY(!widget.findChild<QLabel *>(QStringLiteral("syncStateLabel"))->isVisible());
        QVERIFY(!widget.findChild<QLabel *>(QStringLiteral("lastSyncedLabel"))->isVisible());
        // Even a status with issues shows nothing of sync in the demo.
        SyncStatus status = statusOf(Connection::Online);
        status.issues = 2;
        status.pendingEdits = 3;
        widget.setStatus(status);
        QVERIFY(!widget.issuesButton()->isVisible());
        QVERIFY(widget.pendingText().isEmpty());
        QVERIFY(!widget.progressBar()->isVisible());
    }

    void connectionStatesInWords_data()
    {
        QTest::addColumn<int>("connection");
        QTest::addColumn<qint64>("nextAttemptInMs");
        QTest::addColumn<QString>("words");
        QTest::newRow("idle") << int(Connection::Idle) << qint64(-1)
                              << QStringLiteral("Connecting…");
        QTest::newRow("syncing") << int(Connection::Syncing) << qint64(-1)
                                 << QStringLiteral("Syncing…");
        QTest::newRow("online") << int(Connection::Online) << qint64(-1)
                                << QStringLiteral("Online");
        QTest::newRow("offline, retry known") << int(Connection::Offline) << qint64(12000)
                                              << QStringLiteral("Offline — retrying in 12 s");
        QTest::newRow("offline, retry in minutes") << int(Connection::Offline) << qint64(150000)
                                                   << QStringLiteral("Offline — retrying in 3 min");
        QTest::newRow("offline, no retry")
            << int(Connection::Offline) << qint64(-1) << QStringLiteral("Offline");
        QTest::newRow("signed out")
            << int(Connection::SignedOut) << qint64(-1) << QStringLiteral("Signed out");
        QTest::newRow("paused") << int(Connection::Paused) << qint64(-1)
                                << QStringLiteral("Paused — needs your decision");
    }

    void connectionStatesInWords()
    {
        QFETCH(int, connection);
        QFETCH(qint64, nextAttemptInMs);
        QFETCH(QString, words);
        SyncStatusWidget widget;
        useFixedClock(widget);
        SyncStatus status = statusOf(static_cast<Connection>(connection));
        status.nextAttemptInMs = nextAttemptInMs;
        widget.setStatus(status);
        widget.show();
        QCOMPARE(widget.connectionText(), words);
        auto *label = widget.findChild<QLabel *>(QStringLiteral("syncStateLabel"));
        QVERIFY(label && label->isVisible());
        QCOMPARE(label->accessibleName(), QStringLiteral("Sync: %1").arg(words));
        // A symbol next to the words (a shape per state, not only a colour).
        auto *symbol = widget.findChild<QLabel *>(QStringLiteral("syncStateSymbol"));
        QVERIFY(symbol && !symbol->pixmap().isNull());
        QCOMPARE(symbol->accessibleName(), words);
        QVERIFY(!widget.findChild<QLabel *>(QStringLiteral("dataSourceLabel"))->isVisible());
    }

    void offlineCountsDown()
    {
        SyncStatusWidget widget;
        useFixedClock(widget);
        SyncStatus status = statusOf(Connection::Offline);
        status.nextAttemptInMs = 12000;
        widget.setStatus(status);
        QCOMPARE(widget.connectionText(), QStringLiteral("Offline — retrying in 12 s"));
        m_now = m_now.addSecs(5);
        QTRY_COMPARE_WITH_TIMEOUT(widget.connectionText(),
                                  QStringLiteral("Offline — retrying in 7 s"), 5000);
        m_now = m_now.addSecs(30);
        QTRY_COMPARE_WITH_TIMEOUT(widget.connectionText(),
                                  QStringLiteral("Offline — retrying now…"), 5000);
    }

    void lastSyncedIsRelative_data()
    {
        QTest::addColumn<int>("secondsAgo");
        QTest::addColumn<QString>("words");
        QTest::newRow("never") << -1 << QStringLiteral("Last synced: never");
        QTest::newRow("seconds") << 20 << QStringLiteral("Last synced just now");
        QTest::newRow("minutes") << 3 * 60 + 10 << QStringLiteral("Last synced 3 min ago");
        QTest::newRow("hours") << 2 * 3600 + 5 << QStringLiteral("Last synced 2 h ago");
    }

    void lastSyncedIsRelative()
    {
        QFETCH(int, secondsAgo);
        QFETCH(QString, words);
        SyncStatusWidget widget;
        useFixedClock(widget);
        SyncStatus status = statusOf(Connection::Online);
        if (secondsAgo >= 0)
            status.lastSyncedAt = kNow.addSecs(-secondsAgo);
        widget.setStatus(status);
        QCOMPARE(widget.lastSyncedText(), words);
        QCOMPARE(widget.findChild<QLabel *>(QStringLiteral("lastSyncedLabel"))->accessibleName(),
                 words);
    }

    void lastSyncedAgesWithTheClock()
    {
        SyncStatusWidget widget;
        useFixedClock(widget);
        SyncStatus status = statusOf(Connection::Online);
        status.lastSyncedAt = kNow;
        widget.setStatus(status);
        QCOMPARE(widget.lastSyncedText(), QStringLiteral("Last synced just now"));
        m_now = m_now.addSecs(5 * 60);
        QCOMPARE(widget.lastSyncedText(), QStringLiteral("Last synced just now"));
        // Refreshed by its own 30-second timer, not only when a new status arrives.
        auto *timer = widget.findChild<QTimer *>(QStringLiteral("lastSyncedRefresh"));
        QVERIFY(timer);
        QVERIFY(timer->isActive());
        QCOMPARE(timer->interval(), 30000);
        QVERIFY(QMetaObject::invokeMethod(timer, "timeout")); // as if 30 s had passed
        QCOMPARE(widget.lastSyncedText(), QStringLiteral("Last synced 5 min ago"));
    }

    void editsWaiting()
    {
        SyncStatusWidget widget;
        widget.show();
        SyncStatus status = statusOf(Connection::Offline);
        widget.setStatus(status);
        QVERIFY(widget.pendingText().isEmpty());
        auto *label = widget.findChild<QLabel *>(QStringLiteral("pendingEditsLabel"));
        QVERIFY(label && !label->isVisible());
        status.pendingEdits = 1;
        widget.setStatus(status);
        QCOMPARE(widget.pendingText(), QStringLiteral("1 edit waiting"));
        status.pendingEdits = 4;
        widget.setStatus(status);
        QCOMPARE(widget.pendingText(), QStringLiteral("4 edits waiting"));
        QVERIFY(label->isVisible());
        QCOMPARE(label->accessibleName(), QStringLiteral("4 edits waiting"));
    }

    void issuesLinkShowsOnlyWithIssuesAndEmits()
    {
        SyncStatusWidget widget;
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        QSignalSpy requested(&widget, &SyncStatusWidget::issuesRequested);
        SyncStatus status = statusOf(Connection::Online);
        widget.setStatus(status);
        QVERIFY(!widget.issuesButton()->isVisible());
        status.issues = 3;
        widget.setStatus(status);
        QVERIFY(widget.issuesButton()->isVisible());
        QCOMPARE(widget.issuesButton()->text(), QStringLiteral("3 sync issues"));
        QCOMPARE(widget.issuesButton()->accessibleName(), QStringLiteral("3 sync issues"));
        QTest::mouseClick(widget.issuesButton(), Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        status.issues = 1;
        widget.setStatus(status);
        QCOMPARE(widget.issuesText(), QStringLiteral("1 sync issue"));
        status.issues = 0;
        widget.setStatus(status);
        QVERIFY(!widget.issuesButton()->isVisible());
        QVERIFY(widget.issuesText().isEmpty());
    }

    void progressOnlyDuringTheFirstDownload()
    {
        SyncStatusWidget widget;
        widget.show();
        SyncStatus status = statusOf(Connection::Syncing);
        status.firstSync = true;
        status.rowsPulledThisCycle = 12345;
        widget.setStatus(status);
        QProgressBar *bar = widget.progressBar();
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->minimum(), 0);
        QCOMPARE(bar->maximum(), 0); // busy: the total is unknown
        const QString expected = QStringLiteral("Downloading your salon… %1 records")
                                     .arg(QLocale().toString(qint64(12345)));
        QCOMPARE(widget.progressText(), expected);
        QCOMPARE(bar->accessibleName(), expected);
        QCOMPARE(widget.connectionText(), expected);
        QVERIFY(!widget.findChild<QLabel *>(QStringLiteral("lastSyncedLabel"))->isVisible());

        status.firstSync = false; // an ordinary cycle
        widget.setStatus(status);
        QVERIFY(!bar->isVisible());
        QCOMPARE(widget.connectionText(), QStringLiteral("Syncing…"));
        QVERIFY(widget.findChild<QLabel *>(QStringLiteral("lastSyncedLabel"))->isVisible());

        status.firstSync = true; // a first download that failed for now
        status.connection = Connection::Offline;
        widget.setStatus(status);
        QVERIFY(!bar->isVisible());
        QVERIFY(widget.progressText().isEmpty());
    }

    void tooltipCarriesTheLastError()
    {
        SyncStatusWidget widget;
        SyncStatus status = statusOf(Connection::Offline);
        status.lastError = QStringLiteral("The salon's server cannot be reached.");
        widget.setStatus(status);
        QCOMPARE(widget.toolTip(), status.lastError);
        QCOMPARE(widget.findChild<QLabel *>(QStringLiteral("syncStateLabel"))->toolTip(),
                 status.lastError);
        status.lastError.clear();
        status.connection = Connection::Online;
        widget.setStatus(status);
        QVERIFY(!widget.toolTip().contains(QStringLiteral("cannot be reached")));
    }

    void everyPartHasAnAccessibleName()
    {
        SyncStatusWidget widget;
        SyncStatus status = statusOf(Connection::Syncing);
        status.firstSync = true;
        status.pendingEdits = 2;
        status.issues = 2;
        widget.setStatus(status);
        QVERIFY(!widget.accessibleName().isEmpty());
        const auto children = widget.findChildren<QWidget *>();
        QVERIFY(children.size() >= 7);
        for (QWidget *child : children) {
            if (child->isHidden())
                continue;
            QVERIFY2(!child->accessibleName().isEmpty(), qPrintable(child->objectName()));
        }
    }

    // For people checking the look by eye: CHAIRSIDE_SCREENSHOT_DIR=/tmp/shots.
    void looks()
    {
        const QString dir = qEnvironmentVariable("CHAIRSIDE_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set CHAIRSIDE_SCREENSHOT_DIR to look at the states");
        QMainWindow window;
        window.resize(900, 80);
        auto *widget = new SyncStatusWidget(&window);
        useFixedClock(*widget);
        window.statusBar()->addWidget(widget);
        window.statusBar()->addPermanentWidget(
            new QLabel(QStringLiteral("Signed in as Thandi · Staff")));
        window.show();
        const auto save = [&](const SyncStatus &status, const QString &name) {
            widget->setStatus(status);
            QTest::qWait(50);
            window.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
        };
        SyncStatus status = statusOf(Connection::Syncing);
        status.firstSync = true;
        status.rowsPulledThisCycle = 12345;
        save(status, QStringLiteral("first-sync"));
        status = statusOf(Connection::Offline);
        status.nextAttemptInMs = 12000;
        status.lastSyncedAt = kNow.addSecs(-180);
        status.pendingEdits = 4;
        status.issues = 2;
        save(status, QStringLiteral("offline"));
        status.connection = Connection::Paused;
        save(status, QStringLiteral("paused"));
        status.connection = Connection::SignedOut;
        save(status, QStringLiteral("signed-out"));
        status.connection = Connection::Online;
        status.pendingEdits = 0;
        status.issues = 0;
        save(status, QStringLiteral("online"));

        FirstSyncDialog first(QStringLiteral("staff@protea.example"));
        status = statusOf(Connection::Syncing);
        status.firstSync = true;
        status.rowsPulledThisCycle = 12345;
        first.setStatus(status);
        first.show();
        QTest::qWait(50);
        first.grab().save(QDir(dir).filePath(QStringLiteral("first-sync-dialog.png")));
    }
};

QTEST_MAIN(TestSyncStatusWidget)
#include "tst_syncstatuswidget.moc"
