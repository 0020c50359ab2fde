#pragma once

#include "store/BusinessContext.h"
#include "ui/PaneId.h"

#include <QMainWindow>

#include <array>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;
class QSystemTrayIcon;

namespace Chairside {

class AppSettings;
class DeskAlerts;
class DeskEdits;
class HandoffWatch;
class StoreExecutor;
class SyncStatusWidget;

// Composes the panes, the navigation and the status bar; the panes do the work.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // Where the data on screen comes from: the generated demo salon, or the cache of a signed-in
    // account that a sync service keeps up to date.
    enum class DataSource { LocalDemo, Account };

    // The data source follows the settings (no backend: the demo salon).
    MainWindow(StoreExecutor *store, AppSettings *settings, const BusinessContext &context,
               QWidget *parent = nullptr);
    MainWindow(StoreExecutor *store, AppSettings *settings, const BusinessContext &context,
               DataSource source, QWidget *parent = nullptr);
    ~MainWindow() override;

    DataSource dataSource() const { return m_source; }
    // How the panes change data (mutations through the outbox, or locally in the demo).
    DeskEdits *edits() const { return m_edits; }
    // The sync part of the status bar; whoever runs the sync feeds it.
    SyncStatusWidget *syncStatusWidget() const { return m_syncStatus; }
    // Whether the account is signed in (an account whose sign-in the server ended stays
    // readable): changes the label and the File menu.
    void setSignedIn(bool signedIn);
    bool isSignedIn() const { return m_signedIn; }

    void showPane(PaneId pane);
    PaneId currentPane() const;
    // The pane's widget, made when first asked for; nullptr when the role may not use it.
    QWidget *pane(PaneId pane);
    bool isPaneAvailable(PaneId pane) const;
    // Shows what a notification's action link points at ("chairside://appointment/<id>", a
    // customer or a handoff); false when the link is not one the desk knows.
    bool openActionLink(const QString &url);
    // The new high priority notifications, upcoming bookings and the unread count.
    DeskAlerts *alerts() const { return m_alerts; }

Q_SIGNALS:
    // File menu: the composition decides what they do (the window itself never signs in).
    void signInRequested();
    void signOutRequested();
    void syncRequested();
    // After the person closed the window.
    void closed();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *ensurePane(PaneId id);
    void buildNavigation();
    void styleNavigation(); // its colours and icons, from the window's palette (light or dark)
    void buildMenus();
    void buildStatusBar();
    void openSettings();
    void showAbout();
    void updateAccountState();
    // The Escalations badge and the desktop notification of a new handoff.
    void watchHandoffs();
    // The Notifications badge and the tray alerts for notifications and bookings.
    void wireAlerts();
    // The one tray icon, made when first needed; nullptr without a system tray. A click on its
    // message opens `m_trayLink` (empty: the handoff queue).
    QSystemTrayIcon *trayIcon();

    StoreExecutor *m_store;
    AppSettings *m_settings;
    BusinessContext m_context;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    DataSource m_source;
    DeskEdits *m_edits;
    bool m_signedIn = false;
    SyncStatusWidget *m_syncStatus = nullptr;
    QLabel *m_userLabel = nullptr;
    QAction *m_syncAction = nullptr;
    QAction *m_signInAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QSystemTrayIcon *m_tray = nullptr; // created with the first message, if there is a tray
    QString m_trayLink;
    DeskAlerts *m_alerts = nullptr;
    HandoffWatch *m_handoffWatch = nullptr; // when the role may see handoffs
    std::array<QWidget *, kPaneCount> m_panes{};
};

} // namespace Chairside
