#pragma once

#include "remote/BackendConfig.h"
#include "store/BusinessContext.h"
#include "store/Database.h"
#include "store/demo/DemoSalon.h"
#include "sync/SyncStatus.h"
#include "ui/MainWindow.h"
#include "ui/sync/FirstSyncDialog.h"
#include "ui/sync/LoginDialog.h"
#include "ui/sync/SyncIssuesDialog.h"

#include <QObject>
#include <QPointer>
#include <QSize>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>

class QWidget;

namespace Chairside {

class AppSettings;
class BackgroundIntegrityCheck;
class StoreExecutor;
class SyncService;

// The window path of the desk: which store to open (the demo salon, or the signed-in account's
// cache), the sign-in dialog, the first download, the main window and the sync service that
// keeps it current. main() and tests create one and call start().
class DeskSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeskSession)

public:
    struct Options
    {
        QString dataDir;       // the demo store and the accounts' caches live below it
        DemoSalonOptions demo; // how to generate the demo salon on first use
        QString vaultService;  // the keychain service; empty: the installation's own
        bool realtime = true;
        std::chrono::milliseconds pollInterval{30000};
        // The store's background integrity check starts this long after the window opened.
        std::chrono::milliseconds integrityCheckDelay{3000};
        // Set: the window opens at this size (screenshots); otherwise where the desk left it.
        QSize windowSize;
    };

    enum class Stage {
        Starting,  // nothing shown yet
        SigningIn, // only the sign-in dialog is shown
        FirstSync, // downloading a new account's cache
        Window,    // the main window is open (a sign-in dialog may be over it)
        Failed,    // the desk cannot start: see failed()
        Finished,  // the person closed the desk
    };
    Q_ENUM(Stage)

    DeskSession(Options options, AppSettings *settings, QObject *parent = nullptr);
    ~DeskSession() override;

    // Opens what the settings say: no backend, the demo salon; an account, its cache (the window
    // at once when the cache knows the person) while the saved sign-in is restored; a backend
    // without an account, the sign-in dialog.
    void start();
    // Opens the demo salon whatever the settings say (screenshots).
    void startDemo();

    Stage stage() const { return m_stage; }
    MainWindow *window() const { return m_window.get(); }
    LoginDialog *loginDialog() const { return m_login; }
    FirstSyncDialog *firstSyncDialog() const { return m_firstSync.get(); }
    StoreExecutor *store() const { return m_store.get(); }
    SyncService *service() const { return m_service.get(); }
    SyncStatus syncStatus() const { return m_status; }

Q_SIGNALS:
    void stageChanged(Chairside::DeskSession::Stage stage);
    // The demo salon was generated on this start: a sentence for the console.
    void demoGenerated(const QString &sentence);
    // The desk cannot go on (a store that cannot be opened): a sentence for people.
    void failed(const QString &message);
    // The person closed the desk and the sign-in is safely in the keychain: time to quit.
    void finished();
    // The main window was made again in the language just chosen (window() is the new one).
    void windowRebuilt();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Account
    {
        BackendConfig backend;
        QString email;
        QString userId;
        QString storePath;
    };

    void setStage(Stage stage);
    void fail(const QString &message);
    void finish();

    void openDemo();
    void
    openAccountStore(Database::IntegrityCheck check = Database::IntegrityCheck::AfterUncleanClose);
    void verifyStoreInBackground();
    void storeFoundDamaged(const StoreError &error);
    void loadContext();
    void contextLoaded(const std::optional<BusinessContext> &context);
    void openWindow(const BusinessContext &context, MainWindow::DataSource source);
    // The main window for m_context and its wiring, not shown yet.
    void makeWindow(MainWindow::DataSource source);
    // m_context with the locale of the desk's language (Translations::displayLocale).
    BusinessContext shownContext() const;
    void rebuildWindowForLanguage();
    void showFirstSync();
    void closeEverything();

    void makeService(const BackendConfig &backend);
    void startSyncIfReady();
    void onSignedIn(const QString &userId, const QString &email);
    void onSignInFailed(const QString &message, bool transient);
    void onSignedOut(const QString &reason);
    void onStatus(const SyncStatus &status);
    void onCycleFinished(bool ok);
    void onMassDelete(const QString &table, int count, int live);
    void publishStatus();
    void signOut(const QString &messageAfterwards = {});

    void showLogin(const QString &error = {});
    void closeLogin();
    void onSignInRequested(const BackendConfig &backend, const QString &email,
                           const QString &password);
    void onDemoRequested();
    void onLoginClosed();

    void openIssues();
    QWidget *topWindow() const;
    void showNotice(const QString &text);

    Options m_options;
    AppSettings *m_settings;
    Stage m_stage = Stage::Starting;

    std::optional<Account> m_account;
    std::unique_ptr<SyncService> m_service;
    BackendConfig m_serviceBackend;
    std::unique_ptr<StoreExecutor> m_store;
    std::unique_ptr<BackgroundIntegrityCheck> m_integrityCheck; // after the window opened
    std::optional<BusinessContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<FirstSyncDialog> m_firstSync;
    QPointer<LoginDialog> m_login;
    QPointer<SyncIssuesDialog> m_issues;
    SyncStatus m_status;

    bool m_storeReady = false;     // the account's cache has answered its first job
    bool m_loadingContext = false; // a BusinessContext job is on its way
    bool m_signedIn = false;
    bool m_restoring = false; // the saved sign-in is being restored
    bool m_syncing = false;
    bool m_signingOut = false;    // the person asked to sign out (not the server)
    bool m_rebuildQueued = false; // a LanguageChange asked for the window in a new language
    QString m_afterSignOut;       // shown on the sign-in dialog after that sign-out
    QString m_notice;             // shown once the first window is up
};

} // namespace Chairside
