#pragma once

#include "core/AppointmentStatus.h"
#include "models/ModelRoles.h"
#include "store/BusinessContext.h"
#include "store/repositories/StaffRepository.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Chairside {

// The version of an appointment row as the model read it (expected_version of an edit). Both the
// day model and the list model answer it.
inline constexpr int AppointmentVersionRole = LoadedRole + 100;

// What the desk's booking editor reads from the local store. Every function taking a
// QSqlDatabase runs on the store's worker thread, inside a StoreExecutor job.
namespace AppointmentEditing {

struct CustomerChoice
{
    QString id;
    QString name;
    QString phone;
    QString email;
};

struct ServiceChoice
{
    QString id;
    QString name;
    int durationMinutes = 0;
    int processingMinutes = 0;
    int bufferMinutes = 0;
    qint64 priceMinor = 0;

    // How long the booking holds its staff member (what the server writes as ends_at).
    int totalMinutes() const { return durationMinutes + processingMinutes + bufferMinutes; }
};

// The services and staff a booking can be made with.
struct BookingChoices
{
    QList<ServiceChoice> services;
    QList<StaffMember> staff;
    StaffServices::Map staffServices; // who does what (the dialog warns, the server allows it)
    QString error;                    // a sentence, empty when read
};

// An appointment being moved, as the editor shows it.
struct EditedAppointment
{
    QString id;
    QString staffId;
    QString serviceId;
    QString customerName; // empty: a walk-in without a customer record
    qint64 startsAt = 0;
    qint64 endsAt = 0;
    QString statusKey;
    qint64 version = 0;
    QString notes;
};

// Another booking of the same staff member in the way of [startsAt, endsAt).
struct Clash
{
    QString appointmentId;
    QString staffName;
    QString customerName; // empty: a walk-in
    qint64 startsAt = 0;
    qint64 endsAt = 0;
};

// Up to `limit` customers whose name, phone or e-mail match `text` (CustomerSearch), by name.
QList<CustomerChoice> findCustomers(QSqlDatabase &db, const QString &businessId,
                                    const QString &text, int limit);

// One customer by id (a customer just added from the booking dialog); empty when not there.
std::optional<CustomerChoice> loadCustomer(QSqlDatabase &db, const QString &customerId);

BookingChoices loadChoices(QSqlDatabase &db, const QString &businessId);

std::optional<EditedAppointment> loadAppointment(QSqlDatabase &db, const QString &id);

// The first booking of staffId that holds time in [startsAt, endsAt), other than selfId: the
// rule the cache and the server enforce (half-open ranges, cancelled and no-show bookings free
// their slot), checked before saving so the desk can say who is in the way.
std::optional<Clash> findClash(QSqlDatabase &db, const QString &staffId, const QString &selfId,
                               qint64 startsAt, qint64 endsAt);

// "Thandi already has Anika Botha 09:00–10:45." in the business's zone.
QString clashSentence(const Clash &clash, const BusinessContext &context);

// The statuses the desk may move a booking in `from` to, in the order of its life (Confirm,
// Arrived, Start service, Complete, No-show); cancelling is offered apart, with a reason.
QList<AppointmentStatus> nextStatuses(AppointmentStatus from);
bool canCancel(AppointmentStatus from);
bool canReschedule(AppointmentStatus from);

// A walk-in starts now, rounded to the nearest five minutes.
qint64 roundedToFiveMinutes(qint64 secs);

} // namespace AppointmentEditing

} // namespace Chairside
