// The desk's window path against chairside-localbase (real TLS, real PostgreSQL, the real
// keychain of scripts/run-tests.sh): a staff member signs in through the sign-in dialog, the
// first download fills the account's cache, the window opens with the panes of a staff member,
// the settings remember the account, and the next start restores the sign-in and opens the window
// from the cache without asking anything.
#include "LocalbaseProcess.h"
#include "app/DeskSession.h"
#include "app/ScreenshotMode.h"
#include "store/AppSettings.h"
#include "sync/SyncService.h"
#include "ui/MainWindow.h"
#include "ui/sync/LoginDialog.h"
#include "ui/sync/SyncIssuesDialog.h"
#include "ui/sync/SyncStatusWidget.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Chairside;
using Chairside::Fixtures::LocalbaseProcess;
using Stage = DeskSession::Stage;

namespace {

const QString kStaff = QStringLiteral("staff@protea.example");
constexpr int kGenerous = 120000; // a first start of the server and a first download

QList<Stage> stagesOf(const QSignalSpy &spy)
{
    QList<Stage> stages;
    for (const QList<QVariant> &arguments : spy)
        stages.append(arguments.first().value<Stage>());
    return stages;
}

} // namespace

class TestDeskSession : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    LocalbaseProcess m_server;
    // A keychain service of its own so a developer's real entries are never touched.
    const QString m_vault =
        QStringLiteral("Chairside-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);

    QString m_userId; // of the staff member, once signed in

    QString dataDir() const { return m_dir.filePath(QStringLiteral("desk")); }

    std::unique_ptr<QSettings> openSettings() const
    {
        return std::make_unique<QSettings>(QDir(dataDir()).filePath(QStringLiteral("settings.ini")),
                                           QSettings::IniFormat);
    }

    DeskSession::Options options() const
    {
        DeskSession::Options options;
        options.dataDir = dataDir();
        options.vaultService = m_vault;
        return options;
    }

    // Closes the window as the person would and waits until the desk may quit.
    static void closeDesk(DeskSession &session)
    {
        QSignalSpy finished(&session, &DeskSession::finished);
        QVERIFY(session.window());
        QVERIFY(session.window()->close());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
    }

    static QMessageBox *findNotice()
    {
        const auto windows = QApplication::topLevelWidgets();
        for (QWidget *widget : windows) {
            if (widget->objectName() == u"deskNotice" && widget->isVisible())
                return qobject_cast<QMessageBox *>(widget);
        }
        return nullptr;
    }

    static void saveLook(QWidget *window, const QString &name)
    {
        // For people checking the look by eye: CHAIRSIDE_SCREENSHOT_DIR=/tmp/shots.
        const QString dir = qEnvironmentVariable("CHAIRSIDE_SCREENSHOT_DIR");
        if (!dir.isEmpty() && QDir().mkpath(dir))
            window->grab().save(QDir(dir).filePath(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        const QJsonObject info = m_server.start(m_dir.filePath(QStringLiteral("state")),
                                                {QStringLiteral("--faults")}, &error);
        QVERIFY2(!info.isEmpty(), qPrintable(error));
        QVERIFY(QDir().mkpath(dataDir()));
    }

    void cleanupTestCase() { m_server.stop(); }

    void staffSignsInThroughTheDialog()
    {
        // A backend is configured but nobody has signed in on this computer yet.
        auto qsettings = openSettings();
        AppSettings settings(qsettings.get());
        settings.setBackendUrl(QUrl(m_server.url()));

        DeskSession session(options(), &settings);
        QSignalSpy stages(&session, &DeskSession::stageChanged);
        session.start();
        QCOMPARE(session.stage(), Stage::SigningIn);
        QVERIFY(!session.window());
        LoginDialog *login = session.loginDialog();
        QVERIFY(login);
        QVERIFY(login->isVisible());
        QVERIFY(login->isServerSectionExpanded()); // no anon key yet

        // Typed in as a person would: the rest of the server, then who they are.
        login->findChild<QLineEdit *>(QStringLiteral("loginAnonKey"))->setText(m_server.anonKey());
        login->findChild<QLineEdit *>(QStringLiteral("loginCaFile"))->setText(m_server.caFile());
        login->findChild<QLineEdit *>(QStringLiteral("loginEmail"))->setText(kStaff);
        QVERIFY(!login->signInButton()->isEnabled());
        login->findChild<QLineEdit *>(QStringLiteral("loginPassword"))
            ->setText(LocalbaseProcess::password());
        QVERIFY2(login->signInButton()->isEnabled(), qPrintable(login->validationProblem()));

        // A wrong password first: the answer is shown in the dialog, which stays.
        login->findChild<QLineEdit *>(QStringLiteral("loginPassword"))
            ->setText(QStringLiteral("not-the-password"));
        QTest::mouseClick(login->signInButton(), Qt::LeftButton);
        QVERIFY(login->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!login->isBusy(), kGenerous);
        QVERIFY2(!login->messageText().isEmpty(), "the refusal is shown");
        saveLook(login, QStringLiteral("login-refused.png"));
        QCOMPARE(session.loginDialog(), login);
        QVERIFY(settings.accountUserId().isEmpty());

        login->findChild<QLineEdit *>(QStringLiteral("loginPassword"))
            ->setText(LocalbaseProcess::password());
        QTest::mouseClick(login->signInButton(), Qt::LeftButton);

        // An empty cache: the first download runs in its own window, then the main window.
        QTRY_VERIFY_WITH_TIMEOUT(session.window() != nullptr, kGenerous);
        QVERIFY2(stagesOf(stages).contains(Stage::FirstSync),
                 "a new account's cache is downloaded before the window opens");
        QCOMPARE(session.stage(), Stage::Window);
        QVERIFY(!session.firstSyncDialog());
        QVERIFY(!session.loginDialog());

        MainWindow *window = session.window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QCOMPARE(window->dataSource(), MainWindow::DataSource::Account);
        QVERIFY(window->isPaneAvailable(PaneId::Appointments));
        QCOMPARE(window->currentPane(), PaneId::Appointments);
        QVERIFY(window->pane(PaneId::Appointments)->isVisible());
        QVERIFY(!window->isPaneAvailable(PaneId::Analytics)); // a staff member's desk
        QVERIFY(!window->isPaneAvailable(PaneId::Escalations));

        SyncStatusWidget *status = window->syncStatusWidget();
        QTRY_COMPARE_WITH_TIMEOUT(status->connectionText(), QStringLiteral("Online"), kGenerous);
        QVERIFY2(!status->lastSyncedText().contains(QStringLiteral("never")),
                 qPrintable(status->lastSyncedText()));
        QVERIFY(!status->progressBar()->isVisible());
        auto *user = window->findChild<QLabel *>(QStringLiteral("signedInLabel"));
        QVERIFY(user);
        QVERIFY2(user->text().startsWith(QStringLiteral("Signed in as ")),
                 qPrintable(user->text()));
        QVERIFY2(user->text().contains(QStringLiteral("Staff")), qPrintable(user->text()));

        // The settings remember the account (the token itself is in the keychain only).
        QCOMPARE(settings.lastSignInEmail(), kStaff);
        QVERIFY(!settings.accountUserId().isEmpty());
        m_userId = settings.accountUserId();
        QCOMPARE(settings.backendUrl(), QUrl(m_server.url()));
        QCOMPARE(settings.anonKey(), m_server.anonKey());
        QCOMPARE(settings.caCertificateFile(), m_server.caFile());
        const QString cache = SyncService::storePathFor(
            dataDir(), BackendConfig::fromSettings(settings), settings.accountUserId());
        QVERIFY(QFileInfo::exists(cache));
        for (const QString &key : qsettings->allKeys())
            QVERIFY2(!qsettings->value(key).toString().contains(LocalbaseProcess::password()),
                     qPrintable(key));

        waitUntilSettled(session.store());
        saveLook(window, QStringLiteral("desk-signed-in.png"));

        // The status bar's issues link opens the sync issues, over the window and not modal.
        status->issuesButton()->click();
        auto *issues = window->findChild<SyncIssuesDialog *>();
        QVERIFY(issues);
        QVERIFY(issues->isVisible());
        QVERIFY(!issues->isModal());
        issues->close();
        closeDesk(session);
        QCOMPARE(session.stage(), Stage::Finished);
    }

    void nextStartOpensFromTheCacheWithoutAsking()
    {
        auto qsettings = openSettings();
        AppSettings settings(qsettings.get());
        QCOMPARE(settings.lastSignInEmail(), kStaff); // left by the test before

        DeskSession session(options(), &settings);
        QSignalSpy stages(&session, &DeskSession::stageChanged);
        session.start();
        // The window opens from the cache as soon as the store has answered, before the server.
        QTRY_VERIFY_WITH_TIMEOUT(session.window() != nullptr, 30000);
        QCOMPARE(stagesOf(stages), QList<Stage>{Stage::Window});
        QVERIFY(!session.loginDialog());
        QVERIFY(!session.firstSyncDialog());
        MainWindow *window = session.window();
        QVERIFY(window->isPaneAvailable(PaneId::Appointments));
        QVERIFY(!window->isPaneAvailable(PaneId::Analytics));

        // The saved sign-in is restored and the cache synced again.
        SyncStatusWidget *status = window->syncStatusWidget();
        QTRY_COMPARE_WITH_TIMEOUT(status->connectionText(), QStringLiteral("Online"), kGenerous);
        QVERIFY(!status->lastSyncedText().contains(QStringLiteral("never")));
        QVERIFY(window->isSignedIn());
        QVERIFY(!session.loginDialog());
        QCOMPARE(stagesOf(stages), QList<Stage>{Stage::Window});

        // Sync now goes to the server again.
        QSignalSpy cycles(session.service(), &SyncService::cycleFinished);
        QAction *syncNow = window->findChild<QAction *>(QStringLiteral("syncNowAction"));
        QVERIFY(syncNow && syncNow->isEnabled());
        QCOMPARE(syncNow->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));
        syncNow->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!cycles.isEmpty(), kGenerous);
        QVERIFY(cycles.first().first().toBool());

        // The server stops taking the sign-in: the window stays readable, the status says so and
        // the sign-in dialog is offered over it.
        QString error;
        QVERIFY2(m_server.setFault(
                     QJsonObject{{QStringLiteral("path_prefix"), QStringLiteral("/rest/v1/rpc")},
                                 {QStringLiteral("kind"), QStringLiteral("status")},
                                 {QStringLiteral("status"), 401},
                                 {QStringLiteral("count"), 2}},
                     &error),
                 qPrintable(error));
        syncNow->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(session.loginDialog() != nullptr, kGenerous);
        QVERIFY(m_server.clearFaults(&error));
        QCOMPARE(session.window(), window);
        QVERIFY(window->isVisible());
        QCOMPARE(session.stage(), Stage::Window);
        QCOMPARE(status->connectionText(), QStringLiteral("Signed out"));
        QVERIFY(!window->isSignedIn());
        QVERIFY(!syncNow->isEnabled());
        auto *user = window->findChild<QLabel *>(QStringLiteral("signedInLabel"));
        QVERIFY2(user->text().startsWith(QStringLiteral("Not signed in")),
                 qPrintable(user->text()));
        LoginDialog *login = session.loginDialog();
        QVERIFY(login->isVisible());
        QVERIFY(!login->messageText().isEmpty()); // why, in the server's words
        QCOMPARE(login->email(), kStaff);
        saveLook(window, QStringLiteral("desk-signed-out.png"));

        // Signing in again resumes syncing into the same window.
        login->findChild<QLineEdit *>(QStringLiteral("loginPassword"))
            ->setText(LocalbaseProcess::password());
        QTest::mouseClick(login->signInButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!session.loginDialog(), kGenerous);
        QCOMPARE(session.window(), window);
        QVERIFY(window->isSignedIn());
        QTRY_COMPARE_WITH_TIMEOUT(status->connectionText(), QStringLiteral("Online"), kGenerous);
        QVERIFY(syncNow->isEnabled());

        // Signing out forgets the account here and asks who is next.
        QAction *signOut = window->findChild<QAction *>(QStringLiteral("signOutAction"));
        QVERIFY(signOut && signOut->isVisible());
        signOut->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(session.loginDialog() != nullptr, 30000);
        QCOMPARE(session.stage(), Stage::SigningIn);
        QVERIFY(!session.window());
        QVERIFY(settings.lastSignInEmail().isEmpty());
        QVERIFY(settings.accountUserId().isEmpty());
        QCOMPARE(settings.backendUrl(), QUrl(m_server.url())); // the server is still known
        QVERIFY(!session.loginDialog()->isServerSectionExpanded());
    }

    void damagedCacheIsRecoveredBeforeItOpens()
    {
        // Left signed out by the test before, with the server still known.
        auto qsettings = openSettings();
        AppSettings settings(qsettings.get());
        QVERIFY(settings.accountUserId().isEmpty());
        const QString cache =
            SyncService::storePathFor(dataDir(), BackendConfig::fromSettings(settings), m_userId);
        QVERIFY(QFileInfo::exists(cache));
        for (const QString &sidecar : {QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(cache + sidecar);
        {
            QFile file(cache);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(QByteArray("not a database, a shopping list\n").repeated(300));
        }

        DeskSession session(options(), &settings);
        session.start();
        LoginDialog *login = session.loginDialog();
        QVERIFY(login);
        QCOMPARE(login->email(), QString()); // forgotten at the sign-out
        login->findChild<QLineEdit *>(QStringLiteral("loginEmail"))->setText(kStaff);
        login->findChild<QLineEdit *>(QStringLiteral("loginPassword"))
            ->setText(LocalbaseProcess::password());
        QTest::mouseClick(login->signInButton(), Qt::LeftButton);

        // The damaged copy is set aside and the person is told; the desk downloads again.
        QMessageBox *notice = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((notice = findNotice()) != nullptr, kGenerous);
        QVERIFY2(notice->text().contains(QStringLiteral("damaged")), qPrintable(notice->text()));
        QVERIFY(notice->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(session.window() != nullptr, kGenerous);
        QTRY_COMPARE_WITH_TIMEOUT(session.window()->syncStatusWidget()->connectionText(),
                                  QStringLiteral("Online"), kGenerous);
        QVERIFY(findNotice()); // still there to be read
        QCOMPARE(settings.accountUserId(), m_userId);
        const QStringList setAside = QFileInfo(cache).dir().entryList(
            {QFileInfo(cache).fileName() + QStringLiteral("*")}, QDir::Files);
        QVERIFY2(setAside.size() >= 2, qPrintable(setAside.join(u' ')));
        findNotice()->close();
        closeDesk(session);
    }
};

QTEST_MAIN(TestDeskSession)
#include "tst_desksession.moc"
