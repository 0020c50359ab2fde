#include "ui/appointments/AppointmentDialog.h"

#include "models/appointments/AppointmentPresentation.h"
#include "models/common/DeskEdits.h"
#include "store/StoreExecutor.h"
#include "sync/Mutation.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
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
    setMinimumWidth(480);

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
    customerBox->addWidget(m_customerSearch);
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
    serviceBox->addWidget(m_serviceDetails);
    form->addRow(tr("&Service:"), serviceBox);
    qobject_cast<QLabel *>(form->labelForField(serviceBox))->setBuddy(m_service);

    for (QComboBox *combo : {m_service, m_staff}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->setMinimumWidth(260);
    }
    m_staff->setObjectName(QStringLiteral("dialogStaff"));
    m_staff->setAccessibleName(tr("Staff member"));
    form->addRow(tr("S&taff:"), m_staff);

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
    zone->setStyleSheet(QStringLiteral("color: #5f666d;"));
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
    return QDateTime(m_date->date(), m_time->time(), m_context.timeZone).toSecsSinceEpoch();
}

std::optional<qint64> AppointmentDialog::endsAt() const
{
    if (m_mode == Mode::Reschedule && m_edited)
        return startsAt() + (m_edited->endsAt - m_edited->startsAt);
    if (const AE::ServiceChoice *service = currentService())
        return startsAt() + qint64(service->totalMinutes()) * 60;
    return std::nullopt;
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
                    parts.append(customer.phone);
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
    m_customerChosen->setText(customer.phone.isEmpty()
                                  ? tr("✓ %1").arg(customer.name)
                                  : tr("✓ %1 · %2").arg(customer.name, customer.phone));
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
}

void AppointmentDialog::updateSaveButton()
{
    m_save->setEnabled(m_edits && m_ready && !m_saving
                       && (m_mode != Mode::Reschedule || m_edited.has_value()));
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
