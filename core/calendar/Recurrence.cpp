#include "core/calendar/Recurrence.h"

#include "core/calendar/BusinessTime.h"

namespace Chairside::Recurrence {

QList<Occurrence> expand(const QDate &first, int startMinute, int durationMinutes,
                         const RecurrenceRule &rule, const QTimeZone &zone)
{
    QList<Occurrence> visits;
    if (!rule.isValid() || !first.isValid() || durationMinutes <= 0)
        return visits;
    const int limit = rule.count > 0 ? std::min(rule.count, int(RecurrenceRule::kMaxOccurrences))
                                     : int(RecurrenceRule::kMaxOccurrences);
    for (QDate date = first; visits.size() < limit; date = date.addDays(7 * rule.everyWeeks)) {
        if (rule.until.isValid() && date > rule.until)
            break;
        Occurrence visit;
        visit.date = date;
        visit.startsAt = BusinessTime::toSeconds(date, startMinute, zone);
        visit.endsAt = visit.startsAt + qint64(durationMinutes) * 60;
        visits.append(visit);
    }
    return visits;
}

} // namespace Chairside::Recurrence
