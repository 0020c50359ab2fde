#include "ui/panes/AppointmentsPane.h"

#include "core/calendar/BusinessTime.h"
#include "models/appointments/AppointmentEditing.h"
#include "models/appointments/AppointmentListModel.h"
#include "models/appointments/DayScheduleModel.h"
#include "models/appointments/DaySheet.h"
#include "models/appointments/ExportAppointments.h"
#include "models/common/DeskEdits.h"
#include "store/AppSettings.h"
#include "store/StoreExecutor.h"
#include "store/repositories/StaffRepository.h"
#include "ui/appointments/AppointmentDetailsDialog.h"
#include "ui/appointments/AppointmentDialog.h"
#include "ui/appointments/AppointmentListPanel.h"
#include "ui/appointments/CancelAppointmentDialog.h"
#include "ui/appointments/DayColumnsDialog.h"
#include "ui/appointments/DayScheduleView.h"
#include "ui/appointments/DaySheetPrinting.h"
#include "ui/appointments/StatusLegend.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QShortcut>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Chairside {

namespace {

const QStringList &dayTables()
{
    static const QStringList tables{QStringLiteral("appointments"),  QStringLiteral("customers"),
                                    QStringLiteral("staff_members"), QStringLiteral("services"),
                                    QStringLiteral("working_hours"), QStringLiteral("time_off")};
    return tables;
}

QToolButton *toolButton(const QString &text, const QString &toolTip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAccessibleName(toolTip);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(false);
    button->setMinimumHeight(30);
    return button;
}

// Today in the business's time zone.
QDate todayAt(const BusinessContext &context)
{
    return QDateTime::currentDateTime().toTimeZone(context.timeZone).date();
}

// Today's bookings are the slowest part of opening the window (a cold read of a busy day): the
// model asks the store for them as soon as it exists, while the pane's widgets are built
// (setShownDate at the end finds the day already asked for).
DayScheduleModel *modelReadingToday(StoreExecutor *store, const BusinessContext &context,
                                    QObject *parent)
{
    auto *model = new DayScheduleModel(store, context, parent);
    model->setDate(todayAt(context));
    return model;
}

} // namespace

AppointmentsPane::AppointmentsPane(StoreExecutor *store, const BusinessContext &context,
                                   QWidget *parent)
    : AppointmentsPane(store, context, nullptr, parent)
{}

AppointmentsPane::AppointmentsPane(StoreExecutor *store, const BusinessContext &context,
                                   DeskEdits *edits, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_edits(edits)
    , m_context(context)
    , m_dayModel(modelReadingToday(store, context, this))
    , m_dayView(new DayScheduleView(this))
    , m_stack(new QStackedWidget(this))
    , m_dateEdit(new QDateEdit(this))
    , m_summary(new QLabel(this))
    , m_dayButton(toolButton(tr("Day"), tr("Day view: one column per staff member"), this))
    , m_weekButton(toolButton(tr("Week"), tr("Week view: one column per day"), this))
    , m_weekStaff(new QComboBox(this))
    , m_listButton(toolButton(tr("List"), tr("List view: filter and sort appointments"), this))
    , m_banner(new QFrame(this))
    , m_bannerText(new QLabel(m_banner))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->setSpacing(8);

    // Toolbar: today, previous / next day, the date, the view switch.
    auto *toolbar = new QHBoxLayout;
    toolbar->setSpacing(6);
    auto *todayButton = toolButton(tr("Today"), tr("Go to today (Ctrl+T)"), this);
    todayButton->setObjectName(QStringLiteral("appointmentTodayButton"));
    auto *previousButton =
        toolButton(QStringLiteral("◀"), tr("Previous day or week (Alt+Left)"), this);
    previousButton->setObjectName(QStringLiteral("appointmentPreviousDay"));
    auto *nextButton = toolButton(QStringLiteral("▶"), tr("Next day or week (Alt+Right)"), this);
    nextButton->setObjectName(QStringLiteral("appointmentNextDay"));

    m_dateEdit->setObjectName(QStringLiteral("appointmentDate"));
    m_dateEdit->setAccessibleName(tr("Shown day"));
    m_dateEdit->setToolTip(tr("The day shown; click the arrow for a calendar"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setLocale(context.locale);
    m_dateEdit->setDisplayFormat(context.locale.dateFormat(QLocale::LongFormat));
    m_dateEdit->setMinimumHeight(30);
    QFont dateFont = m_dateEdit->font();
    dateFont.setPointSizeF(dateFont.pointSizeF() * 1.15);
    dateFont.setBold(true);
    m_dateEdit->setFont(dateFont);
    {
        // Wide enough for the longest date of the year in this language ("Wednesday, 30
        // September 2026"), plus the field's frame and drop-down arrow. Days 22 to 28 of each
        // month give every weekday with every month name and two digits: 84 dates to measure
        // instead of 365 (2 ms of the start).
        const QFontMetrics metrics(dateFont);
        int widest = 0;
        const int year = QDate::currentDate().year();
        for (int month = 1; month <= 12; ++month) {
            for (int day = 22; day <= 28; ++day)
                widest = std::max(widest, metrics.horizontalAdvance(context.locale.toString(
                                              QDate(year, month, day), QLocale::LongFormat)));
        }
        m_dateEdit->setMinimumWidth(widest + 64);
    }

    m_dayButton->setObjectName(QStringLiteral("appointmentDayViewButton"));
    m_weekButton->setObjectName(QStringLiteral("appointmentWeekViewButton"));
    m_listButton->setObjectName(QStringLiteral("appointmentListViewButton"));
    auto *views = new QButtonGroup(this);
    for (QToolButton *button : {m_dayButton, m_weekButton, m_listButton}) {
        button->setCheckable(true);
        button->setMinimumWidth(56);
        views->addButton(button);
    }
    views->setExclusive(true);
    m_dayButton->setChecked(true);

    toolbar->addWidget(todayButton);
    toolbar->addWidget(previousButton);
    toolbar->addWidget(nextButton);
    toolbar->addSpacing(6);
    toolbar->addWidget(m_dateEdit);
    toolbar->addSpacing(12);
    m_summary->setObjectName(QStringLiteral("appointmentDaySummary"));
    m_summary->setAccessibleName(tr("Day summary"));
    m_summary->setTextFormat(Qt::PlainText);
    // The summary sits on the legend's row below: the toolbar must fit a 1366-pixel screen.
    toolbar->addStretch(1);
    auto *newButton = toolButton(tr("New appointment"), tr("Book an appointment (Ctrl+N)"), this);
    newButton->setObjectName(QStringLiteral("appointmentNewButton"));
    auto *walkInButton =
        toolButton(tr("Walk-in"), tr("Book a walk-in starting now (Ctrl+W)"), this);
    walkInButton->setObjectName(QStringLiteral("appointmentWalkInButton"));
    toolbar->addWidget(newButton);
    toolbar->addWidget(walkInButton);
    toolbar->addSpacing(6);
    m_weekStaff->setObjectName(QStringLiteral("appointmentWeekStaff"));
    m_weekStaff->setAccessibleName(tr("Whose week"));
    m_weekStaff->setToolTip(tr("Show the week of one staff member or of everyone"));
    m_weekStaff->addItem(tr("Everyone"), QString());
    m_weekStaff->setMinimumHeight(30);
    m_weekStaff->hide();
    toolbar->addWidget(m_weekStaff);
    m_columnsButton = toolButton(tr("Staff…"), tr("Choose and order the staff columns"), this);
    m_columnsButton->setObjectName(QStringLiteral("appointmentColumnsButton"));
    toolbar->addWidget(m_columnsButton);
    connect(m_columnsButton, &QToolButton::clicked, this, &AppointmentsPane::chooseDayColumns);
    toolbar->addWidget(m_dayButton);
    toolbar->addWidget(m_weekButton);
    toolbar->addWidget(m_listButton);
    auto *exportButton = toolButton(tr("Export…"), tr("Save appointments to a file"), this);
    exportButton->setObjectName(QStringLiteral("appointmentExportButton"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("This day as calendar file (.ics)…"), this,
                          [this] { exportAppointments(false); });
    exportMenu->addAction(tr("This list as CSV…"), this, [this] { exportAppointments(true); });
    exportMenu->addSeparator();
    QAction *printSheet =
        exportMenu->addAction(tr("Print the day sheet…"), this, [this] { printDaySheet(false); });
    printSheet->setObjectName(QStringLiteral("appointmentPrintDaySheet"));
    printSheet->setShortcut(QKeySequence::Print);
    printSheet->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QWidget::addAction(printSheet);
    exportMenu->addAction(tr("The day sheet as PDF…"), this, [this] { printDaySheet(true); });
    exportButton->setMenu(exportMenu);
    toolbar->addSpacing(6);
    toolbar->addWidget(exportButton);
    layout->addLayout(toolbar);

    // The banner: an edit that was refused, said in a sentence, until the desk closes it.
    m_banner->setObjectName(QStringLiteral("appointmentBanner"));
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(10, 6, 6, 6);
    m_bannerText->setObjectName(QStringLiteral("appointmentBannerText"));
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextFormat(Qt::PlainText);
    m_bannerText->setAccessibleName(tr("Message"));
    auto *bannerClose = new QToolButton(m_banner);
    bannerClose->setObjectName(QStringLiteral("appointmentBannerClose"));
    bannerClose->setText(QStringLiteral("✕"));
    bannerClose->setToolTip(tr("Close the message"));
    bannerClose->setAccessibleName(tr("Close the message"));
    bannerClose->setAutoRaise(true);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(bannerClose, 0, Qt::AlignTop);
    m_banner->hide();
    layout->addWidget(m_banner);
    connect(bannerClose, &QToolButton::clicked, m_banner, &QWidget::hide);

    auto *legendRow = new QHBoxLayout;
    legendRow->setContentsMargins(0, 0, 0, 0);
    legendRow->addWidget(m_summary);
    legendRow->addStretch(1);
    legendRow->addWidget(new StatusLegend(this));
    layout->addLayout(legendRow);

    m_dayView->setModel(m_dayModel);
    m_dayView->setEditable(m_edits != nullptr);
    auto *dayFrame = new QWidget(this);
    auto *dayLayout = new QVBoxLayout(dayFrame);
    dayLayout->setContentsMargins(0, 0, 0, 0);
    dayLayout->addWidget(m_dayView);
    m_dayView->setFrameShape(QFrame::StyledPanel);
    m_stack->addWidget(dayFrame);
    layout->addWidget(m_stack, 1);

    connect(todayButton, &QToolButton::clicked, this, &AppointmentsPane::showToday);
    connect(previousButton, &QToolButton::clicked, this, [this] { step(-1); });
    connect(nextButton, &QToolButton::clicked, this, [this] { step(1); });
    connect(m_dateEdit, &QDateEdit::dateChanged, this, &AppointmentsPane::setShownDate);
    connect(m_dayButton, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            setCurrentView(View::Day);
    });
    connect(m_weekButton, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            setCurrentView(View::Week);
    });
    connect(m_listButton, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            setCurrentView(View::List);
    });
    connect(m_weekStaff, &QComboBox::currentIndexChanged, this, [this] {
        if (currentView() == View::Week)
            m_dayModel->setWeek(m_date, m_weekStaff->currentData().toString());
    });

    // Keyboard: the day moves from anywhere in the pane; Home and PageUp/PageDown only where
    // they do not already move within a list.
    auto shortcut = [this](const QKeySequence &keys, QWidget *scope, auto slot) {
        auto *s = new QShortcut(keys, scope);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_T), this, [this] { showToday(); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Left), this, [this] { step(-1); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Right), this, [this] { step(1); });
    shortcut(QKeySequence(Qt::Key_Home), dayFrame, [this] { showToday(); });
    shortcut(QKeySequence(Qt::Key_PageUp), dayFrame, [this] { step(-1); });
    shortcut(QKeySequence(Qt::Key_PageDown), dayFrame, [this] { step(1); });
    // Alt+1/2/3: day, week, list. Not Ctrl+digit: the View menu shows panes with those, and a
    // key claimed twice does nothing at all.
    const std::pair<QToolButton *, View> viewKeys[] = {
        {m_dayButton, View::Day}, {m_weekButton, View::Week}, {m_listButton, View::List}};
    for (int i = 0; i < 3; ++i) {
        const auto [button, view] = viewKeys[i];
        const QKeySequence key(Qt::ALT | static_cast<Qt::Key>(Qt::Key_1 + i));
        shortcut(key, this, [this, view] { setCurrentView(view); });
        button->setToolTip(QStringLiteral("%1 (%2)").arg(button->toolTip(),
                                                         key.toString(QKeySequence::NativeText)));
    }

    connect(m_dayModel, &DayScheduleModel::dayLoaded, this, [this] {
        updateDaySummary();
        if (m_scrollOnLoad) {
            m_scrollOnLoad = false;
            m_dayView->scrollToInterestingTime();
        }
    });
    connect(m_dayModel, &DayScheduleModel::loadFailed, this,
            [this](const QString &message) { m_summary->setText(message); });
    connect(store, &StoreExecutor::tablesChanged, this, &AppointmentsPane::onTablesChanged);

    // Edits: the actions work on the selected booking of the current view; their shortcuts work
    // anywhere in the pane, the context menus offer only what the booking's status allows.
    m_newAction = makeAction(tr("New appointment…"), QStringLiteral("appointmentNewAction"),
                             QKeySequence(Qt::CTRL | Qt::Key_N));
    m_walkInAction = makeAction(tr("Walk-in…"), QStringLiteral("appointmentWalkInAction"),
                                QKeySequence(Qt::CTRL | Qt::Key_W));
    const struct
    {
        AppointmentStatus status;
        QString text;
        const char *name;
        QKeySequence keys;
    } statuses[] = {
        {AppointmentStatus::Confirmed, tr("Confirm"), "appointmentConfirmAction",
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)},
        {AppointmentStatus::Arrived, tr("Arrived"), "appointmentArrivedAction",
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)},
        {AppointmentStatus::InService, tr("Start service"), "appointmentStartAction",
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)},
        {AppointmentStatus::Completed, tr("Complete"), "appointmentCompleteAction",
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)},
        {AppointmentStatus::NoShow, tr("No-show"), "appointmentNoShowAction",
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)},
    };
    for (const auto &status : statuses) {
        QAction *action = makeAction(status.text, QString::fromLatin1(status.name), status.keys);
        connect(action, &QAction::triggered, this,
                [this, to = status.status] { setSelectedStatus(to); });
        m_statusActions.append({status.status, action});
    }
    // Asked in the booking menu, beside the statuses a customer hears about (confirmed, no-show):
    // ticked, the change carries notify_customer and the server queues the message.
    m_notifyAction = new QAction(tr("Let the customer know"), this);
    m_notifyAction->setObjectName(QStringLiteral("appointmentNotifyAction"));
    m_notifyAction->setCheckable(true);
    m_notifyAction->setChecked(true);
    m_notifyAction->setToolTip(
        tr("Confirming or marking a no-show also sends the customer a message"));
    m_cancelAction = makeAction(tr("Cancel…"), QStringLiteral("appointmentCancelAction"),
                                QKeySequence(Qt::Key_Delete));
    m_rescheduleAction =
        makeAction(tr("Reschedule…"), QStringLiteral("appointmentRescheduleAction"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(m_newAction, &QAction::triggered, this, [this] { newAppointment(); });
    connect(m_walkInAction, &QAction::triggered, this, &AppointmentsPane::newWalkIn);
    connect(m_cancelAction, &QAction::triggered, this, &AppointmentsPane::cancelSelected);
    connect(m_rescheduleAction, &QAction::triggered, this, &AppointmentsPane::rescheduleSelected);
    connect(newButton, &QToolButton::clicked, m_newAction, &QAction::trigger);
    connect(walkInButton, &QToolButton::clicked, m_walkInAction, &QAction::trigger);
    newButton->setEnabled(m_edits != nullptr);
    walkInButton->setEnabled(m_edits != nullptr);

    connect(m_dayView, &DayScheduleView::currentChanged, this, &AppointmentsPane::updateActions);
    connect(m_dayModel, &QAbstractItemModel::modelReset, this, &AppointmentsPane::updateActions);
    connect(m_stack, &QStackedWidget::currentChanged, this, &AppointmentsPane::updateActions);
    connect(m_dayView, &DayScheduleView::bookingMenuRequested, this,
            [this](const QModelIndex &, const QPoint &globalPos) {
                QMenu *menu = createBookingMenu(this);
                menu->setAttribute(Qt::WA_DeleteOnClose);
                menu->popup(globalPos);
            });
    connect(m_dayView, &DayScheduleView::activated, this, &AppointmentsPane::showSelectedDetails);
    connect(m_dayView, &DayScheduleView::emptySlotActivated, this, [this](int column, int minute) {
        if (!m_edits || column < 0 || column >= m_dayModel->staff().size())
            return;
        const qint64 start =
            BusinessTime::toSeconds(m_dayModel->columnDate(column), minute, m_context.timeZone);
        newAppointment(m_dayModel->columnStaffId(column),
                       QDateTime::fromSecsSinceEpoch(start, m_context.timeZone));
    });
    // A booking dragged (or moved with Alt+arrows) in the day view: one reschedule; a refusal
    // (someone else in the way, a newer version on the server) goes to the banner.
    connect(m_dayView, &DayScheduleView::moveRequested, this,
            [this](const QString &id, const QString &staffId, qint64 startsAt, qint64 endsAt,
                   qint64 version) {
                if (!m_edits)
                    return;
                m_edits->submit(
                    Mutations::rescheduleAppointment(id, startsAt, endsAt, staffId, {}, version),
                    this, [this](const OutboxResult &result) {
                        if (!result.ok)
                            showBanner(result.error);
                    });
            });
    updateActions();
    loadWeekStaff();

    setShownDate(today());
}

void AppointmentsPane::useSettings(AppSettings *settings)
{
    m_settings = settings;
    if (m_settings)
        m_dayModel->setColumnChoice(m_settings->dayColumnOrder(m_context.businessId),
                                    m_settings->hiddenDayColumns(m_context.businessId));
}

void AppointmentsPane::chooseDayColumns()
{
    // The staff list the week chooser already holds, in the business's order.
    QList<StaffMember> staff;
    for (int i = 1; i < m_weekStaff->count(); ++i)
        staff.append(
            StaffMember{m_weekStaff->itemData(i).toString(), m_weekStaff->itemText(i), {}, {}});
    auto *dialog =
        new DayColumnsDialog(staff, m_dayModel->columnOrder(), m_dayModel->hiddenColumns(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_dayModel->setColumnChoice(dialog->order(), dialog->hidden());
        if (m_settings)
            m_settings->setDayColumns(m_context.businessId, dialog->order(), dialog->hidden());
    });
    dialog->open();
}

void AppointmentsPane::loadWeekStaff()
{
    m_store->run(
        this,
        [businessId = m_context.businessId](QSqlDatabase &db) {
            return StaffRepository(db).activeStaff(businessId);
        },
        [this](const StaffListResult &result) {
            const QString current = m_weekStaff->currentData().toString();
            const QSignalBlocker block(m_weekStaff);
            while (m_weekStaff->count() > 1)
                m_weekStaff->removeItem(1);
            for (const StaffMember &member : result.staff)
                m_weekStaff->addItem(member.name, member.id);
            m_weekStaff->setCurrentIndex(std::max(0, m_weekStaff->findData(current)));
        });
}

void AppointmentsPane::step(int direction)
{
    setShownDate(m_date.addDays(currentView() == View::Week ? 7 * direction : direction));
}

void AppointmentsPane::setWeekStaff(const QString &staffId)
{
    m_weekStaff->setCurrentIndex(std::max(0, m_weekStaff->findData(staffId)));
}

QAction *AppointmentsPane::makeAction(const QString &text, const QString &name,
                                      const QKeySequence &keys)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setEnabled(m_edits != nullptr);
    QWidget::addAction(action);
    return action;
}

std::optional<AppointmentsPane::Booking> AppointmentsPane::selectedBooking() const
{
    QModelIndex index;
    Booking booking;
    if (currentView() != View::List) { // the day and the week are both the day view
        index = m_dayView->currentIndex();
        if (!index.isValid())
            return std::nullopt;
        booking.description = QStringLiteral("%1 · %2 · %3")
                                  .arg(index.data(DayScheduleModel::CustomerNameRole).toString(),
                                       index.data(DayScheduleModel::TimeTextRole).toString(),
                                       index.data(DayScheduleModel::ServiceNameRole).toString());
    } else {
        const QModelIndex current = m_listPanel->table()->currentIndex();
        if (!current.isValid())
            return std::nullopt;
        const QAbstractItemModel *model = current.model();
        index = model->index(current.row(), AppointmentListModel::DateTimeColumn);
        booking.description =
            QStringLiteral("%1 · %2 · %3")
                .arg(model->index(current.row(), AppointmentListModel::CustomerColumn)
                         .data()
                         .toString(),
                     index.data().toString(),
                     model->index(current.row(), AppointmentListModel::ServiceColumn)
                         .data()
                         .toString());
    }
    const auto status = appointmentStatusFromKey(index.data(StatusKeyRole).toString());
    booking.id = index.data(IdRole).toString();
    if (booking.id.isEmpty() || !status)
        return std::nullopt;
    booking.status = *status;
    booking.version = index.data(AppointmentVersionRole).toLongLong();
    if (booking.description.startsWith(QStringLiteral(" · ")))
        booking.description = tr("Walk-in") + booking.description;
    return booking;
}

void AppointmentsPane::updateActions()
{
    const auto booking = selectedBooking();
    const bool editable = m_edits != nullptr;
    for (const auto &[status, action] : std::as_const(m_statusActions)) {
        action->setEnabled(editable && booking && canTransition(booking->status, status));
    }
    m_cancelAction->setEnabled(editable && booking
                               && AppointmentEditing::canCancel(booking->status));
    m_rescheduleAction->setEnabled(editable && booking
                                   && AppointmentEditing::canReschedule(booking->status));
}

QMenu *AppointmentsPane::createBookingMenu(QWidget *parent)
{
    updateActions();
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("appointmentBookingMenu"));
    const auto booking = selectedBooking();
    if (!booking)
        return menu;
    menu->addSection(booking->description);
    menu->addAction(tr("Details…"), this, &AppointmentsPane::showSelectedDetails)
        ->setObjectName(QStringLiteral("appointmentDetailsAction"));
    if (!m_edits) {
        QAction *note = menu->addAction(tr("Read-only: sign in to change bookings"));
        note->setEnabled(false);
        return menu;
    }
    bool tellable = false;
    for (const auto &[status, action] : std::as_const(m_statusActions)) {
        if (action->isEnabled()) {
            menu->addAction(action);
            tellable = tellable || customerHearsOf(status);
        }
    }
    if (tellable)
        menu->addAction(m_notifyAction);
    menu->addSeparator();
    if (m_rescheduleAction->isEnabled())
        menu->addAction(m_rescheduleAction);
    if (m_cancelAction->isEnabled())
        menu->addAction(m_cancelAction);
    if (menu->actions().size() <= 3) {
        QAction *note = menu->addAction(tr("This booking can no longer be changed"));
        note->setEnabled(false);
    }
    return menu;
}

void AppointmentsPane::showSelectedDetails()
{
    const auto booking = selectedBooking();
    if (!booking)
        return;
    auto *dialog =
        new AppointmentDetailsDialog(m_store, m_context, booking->id, m_edits != nullptr, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AppointmentDetailsDialog::rescheduleRequested, this,
            &AppointmentsPane::rescheduleSelected);
    connect(dialog, &AppointmentDetailsDialog::cancelRequested, this,
            &AppointmentsPane::cancelSelected);
    dialog->open();
}

bool AppointmentsPane::customerHearsOf(AppointmentStatus status)
{
    // Arrived, in service and completed happen with the customer in the salon.
    return status == AppointmentStatus::Confirmed || status == AppointmentStatus::NoShow;
}

void AppointmentsPane::showBanner(const QString &message)
{
    // Styled when first needed: a style sheet costs a millisecond of every start, and most
    // days never show the banner.
    if (m_banner->styleSheet().isEmpty()) {
        m_banner->setStyleSheet(QStringLiteral("#appointmentBanner { background: #fdecea; border: "
                                               "1px solid #e0a39c; border-radius: 4px; }"
                                               "#appointmentBanner QLabel { color: #611a15; }"));
    }
    m_bannerText->setText(message);
    m_banner->setVisible(!message.isEmpty());
}

void AppointmentsPane::setSelectedStatus(AppointmentStatus status)
{
    const auto booking = selectedBooking();
    if (!m_edits || !booking || !canTransition(booking->status, status))
        return;
    Mutation change = Mutations::setAppointmentStatus(booking->id, status, booking->version);
    if (customerHearsOf(status) && m_notifyAction->isChecked())
        change = Mutations::withCustomerNotice(std::move(change));
    m_edits->submit(change, this, [this](const OutboxResult &result) {
        if (!result.ok)
            showBanner(result.error);
    });
}

void AppointmentsPane::cancelSelected()
{
    const auto booking = selectedBooking();
    if (!m_edits || !booking || !AppointmentEditing::canCancel(booking->status))
        return;
    auto *dialog = new CancelAppointmentDialog(booking->description, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, booking = *booking] {
        Mutation cancel =
            Mutations::cancelAppointment(booking.id, dialog->reason(), booking.version);
        if (dialog->notifyCustomer())
            cancel = Mutations::withCustomerNotice(std::move(cancel));
        m_edits->submit(cancel, this, [this](const OutboxResult &result) {
            if (!result.ok)
                showBanner(result.error);
        });
    });
    dialog->open();
}

void AppointmentsPane::rescheduleSelected()
{
    const auto booking = selectedBooking();
    if (!m_edits || !booking || !AppointmentEditing::canReschedule(booking->status))
        return;
    auto *dialog = new AppointmentDialog(m_store, m_edits, m_context,
                                         AppointmentDialog::Mode::Reschedule, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAppointment(booking->id, booking->version);
    connect(dialog, &AppointmentDialog::saved, this, [this](const QString &, qint64 starts) {
        setShownDate(QDateTime::fromSecsSinceEpoch(starts, m_context.timeZone).date());
    });
    dialog->open();
}

void AppointmentsPane::newAppointment(const QString &staffId, const QDateTime &start)
{
    if (!m_edits)
        return;
    auto *dialog =
        new AppointmentDialog(m_store, m_edits, m_context, AppointmentDialog::Mode::New, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setStaff(staffId);
    if (start.isValid()) {
        dialog->setStart(start);
    } else {
        // The shown day, at the next quarter hour on today, else at nine.
        const QDateTime now = QDateTime::currentDateTime().toTimeZone(m_context.timeZone);
        const QTime time =
            m_date == now.date()
                ? QTime(now.time().hour(), now.time().minute() / 15 * 15).addSecs(900)
                : QTime(9, 0);
        dialog->setStart(QDateTime(m_date, time, m_context.timeZone));
    }
    connect(dialog, &AppointmentDialog::saved, this, [this](const QString &, qint64 starts) {
        setShownDate(QDateTime::fromSecsSinceEpoch(starts, m_context.timeZone).date());
    });
    dialog->open();
}

void AppointmentsPane::newWalkIn()
{
    if (!m_edits)
        return;
    auto *dialog =
        new AppointmentDialog(m_store, m_edits, m_context, AppointmentDialog::Mode::WalkIn, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 now = AppointmentEditing::roundedToFiveMinutes(QDateTime::currentSecsSinceEpoch());
    dialog->setStart(QDateTime::fromSecsSinceEpoch(now, m_context.timeZone));
    connect(dialog, &AppointmentDialog::saved, this, [this](const QString &, qint64 starts) {
        setShownDate(QDateTime::fromSecsSinceEpoch(starts, m_context.timeZone).date());
    });
    dialog->open();
}

AppointmentsPane::~AppointmentsPane() = default;

QDate AppointmentsPane::today() const
{
    return todayAt(m_context);
}

void AppointmentsPane::showToday()
{
    setShownDate(today());
}

void AppointmentsPane::setShownDate(const QDate &date)
{
    if (!date.isValid() || date == m_date)
        return;
    m_date = date;
    {
        const QSignalBlocker block(m_dateEdit);
        m_dateEdit->setDate(date);
    }
    m_scrollOnLoad = true;
    if (currentView() == View::Week)
        m_dayModel->setWeek(date, m_weekStaff->currentData().toString());
    else
        m_dayModel->setDate(date);
    if (m_listPanel)
        m_listPanel->setStartDay(date);
}

AppointmentListPanel *AppointmentsPane::listPanel()
{
    if (m_listPanel)
        return m_listPanel;
    m_listPanel = new AppointmentListPanel(m_store, m_context, this);
    m_listPanel->setStartDay(m_date);
    m_stack->addWidget(m_listPanel);
    QTableView *table = m_listPanel->table();
    connect(table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AppointmentsPane::updateActions);
    connect(m_listPanel->model(), &QAbstractItemModel::modelReset, this,
            &AppointmentsPane::updateActions);
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table, &QTableView::customContextMenuRequested, this, [this, table](const QPoint &pos) {
        const QModelIndex index = table->indexAt(pos);
        if (!index.isValid())
            return;
        table->setCurrentIndex(index);
        QMenu *menu = createBookingMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(table->viewport()->mapToGlobal(pos));
    });
    connect(table, &QTableView::activated, this, &AppointmentsPane::showSelectedDetails);
    return m_listPanel;
}

AppointmentsPane::View AppointmentsPane::currentView() const
{
    if (m_listPanel && m_stack->currentWidget() == m_listPanel)
        return View::List;
    return m_weekButton->isChecked() ? View::Week : View::Day;
}

void AppointmentsPane::setCurrentView(View view)
{
    m_weekStaff->setVisible(view == View::Week);
    m_columnsButton->setVisible(view == View::Day);
    // The summary counts the calendar's day or week; the list counts its own range beside its
    // filters, so the two never disagree on screen.
    m_summary->setVisible(view != View::List);
    if (view == View::List) {
        listPanel()->activate();
        m_stack->setCurrentWidget(m_listPanel);
        m_listButton->setChecked(true);
        return;
    }
    m_stack->setCurrentIndex(0);
    if (view == View::Week) {
        m_weekButton->setChecked(true);
        m_dayModel->setWeek(m_date, m_weekStaff->currentData().toString());
    } else {
        m_dayButton->setChecked(true);
        m_dayModel->setDate(m_date);
    }
}

void AppointmentsPane::onTablesChanged(const QStringList &tables)
{
    bool dayChanged = false;
    for (const QString &table : tables)
        dayChanged = dayChanged || dayTables().contains(table);
    if (!dayChanged)
        return;
    m_dayModel->reload();
    if (m_listPanel)
        m_listPanel->refresh();
}

void AppointmentsPane::updateDaySummary()
{
    int active = 0;
    int requested = 0;
    int cancelled = 0;
    int noShows = 0;
    for (int row = 0; row < m_dayModel->rowCount(); ++row) {
        const QString status = m_dayModel->index(row, 0).data(StatusKeyRole).toString();
        if (status == u"cancelled")
            ++cancelled;
        else if (status == u"no_show")
            ++noShows;
        else
            ++active;
        if (status == u"requested")
            ++requested;
    }
    QStringList parts;
    if (m_dayModel->span() == DayScheduleModel::Span::Week) {
        const QDate first = m_dayModel->date();
        parts.append(tr("%1 – %2").arg(
            m_context.locale.toString(first, QStringLiteral("d MMM")),
            m_context.locale.toString(first.addDays(6), QStringLiteral("d MMM yyyy"))));
    }
    parts.append(active == 1 ? tr("1 booking") : tr("%1 bookings").arg(active));
    if (requested > 0)
        parts.append(tr("%n to confirm", nullptr, requested));
    if (cancelled > 0)
        parts.append(tr("%n cancelled", nullptr, cancelled));
    if (noShows > 0)
        parts.append(noShows == 1 ? tr("1 no-show") : tr("%1 no-shows").arg(noShows));
    m_summary->setText(parts.join(QStringLiteral("  ·  ")));
}

std::optional<QString> AppointmentsPane::askDaySheetStaff()
{
    // A week of one person prints theirs; otherwise the desk picks one or everyone.
    if (currentView() == View::Week && !m_weekStaff->currentData().toString().isEmpty())
        return m_weekStaff->currentData().toString();
    QStringList names{tr("Everyone (a page each)")};
    for (int i = 1; i < m_weekStaff->count(); ++i)
        names.append(m_weekStaff->itemText(i));
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("Day sheet"), tr("Whose day sheet?"), names, 0, false, &ok);
    if (!ok)
        return std::nullopt;
    const int index = int(names.indexOf(chosen));
    return index <= 0 ? QString() : m_weekStaff->itemData(index).toString();
}

void AppointmentsPane::printDaySheet(bool asPdf)
{
    const auto staffId = askDaySheetStaff();
    if (!staffId)
        return;
    const QDate day = m_date;
    QString path;
    if (asPdf) {
        path = QFileDialog::getSaveFileName(
            this, tr("Save the day sheet as PDF"),
            QDir::home().filePath(
                QStringLiteral("day-sheet-%1.pdf").arg(day.toString(Qt::ISODate))),
            tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return;
    }
    m_store->run(
        this,
        [context = m_context, day, staffId = *staffId](QSqlDatabase &db) {
            DaySheet::Sheet sheet = DaySheet::load(db, context, day, staffId);
            return std::make_pair(sheet.error, DaySheet::toHtml(sheet, context));
        },
        [this, path, day](const std::pair<QString, QString> &sheet) {
            if (!sheet.first.isEmpty())
                return showBanner(sheet.first);
            const QString title =
                tr("Day sheet %1").arg(m_context.locale.toString(day, QLocale::ShortFormat));
            if (path.isEmpty())
                return DaySheetPrinting::preview(sheet.second, title, this);
            if (const QString error = DaySheetPrinting::writePdf(sheet.second, path);
                !error.isEmpty())
                showBanner(error);
        });
}

void AppointmentsPane::exportAppointments(bool listAsCsv)
{
    AppointmentExport::Request request;
    QString suggested;
    if (listAsCsv) {
        request.format = AppointmentExport::Format::Csv;
        // The list's own range and filter when it has one, else the day on show.
        const std::optional<AppointmentFilter> filter =
            m_listPanel ? m_listPanel->filter() : std::nullopt;
        if (filter && filter->to > filter->from)
            request.filter = *filter;
        else
            request.from = request.to = m_date;
        suggested = QStringLiteral("appointments-%1.csv").arg(m_date.toString(Qt::ISODate));
    } else {
        request.format = AppointmentExport::Format::Calendar;
        request.from = request.to = m_date;
        suggested = QStringLiteral("appointments-%1.ics").arg(m_date.toString(Qt::ISODate));
    }
    request.filePath = QFileDialog::getSaveFileName(
        this, listAsCsv ? tr("Export the list as CSV") : tr("Export the day as a calendar file"),
        QDir::home().filePath(suggested),
        listAsCsv ? tr("CSV files (*.csv)") : tr("Calendar files (*.ics)"));
    if (request.filePath.isEmpty())
        return;
    request.stamp = QDateTime::currentDateTimeUtc();
    // Reading and writing happen on the store's thread; the answer comes back here.
    m_store->run(
        this,
        [request, context = m_context](QSqlDatabase &db) {
            return AppointmentExport::run(db, context, request);
        },
        [this, path = request.filePath](const AppointmentExport::Outcome &outcome) {
            if (!outcome.error.isEmpty())
                return showBanner(outcome.error);
            // The button remembers the last export (a pane has no status line of its own).
            if (auto *button = findChild<QToolButton *>(QStringLiteral("appointmentExportButton")))
                button->setToolTip(tr("Saved %n appointment(s) to %1.", nullptr, outcome.count)
                                       .arg(QDir::toNativeSeparators(path)));
        });
}

} // namespace Chairside
