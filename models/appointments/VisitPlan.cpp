#include "models/appointments/VisitPlan.h"

#include <algorithm>

namespace Chairside::VisitPlan {

QList<Booking> plan(const QList<Service> &services, const QDate &date, int startMinute,
                    const std::optional<RecurrenceRule> &repeat, const QTimeZone &zone)
{
    QList<Booking> bookings;
    if (services.isEmpty()
        || std::any_of(services.cbegin(), services.cend(),
                       [](const Service &service) { return service.totalMinutes <= 0; }))
        return bookings;
    int visitMinutes = 0;
    for (const Service &service : services)
        visitMinutes += service.totalMinutes;

    RecurrenceRule once;
    once.count = 1;
    const QList<Occurrence> visits =
        Recurrence::expand(date, startMinute, visitMinutes, repeat ? *repeat : once, zone);
    for (qsizetype visit = 0; visit < visits.size(); ++visit) {
        // Back to back in real time from the visit's start.
        qint64 at = visits[visit].startsAt;
        for (const Service &service : services) {
            const qint64 end = at + qint64(service.totalMinutes) * 60;
            bookings.append(Booking{service.id, visits[visit].date, int(visit), at, end});
            at = end;
        }
    }
    return bookings;
}

} // namespace Chairside::VisitPlan
