#include "ui/business/StaffPage.h"

#include "core/business/SetupRules.h"
#include "models/business/BusinessSetupModel.h"
#include "models/business/SetupMutations.h"
#include "models/business/SetupSubmitter.h"
#include "models/business/StaffTableModel.h"
#include "ui/MutedText.h"
#include "ui/business/QuietSelection.h"
#include "ui/business/SetupNotice.h"
#include "ui/business/StaffServicesEditor.h"
#include "ui/business/TimeOffDialog.h"
#include "ui/business/WorkingHoursEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Chairside {

namespace {

QLabel *hintLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    keepMuted(label);
    return label;
}

} // namespace

StaffPage::StaffPage(BusinessSetupModel *model, SetupSubmitter *submitter,
                     const BusinessContext &context, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_submitter(submitter)
    , m_context(context)
    , m_table(new StaffTableModel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setSpacing(16);

    auto *listSide = new QVBoxLayout;
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("staffTable"));
    // Named by the tab it sits in (the Business pane's own translated title).
    m_view->setAccessibleName(QCoreApplication::translate("BusinessPane", "Staff"));
    m_view->setModel(m_table);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(StaffTableModel::Name, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(StaffTableModel::Days, QHeaderView::Stretch);
    m_view->setColumnWidth(StaffTableModel::Role, 70);
    m_view->setColumnWidth(StaffTableModel::Active, 56);
    m_new = new QPushButton(tr("&Add person"), this);
    m_new->setObjectName(QStringLiteral("staffNewButton"));
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_new);
    listButtons->addStretch(1);
    listSide->addWidget(m_view, 1);
    listSide->addLayout(listButtons);
    layout->addLayout(listSide, 2);

    auto *right = new QVBoxLayout;
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("staffHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("staffTabs"));
    m_tabs->setDocumentMode(true);

    // Details
    auto *details = new QWidget(m_tabs);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(details);
    m_name->setObjectName(QStringLiteral("staffNameEdit"));
    m_name->setMaxLength(SetupRules::kMaxStaffNameLength);
    m_role = new QComboBox(details);
    m_role->setObjectName(QStringLiteral("staffRoleCombo"));
    m_role->addItem(tr("Staff — the desk and their own book"), QStringLiteral("staff"));
    m_role->addItem(tr("Admin — also the AI assistant's handoffs"), QStringLiteral("admin"));
    m_role->addItem(tr("Owner — also analytics and these settings"), QStringLiteral("owner"));
    m_colour = new QLineEdit(details);
    m_colour->setObjectName(QStringLiteral("staffColourEdit"));
    m_colour->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("#[0-9a-fA-F]{0,6}")), m_colour));
    m_colour->setMaximumWidth(100);
    m_phone = new QLineEdit(details);
    m_phone->setObjectName(QStringLiteral("staffPhoneEdit"));
    m_phone->setMaxLength(SetupRules::kMaxPhoneLength);
    m_email = new QLineEdit(details);
    m_email->setObjectName(QStringLiteral("staffEmailEdit"));
    m_active = new QCheckBox(tr("Active (shown in the calendar and bookable)"), details);
    m_active->setObjectName(QStringLiteral("staffActiveCheck"));
    m_services = new StaffServicesEditor(details);
    m_services->setObjectName(QStringLiteral("staffServicesEditor"));
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Role"), m_role);
    form->addRow(tr("&Colour"), m_colour);
    form->addRow(tr("&Phone"), m_phone);
    form->addRow(tr("&Email"), m_email);
    form->addRow(QString(), m_active);
    form->addRow(tr("Services"), m_services);
    m_saveDetails = new QPushButton(tr("&Save details"), details);
    m_saveDetails->setObjectName(QStringLiteral("staffSaveButton"));
    auto *detailButtons = new QHBoxLayout;
    detailButtons->addStretch(1);
    detailButtons->addWidget(m_saveDetails);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->addLayout(form);
    detailsLayout->addWidget(
        hintLabel(tr("Sign-in accounts are linked to people in the Supabase dashboard."), details));
    detailsLayout->addStretch(1);
    detailsLayout->addLayout(detailButtons);
    m_tabs->addTab(details, tr("Details"));

    // Working hours
    auto *hoursPage = new QWidget(m_tabs);
    m_hours = new WorkingHoursEditor(hoursPage);
    m_hours->setObjectName(QStringLiteral("workingHoursEditor"));
    m_saveHours = new QPushButton(tr("Save &hours"), hoursPage);
    m_saveHours->setObjectName(QStringLiteral("hoursSaveButton"));
    m_revertHours = new QPushButton(tr("Re&vert"), hoursPage);
    m_revertHours->setObjectName(QStringLiteral("hoursRevertButton"));
    auto *hourButtons = new QHBoxLayout;
    hourButtons->addStretch(1);
    hourButtons->addWidget(m_revertHours);
    hourButtons->addWidget(m_saveHours);
    auto *hoursLayout = new QVBoxLayout(hoursPage);
    hoursLayout->addWidget(m_hours);
    hoursLayout->addWidget(hintLabel(
        tr("Times are in the salon's time zone. If new hours leave booked appointments outside "
           "them, you are asked before anything is saved."),
        hoursPage));
    hoursLayout->addStretch(1);
    hoursLayout->addLayout(hourButtons);
    m_tabs->addTab(hoursPage, tr("Working hours"));

    // Time off
    auto *offPage = new QWidget(m_tabs);
    m_timeOff = new QTableWidget(0, 3, offPage);
    m_timeOff->setObjectName(QStringLiteral("timeOffTable"));
    m_timeOff->setHorizontalHeaderLabels({tr("From"), tr("Until"), tr("Reason")});
    m_timeOff->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_timeOff->setColumnWidth(0, 150);
    m_timeOff->setColumnWidth(1, 150);
    m_timeOff->verticalHeader()->hide();
    m_timeOff->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timeOff->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timeOff->setSelectionMode(QAbstractItemView::SingleSelection);
    m_timeOff->setShowGrid(false);
    m_addTimeOff = new QPushButton(tr("Add &time off…"), offPage);
    m_addTimeOff->setObjectName(QStringLiteral("timeOffAddButton"));
    m_removeTimeOff = new QPushButton(tr("Re&move"), offPage);
    m_removeTimeOff->setObjectName(QStringLiteral("timeOffRemoveButton"));
    auto *offButtons = new QHBoxLayout;
    offButtons->addWidget(m_addTimeOff);
    offButtons->addWidget(m_removeTimeOff);
    offButtons->addStretch(1);
    auto *offLayout = new QVBoxLayout(offPage);
    offLayout->addWidget(m_timeOff, 1);
    offLayout->addLayout(offButtons);
    m_tabs->addTab(offPage, tr("Time off"));

    m_notice = new SetupNotice(this);
    m_notice->setObjectName(QStringLiteral("staffNotice"));
    right->addWidget(m_heading);
    right->addWidget(m_tabs, 1);
    right->addWidget(m_notice);
    layout->addLayout(right, 3);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const QString id = m_table->idAt(current.row());
                if (id.isEmpty() || id == m_currentId)
                    return;
                m_notice->clear();
                fill(m_model->staff(id));
            });
    connect(m_new, &QPushButton::clicked, this, &StaffPage::startNewPerson);
    connect(m_saveDetails, &QPushButton::clicked, this, &StaffPage::saveDetails);
    connect(m_saveHours, &QPushButton::clicked, this, &StaffPage::saveHours);
    connect(m_revertHours, &QPushButton::clicked, this, [this] {
        m_notice->clear();
        m_hours->setWeek(m_originalWeek);
        updateButtons();
    });
    connect(m_addTimeOff, &QPushButton::clicked, this, &StaffPage::openTimeOffDialog);
    connect(m_removeTimeOff, &QPushButton::clicked, this, &StaffPage::removeSelectedTimeOff);
    connect(m_timeOff, &QTableWidget::itemSelectionChanged, this, &StaffPage::updateButtons);
    const auto edited = [this] {
        if (!m_filling)
            updateButtons();
    };
    for (QLineEdit *edit : {m_name, m_colour, m_phone, m_email})
        connect(edit, &QLineEdit::textChanged, this, edited);
    connect(m_role, &QComboBox::currentIndexChanged, this, edited);
    connect(m_active, &QCheckBox::toggled, this, edited);
    connect(m_services, &StaffServicesEditor::edited, this, edited);
    connect(m_hours, &WorkingHoursEditor::edited, this, edited);
    connect(m_model, &BusinessSetupModel::loaded, this, &StaffPage::refresh);
    if (m_model->isLoaded())
        refresh();
    updateButtons();
}

void StaffPage::refresh()
{
    const bool detailsDirty = hasUnsavedDetails();
    const bool hoursDirty = hasUnsavedHours();
    m_table->setStaff(m_model->setup().staff, m_model->setup().hours);
    if (!m_currentId.isEmpty() && !m_model->staff(m_currentId)) {
        m_currentId.clear(); // removed meanwhile
        m_original.reset();
    }
    if (m_currentId.isEmpty() && !m_creating && m_table->rowCount() > 0) {
        fill(m_model->staff(m_table->idAt(0)));
    } else if (!m_currentId.isEmpty()) {
        // What the owner is typing stays; what is not being edited shows the stored state.
        m_filling = true;
        m_original = m_model->staff(m_currentId);
        m_originalServices = m_model->servicesOf(m_currentId);
        if (!detailsDirty)
            fillDetails(m_original);
        else
            m_services->setServices(m_model->setup().services); // the ticks stay
        m_originalWeek = m_model->week(m_currentId);
        if (!hoursDirty)
            m_hours->setWeek(m_originalWeek);
        fillTimeOff();
        m_tabs->setTabEnabled(1, m_original.has_value());
        m_tabs->setTabEnabled(2, m_original.has_value());
        m_filling = false;
    }
    if (const int row = m_table->rowOf(m_currentId); row >= 0)
        setCurrentRowQuietly(m_view, row);
    updateButtons();
}

void StaffPage::selectStaff(const QString &id)
{
    const int row = m_table->rowOf(id);
    if (row >= 0)
        m_view->selectRow(row);
}

void StaffPage::startNewPerson()
{
    m_notice->clear();
    setCurrentRowQuietly(m_view, -1);
    fill(std::nullopt);
    m_creating = true;
    m_tabs->setCurrentIndex(0);
    m_name->setFocus();
}

void StaffPage::fill(const std::optional<SetupStaff> &staff)
{
    const bool wasFilling = m_filling;
    m_filling = true;
    m_creating = false;
    m_original = staff;
    m_currentId = staff ? staff->id : QString();
    m_originalServices = m_model->servicesOf(m_currentId);
    fillDetails(staff);
    m_originalWeek = m_model->week(m_currentId);
    m_hours->setWeek(m_originalWeek);
    // Hours and time off belong to someone who exists.
    m_tabs->setTabEnabled(1, staff.has_value());
    m_tabs->setTabEnabled(2, staff.has_value());
    fillTimeOff();
    m_filling = wasFilling;
    updateButtons();
}

void StaffPage::fillDetails(const std::optional<SetupStaff> &staff)
{
    const SetupStaff s = staff.value_or(SetupStaff{});
    m_heading->setText(staff ? s.displayName : tr("New team member"));
    m_name->setText(s.displayName);
    m_role->setCurrentIndex(
        std::max(0, m_role->findData(staff ? s.role : QStringLiteral("staff"))));
    m_colour->setText(staff ? s.colour : QStringLiteral("#607d8b"));
    m_phone->setText(s.phone);
    m_email->setText(s.email);
    m_active->setChecked(s.active);
    m_services->setServices(m_model->setup().services);
    m_services->setChosen(staff ? m_model->servicesOf(s.id) : std::nullopt);
}

void StaffPage::fillTimeOff()
{
    const QList<SetupTimeOff> entries = m_model->timeOffOf(m_currentId);
    m_timeOff->setRowCount(int(entries.size()));
    const QLocale locale;
    for (int i = 0; i < entries.size(); ++i) {
        const SetupTimeOff &t = entries.at(i);
        const auto when = [&](qint64 secs) {
            return locale.toString(QDateTime::fromSecsSinceEpoch(secs, m_context.timeZone),
                                   QStringLiteral("ddd d MMM yyyy HH:mm"));
        };
        auto *from = new QTableWidgetItem(when(t.startsAt));
        from->setData(Qt::UserRole, t.id);
        m_timeOff->setItem(i, 0, from);
        m_timeOff->setItem(i, 1, new QTableWidgetItem(when(t.endsAt)));
        m_timeOff->setItem(i, 2, new QTableWidgetItem(t.reason));
    }
}

SetupStaff StaffPage::formStaff() const
{
    SetupStaff s = m_original.value_or(SetupStaff{});
    s.displayName = m_name->text().trimmed();
    s.role = m_role->currentData().toString();
    s.colour = m_colour->text().trimmed().toLower();
    s.phone = m_phone->text().trimmed();
    s.email = m_email->text().trimmed();
    s.active = m_active->isChecked();
    return s;
}

bool StaffPage::hasUnsavedDetails() const
{
    if (!m_original)
        return m_creating && !m_name->text().trimmed().isEmpty();
    return SetupMutations::changesSomething(SetupMutations::upsertStaff(m_original, formStaff()))
           || m_services->differsFrom(m_originalServices);
}

bool StaffPage::hasUnsavedHours() const
{
    return m_original.has_value() && m_hours->week() != m_originalWeek;
}

void StaffPage::updateButtons()
{
    m_saveDetails->setEnabled(hasUnsavedDetails());
    const bool hours = hasUnsavedHours() && !m_savingHours;
    m_saveHours->setEnabled(hours);
    m_revertHours->setEnabled(hours);
    m_addTimeOff->setEnabled(m_original.has_value());
    m_removeTimeOff->setEnabled(m_original.has_value() && !m_timeOff->selectedItems().isEmpty());
}

// The details first (a new person must exist before their services), then the services.
void StaffPage::saveDetails()
{
    const bool isNew = !m_original;
    const std::optional<QSet<QString>> services = m_services->chosen();
    if (services && services->isEmpty()) {
        m_notice->show(SetupNotice::Kind::Error,
                       tr("Tick the services this person does, or Every service."));
        return;
    }
    const Mutation mutation = SetupMutations::upsertStaff(m_original, formStaff());
    const QString id = mutation.payload.value(QStringLiteral("id")).toString();
    const bool servicesChanged =
        isNew ? services.has_value() : m_services->differsFrom(m_originalServices);
    m_saveDetails->setEnabled(false);
    if (!isNew && !SetupMutations::changesSomething(mutation))
        return saveServices(id, services, false);
    m_submitter->submit(mutation, isNew, this,
                        [this, id, isNew, services, servicesChanged](const SetupOutcome &outcome) {
                            if (!outcome.saved()) {
                                m_notice->show(SetupNotice::Kind::Error, outcome.message);
                                updateButtons();
                                return;
                            }
                            m_currentId = id;
                            m_creating = false;
                            m_original = formStaff();
                            m_original->id = id;
                            if (servicesChanged)
                                return saveServices(id, services, isNew);
                            showDetailsSaved(isNew);
                        });
}

void StaffPage::saveServices(const QString &staffId, const std::optional<QSet<QString>> &services,
                             bool isNew)
{
    m_submitter->submit(SetupMutations::setStaffServices(staffId, services), false, this,
                        [this, services, isNew](const SetupOutcome &outcome) {
                            if (!outcome.saved()) {
                                m_notice->show(SetupNotice::Kind::Error, outcome.message);
                                updateButtons();
                                return;
                            }
                            m_originalServices = services;
                            showDetailsSaved(isNew);
                        });
}

void StaffPage::showDetailsSaved(bool isNew)
{
    m_notice->show(SetupNotice::Kind::Saved,
                   isNew ? tr("%1 joined the team.").arg(m_name->text().trimmed())
                         : tr("Details saved."));
    updateButtons();
}

void StaffPage::saveHours()
{
    if (!m_original)
        return;
    const SetupWeek week = m_hours->week();
    QList<Mutation> days;
    for (int d = 0; d < 7; ++d) {
        if (week[size_t(d)] != m_originalWeek[size_t(d)])
            days.append(SetupMutations::setWorkingHours(m_original->id, week[size_t(d)]));
    }
    m_notice->clear();
    m_savingHours = true;
    updateButtons();
    submitDays(days, 0);
}

// One day after the other: each may need the owner's word about stranded bookings, and a day
// that is refused stops the rest (they stay in the editor, unsaved).
void StaffPage::submitDays(QList<Mutation> days, int saved)
{
    if (days.isEmpty()) {
        m_savingHours = false;
        if (saved > 0)
            m_notice->show(SetupNotice::Kind::Saved, tr("Working hours saved."));
        updateButtons();
        return;
    }
    const Mutation day = days.takeFirst();
    m_submitter->submit(day, false, this, [this, days, saved](const SetupOutcome &outcome) {
        if (!outcome.saved()) {
            m_savingHours = false;
            m_notice->show(SetupNotice::Kind::Error, outcome.message);
            updateButtons();
            return;
        }
        submitDays(days, saved + 1);
    });
}

void StaffPage::addTimeOff(qint64 startsAt, qint64 endsAt, const QString &reason)
{
    if (!m_original)
        return;
    SetupTimeOff t;
    t.staffId = m_original->id;
    t.startsAt = startsAt;
    t.endsAt = endsAt;
    t.reason = reason;
    m_submitter->submit(SetupMutations::upsertTimeOff(t), true, this,
                        [this](const SetupOutcome &outcome) {
                            if (outcome.saved())
                                m_notice->show(SetupNotice::Kind::Saved, tr("Time off added."));
                            else
                                m_notice->show(SetupNotice::Kind::Error, outcome.message);
                        });
}

void StaffPage::openTimeOffDialog()
{
    if (!m_original)
        return;
    // Tomorrow at nine in the salon's zone, a sensible start to adjust.
    const QDate tomorrow =
        QDateTime::currentDateTime().toTimeZone(m_context.timeZone).date().addDays(1);
    const qint64 suggested =
        QDateTime(tomorrow, QTime(9, 0), m_context.timeZone).toSecsSinceEpoch();
    TimeOffDialog dialog(m_original->displayName, m_context.timeZone, suggested, this);
    if (dialog.exec() == QDialog::Accepted)
        addTimeOff(dialog.startsAt(), dialog.endsAt(), dialog.reason());
}

void StaffPage::removeSelectedTimeOff()
{
    const QList<QTableWidgetItem *> selected = m_timeOff->selectedItems();
    if (selected.isEmpty())
        return;
    const QString id = m_timeOff->item(selected.first()->row(), 0)->data(Qt::UserRole).toString();
    for (const SetupTimeOff &t : m_model->timeOffOf(m_currentId)) {
        if (t.id != id)
            continue;
        m_submitter->submit(
            SetupMutations::removeTimeOff(t), false, this, [this](const SetupOutcome &outcome) {
                if (outcome.saved())
                    m_notice->show(SetupNotice::Kind::Saved, tr("Time off removed."));
                else
                    m_notice->show(SetupNotice::Kind::Error, outcome.message);
            });
        return;
    }
}

} // namespace Chairside
