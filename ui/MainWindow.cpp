#include "ui/MainWindow.h"

#include "core/Version.h"
#include "store/AppSettings.h"
#include "store/StoreExecutor.h"
#include "ui/SettingsDialog.h"
#include "ui/panes/AnalyticsPane.h"
#include "ui/panes/AppointmentsPane.h"
#include "ui/panes/CustomersPane.h"
#include "ui/panes/EscalationsPane.h"
#include "ui/panes/NotificationsPane.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>

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
    }
    return {};
}

QIcon paneIcon(PaneId pane, const QStyle *style)
{
    switch (pane) {
    case PaneId::Appointments:
        return style->standardIcon(QStyle::SP_FileDialogDetailedView);
    case PaneId::Escalations:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case PaneId::Customers:
        return style->standardIcon(QStyle::SP_DirHomeIcon);
    case PaneId::Analytics:
        return style->standardIcon(QStyle::SP_FileDialogContentsView);
    case PaneId::Notifications:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}

} // namespace

MainWindow::MainWindow(StoreExecutor *store, AppSettings *settings, const BusinessContext &context,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_settings(settings)
    , m_context(context)
{
    setWindowTitle(tr("%1 — Chairside").arg(context.businessName));
    setWindowIcon(QIcon(QStringLiteral(":/icons/chairside.svg")));

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_navigation = new QListWidget(central);
    m_stack = new QStackedWidget(central);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_panes[size_t(PaneId::Appointments)] = new AppointmentsPane(store, context, m_stack);
    m_panes[size_t(PaneId::Escalations)] =
        canSeeEscalations(context.role) ? new EscalationsPane(store, context, m_stack) : nullptr;
    m_panes[size_t(PaneId::Customers)] = new CustomersPane(store, context, m_stack);
    m_panes[size_t(PaneId::Analytics)] =
        canSeeAnalytics(context.role) ? new AnalyticsPane(store, context, m_stack) : nullptr;
    m_panes[size_t(PaneId::Notifications)] = new NotificationsPane(store, context, m_stack);

    buildNavigation();
    buildMenus();
    buildStatusBar();

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
    m_navigation->setStyleSheet(QStringLiteral(
        "QListWidget#navigation { background: palette(window); padding-top: 8px;"
        " border-right: 1px solid palette(mid); }"
        "QListWidget#navigation::item { padding: 8px 10px; border-radius: 6px; margin: 0 6px; }"
        "QListWidget#navigation::item:selected { background: palette(highlight);"
        " color: palette(highlighted-text); }"));
    for (int i = 0; i < kPaneCount; ++i) {
        const auto id = static_cast<PaneId>(i);
        auto *item = new QListWidgetItem(paneIcon(id, style()), paneTitle(id), m_navigation);
        item->setData(Qt::UserRole, i);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(paneTitle(id)).arg(i + 1));
        if (QWidget *widget = m_panes[size_t(i)]) {
            widget->setObjectName(paneKey(id) + QStringLiteral("Pane"));
            m_stack->addWidget(widget);
        } else {
            item->setHidden(true); // the signed-in role may not use this pane
        }
    }
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && m_panes[size_t(row)])
            m_stack->setCurrentWidget(m_panes[size_t(row)]);
    });
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
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
        if (!m_panes[size_t(i)])
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
    m_sourceLabel = new QLabel(this);
    m_sourceLabel->setObjectName(QStringLiteral("dataSourceLabel"));
    m_syncLabel = new QLabel(this);
    m_syncLabel->setObjectName(QStringLiteral("syncStateLabel"));
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("signedInLabel"));

    if (m_settings->usesLocalDemo()) {
        m_sourceLabel->setText(tr("● Local demo data"));
        m_sourceLabel->setToolTip(
            tr("Chairside is working on a generated demo salon stored on this computer. Connect "
               "to your salon's backend in File → Settings."));
        m_syncLabel->setText(tr("Sync: off"));
        m_syncLabel->setToolTip(tr("Nothing is sent anywhere while the demo data is in use."));
    } else {
        m_sourceLabel->setText(tr("● Offline — showing saved data"));
        m_sourceLabel->setToolTip(
            tr("Backend: %1").arg(m_settings->backendUrl().toDisplayString()));
        m_syncLabel->setText(tr("Sync: waiting to connect"));
    }
    m_userLabel->setText(
        tr("%1 · %2 · %3")
            .arg(m_context.staffName, toKey(m_context.role),
                 m_context.timeZone.displayName(QTimeZone::StandardTime, QTimeZone::ShortName)));
    m_userLabel->setToolTip(tr("Signed in as %1 (%2). Times are shown in %3.")
                                .arg(m_context.staffName, toKey(m_context.role),
                                     QString::fromUtf8(m_context.timeZone.id())));
    statusBar()->addWidget(m_sourceLabel);
    statusBar()->addWidget(m_syncLabel);
    statusBar()->addPermanentWidget(m_userLabel);
}

void MainWindow::showPane(PaneId pane)
{
    if (!m_panes[size_t(pane)])
        return;
    m_navigation->setCurrentRow(int(pane));
    m_stack->setCurrentWidget(m_panes[size_t(pane)]);
}

PaneId MainWindow::currentPane() const
{
    for (int i = 0; i < kPaneCount; ++i) {
        if (m_panes[size_t(i)] && m_panes[size_t(i)] == m_stack->currentWidget())
            return static_cast<PaneId>(i);
    }
    return PaneId::Appointments;
}

QWidget *MainWindow::pane(PaneId pane) const
{
    return m_panes[size_t(pane)];
}

bool MainWindow::isPaneAvailable(PaneId pane) const
{
    return m_panes[size_t(pane)] != nullptr;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings->setMainWindowGeometry(saveGeometry());
    QMainWindow::closeEvent(event);
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
