#include "ui/panes/AppointmentsPane.h"

#include "models/appointments/AppointmentListModel.h"
#include "models/appointments/DayScheduleModel.h"
#include "store/StoreExecutor.h"
#include "ui/appointments/AppointmentListPanel.h"
#include "ui/appointments/DayScheduleView.h"
#include "ui/appointments/StatusLegend.h"

#include <QButtonGroup>
#include <QDateEdit>
#include <QDateTime>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QShortcut>
#include <QStackedWidget>
#include <QStyle>
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

} // namespace

AppointmentsPane::AppointmentsPane(StoreExecutor *store, const BusinessContext &context,
                                   QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_context(context)
    , m_dayModel(new DayScheduleModel(store, context, this))
    , m_dayView(new DayScheduleView(this))
    , m_listPanel(new AppointmentListPanel(store, context, this))
    , m_stack(new QStackedWidget(this))
    , m_dateEdit(new QDateEdit(this))
    , m_summary(new QLabel(this))
    , m_dayButton(toolButton(tr("Day"), tr("Day view: one column per staff member"), this))
    , m_listButton(toolButton(tr("List"), tr("List view: filter and sort appointments"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->setSpacing(8);

    // Toolbar: today, previous / next day, the date, the view switch.
    auto *toolbar = new QHBoxLayout;
    toolbar->setSpacing(6);
    auto *todayButton = toolButton(tr("Today"), tr("Go to today (Ctrl+T)"), this);
    todayButton->setObjectName(QStringLiteral("appointmentTodayButton"));
    auto *previousButton = toolButton(QStringLiteral("◀"), tr("Previous day (Alt+Left)"), this);
    previousButton->setObjectName(QStringLiteral("appointmentPreviousDay"));
    auto *nextButton = toolButton(QStringLiteral("▶"), tr("Next day (Alt+Right)"), this);
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
        // September 2026"), plus the field's frame and drop-down arrow.
        const QFontMetrics metrics(dateFont);
        int widest = 0;
        const QDate first(QDate::currentDate().year(), 1, 1);
        for (QDate day = first; day.year() == first.year(); day = day.addDays(1))
            widest = std::max(widest, metrics.horizontalAdvance(
                                          context.locale.toString(day, QLocale::LongFormat)));
        m_dateEdit->setMinimumWidth(widest + 64);
    }

    m_dayButton->setObjectName(QStringLiteral("appointmentDayViewButton"));
    m_listButton->setObjectName(QStringLiteral("appointmentListViewButton"));
    auto *views = new QButtonGroup(this);
    for (QToolButton *button : {m_dayButton, m_listButton}) {
        button->setCheckable(true);
        button->setMinimumWidth(64);
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
    toolbar->addWidget(m_summary, 1);
    toolbar->addWidget(m_dayButton);
    toolbar->addWidget(m_listButton);
    layout->addLayout(toolbar);

    auto *legendRow = new QHBoxLayout;
    legendRow->setContentsMargins(0, 0, 0, 0);
    legendRow->addStretch(1);
    legendRow->addWidget(new StatusLegend(this));
    layout->addLayout(legendRow);

    m_dayView->setModel(m_dayModel);
    auto *dayFrame = new QWidget(this);
    auto *dayLayout = new QVBoxLayout(dayFrame);
    dayLayout->setContentsMargins(0, 0, 0, 0);
    dayLayout->addWidget(m_dayView);
    m_dayView->setFrameShape(QFrame::StyledPanel);
    m_stack->addWidget(dayFrame);
    m_stack->addWidget(m_listPanel);
    layout->addWidget(m_stack, 1);

    connect(todayButton, &QToolButton::clicked, this, &AppointmentsPane::showToday);
    connect(previousButton, &QToolButton::clicked, this,
            [this] { setShownDate(m_date.addDays(-1)); });
    connect(nextButton, &QToolButton::clicked, this, [this] { setShownDate(m_date.addDays(1)); });
    connect(m_dateEdit, &QDateEdit::dateChanged, this, &AppointmentsPane::setShownDate);
    connect(m_dayButton, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            setCurrentView(View::Day);
    });
    connect(m_listButton, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            setCurrentView(View::List);
    });

    // Keyboard: the day moves from anywhere in the pane; Home and PageUp/PageDown only where
    // they do not already move within a list.
    auto shortcut = [this](const QKeySequence &keys, QWidget *scope, auto slot) {
        auto *s = new QShortcut(keys, scope);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_T), this, [this] { showToday(); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Left), this,
             [this] { setShownDate(m_date.addDays(-1)); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Right), this,
             [this] { setShownDate(m_date.addDays(1)); });
    shortcut(QKeySequence(Qt::Key_Home), dayFrame, [this] { showToday(); });
    shortcut(QKeySequence(Qt::Key_PageUp), dayFrame, [this] { setShownDate(m_date.addDays(-1)); });
    shortcut(QKeySequence(Qt::Key_PageDown), dayFrame, [this] { setShownDate(m_date.addDays(1)); });

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

    setShownDate(today());
}

AppointmentsPane::~AppointmentsPane() = default;

QDate AppointmentsPane::today() const
{
    return QDateTime::currentDateTime().toTimeZone(m_context.timeZone).date();
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
    m_dayModel->setDate(date);
    m_listPanel->setStartDay(date);
}

AppointmentsPane::View AppointmentsPane::currentView() const
{
    return m_stack->currentWidget() == m_listPanel ? View::List : View::Day;
}

void AppointmentsPane::setCurrentView(View view)
{
    if (view == View::List) {
        m_listPanel->activate();
        m_stack->setCurrentWidget(m_listPanel);
        m_listButton->setChecked(true);
    } else {
        m_stack->setCurrentIndex(0);
        m_dayButton->setChecked(true);
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
    QStringList parts{active == 1 ? tr("1 booking") : tr("%1 bookings").arg(active)};
    if (requested > 0)
        parts.append(tr("%n to confirm", nullptr, requested));
    if (cancelled > 0)
        parts.append(tr("%n cancelled", nullptr, cancelled));
    if (noShows > 0)
        parts.append(noShows == 1 ? tr("1 no-show") : tr("%1 no-shows").arg(noShows));
    m_summary->setText(parts.join(QStringLiteral("  ·  ")));
}

} // namespace Chairside
