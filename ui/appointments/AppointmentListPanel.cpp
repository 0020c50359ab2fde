#include "ui/appointments/AppointmentListPanel.h"

#include "core/calendar/BusinessTime.h"
#include "models/appointments/AppointmentEditing.h"
#include "models/appointments/AppointmentListModel.h"
#include "models/appointments/AppointmentPresentation.h"
#include "store/StoreExecutor.h"
#include "store/repositories/StaffRepository.h"
#include "ui/EmptyViewNote.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

namespace Chairside {

namespace AP = AppointmentPresentation;

AppointmentListPanel::AppointmentListPanel(StoreExecutor *store, const BusinessContext &context,
                                           QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_context(context)
    , m_model(new AppointmentListModel(store, context, this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_staff(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_service(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_failedReminders(new QCheckBox(tr("Failed reminders"), this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(8);

    auto *filters = new QHBoxLayout;
    filters->setSpacing(8);
    const QString dateFormat = context.locale.dateFormat(QLocale::ShortFormat);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(dateFormat);
        edit->setLocale(context.locale);
    }
    m_from->setObjectName(QStringLiteral("appointmentListFrom"));
    m_from->setAccessibleName(tr("From date"));
    m_from->setToolTip(tr("Show appointments starting on or after this day"));
    m_to->setObjectName(QStringLiteral("appointmentListTo"));
    m_to->setAccessibleName(tr("To date"));
    m_to->setToolTip(tr("Show appointments starting on or before this day"));
    auto *fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("t&o"), this);
    toLabel->setBuddy(m_to);

    m_staff->setObjectName(QStringLiteral("appointmentListStaff"));
    m_staff->setAccessibleName(tr("Staff member"));
    m_staff->setToolTip(tr("Only this staff member's appointments"));
    m_staff->addItem(tr("All staff"), QString());
    m_staff->setMinimumContentsLength(10);
    m_staff->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    m_status->setObjectName(QStringLiteral("appointmentListStatus"));
    m_status->setAccessibleName(tr("Status"));
    m_status->setToolTip(tr("Only appointments with this status"));
    m_status->addItem(tr("All statuses"), QString());
    for (const QString &key : AP::statusKeys())
        m_status->addItem(AP::statusLabel(key), key);

    m_service->setObjectName(QStringLiteral("appointmentListService"));
    m_service->setAccessibleName(tr("Service"));
    m_service->setToolTip(tr("Only appointments for this service"));
    m_service->addItem(tr("All services"), QString());
    m_service->setMinimumContentsLength(10);
    m_service->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    m_source->setObjectName(QStringLiteral("appointmentListSource"));
    m_source->setAccessibleName(tr("Booked through"));
    m_source->setToolTip(tr("Only appointments booked through this channel"));
    m_source->addItem(tr("All sources"), QString());
    for (const QString &key : AP::sourceKeys())
        m_source->addItem(AP::sourceLabel(key), key);

    m_failedReminders->setObjectName(QStringLiteral("appointmentListFailedReminders"));
    m_failedReminders->setToolTip(
        tr("Only bookings whose 24-hour or 2-hour reminder could not be delivered, to call or "
           "message those customers yourself"));

    m_search->setObjectName(QStringLiteral("appointmentListSearch"));
    m_search->setAccessibleName(tr("Search customer"));
    m_search->setPlaceholderText(tr("Customer name, e-mail or phone"));
    m_search->setToolTip(tr("Only appointments of customers whose name, e-mail or phone number "
                            "matches"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(240);

    m_count->setObjectName(QStringLiteral("appointmentListCount"));
    m_count->setAccessibleName(tr("Number of appointments"));
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    filters->addWidget(fromLabel);
    filters->addWidget(m_from);
    filters->addWidget(toLabel);
    filters->addWidget(m_to);
    filters->addSpacing(8);
    filters->addWidget(m_staff);
    filters->addWidget(m_status);
    filters->addWidget(m_service);
    filters->addWidget(m_source);
    filters->addStretch(1);
    layout->addLayout(filters);
    // The text search and the count on a row of their own, so the list fits a small screen.
    auto *second = new QHBoxLayout;
    second->setSpacing(8);
    second->addWidget(m_search, 1);
    second->addWidget(m_failedReminders);
    second->addWidget(m_count);
    layout->addLayout(second);

    m_table->setObjectName(QStringLiteral("appointmentList"));
    m_table->setAccessibleName(tr("Appointments"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(AppointmentListModel::CustomerColumn, QHeaderView::Stretch);
    header->resizeSection(AppointmentListModel::DateTimeColumn, 190);
    header->resizeSection(AppointmentListModel::ServiceColumn, 220);
    header->resizeSection(AppointmentListModel::StaffColumn, 170);
    header->resizeSection(AppointmentListModel::StatusColumn, 130);
    header->resizeSection(AppointmentListModel::SourceColumn, 120);
    header->resizeSection(AppointmentListModel::PriceColumn, 110);
    header->setSortIndicator(AppointmentListModel::DateTimeColumn, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    layout->addWidget(m_table, 1);
    new EmptyViewNote(m_table, tr("No bookings match these dates and filters."),
                      [this] { return m_model->isLoading(); });

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &AppointmentListPanel::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    connect(m_from, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        if (m_to->date() < date)
            m_to->setDate(date);
        applyFilter();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        if (m_from->date() > date)
            m_from->setDate(date);
        applyFilter();
    });
    connect(m_staff, &QComboBox::currentIndexChanged, this, &AppointmentListPanel::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &AppointmentListPanel::applyFilter);
    connect(m_service, &QComboBox::currentIndexChanged, this, &AppointmentListPanel::applyFilter);
    connect(m_source, &QComboBox::currentIndexChanged, this, &AppointmentListPanel::applyFilter);
    connect(m_failedReminders, &QCheckBox::toggled, this, &AppointmentListPanel::applyFilter);
    connect(m_model, &AppointmentListModel::totalCountChanged, this,
            &AppointmentListPanel::updateCountLabel);
    connect(m_model, &AppointmentListModel::reloaded, this,
            &AppointmentListPanel::updateCountLabel);
    connect(m_model, &AppointmentListModel::loadFailed, this,
            [this](const QString &message) { m_count->setText(message); });

    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    const QDate today = QDateTime::currentDateTime().toTimeZone(context.timeZone).date();
    m_from->setDate(today);
    m_to->setDate(today.addDays(kDefaultRangeDays));
}

AppointmentListPanel::~AppointmentListPanel() = default;

void AppointmentListPanel::setStartDay(const QDate &day)
{
    {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(day);
        m_to->setDate(day.addDays(kDefaultRangeDays));
    }
    // Hidden behind the calendar, the list is read when it shows again: a read of a month for
    // every day or week the desk steps through would sit in the store's queue before the next.
    if (isVisible())
        applyFilter();
    else
        m_stale = true;
}

void AppointmentListPanel::activate()
{
    if (m_active) {
        if (std::exchange(m_stale, false)) {
            // A new range reads the rows anyway; the same one (the data changed) reads again.
            const AppointmentFilter before = m_model->filter();
            applyFilter();
            if (m_model->filter() == before)
                m_model->refresh();
        }
        return;
    }
    m_active = true;
    m_stale = false;
    loadChoices();
    applyFilter();
}

void AppointmentListPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_active && m_stale)
        activate(); // shown again with another pane or view in between
}

void AppointmentListPanel::refresh()
{
    if (!m_active)
        return;
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_model->refresh();
}

void AppointmentListPanel::loadChoices()
{
    m_store->run(
        this,
        [businessId = m_context.businessId](QSqlDatabase &db) {
            return AppointmentEditing::loadChoices(db, businessId);
        },
        [this](const AppointmentEditing::BookingChoices &choices) {
            // Keeps what was chosen when the lists are filled again.
            auto refill = [](QComboBox *box, const QList<QPair<QString, QString>> &entries) {
                const QString current = box->currentData().toString();
                const QSignalBlocker block(box);
                while (box->count() > 1)
                    box->removeItem(1);
                for (const auto &[id, name] : entries)
                    box->addItem(name, id);
                box->setCurrentIndex(std::max(0, box->findData(current)));
            };
            QList<QPair<QString, QString>> staff;
            for (const StaffMember &member : choices.staff)
                staff.append({member.id, member.name});
            refill(m_staff, staff);
            QList<QPair<QString, QString>> services;
            for (const auto &service : choices.services)
                services.append({service.id, service.name});
            refill(m_service, services);
        });
}

std::optional<AppointmentFilter> AppointmentListPanel::filter() const
{
    if (!m_active)
        return std::nullopt;
    AppointmentFilter filter = m_model->filter(); // the business and the sort
    const QTimeZone &zone = m_context.timeZone;
    filter.from = BusinessTime::startOfDay(m_from->date(), zone);
    filter.to = BusinessTime::startOfDay(m_to->date().addDays(1), zone);
    filter.staffId = m_staff->currentData().toString();
    filter.statusKey = m_status->currentData().toString();
    filter.serviceId = m_service->currentData().toString();
    filter.sourceKey = m_source->currentData().toString();
    filter.reminderFailed = m_failedReminders->isChecked();
    filter.text = m_search->text();
    return filter;
}

void AppointmentListPanel::applyFilter()
{
    m_debounce.stop();
    if (const std::optional<AppointmentFilter> shown = filter())
        m_model->setFilter(*shown);
}

void AppointmentListPanel::updateCountLabel()
{
    const qint64 total = m_model->totalCount();
    if (total < 0)
        return;
    m_count->setText(total == 1 ? tr("1 appointment")
                                : tr("%1 appointments").arg(m_context.locale.toString(total)));
}

} // namespace Chairside
