#include "app/DeskSession.h"

#include "app/Startup.h"
#include "models/common/DeskEdits.h"
#include "store/AppSettings.h"
#include "store/BackgroundIntegrityCheck.h"
#include "store/Database.h"
#include "store/StoreExecutor.h"
#include "sync/CacheRecovery.h"
#include "sync/SyncService.h"
#include "ui/FontWarmUp.h"
#include "ui/Translations.h"
#include "ui/panes/AppointmentsPane.h"
#include "ui/sync/FirstSyncDialog.h"
#include "ui/sync/LoginDialog.h"
#include "ui/sync/SyncIssuesDialog.h"
#include "ui/sync/SyncStatusWidget.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QThread>
#include <QTimer>

namespace Chairside {

Q_LOGGING_CATEGORY(lcDesk, "chairside.desk", QtInfoMsg)

namespace {

bool sameBackend(const BackendConfig &a, const BackendConfig &b)
{
    return a.url == b.url && a.anonKey == b.anonKey && a.caFile == b.caFile;
}

struct CacheAnswer
{
    std::optional<StoreError> error;
    std::optional<BusinessContext> context;
};

} // namespace

DeskSession::DeskSession(Options options, AppSettings *settings, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_settings(settings)
{}

DeskSession::~DeskSession()
{
    // The window and dialogs use the store; the engine has a connection of its own, closed when
    // the service stops.
    closeLogin();
    closeEverything();
    m_service.reset();
}

void DeskSession::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    qCDebug(lcDesk) << "stage" << stage;
    Q_EMIT stageChanged(stage);
}

void DeskSession::fail(const QString &message)
{
    qCWarning(lcDesk) << "cannot go on:" << message;
    closeLogin();
    closeEverything();
    setStage(Stage::Failed);
    Q_EMIT failed(message);
}

void DeskSession::finish()
{
    if (m_stage == Stage::Finished)
        return;
    closeLogin();
    if (m_window)
        m_window->hide();
    if (m_firstSync)
        m_firstSync->hide();
    setStage(Stage::Finished);
    // Never end with a rotated refresh token still on its way to the keychain.
    if (m_service)
        m_service->whenTokenSaved([this](bool) { Q_EMIT finished(); });
    else
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT finished(); }, Qt::QueuedConnection);
}

void DeskSession::start()
{
    if (m_settings->usesLocalDemo())
        return openDemo();
    const BackendConfig backend = BackendConfig::fromSettings(*m_settings);
    const QString email = m_settings->lastSignInEmail();
    const QString userId = m_settings->accountUserId();
    if (email.isEmpty() || userId.isEmpty() || !backend.isValid())
        return showLogin();

    makeService(backend);
    m_account = Account{backend, email, userId,
                        SyncService::storePathFor(m_options.dataDir, backend, userId)};
    openAccountStore();
    // Transient failures are retried by the service; the cache stays readable meanwhile.
    m_restoring = true;
    m_service->restore(email);
}

void DeskSession::startDemo()
{
    openDemo();
}

// --- stores and windows -------------------------------------------------------------------

void DeskSession::openDemo()
{
    closeLogin();
    closeEverything();
    m_account.reset();
    m_service.reset();
    m_signedIn = false;
    m_syncing = false;
    m_status = {};

    const QString dataDir = m_options.dataDir;
    // The integrity check reads the whole file; after a clean close it runs once the window is
    // up (verifyStoreInBackground), so a large cache does not delay the first window.
    m_store = std::make_unique<StoreExecutor>(
        QDir(dataDir).filePath(QStringLiteral("chairside.sqlite")), Database::deskOptions());
    StoreExecutor *store = m_store.get();
    // Start-up work on the store's thread; the window needs its answer before it can open.
    QFuture<StartupResult> opening = store->run([store, demo = m_options.demo](QSqlDatabase &db) {
        return prepareLocalStore(db, store->lastOpenError(), demo);
    });
    warmUpFonts(); // while the store opens
    const StartupResult startup = opening.result();
    if (startup.error)
        return fail(startup.error->message);
    if (startup.generatedDemo)
        Q_EMIT demoGenerated(tr("Generated the demo salon in %1: %2 customers, %3 appointments, "
                                "%4 handoffs.")
                                 .arg(QDir::toNativeSeparators(dataDir))
                                 .arg(startup.demo.customers)
                                 .arg(startup.demo.appointments)
                                 .arg(startup.demo.handoffs));
    openWindow(*startup.context, MainWindow::DataSource::LocalDemo);
}

void DeskSession::openAccountStore(Database::IntegrityCheck integrityCheck)
{
    const QString path = m_account->storePath;
    // The check (quick_check, migrations) and a recovery read the whole file: on a thread of
    // their own, never the GUI thread. A damaged cache is set aside (its unsent edits saved)
    // before anything else opens it.
    struct Check
    {
        std::optional<StoreError> error;
        std::optional<CacheRecovery::Report> recovery;
    };
    auto check = std::make_shared<Check>();
    QThread *thread = QThread::create([path, check, integrityCheck] {
        QDir().mkpath(QFileInfo(path).absolutePath());
        {
            QSqlDatabase db = Database::connectionForThisThread(
                path, &check->error, Database::Options{.integrityCheck = integrityCheck});
            Q_UNUSED(db)
        }
        Database::closeForThisThread(path);
        if (check->error && check->error->kind == StoreError::Kind::Corrupt)
            check->recovery = CacheRecovery::recover(path);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, path, check] {
        if (!m_account || m_account->storePath != path)
            return; // another account was chosen meanwhile
        if (check->recovery) {
            qCWarning(lcDesk) << "recovered a damaged cache:" << check->recovery->detail;
            if (!check->recovery->ok)
                return fail(check->recovery->message);
            m_notice = check->recovery->message;
        } else if (check->error) {
            return fail(check->error->message);
        }
        m_store = std::make_unique<StoreExecutor>(path, Database::deskOptions());
        m_storeReady = false;
        loadContext();
    });
    thread->start();
    warmUpFonts(); // while the cache is checked, as the demo does while its store opens
}

void DeskSession::loadContext()
{
    if (!m_store || !m_account || m_loadingContext)
        return;
    m_loadingContext = true;
    StoreExecutor *store = m_store.get();
    m_store->run(
        this,
        [store, userId = m_account->userId](QSqlDatabase &db) {
            CacheAnswer answer;
            answer.error = store->lastOpenError();
            if (!answer.error)
                answer.context = BusinessContext::loadForUser(db, userId);
            return answer;
        },
        [this, store](const CacheAnswer &answer) {
            if (store != m_store.get())
                return; // an answer about a store closed meanwhile
            m_loadingContext = false;
            if (answer.error)
                return fail(answer.error->message);
            m_storeReady = true;
            contextLoaded(answer.context);
            startSyncIfReady();
        });
}

void DeskSession::contextLoaded(const std::optional<BusinessContext> &context)
{
    if (m_window)
        return;
    if (context) {
        m_firstSync.reset();
        openWindow(*context, MainWindow::DataSource::Account);
        return;
    }
    if (!m_firstSync) {
        // Not while the sign-in dialog asks for the password: the download needs a sign-in.
        if (m_signedIn || m_restoring)
            showFirstSync();
        return;
    }
    // A first download finished and still nobody of this name works at a salon here.
    signOut(tr("You are signed in as %1, but this account is not on the team of any salon on "
               "this server. Ask the salon's owner to add you, then sign in again.")
                .arg(m_account->email));
}

void DeskSession::openWindow(const BusinessContext &context, MainWindow::DataSource source)
{
    m_context = context;
    makeWindow(source);
    if (source == MainWindow::DataSource::Account) {
        // A remembered sign-in counts while the server is asked again.
        m_window->setSignedIn(m_signedIn || m_restoring);
    }
    m_window->show();
    setStage(Stage::Window);
    if (!m_notice.isEmpty())
        showNotice(std::exchange(m_notice, QString()));
    verifyStoreInBackground();
}

void DeskSession::verifyStoreInBackground()
{
    m_integrityCheck = std::make_unique<BackgroundIntegrityCheck>(m_store->databasePath());
    // Queued: handling it closes the store and with it the check that is still emitting.
    connect(m_integrityCheck.get(), &BackgroundIntegrityCheck::damaged, this,
            [this](const StoreError &error) {
                QMetaObject::invokeMethod(
                    this, [this, error] { storeFoundDamaged(error); }, Qt::QueuedConnection);
            });
    m_integrityCheck->startAfter(m_options.integrityCheckDelay);
}

void DeskSession::storeFoundDamaged(const StoreError &error)
{
    qCWarning(lcDesk) << "background integrity check failed:" << error.detail;
    const bool demo = !m_account;
    {
        // A child of the window: gone before the window is closed below.
        const QString text =
            demo ? tr("Chairside found the demo salon's data file damaged. It will set the file "
                      "aside and make the demo salon again.")
                 : tr("Chairside found its local copy damaged. It will set the copy aside, keep "
                      "your unsent edits and download everything again.");
        QMessageBox notice(QMessageBox::Warning, tr("Local copy damaged"), text, QMessageBox::Ok,
                           topWindow());
        notice.setObjectName(QStringLiteral("storeDamagedNotice"));
        notice.exec();
    }
    if (!demo) {
        if (m_syncing) {
            m_service->stopSync(); // started again once the repaired cache is ready
            m_syncing = false;
        }
        closeEverything();
        setStage(Stage::Starting);
        return openAccountStore(Database::IntegrityCheck::Always); // checks, then recovers
    }
    const QString path = m_store->databasePath();
    closeEverything();
    setStage(Stage::Starting);
    QThread *thread = QThread::create([path] { CacheRecovery::recover(path); });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, &DeskSession::openDemo);
    thread->start();
}

BusinessContext DeskSession::shownContext() const
{
    // The business's currency and zone, formatted the way the desk's language writes them.
    BusinessContext shown = *m_context;
    shown.locale = Translations::displayLocale(m_context->locale);
    return shown;
}

void DeskSession::makeWindow(MainWindow::DataSource source)
{
    const BusinessContext shown = shownContext();
    QLocale::setDefault(shown.locale); // date editors and calendars follow it too
    m_window = std::make_unique<MainWindow>(m_store.get(), m_settings, shown, source);
    MainWindow *window = m_window.get();
    if (m_options.windowSize.isValid())
        window->resize(m_options.windowSize); // before the first show: laid out once
    connect(window->edits(), &DeskEdits::queued, this, [this] {
        if (m_service && m_syncing)
            m_service->requestSync();
    });
    connect(window, &MainWindow::signInRequested, this, [this] { showLogin(); });
    connect(window, &MainWindow::signOutRequested, this, [this] { signOut(); });
    connect(window, &MainWindow::syncRequested, this, [this] {
        if (m_service && m_syncing)
            m_service->requestSync();
    });
    connect(window, &MainWindow::closed, this, &DeskSession::finish);
    connect(window->syncStatusWidget(), &SyncStatusWidget::issuesRequested, this,
            &DeskSession::openIssues);
    if (source == MainWindow::DataSource::Account)
        window->syncStatusWidget()->setStatus(m_status);
    // Installing translators (Settings → Language) sends LanguageChange to every window.
    window->installEventFilter(this);
}

bool DeskSession::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_window && watched == m_window.get()
        && !m_rebuildQueued) {
        m_rebuildQueued = true;
        QTimer::singleShot(0, this, &DeskSession::rebuildWindowForLanguage);
    }
    return QObject::eventFilter(watched, event);
}

void DeskSession::rebuildWindowForLanguage()
{
    if (!m_window || !m_context || !m_store) {
        m_rebuildQueued = false;
        return;
    }
    // Never under a dialog's own event loop (the Settings dialog that changed the language is
    // still on the old window's stack) nor under the sign-in dialog, a child of the window: try
    // again once they are gone.
    if (QThread::currentThread()->loopLevel() > 1 || m_login) {
        QTimer::singleShot(100, this, &DeskSession::rebuildWindowForLanguage);
        return;
    }
    m_rebuildQueued = false;
    // The whole window is made again in the new language, rather than every pane retranslating
    // itself (docs/translations.md): what the desk was looking at comes along.
    std::unique_ptr<MainWindow> old = std::move(m_window);
    old->removeEventFilter(this);
    disconnect(old.get(), nullptr, this, nullptr);
    const PaneId pane = old->currentPane();
    const bool signedIn = old->isSignedIn();
    const bool visible = old->isVisible();
    std::optional<QDate> date;
    std::optional<AppointmentsPane::View> view;
    if (auto *appointments = qobject_cast<AppointmentsPane *>(old->pane(PaneId::Appointments))) {
        date = appointments->shownDate();
        view = appointments->currentView();
    }
    makeWindow(old->dataSource());
    m_window->restoreGeometry(old->saveGeometry());
    if (m_window->dataSource() == MainWindow::DataSource::Account)
        m_window->setSignedIn(signedIn);
    if (auto *appointments =
            qobject_cast<AppointmentsPane *>(m_window->pane(PaneId::Appointments))) {
        if (view)
            appointments->setCurrentView(*view);
        if (date)
            appointments->setShownDate(*date);
    }
    m_window->showPane(pane);
    if (visible)
        m_window->show();
    old.reset();
    qCInfo(lcDesk) << "window rebuilt for language" << Translations::currentLanguage();
    Q_EMIT windowRebuilt();
}

void DeskSession::showFirstSync()
{
    m_firstSync = std::make_unique<FirstSyncDialog>(m_account->email);
    connect(m_firstSync.get(), &QDialog::rejected, this, &DeskSession::finish);
    m_firstSync->setStatus(m_status);
    m_firstSync->show();
    setStage(Stage::FirstSync);
    if (!m_notice.isEmpty())
        showNotice(std::exchange(m_notice, QString()));
}

void DeskSession::closeEverything()
{
    if (m_issues)
        delete m_issues.data();
    m_integrityCheck.reset(); // stopped first: it holds a connection to the store's file
    m_window.reset();
    m_firstSync.reset();
    m_context.reset();
    m_store.reset();
    m_storeReady = false;
    m_loadingContext = false;
}

// --- the sync service ---------------------------------------------------------------------

void DeskSession::makeService(const BackendConfig &backend)
{
    m_service.reset();
    m_signedIn = false;
    m_restoring = false;
    m_syncing = false;
    SyncService::Options options;
    options.backend = backend;
    options.vaultService = m_options.vaultService;
    options.realtime = m_options.realtime;
    options.pollInterval = m_options.pollInterval;
    m_service = std::make_unique<SyncService>(std::move(options));
    m_serviceBackend = backend;
    SyncService *service = m_service.get();
    connect(service, &SyncService::signedIn, this, &DeskSession::onSignedIn);
    connect(service, &SyncService::signInFailed, this, &DeskSession::onSignInFailed);
    connect(service, &SyncService::signedOut, this, &DeskSession::onSignedOut);
    connect(service, &SyncService::statusChanged, this, &DeskSession::onStatus);
    connect(service, &SyncService::cycleFinished, this, &DeskSession::onCycleFinished);
    connect(service, &SyncService::massDeleteNeedsConfirmation, this, &DeskSession::onMassDelete);
    connect(service, &SyncService::tablesChanged, this, [this](const QStringList &tables) {
        if (m_store)
            m_store->notifyTablesChanged(tables);
    });
}

void DeskSession::startSyncIfReady()
{
    // The cache is opened (and migrated) by the store first, so the engine finds it ready.
    if (!m_service || !m_account || !m_signedIn || !m_storeReady || m_syncing)
        return;
    m_syncing = true;
    m_service->startSync(m_account->storePath);
}

void DeskSession::onSignedIn(const QString &userId, const QString &email)
{
    m_signedIn = true;
    m_restoring = false;
    m_settings->setBackendUrl(m_serviceBackend.url);
    m_settings->setAnonKey(m_serviceBackend.anonKey);
    m_settings->setCaCertificateFile(m_serviceBackend.caFile);
    m_settings->setLastSignInEmail(email);
    m_settings->setAccountUserId(userId);
    closeLogin();

    if (m_account && m_store && m_account->userId == userId
        && sameBackend(m_account->backend, m_serviceBackend)) {
        // The same account again (restored at start, or signed in after the server ended it).
        m_account->email = email;
        if (m_window)
            m_window->setSignedIn(true);
        else if (m_storeReady && !m_firstSync)
            showFirstSync(); // the first download was interrupted by the sign-in
        startSyncIfReady();
        return;
    }

    // Someone else, or another server: their own cache, never mixed with the last one.
    closeEverything();
    m_syncing = false;
    m_status = {};
    m_account = Account{m_serviceBackend, email, userId,
                        SyncService::storePathFor(m_options.dataDir, m_serviceBackend, userId)};
    setStage(Stage::Starting);
    openAccountStore();
}

void DeskSession::onSignInFailed(const QString &message, bool transient)
{
    if (m_login && m_login->isBusy()) {
        m_login->showError(message);
        return;
    }
    if (transient) {
        // The service tries again by itself; the desk keeps working on its cache.
        m_status.connection = SyncStatus::Connection::Offline;
        m_status.nextAttemptInMs = -1;
        m_status.lastError = message;
        publishStatus();
        return;
    }
    m_signedIn = false;
    m_restoring = false;
    m_syncing = false;
    m_status.connection = SyncStatus::Connection::SignedOut;
    m_status.lastError = message;
    publishStatus();
    if (m_window)
        m_window->setSignedIn(false);
    m_firstSync.reset();
    showLogin(message);
}

void DeskSession::onSignedOut(const QString &reason)
{
    m_signedIn = false;
    m_restoring = false;
    m_syncing = false;
    if (m_signingOut) {
        // The person signed out: forget the account here and ask who is next.
        m_signingOut = false;
        m_settings->setLastSignInEmail(QString());
        m_settings->setAccountUserId(QString());
        closeLogin();
        closeEverything();
        m_account.reset();
        m_status = {};
        showLogin(std::exchange(m_afterSignOut, QString()));
        return;
    }
    // The server ended the sign-in: what is on screen stays readable; ask for the password.
    m_status.connection = SyncStatus::Connection::SignedOut;
    m_status.lastError = reason;
    publishStatus();
    if (m_window)
        m_window->setSignedIn(false);
    m_firstSync.reset();
    showLogin(reason);
}

void DeskSession::signOut(const QString &messageAfterwards)
{
    if (!m_service)
        return;
    m_signingOut = true;
    m_afterSignOut = messageAfterwards;
    m_service->signOut();
}

void DeskSession::onStatus(const SyncStatus &status)
{
    if (!m_syncing)
        return; // a last word from an engine that was stopped
    m_status = status;
    publishStatus();
}

void DeskSession::publishStatus()
{
    if (m_window && m_window->dataSource() == MainWindow::DataSource::Account)
        m_window->syncStatusWidget()->setStatus(m_status);
    if (m_firstSync)
        m_firstSync->setStatus(m_status);
}

void DeskSession::onCycleFinished(bool ok)
{
    // The first download is complete: the cache now knows who is at the desk.
    if (ok && !m_window && m_storeReady)
        loadContext();
}

void DeskSession::onMassDelete(const QString &table, int count, int live)
{
    QString records = table;
    records.replace(QLatin1Char('_'), QLatin1Char(' '));
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Remove records from this computer?"),
        tr("The server would remove %1 of %2 %3 records on this computer. Remove them?")
            .arg(count)
            .arg(live)
            .arg(records),
        QMessageBox::NoButton, topWindow());
    box->setObjectName(QStringLiteral("massDeleteConfirmation"));
    box->setInformativeText(tr("This happens when records were deleted on the server or you lost "
                               "access to them. Until you decide, nothing is removed and "
                               "downloading changes is paused."));
    QPushButton *remove = box->addButton(tr("Remove them"), QMessageBox::DestructiveRole);
    QPushButton *keep = box->addButton(tr("Keep them"), QMessageBox::RejectRole);
    box->setDefaultButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, remove] {
        if (m_service)
            m_service->resolveMassDelete(box->clickedButton() == remove);
    });
    box->open();
}

// --- signing in ---------------------------------------------------------------------------

void DeskSession::showLogin(const QString &error)
{
    if (!m_login) {
        m_login = new LoginDialog(*m_settings, m_window.get());
        if (m_account)
            m_login->setEmail(m_account->email);
        connect(m_login, &LoginDialog::signInRequested, this, &DeskSession::onSignInRequested);
        connect(m_login, &LoginDialog::demoRequested, this, &DeskSession::onDemoRequested);
        connect(m_login, &QDialog::rejected, this, &DeskSession::onLoginClosed);
    }
    if (!error.isEmpty())
        m_login->showError(error);
    m_login->show();
    m_login->raise();
    m_login->activateWindow();
    if (!m_window)
        setStage(Stage::SigningIn);
}

void DeskSession::closeLogin()
{
    if (!m_login)
        return;
    LoginDialog *login = m_login;
    m_login = nullptr;
    disconnect(login, nullptr, this, nullptr);
    login->hide();
    login->setParent(nullptr); // may be inside one of its own signals: never with the window
    login->deleteLater();
}

void DeskSession::onSignInRequested(const BackendConfig &backend, const QString &email,
                                    const QString &password)
{
    if (m_syncing) {
        // Never let the engine of one account pull with the sign-in of another.
        m_service->stopSync();
        m_syncing = false;
    }
    if (!m_service || !sameBackend(backend, m_serviceBackend)) {
        makeService(backend);
        if (m_window && m_window->dataSource() == MainWindow::DataSource::Account)
            m_window->setSignedIn(false);
    }
    m_service->signIn(email, password);
}

void DeskSession::onDemoRequested()
{
    closeLogin();
    if (m_window && m_window->dataSource() == MainWindow::DataSource::LocalDemo)
        return;
    openDemo();
}

void DeskSession::onLoginClosed()
{
    closeLogin();
    // Nothing else is open: closing the sign-in closes the desk.
    if (!m_window && !m_firstSync)
        finish();
}

// --- helpers ------------------------------------------------------------------------------

void DeskSession::openIssues()
{
    if (!m_window || !m_store || !m_context)
        return;
    if (!m_issues) {
        m_issues = new SyncIssuesDialog(m_store.get(), shownContext(), m_window.get());
        m_issues->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_issues, &SyncIssuesDialog::issuesChanged, this, [this] {
            if (m_service && m_syncing)
                m_service->requestSync();
        });
    }
    m_issues->show();
    m_issues->raise();
    m_issues->activateWindow();
}

QWidget *DeskSession::topWindow() const
{
    if (m_window)
        return m_window.get();
    if (m_firstSync)
        return m_firstSync.get();
    return m_login;
}

void DeskSession::showNotice(const QString &text)
{
    // A window of its own: the first-sync dialog it may open over closes before it is read.
    auto *box = new QMessageBox(QMessageBox::Information, tr("Chairside"), text, QMessageBox::Ok);
    box->setObjectName(QStringLiteral("deskNotice"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    connect(this, &QObject::destroyed, box, &QObject::deleteLater);
    box->show();
}

} // namespace Chairside
