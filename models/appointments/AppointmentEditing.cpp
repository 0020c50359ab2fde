#include "models/appointments/AppointmentEditing.h"

#include "models/appointments/AppointmentPresentation.h"
#include "store/repositories/CustomerSearch.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Chairside::AppointmentEditing {

namespace {

constexpr const char *kContext = "Chairside::AppointmentEditing";

} // namespace

QList<CustomerChoice> findCustomers(QSqlDatabase &db, const QString &businessId,
                                    const QString &text, int limit)
{
    QList<CustomerChoice> found;
    const CustomerSearch search = CustomerSearch::fromText(text);
    if (search.isEmpty() || limit <= 0)
        return found;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT c.id, c.full_name, c.phone, c.email FROM customers c "
                             "WHERE c.business_id = ? AND c.deleted_at IS NULL AND ")
              + search.condition(u"c", search.lookupInNameOrder())
              + QStringLiteral(" ORDER BY c.full_name COLLATE NOCASE, c.id LIMIT ?"));
    q.addBindValue(businessId);
    for (const QVariant &value : search.bindValues())
        q.addBindValue(value);
    q.addBindValue(limit);
    if (!q.exec())
        return found;
    while (q.next()) {
        found.append(CustomerChoice{q.value(0).toString(), q.value(1).toString(),
                                    q.value(2).toString(), q.value(3).toString()});
    }
    return found;
}

std::optional<CustomerChoice> loadCustomer(QSqlDatabase &db, const QString &customerId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, full_name, COALESCE(phone, ''), COALESCE(email, '') "
                             "FROM customers WHERE id = ? AND deleted_at IS NULL"));
    q.addBindValue(customerId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return CustomerChoice{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                          q.value(3).toString()};
}

BookingChoices loadChoices(QSqlDatabase &db, const QString &businessId)
{
    BookingChoices choices;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT id, name, duration_minutes, processing_minutes, buffer_minutes, price_minor "
        "FROM services WHERE business_id = ? AND active = 1 AND deleted_at IS NULL "
        "ORDER BY name COLLATE NOCASE, id"));
    q.addBindValue(businessId);
    if (!q.exec()) {
        choices.error =
            QCoreApplication::translate(kContext, "The services could not be read from the cache.");
        return choices;
    }
    while (q.next()) {
        choices.services.append(ServiceChoice{q.value(0).toString(), q.value(1).toString(),
                                              q.value(2).toInt(), q.value(3).toInt(),
                                              q.value(4).toInt(), q.value(5).toLongLong()});
    }
    StaffRepository repository(db);
    StaffListResult staff = repository.activeStaff(businessId);
    if (staff.error)
        choices.error = staff.error->message;
    choices.staff = std::move(staff.staff);
    StaffServicesResult performed = repository.performedServices(businessId);
    if (performed.error && choices.error.isEmpty())
        choices.error = performed.error->message;
    choices.staffServices = std::move(performed.services);
    return choices;
}

std::optional<EditedAppointment> loadAppointment(QSqlDatabase &db, const QString &id)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT a.id, a.staff_id, a.service_id, COALESCE(c.full_name, ''), a.starts_at, "
        "a.ends_at, a.status, a.version, a.notes FROM appointments a "
        "LEFT JOIN customers c ON c.id = a.customer_id WHERE a.id = ? AND a.deleted_at IS NULL"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return EditedAppointment{
        q.value(0).toString(), q.value(1).toString(),   q.value(2).toString(),
        q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toLongLong(),
        q.value(6).toString(), q.value(7).toLongLong(), q.value(8).toString()};
}

std::optional<Clash> findClash(QSqlDatabase &db, const QString &staffId, const QString &selfId,
                               qint64 startsAt, qint64 endsAt)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT a.id, s.display_name, COALESCE(c.full_name, ''), a.starts_at, a.ends_at "
        "FROM appointments a JOIN staff_members s ON s.id = a.staff_id "
        "LEFT JOIN customers c ON c.id = a.customer_id "
        "WHERE a.staff_id = ? AND a.id <> ? AND a.deleted_at IS NULL AND "
        "a.status NOT IN ('cancelled','no_show') AND a.starts_at < ? AND a.ends_at > ? "
        "ORDER BY a.starts_at LIMIT 1"));
    q.addBindValue(staffId);
    q.addBindValue(selfId.isNull() ? QStringLiteral("") : selfId); // NULL would match nothing
    q.addBindValue(endsAt);
    q.addBindValue(startsAt);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Clash{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                 q.value(3).toLongLong(), q.value(4).toLongLong()};
}

QString clashSentence(const Clash &clash, const BusinessContext &context)
{
    const QString when =
        AppointmentPresentation::formatTimeRange(clash.startsAt, clash.endsAt, context);
    const QString staff = clash.staffName.section(u' ', 0, 0);
    if (clash.customerName.isEmpty())
        return QCoreApplication::translate(kContext, "%1 already has a walk-in %2.")
            .arg(staff, when);
    return QCoreApplication::translate(kContext, "%1 already has %2 %3.")
        .arg(staff, clash.customerName, when);
}

QList<AppointmentStatus> nextStatuses(AppointmentStatus from)
{
    QList<AppointmentStatus> next;
    for (AppointmentStatus to :
         {AppointmentStatus::Confirmed, AppointmentStatus::Arrived, AppointmentStatus::InService,
          AppointmentStatus::Completed, AppointmentStatus::NoShow}) {
        if (to != from && canTransition(from, to))
            next.append(to);
    }
    return next;
}

bool canCancel(AppointmentStatus from)
{
    return canTransition(from, AppointmentStatus::Cancelled);
}

bool canReschedule(AppointmentStatus from)
{
    return !isFinal(from);
}

qint64 roundedToFiveMinutes(qint64 secs)
{
    constexpr qint64 step = 5 * 60;
    return (secs + step / 2) / step * step;
}

} // namespace Chairside::AppointmentEditing
