#include "ui/MainWindow.h"

#include "core/Version.h"
#include "models/common/DeskEdits.h"
#include "models/escalations/HandoffWatch.h"
#include "models/notifications/ActionLink.h"
#include "store/AppSettings.h"
#include "store/StoreExecutor.h"
#include "ui/PaneIcons.h"
#include "ui/SettingsDialog.h"
#include "ui/appointments/AppointmentDetailsDialog.h"
#include "ui/notifications/DeskAlerts.h"
#include "ui/panes/AnalyticsPane.h"
#include "ui/panes/AppointmentsPane.h"
#include "ui/panes/BusinessPane.h"
#include "ui/panes/CustomersPane.h"
#include "ui/panes/EscalationsPane.h"
#include "ui/panes/NotificationsPane.h"
#include "ui/sync/SyncStatusWidget.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>

namespace Chairside {

namespace {

QString paneTitle(PaneId pane)
{
    switch (pane) {
    case PaneId::Appointments:
        return MainWindow::tr("Appointments");
    case PaneId::Escalations:
        return MainWindow::tr("Escalations");
    case PaneId::Customers:
        return MainWindow::tr("Customers & Loyalty");
    case PaneId::Analytics:
        return MainWindow::tr("Analytics");
    case PaneId::Notifications:
        return MainWindow::tr("Notifications");
    case PaneId::Business:
        return MainWindow::tr("Business");
    }
    return {};
}

QString roleTitle(StaffRole role)
{
    switch (role) {
    case StaffRole::Staff:
        return MainWindow::tr("Staff");
    case StaffRole::Admin:
        return MainWindow::tr("Admin");
    case StaffRole::Owner:
        return MainWindow::tr("Owner");
    }
    return {};
}

} // namespace

MainWindow::MainWindow(StoreExecutor *store, AppSettings *settings, const BusinessContext &context,
                       QWidget *parent)
    : MainWindow(store, settings, context,
                 settings->usesLocalDemo() ? DataSource::LocalDemo : DataSource::Account, parent)
{}

MainWindow::MainWindow(StoreExecutor *store, AppSettings *settings, const BusinessContext &context,
                       DataSource source, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_settings(settings)
    , m_context(context)
    , m_source(source)
    , m_edits(new DeskEdits(
          store, LocalActor{context.staffId, context.role},
          source == DataSource::LocalDemo ? Outbox::Mode::LocalOnly : Outbox::Mode::Queue, this))
{
    setWindowTitle(tr("%1 — Chairside").arg(context.businessName));

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_navigation = new QListWidget(central);
    m_stack = new QStackedWidget(central);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    // The calendar at once; the other panes when first opened, so their reading does not queue
    // in front of the desk's first clicks on the store's one thread (and a start shows the day
    // sooner). The handoffs' badge and notifications need no pane.
    ensurePane(PaneId::Appointments);
    // After the calendar has asked for its day: the icon loads the SVG plugin (2 ms).
    setWindowIcon(QIcon(QStringLiteral(":/icons/chairside.svg")));

    buildNavigation();
    buildMenus();
    buildStatusBar();
    if (isPaneAvailable(PaneId::Escalations))
        watchHandoffs();
    wireAlerts();

    if (!m_settings->mainWindowGeometry().isEmpty())
        restoreGeometry(m_settings->mainWindowGeometry());
    else
        resize(1366, 860);
    showPane(PaneId::Appointments);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildNavigation()
{
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setFixedWidth(200);
    // Longer languages wrap a title onto two lines rather than scroll the list sideways.
    m_navigation->setWordWrap(true);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    for (int i = 0; i < kPaneCount; ++i) {
        const auto id = static_cast<PaneId>(i);
        auto *item = new QListWidgetItem(paneTitle(id), m_navigation);
        item->setData(Qt::UserRole, i);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(paneTitle(id)).arg(i + 1));
        item->setHidden(!isPaneAvailable(id)); // the signed-in role may not use this pane
    }
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= kPaneCount)
            return;
        if (QWidget *widget = ensurePane(static_cast<PaneId>(row)))
            m_stack->setCurrentWidget(widget);
    });
    styleNavigation();
}

void MainWindow::styleNavigation()
{
    // The colours are the window's, written into the style sheet: a sheet's palette() refers to
    // the list's own palette, which the sheet itself sets, so it would keep its first colours.
    const QPalette &colours = palette();
    m_navigation->setStyleSheet(
        QStringLiteral(
            "QListWidget#navigation { background: %1; padding-top: 8px;"
            " border-right: 1px solid %2; outline: 0; }" // the highlight shows focus
            "QListWidget#navigation::item { padding: 8px 10px; border-radius: 6px; margin: 0 6px; }"
            "QListWidget#navigation::item:selected { background: %3; color: %4; }")
            .arg(colours.color(QPalette::Window).name(), colours.color(QPalette::Mid).name(),
                 colours.color(QPalette::Highlight).name(),
                 colours.color(QPalette::HighlightedText).name()));
    for (int row = 0; row < m_navigation->count(); ++row)
        m_navigation->item(row)->setIcon(paneIcon(static_cast<PaneId>(row), colours));
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_syncAction = file->addAction(tr("S&ync now"), this, &MainWindow::syncRequested);
    m_syncAction->setObjectName(QStringLiteral("syncNowAction"));
    m_syncAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_syncAction->setToolTip(tr("Send the edits made here and fetch the salon's latest changes"));
    m_signInAction = file->addAction(tr("Sign &in…"), this, &MainWindow::signInRequested);
    m_signInAction->setObjectName(QStringLiteral("signInAction"));
    m_signOutAction = file->addAction(tr("Sign &out"), this, &MainWindow::signOutRequested);
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    file->addSeparator();
    QAction *settingsAction = file->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    settingsAction->setShortcut(QKeySequence::Preferences);
    settingsAction->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < kPaneCount; ++i) {
        const auto id = static_cast<PaneId>(i);
        if (!isPaneAvailable(id))
            continue;
        QAction *action = view->addAction(paneTitle(id), this, [this, id] { showPane(id); });
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Chairside"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::buildStatusBar()
{
    m_syncStatus = new SyncStatusWidget(this);
    m_syncStatus->setLocalDemo(m_source == DataSource::LocalDemo);
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("signedInLabel"));
    m_userLabel->setContentsMargins(4, 0, 8, 0);
    statusBar()->addWidget(m_syncStatus);
    statusBar()->addPermanentWidget(m_userLabel);
    // An account's window starts from its cache; whoever runs the sync says when it is signed in.
    m_signedIn = m_source == DataSource::LocalDemo;
    updateAccountState();
}

void MainWindow::watchHandoffs()
{
    m_handoffWatch = new HandoffWatch(m_store, m_context, this);
    QListWidgetItem *item = m_navigation->item(int(PaneId::Escalations));
    connect(m_handoffWatch, &HandoffWatch::openCountChanged, this, [item](qint64 open) {
        const QString title = paneTitle(PaneId::Escalations);
        item->setText(open > 0 ? tr("%1  (%2)", "pane title, open handoffs").arg(title).arg(open)
                               : title);
        item->setData(Qt::AccessibleTextRole,
                      open > 0 ? tr("%1, %n open", nullptr, int(open)).arg(title) : title);
    });
    connect(m_handoffWatch, &HandoffWatch::handoffArrived, this,
            [this](const QString &customer, const QString &reason) {
                if (QSystemTrayIcon *tray = trayIcon()) {
                    m_trayLink.clear();
                    tray->showMessage(tr("New handoff: %1").arg(customer), reason,
                                      QSystemTrayIcon::Information, 10 * 1000);
                }
            });
}

QSystemTrayIcon *MainWindow::trayIcon()
{
    if (m_tray || !QSystemTrayIcon::isSystemTrayAvailable())
        return m_tray;
    m_tray = new QSystemTrayIcon(windowIcon(), this);
    m_tray->setToolTip(tr("Chairside"));
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        if (m_trayLink.isEmpty() || !openActionLink(m_trayLink))
            showPane(PaneId::Escalations);
        showNormal();
        raise();
        activateWindow();
    });
    m_tray->show();
    return m_tray;
}

void MainWindow::wireAlerts()
{
    m_alerts = new DeskAlerts(m_store, m_context, this);
    QListWidgetItem *item = m_navigation->item(int(PaneId::Notifications));
    connect(m_alerts, &DeskAlerts::unreadCountChanged, this, [item](qint64 unread) {
        const QString title = paneTitle(PaneId::Notifications);
        item->setText(unread > 0
                          ? tr("%1  (%2)", "pane title, open handoffs").arg(title).arg(unread)
                          : title);
        item->setData(Qt::AccessibleTextRole,
                      unread > 0 ? tr("%1, %n unread", nullptr, int(unread)).arg(title) : title);
    });
    connect(m_alerts, &DeskAlerts::alert, this, [this](const DeskAlert &alert) {
        QSystemTrayIcon *tray = trayIcon();
        if (!tray)
            return;
        m_trayLink = alert.actionUrl;
        if (alert.kind == DeskAlert::Kind::Notice) {
            tray->showMessage(alert.title, alert.body, QSystemTrayIcon::Warning, 10 * 1000);
            return;
        }
        const QString time = m_context.locale.toString(
            QDateTime::fromSecsSinceEpoch(alert.startsAt, m_context.timeZone).time(),
            QLocale::ShortFormat);
        const QString who = alert.title.isEmpty() ? alert.body
                            : alert.body.isEmpty()
                                ? alert.title
                                : alert.title + QStringLiteral(" · ") + alert.body;
        tray->showMessage(tr("Your next appointment at %1").arg(time), who,
                          QSystemTrayIcon::Information, 10 * 1000);
    });
}

bool MainWindow::openActionLink(const QString &url)
{
    const ActionLink link = ActionLink::parse(url);
    if (!link.isValid())
        return false;
    switch (link.target) {
    case ActionLink::Target::Appointment: {
        auto *appointments = qobject_cast<AppointmentsPane *>(ensurePane(PaneId::Appointments));
        if (!appointments)
            return false;
        showPane(PaneId::Appointments);
        // Read only: the dialog's reschedule and cancel act on the calendar's selection.
        auto *dialog =
            new AppointmentDetailsDialog(m_store, m_context, link.id, false, appointments);
        dialog->setObjectName(QStringLiteral("linkedAppointment"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        // The calendar goes to the booking's day behind the details, in the salon's zone.
        connect(dialog, &AppointmentDetailsDialog::loaded, appointments,
                [dialog, appointments, zone = m_context.timeZone] {
                    const auto &booking = dialog->details().appointment;
                    if (dialog->details().error.isEmpty() && booking.startsAt > 0)
                        appointments->setShownDate(
                            QDateTime::fromSecsSinceEpoch(booking.startsAt, zone).date());
                });
        dialog->open();
        return true;
    }
    case ActionLink::Target::Customer:
        if (auto *customers = qobject_cast<CustomersPane *>(ensurePane(PaneId::Customers))) {
            showPane(PaneId::Customers);
            customers->openCustomer(link.id);
            return true;
        }
        return false;
    case ActionLink::Target::Handoff:
        if (auto *escalations = qobject_cast<EscalationsPane *>(ensurePane(PaneId::Escalations))) {
            showPane(PaneId::Escalations);
            escalations->selectHandoff(link.id);
            return true;
        }
        return false;
    case ActionLink::Target::None:
        break;
    }
    return false;
}

void MainWindow::setSignedIn(bool signedIn)
{
    m_signedIn = signedIn;
    updateAccountState();
}

void MainWindow::updateAccountState()
{
    const QString zone = QString::fromUtf8(m_context.timeZone.id());
    const QString role = roleTitle(m_context.role);
    if (m_source == DataSource::LocalDemo) {
        m_userLabel->setText(tr("%1 · %2", "demo: person · role").arg(m_context.staffName, role));
        m_userLabel->setToolTip(tr("The demo salon, seen as %1 (%2). Times are shown in %3.")
                                    .arg(m_context.staffName, role, zone));
    } else if (m_signedIn) {
        m_userLabel->setText(tr("Signed in as %1 · %2").arg(m_context.staffName, role));
        m_userLabel->setToolTip(tr("Signed in as %1 (%2) at %3. Times are shown in %4.")
                                    .arg(m_context.staffName, role, m_context.businessName, zone));
    } else {
        m_userLabel->setText(tr("Not signed in · %1's saved data").arg(m_context.staffName));
        m_userLabel->setToolTip(tr("The data on screen is what this computer saved for %1. Sign "
                                   "in again (File → Sign in…) to send and receive changes.")
                                    .arg(m_context.staffName));
    }
    m_userLabel->setAccessibleName(m_userLabel->text());
    const bool account = m_source == DataSource::Account;
    m_syncAction->setVisible(account);
    m_syncAction->setEnabled(account && m_signedIn);
    m_signInAction->setVisible(!account || !m_signedIn);
    m_signInAction->setText(account ? tr("Sign &in…") : tr("Sign &in to your salon…"));
    m_signOutAction->setVisible(account && m_signedIn);
}

void MainWindow::showPane(PaneId pane)
{
    QWidget *widget = ensurePane(pane);
    if (!widget)
        return;
    m_navigation->setCurrentRow(int(pane));
    m_stack->setCurrentWidget(widget);
}

QWidget *MainWindow::ensurePane(PaneId id)
{
    QWidget *&slot = m_panes[size_t(id)];
    if (slot || !isPaneAvailable(id))
        return slot;
    switch (id) {
    case PaneId::Appointments: {
        auto *appointments = new AppointmentsPane(m_store, m_context, m_edits, m_stack);
        appointments->useSettings(m_settings);
        slot = appointments;
        break;
    }
    case PaneId::Escalations: {
        auto *escalations = new EscalationsPane(m_store, m_edits, m_context, m_stack);
        if (m_source == DataSource::Account)
            escalations->setSyncStatusSource([status = m_syncStatus] { return status->status(); });
        slot = escalations;
        break;
    }
    case PaneId::Customers:
        slot = new CustomersPane(m_store, m_context, m_edits, m_stack);
        break;
    case PaneId::Analytics:
        slot = new AnalyticsPane(m_store, m_context, m_stack);
        break;
    case PaneId::Notifications: {
        auto *notifications = new NotificationsPane(m_store, m_context, m_edits, m_stack);
        connect(notifications, &NotificationsPane::openRequested, this,
                &MainWindow::openActionLink);
        slot = notifications;
        break;
    }
    case PaneId::Business:
        slot = new BusinessPane(m_store, m_context, m_edits, m_stack);
        break;
    }
    slot->setObjectName(paneKey(id) + QStringLiteral("Pane"));
    m_stack->addWidget(slot);
    return slot;
}

PaneId MainWindow::currentPane() const
{
    for (int i = 0; i < kPaneCount; ++i) {
        if (m_panes[size_t(i)] && m_panes[size_t(i)] == m_stack->currentWidget())
            return static_cast<PaneId>(i);
    }
    return PaneId::Appointments;
}

QWidget *MainWindow::pane(PaneId pane)
{
    return ensurePane(pane);
}

bool MainWindow::isPaneAvailable(PaneId pane) const
{
    switch (pane) {
    case PaneId::Escalations:
        return canSeeEscalations(m_context.role);
    case PaneId::Analytics:
        return canSeeAnalytics(m_context.role);
    case PaneId::Business:
        return canSeeBusinessSettings(m_context.role);
    case PaneId::Appointments:
    case PaneId::Customers:
    case PaneId::Notifications:
        return true;
    }
    return false;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings->setMainWindowGeometry(saveGeometry());
    QMainWindow::closeEvent(event);
    if (event->isAccepted())
        Q_EMIT closed();
}

void MainWindow::changeEvent(QEvent *event)
{
    // Light to dark or back (the desktop's theme): the navigation follows.
    if (event->type() == QEvent::PaletteChange && m_navigation)
        styleNavigation();
    QMainWindow::changeEvent(event);
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_settings, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Chairside"),
        tr("<h3>Chairside %1</h3><p>The front-desk console for salons and clinics: the day's "
           "book, the AI assistant's handoffs, customers and loyalty, and the owner's "
           "numbers.</p><p>Built with Qt %2.</p>")
            .arg(QString::fromLatin1(kVersion), QString::fromLatin1(qVersion())));
}

} // namespace Chairside
