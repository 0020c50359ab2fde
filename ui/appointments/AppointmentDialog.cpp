#include "ui/appointments/AppointmentDialog.h"

#include "core/PhoneNumber.h"
#include "core/calendar/BusinessTime.h"
#include "models/appointments/AppointmentPresentation.h"
#include "models/common/DeskEdits.h"
#include "store/StoreExecutor.h"
#include "sync/Mutation.h"
#include "ui/MutedText.h"
#include "ui/customers/CustomerEditDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace Chairside {

namespace AE = AppointmentEditing;

namespace {

struct Loaded
{
    AE::BookingChoices choices;
    std::optional<AE::EditedAppointment> edited;
};

QString minutesText(int minutes)
{
    if (minutes < 60)
        return AppointmentDialog::tr("%1 min").arg(minutes);
    if (minutes % 60 == 0)
        return AppointmentDialog::tr("%1 h").arg(minutes / 60);
    return AppointmentDialog::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

} // namespace

AppointmentDialog::AppointmentDialog(StoreExecutor *store, DeskEdits *edits,
                                     const BusinessContext &context, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_edits(edits)
    , m_context(context)
    , m_mode(mode)
    , m_customerSearch(new QLineEdit(this))
    , m_customerMatches(new QListWidget(this))
    , m_customerChosen(new QLabel(this))
    , m_service(new QComboBox(this))
    , m_serviceDetails(new QLabel(this))
    , m_staff(new QComboBox(this))
    , m_staffNote(new QLabel(this))
    , m_date(new QDateEdit(this))
    , m_time(new QTimeEdit(this))
    , m_ends(new QLabel(this))
    , m_notes(new QPlainTextEdit(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("appointmentDialog"));
    switch (mode) {
    case Mode::New:
        setWindowTitle(tr("New appointment"));
        break;
    case Mode::WalkIn:
        setWindowTitle(tr("Walk-in"));
        break;
    case Mode::Reschedule:
        setWindowTitle(tr("Reschedule appointment"));
        break;
    }
    setMinimumWidth(560);

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);

    // Customer: search as you type; empty is a walk-in.
    m_customerSearch->setObjectName(QStringLiteral("dialogCustomerSearch"));
    m_customerSearch->setAccessibleName(tr("Customer"));
    m_customerSearch->setPlaceholderText(tr("Name, phone or e-mail; leave empty for a walk-in"));
    m_customerSearch->setClearButtonEnabled(true);
    m_customerMatches->setObjectName(QStringLiteral("dialogCustomerMatches"));
    m_customerMatches->setAccessibleName(tr("Matching customers"));
    m_customerMatches->setMaximumHeight(m_customerMatches->fontMetrics().height() * 6 + 8);
    m_customerMatches->hide();
    m_customerChosen->setObjectName(QStringLiteral("dialogCustomer"));
    m_customerChosen->setTextFormat(Qt::PlainText);
    m_customerChosen->setText(tr("Walk-in: no customer record"));
    auto *customerBox = new QVBoxLayout;
    customerBox->setSpacing(4);
    if (mode == Mode::Reschedule) {
        customerBox->addWidget(m_customerSearch);
    } else {
        // Someone new at the desk: add them without leaving the booking.
        auto *searchRow = new QHBoxLayout;
        searchRow->addWidget(m_customerSearch, 1);
        auto *newCustomer = new QPushButton(tr("New c&ustomer…"), this);
        newCustomer->setObjectName(QStringLiteral("dialogNewCustomer"));
        newCustomer->setToolTip(tr("Add a customer and book for them"));
        newCustomer->setEnabled(edits != nullptr);
        searchRow->addWidget(newCustomer);
        customerBox->addLayout(searchRow);
        connect(newCustomer, &QPushButton::clicked, this, &AppointmentDialog::addNewCustomer);
    }
    customerBox->addWidget(m_customerMatches);
    customerBox->addWidget(m_customerChosen);
    form->addRow(tr("C&ustomer:"), customerBox);
    qobject_cast<QLabel *>(form->labelForField(customerBox))->setBuddy(m_customerSearch);

    m_service->setObjectName(QStringLiteral("dialogService"));
    m_service->setAccessibleName(tr("Service"));
    m_serviceDetails->setObjectName(QStringLiteral("dialogServiceDetails"));
    m_serviceDetails->setTextFormat(Qt::PlainText);
    auto *serviceBox = new QVBoxLayout;
    serviceBox->setSpacing(4);
    serviceBox->addWidget(m_service);
    // More services in the same visit follow the first, back to back with the same person.
    m_extraServiceRows = new QVBoxLayout;
    m_extraServiceRows->setSpacing(4);
    serviceBox->addLayout(m_extraServiceRows);
    serviceBox->addWidget(m_serviceDetails);
    if (mode != Mode::Reschedule) {
        m_addService = new QPushButton(tr("+ Add a service to this visit"), this);
        m_addService->setObjectName(QStringLiteral("dialogAddService"));
        m_addService->setFlat(true);
        m_addService->setStyleSheet(QStringLiteral("text-align: left;"));
        serviceBox->addWidget(m_addService, 0, Qt::AlignLeft);
        connect(m_addService, &QPushButton::clicked, this, &AppointmentDialog::addExtraService);
    }
    form->addRow(tr("&Service:"), serviceBox);
    qobject_cast<QLabel *>(form->labelForField(serviceBox))->setBuddy(m_service);

    for (QComboBox *combo : {m_service, m_staff}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->setMinimumWidth(260);
    }
    m_staff->setObjectName(QStringLiteral("dialogStaff"));
    m_staff->setAccessibleName(tr("Staff member"));
    m_staffNote->setObjectName(QStringLiteral("dialogStaffNote"));
    m_staffNote->setTextFormat(Qt::PlainText);
    m_staffNote->setWordWrap(true);
    keepMuted(m_staffNote);
    m_staffNote->hide();
    // The note spans the field, not just the staff list's width: the form measures a row's
    // height at the field's width, and a note wrapped narrower than that was cut off.
    QSizePolicy notePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    notePolicy.setHeightForWidth(true);
    m_staffNote->setSizePolicy(notePolicy);
    auto *staffBox = new QVBoxLayout;
    staffBox->setSpacing(4);
    staffBox->addWidget(m_staff, 0, Qt::AlignLeft);
    staffBox->addWidget(m_staffNote);
    form->addRow(tr("S&taff:"), staffBox);
    qobject_cast<QLabel *>(form->labelForField(staffBox))->setBuddy(m_staff);

    m_date->setObjectName(QStringLiteral("dialogDate"));
    m_date->setAccessibleName(tr("Day"));
    m_date->setCalendarPopup(true);
    m_date->setLocale(context.locale);
    m_date->setDisplayFormat(context.locale.dateFormat(QLocale::LongFormat));
    m_time->setObjectName(QStringLiteral("dialogTime"));
    m_time->setAccessibleName(tr("Start time"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_ends->setObjectName(QStringLiteral("dialogEnds"));
    m_ends->setTextFormat(Qt::PlainText);
    auto *whenBox = new QHBoxLayout;
    whenBox->addWidget(m_date, 1);
    whenBox->addWidget(m_time);
    whenBox->addWidget(m_ends);
    form->addRow(tr("&When:"), whenBox);
    qobject_cast<QLabel *>(form->labelForField(whenBox))->setBuddy(m_date);

    if (mode == Mode::New) {
        // Repeat: every N weeks on the same weekday and local time, for a count or until a day.
        m_repeat = new QCheckBox(tr("Every"), this);
        m_repeat->setObjectName(QStringLiteral("dialogRepeat"));
        m_repeat->setAccessibleName(tr("Repeat this visit"));
        m_repeatWeeks = new QSpinBox(this);
        m_repeatWeeks->setObjectName(QStringLiteral("dialogRepeatWeeks"));
        m_repeatWeeks->setAccessibleName(tr("Weeks between visits"));
        m_repeatWeeks->setRange(1, 12);
        m_repeatWeeks->setValue(4);
        m_repeatWeeks->setSuffix(tr(" week(s)"));
        m_repeatEnd = new QComboBox(this);
        m_repeatEnd->setObjectName(QStringLiteral("dialogRepeatEnd"));
        m_repeatEnd->setAccessibleName(tr("How the series ends"));
        m_repeatEnd->addItem(tr("for"), QStringLiteral("count"));
        m_repeatEnd->addItem(tr("until"), QStringLiteral("until"));
        m_repeatCount = new QSpinBox(this);
        m_repeatCount->setObjectName(QStringLiteral("dialogRepeatCount"));
        m_repeatCount->setAccessibleName(tr("Number of visits"));
        m_repeatCount->setRange(2, RecurrenceRule::kMaxOccurrences);
        m_repeatCount->setValue(6);
        m_repeatCount->setSuffix(tr(" visits"));
        m_repeatUntil = new QDateEdit(this);
        m_repeatUntil->setObjectName(QStringLiteral("dialogRepeatUntil"));
        m_repeatUntil->setAccessibleName(tr("Last day of the series"));
        m_repeatUntil->setCalendarPopup(true);
        m_repeatUntil->setLocale(context.locale);
        auto *repeatBox = new QHBoxLayout;
        repeatBox->addWidget(m_repeat);
        repeatBox->addWidget(m_repeatWeeks);
        repeatBox->addWidget(m_repeatEnd);
        repeatBox->addWidget(m_repeatCount);
        repeatBox->addWidget(m_repeatUntil);
        repeatBox->addStretch(1);
        form->addRow(tr("&Repeat:"), repeatBox);
        qobject_cast<QLabel *>(form->labelForField(repeatBox))->setBuddy(m_repeat);
        m_seriesSummary = new QLabel(this);
        m_seriesSummary->setObjectName(QStringLiteral("dialogSeriesSummary"));
        m_seriesSummary->setTextFormat(Qt::PlainText);
        m_seriesSummary->hide();
        form->addRow(QString(), m_seriesSummary);
        for (QWidget *w : std::initializer_list<QWidget *>{m_repeat, m_repeatWeeks, m_repeatEnd,
                                                           m_repeatCount, m_repeatUntil})
            w->setToolTip(tr("Book the same visit again every few weeks at the same time"));
        connect(m_repeat, &QCheckBox::toggled, this, &AppointmentDialog::updateRepeatControls);
        connect(m_repeatEnd, &QComboBox::currentIndexChanged, this,
                &AppointmentDialog::updateRepeatControls);
        connect(m_repeatWeeks, &QSpinBox::valueChanged, this,
                &AppointmentDialog::updateServiceDetails);
        connect(m_repeatCount, &QSpinBox::valueChanged, this,
                &AppointmentDialog::updateServiceDetails);
        connect(m_repeatUntil, &QDateEdit::dateChanged, this,
                &AppointmentDialog::updateServiceDetails);
        updateRepeatControls();
    }

    if (mode == Mode::Reschedule) {
        m_notify = new QCheckBox(tr("&Let the customer know the new time"), this);
        m_notify->setObjectName(QStringLiteral("dialogNotify"));
        m_notify->setToolTip(
            tr("Queues a message to the customer on their preferred channel with the new time"));
        m_notify->setChecked(true);
        form->addRow(QString(), m_notify);
    }

    m_notes->setObjectName(QStringLiteral("dialogNotes"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setPlaceholderText(tr("Anything the stylist should know"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().height() * 3 + 12);
    form->addRow(tr("&Notes:"), m_notes);
    layout->addLayout(form);

    const QString zoneNote = tr("Times are in %1.").arg(QString::fromUtf8(context.timeZone.id()));
    auto *zone = new QLabel(zoneNote, this);
    zone->setObjectName(QStringLiteral("dialogZone"));
    keepMuted(zone);
    layout->addWidget(zone);

    m_message->setObjectName(QStringLiteral("dialogMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(mode == Mode::Reschedule ? tr("Move appointment") : tr("Book"),
                                QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("dialogSave"));
    m_save->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AppointmentDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_searchDebounce.setSingleShot(true);
    m_searchDebounce.setInterval(200);
    connect(&m_searchDebounce, &QTimer::timeout, this, &AppointmentDialog::searchCustomers);
    connect(m_customerSearch, &QLineEdit::textChanged, this, [this] {
        // Typing again forgets the chosen customer until one is picked.
        m_customerId.clear();
        m_customerName.clear();
        if (m_customerSearch->text().trimmed().isEmpty()) {
            m_matches.clear();
            m_customerMatches->clear();
            m_customerMatches->hide();
            m_customerChosen->setText(tr("Walk-in: no customer record"));
            ++m_searchGeneration;
            m_searchDebounce.stop();
        } else {
            m_customerChosen->setText(tr("Pick the customer from the list."));
            m_searchDebounce.start();
        }
    });
    connect(m_customerMatches, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { chooseCustomer(m_customerMatches->row(item)); });
    connect(m_customerMatches, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { chooseCustomer(m_customerMatches->row(item)); });
    connect(m_service, &QComboBox::currentIndexChanged, this,
            &AppointmentDialog::updateServiceDetails);
    connect(m_time, &QTimeEdit::timeChanged, this, &AppointmentDialog::updateServiceDetails);
    connect(m_date, &QDateEdit::dateChanged, this, &AppointmentDialog::updateServiceDetails);
    connect(m_staff, &QComboBox::currentIndexChanged, this, &AppointmentDialog::updateStaffNote);

    if (mode == Mode::Reschedule) {
        m_customerSearch->setEnabled(false);
        m_service->setEnabled(false);
        m_notes->setEnabled(false);
    }
    const QDateTime now = QDateTime::currentDateTime().toTimeZone(context.timeZone);
    m_date->setDate(now.date());
    m_time->setTime(QTime(now.time().hour(), now.time().minute() / 5 * 5));
    updateSaveButton();
    // Loading waits for the presets the opener sets right after construction.
    QMetaObject::invokeMethod(this, &AppointmentDialog::load, Qt::QueuedConnection);
}

AppointmentDialog::~AppointmentDialog() = default;

void AppointmentDialog::setStaff(const QString &staffId)
{
    m_presetStaff = staffId;
    if (m_ready)
        applyPresets();
}

void AppointmentDialog::setStart(const QDateTime &start)
{
    const QDateTime local = start.toTimeZone(m_context.timeZone);
    m_date->setDate(local.date());
    m_time->setTime(QTime(local.time().hour(), local.time().minute()));
}

void AppointmentDialog::setAppointment(const QString &id, qint64 expectedVersion)
{
    m_editId = id;
    m_expectedVersion = expectedVersion;
}

qint64 AppointmentDialog::startsAt() const
{
    const QTime time = m_time->time();
    return BusinessTime::toSeconds(m_date->date(), time.hour() * 60 + time.minute(),
                                   m_context.timeZone);
}

std::optional<qint64> AppointmentDialog::endsAt() const
{
    if (m_mode == Mode::Reschedule && m_edited)
        return startsAt() + (m_edited->endsAt - m_edited->startsAt);
    // The end of the whole first visit (every service of it).
    const QList<VisitPlan::Booking> planned = plannedBookings();
    qint64 end = 0;
    for (const VisitPlan::Booking &booking : planned) {
        if (booking.visit == 0)
            end = std::max(end, booking.endsAt);
    }
    return end > 0 ? std::optional<qint64>(end) : std::nullopt;
}

QList<VisitPlan::Booking> AppointmentDialog::plannedBookings() const
{
    auto service = [this](const QString &id) -> std::optional<VisitPlan::Service> {
        for (const AE::ServiceChoice &choice : m_services) {
            if (choice.id == id)
                return VisitPlan::Service{choice.id, choice.totalMinutes()};
        }
        return std::nullopt;
    };
    QList<VisitPlan::Service> services;
    for (QComboBox *box : QList<QComboBox *>{m_service} + m_extraServices) {
        const auto chosen = service(box->currentData().toString());
        if (!chosen)
            return {};
        services.append(*chosen);
    }
    std::optional<RecurrenceRule> repeat;
    if (m_repeat && m_repeat->isChecked()) {
        RecurrenceRule rule;
        rule.everyWeeks = m_repeatWeeks->value();
        if (m_repeatEnd->currentData().toString() == u"until")
            rule.until = m_repeatUntil->date();
        else
            rule.count = m_repeatCount->value();
        repeat = rule;
    }
    const QTime time = m_time->time();
    return VisitPlan::plan(services, m_date->date(), time.hour() * 60 + time.minute(), repeat,
                           m_context.timeZone);
}

void AppointmentDialog::addExtraService()
{
    auto *row = new QHBoxLayout;
    auto *box = new QComboBox(this);
    box->setObjectName(QStringLiteral("dialogExtraService%1").arg(m_extraServices.size() + 1));
    box->setAccessibleName(tr("Then service %1").arg(m_extraServices.size() + 2));
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    box->setMinimumWidth(260);
    for (const AE::ServiceChoice &service : std::as_const(m_services))
        box->addItem(tr("then %1").arg(service.name), service.id);
    auto *remove = new QPushButton(QStringLiteral("✕"), this);
    remove->setToolTip(tr("Remove this service from the visit"));
    remove->setAccessibleName(tr("Remove service %1").arg(m_extraServices.size() + 2));
    remove->setFixedWidth(remove->sizeHint().height());
    row->addWidget(box, 1);
    row->addWidget(remove);
    m_extraServiceRows->addLayout(row);
    m_extraServices.append(box);
    connect(box, &QComboBox::currentIndexChanged, this, &AppointmentDialog::updateServiceDetails);
    connect(remove, &QPushButton::clicked, this, [this, box, remove, row] {
        m_extraServices.removeOne(box);
        box->deleteLater();
        remove->deleteLater();
        m_extraServiceRows->removeItem(row);
        delete row;
        updateServiceDetails();
        fitHeight();
    });
    updateServiceDetails();
    fitHeight();
    box->setFocus();
}

void AppointmentDialog::updateRepeatControls()
{
    if (!m_repeat)
        return;
    const bool on = m_repeat->isChecked();
    const bool until = m_repeatEnd->currentData().toString() == u"until";
    m_repeatWeeks->setEnabled(on);
    m_repeatEnd->setEnabled(on);
    m_repeatCount->setVisible(!until);
    m_repeatCount->setEnabled(on);
    m_repeatUntil->setVisible(until);
    m_repeatUntil->setEnabled(on);
    if (until && m_repeatUntil->date() <= m_date->date())
        m_repeatUntil->setDate(m_date->date().addMonths(3));
    updateServiceDetails();
    fitHeight();
}

void AppointmentDialog::load()
{
    m_store->run(
        this,
        [businessId = m_context.businessId, id = m_editId](QSqlDatabase &db) {
            Loaded loaded;
            loaded.choices = AE::loadChoices(db, businessId);
            if (!id.isEmpty())
                loaded.edited = AE::loadAppointment(db, id);
            return loaded;
        },
        [this](Loaded loaded) {
            if (!loaded.choices.error.isEmpty())
                showMessage(loaded.choices.error, true);
            m_services = std::move(loaded.choices.services);
            m_staffServices = std::move(loaded.choices.staffServices);
            {
                const QSignalBlocker block(m_service);
                for (const AE::ServiceChoice &service : m_services)
                    m_service->addItem(service.name, service.id);
                for (const StaffMember &member : loaded.choices.staff)
                    m_staff->addItem(member.name, member.id);
            }
            if (m_mode == Mode::Reschedule) {
                m_edited = std::move(loaded.edited);
                if (!m_edited) {
                    showMessage(tr("That appointment no longer exists."), true);
                } else {
                    m_service->setCurrentIndex(m_service->findData(m_edited->serviceId));
                    if (m_staff->findData(m_edited->staffId) < 0)
                        m_staff->addItem(tr("(no longer active)"), m_edited->staffId);
                    if (m_presetStaff.isEmpty())
                        m_presetStaff = m_edited->staffId;
                    {
                        const QSignalBlocker block(m_customerSearch);
                        m_customerSearch->setText(m_edited->customerName);
                    }
                    m_customerChosen->setText(m_edited->customerName.isEmpty()
                                                  ? tr("Walk-in: no customer record")
                                                  : m_edited->customerName);
                    m_notes->setPlainText(m_edited->notes);
                    setStart(QDateTime::fromSecsSinceEpoch(m_edited->startsAt, m_context.timeZone));
                }
            }
            m_ready = true;
            applyPresets();
            updateServiceDetails();
            updateSaveButton();
            Q_EMIT ready();
        });
}

void AppointmentDialog::applyPresets()
{
    if (!m_presetStaff.isEmpty()) {
        const int index = m_staff->findData(m_presetStaff);
        if (index >= 0)
            m_staff->setCurrentIndex(index);
    }
}

void AppointmentDialog::searchCustomers()
{
    const QString text = m_customerSearch->text().trimmed();
    if (text.isEmpty())
        return;
    const quint64 generation = ++m_searchGeneration;
    m_store->run(
        this,
        [businessId = m_context.businessId, text](QSqlDatabase &db) {
            return AE::findCustomers(db, businessId, text, kCustomerMatches);
        },
        [this, generation, text](QList<AE::CustomerChoice> found) {
            if (generation != m_searchGeneration)
                return; // the desk kept typing
            m_matches = std::move(found);
            m_customerMatches->clear();
            for (const AE::CustomerChoice &customer : std::as_const(m_matches)) {
                QStringList parts{customer.name};
                if (!customer.phone.isEmpty())
                    parts.append(formatPhoneForDisplay(customer.phone));
                if (!customer.email.isEmpty())
                    parts.append(customer.email);
                m_customerMatches->addItem(parts.join(QStringLiteral("  ·  ")));
            }
            m_customerMatches->setVisible(!m_matches.isEmpty());
            fitHeight();
            if (m_matches.isEmpty())
                m_customerChosen->setText(tr("No customer matches \"%1\".").arg(text));
        });
}

void AppointmentDialog::chooseCustomer(int row)
{
    if (row < 0 || row >= m_matches.size())
        return;
    setCustomer(m_matches[row]);
    m_service->setFocus();
}

void AppointmentDialog::addNewCustomer()
{
    auto *dialog = new CustomerEditDialog(m_store, m_edits, m_context, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // What was typed in the search is most likely the name.
    const QString typed = m_customerSearch->text().trimmed();
    if (!typed.isEmpty() && !typed.front().isDigit() && !typed.contains(u'@'))
        dialog->presetName(typed);
    connect(dialog, &CustomerEditDialog::saved, this, [this](const QString &customerId) {
        m_store->run(
            this, [customerId](QSqlDatabase &db) { return AE::loadCustomer(db, customerId); },
            [this](const std::optional<AE::CustomerChoice> &customer) {
                if (customer)
                    setCustomer(*customer);
            });
    });
    // Opening an existing match instead (a duplicate): book for them.
    connect(dialog, &CustomerEditDialog::openExistingRequested, this,
            [this, dialog](const QString &customerId) {
                dialog->reject();
                m_store->run(
                    this,
                    [customerId](QSqlDatabase &db) { return AE::loadCustomer(db, customerId); },
                    [this](const std::optional<AE::CustomerChoice> &customer) {
                        if (customer)
                            setCustomer(*customer);
                    });
            });
    dialog->open();
}

void AppointmentDialog::setCustomer(const AE::CustomerChoice &customer)
{
    if (customer.id.isEmpty())
        return;
    {
        const QSignalBlocker block(m_customerSearch);
        m_customerSearch->setText(customer.name);
    }
    m_customerId = customer.id;
    m_customerName = customer.name;
    m_customerMatches->hide();
    fitHeight();
    m_customerChosen->setText(
        customer.phone.isEmpty()
            ? tr("✓ %1").arg(customer.name)
            : tr("✓ %1 · %2").arg(customer.name, formatPhoneForDisplay(customer.phone)));
}

const AE::ServiceChoice *AppointmentDialog::currentService() const
{
    const QString id = m_service->currentData().toString();
    for (const AE::ServiceChoice &service : m_services) {
        if (service.id == id)
            return &service;
    }
    return nullptr;
}

void AppointmentDialog::updateServiceDetails()
{
    const AE::ServiceChoice *service = currentService();
    if (!service) {
        m_serviceDetails->clear();
    } else {
        QString text =
            tr("%1 · %2").arg(minutesText(service->durationMinutes),
                              AppointmentPresentation::formatPrice(service->priceMinor, m_context));
        if (service->processingMinutes > 0)
            text += tr(" · %1 processing").arg(minutesText(service->processingMinutes));
        if (service->bufferMinutes > 0)
            text += tr(" · %1 clean-up").arg(minutesText(service->bufferMinutes));
        m_serviceDetails->setText(text);
    }
    if (const auto ends = endsAt())
        m_ends->setText(tr("until %1").arg(AppointmentPresentation::formatTime(*ends, m_context)));
    else
        m_ends->clear();
    if (m_seriesSummary) {
        const QList<VisitPlan::Booking> planned = plannedBookings();
        const int visits = planned.isEmpty() ? 0 : planned.last().visit + 1;
        m_seriesSummary->setVisible(m_repeat->isChecked());
        m_seriesSummary->setText(
            visits > 1
                ? tr("%1 visits, the last on %2")
                      .arg(visits)
                      .arg(m_context.locale.toString(planned.last().date, QLocale::LongFormat))
                : tr("Only this visit: the last day is before the next one."));
    }
    updateStaffNote();
}

// A booking for someone who does not do the service is allowed (the owner may know better, and
// the server accepts it); the desk is told before it books.
void AppointmentDialog::updateStaffNote()
{
    const QString staffId = m_staff->currentData().toString();
    QStringList ids{m_service->currentData().toString()};
    for (const QComboBox *box : std::as_const(m_extraServices))
        ids.append(box->currentData().toString());
    QStringList missing;
    for (const AE::ServiceChoice &service : std::as_const(m_services)) {
        if (ids.contains(service.id) && !missing.contains(service.name)
            && !StaffServices::performs(m_staffServices, staffId, service.id))
            missing.append(service.name);
    }
    const bool show = !staffId.isEmpty() && !missing.isEmpty();
    m_staffNote->setText(
        show ? tr("%1 does not do %2 (their services are set in Business, Staff).")
                   .arg(m_staff->currentText(), QLocale().createSeparatedList(missing))
             : QString());
    if (show == m_staffNote->isHidden()) {
        m_staffNote->setVisible(show);
        fitHeight();
    }
}

void AppointmentDialog::updateSaveButton()
{
    m_save->setEnabled(m_edits && m_ready && !m_saving
                       && (m_mode != Mode::Reschedule || m_edited.has_value()));
    if (m_addService)
        m_addService->setEnabled(m_ready && !m_services.isEmpty());
}

void AppointmentDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(
        error ? QStringLiteral("QLabel { background: #fdecea; border: 1px solid #e0a39c; "
                               "border-radius: 4px; padding: 6px; color: #611a15; }")
              : QStringLiteral("QLabel { background: #fff4e5; border: 1px solid #f0b35a; "
                               "border-radius: 4px; padding: 6px; color: #5c3b00; }"));
    m_message->setVisible(!text.isEmpty());
    fitHeight();
}

void AppointmentDialog::fitHeight()
{
    // Rows appear and disappear (the matches, the message): the dialog follows, not squeezes.
    layout()->activate();
    resize(width(), sizeHint().height());
}

void AppointmentDialog::save()
{
    if (!m_edits || !m_ready || m_saving)
        return;
    if (m_mode != Mode::Reschedule) {
        if (!currentService())
            return showMessage(tr("Choose a service."), true);
        if (!m_customerSearch->text().trimmed().isEmpty() && m_customerId.isEmpty()) {
            m_customerSearch->setFocus();
            return showMessage(
                tr("Pick the customer from the list, or clear the field to book a walk-in."), true);
        }
    }
    const QString staffId = m_staff->currentData().toString();
    if (staffId.isEmpty())
        return showMessage(tr("Choose who does the appointment."), true);
    const auto ends = endsAt();
    if (!ends)
        return;
    const qint64 starts = startsAt();
    if (m_mode != Mode::Reschedule) {
        const QList<VisitPlan::Booking> planned = plannedBookings();
        if (planned.isEmpty())
            return showMessage(tr("The series has no visit: choose a last day after the first."),
                               true);
        m_saving = true;
        updateSaveButton();
        // Every booking of the visit (and series) checked in the cache's own rule first.
        m_store->run(
            this,
            [staffId, planned](QSqlDatabase &db) -> std::optional<std::pair<AE::Clash, QDate>> {
                for (const VisitPlan::Booking &booking : planned) {
                    if (auto clash =
                            AE::findClash(db, staffId, {}, booking.startsAt, booking.endsAt))
                        return std::make_pair(*clash, booking.date);
                }
                return std::nullopt;
            },
            [this, planned](const std::optional<std::pair<AE::Clash, QDate>> &clash) {
                if (clash) {
                    m_saving = false;
                    updateSaveButton();
                    QString text = AE::clashSentence(clash->first, m_context);
                    if (planned.last().visit > 0)
                        text =
                            tr("On %1: %2")
                                .arg(m_context.locale.toString(clash->second, QLocale::LongFormat),
                                     text);
                    showMessage(text + u' '
                                    + tr("Bookings of one person cannot overlap: choose another "
                                         "time or staff member."),
                                false);
                    return;
                }
                submitPlanned(planned, 0);
            });
        return;
    }
    m_saving = true;
    updateSaveButton();
    // Who is in the way, in the cache's own rule, so the desk can say so before trying.
    m_store->run(
        this,
        [staffId, self = m_editId, starts, end = *ends](QSqlDatabase &db) {
            return AE::findClash(db, staffId, self, starts, end);
        },
        [this, starts, end = *ends](std::optional<AE::Clash> clash) {
            if (clash) {
                m_saving = false;
                updateSaveButton();
                showMessage(AE::clashSentence(*clash, m_context) + u' '
                                + tr("Bookings of one person cannot overlap: choose another "
                                     "time or staff member."),
                            false);
                return;
            }
            submit(starts, end);
        });
}

void AppointmentDialog::submitPlanned(QList<VisitPlan::Booking> bookings, int done)
{
    // One mutation per booking, each after the last was applied, so a refusal stops the rest
    // and says how far the series got.
    if (done == bookings.size()) {
        m_saving = false;
        Q_EMIT saved(m_firstBookedId, bookings.first().startsAt);
        accept();
        return;
    }
    const VisitPlan::Booking &booking = bookings[done];
    NewAppointment appointment;
    appointment.id = Mutations::newId();
    appointment.staffId = m_staff->currentData().toString();
    appointment.serviceId = booking.serviceId;
    appointment.customerId = m_customerId;
    appointment.startsAt = booking.startsAt;
    // A walk-in is in the salon already.
    appointment.status =
        m_mode == Mode::WalkIn ? AppointmentStatus::Arrived : AppointmentStatus::Confirmed;
    appointment.source =
        m_mode == Mode::WalkIn ? AppointmentSource::WalkIn : AppointmentSource::Desk;
    appointment.notes = m_notes->toPlainText().trimmed();
    if (done == 0)
        m_firstBookedId = appointment.id;
    m_edits->submit(Mutations::createAppointment(appointment), this,
                    [this, bookings, done](const OutboxResult &result) {
                        if (result.ok)
                            return submitPlanned(bookings, done + 1);
                        m_saving = false;
                        updateSaveButton();
                        if (done == 0)
                            return showMessage(result.error, true);
                        showMessage(tr("%1 of %2 bookings were made; the one on %3 was refused: "
                                       "%4")
                                        .arg(done)
                                        .arg(bookings.size())
                                        .arg(AppointmentPresentation::formatDateTime(
                                                 bookings[done].startsAt, m_context),
                                             result.error),
                                    true);
                    });
}

void AppointmentDialog::submit(qint64 starts, qint64 ends)
{
    Mutation mutation;
    QString id;
    const QString staffId = m_staff->currentData().toString();
    if (m_mode == Mode::Reschedule) {
        id = m_editId;
        mutation = Mutations::rescheduleAppointment(
            id, starts, ends, staffId, {},
            m_expectedVersion > 0 ? std::optional<qint64>(m_expectedVersion) : std::nullopt);
        // A walk-in without a customer record has nobody to tell.
        if (m_notify && m_notify->isChecked() && m_edited && !m_edited->customerName.isEmpty())
            mutation = Mutations::withCustomerNotice(std::move(mutation));
    } else {
        NewAppointment appointment;
        appointment.id = Mutations::newId();
        appointment.staffId = staffId;
        appointment.serviceId = m_service->currentData().toString();
        appointment.customerId = m_customerId;
        appointment.startsAt = starts;
        // A walk-in is in the salon already.
        appointment.status =
            m_mode == Mode::WalkIn ? AppointmentStatus::Arrived : AppointmentStatus::Confirmed;
        appointment.source =
            m_mode == Mode::WalkIn ? AppointmentSource::WalkIn : AppointmentSource::Desk;
        appointment.notes = m_notes->toPlainText().trimmed();
        id = appointment.id;
        mutation = Mutations::createAppointment(appointment);
    }
    m_edits->submit(mutation, this, [this, id, starts](const OutboxResult &result) {
        m_saving = false;
        if (!result.ok) {
            showMessage(result.error, true);
            updateSaveButton();
            return;
        }
        Q_EMIT saved(id, starts);
        accept();
    });
}

} // namespace Chairside
