#include "core/calendar/BusinessTime.h"

#include <QDateTime>

#include <algorithm>

namespace Chairside::BusinessTime {

namespace {

int offsetAt(const QTimeZone &zone, qint64 secs)
{
    return zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc()));
}

} // namespace

qint64 toSeconds(const QDate &date, int minute, const QTimeZone &zone)
{
    // The wall time read as if it were UTC, then corrected by the zone's offsets on either side
    // of it; no zone changes its offset twice within a day, so one of them is right (or, in a
    // gap, neither: then the offset from before the change pushes the time past the gap).
    const qint64 wall = QDateTime(date, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch()
                        + qint64(std::clamp(minute, 0, 24 * 60)) * 60;
    const int before = offsetAt(zone, wall - 86400);
    const int after = offsetAt(zone, wall + 86400);
    const qint64 early = wall - std::max(before, after);
    const qint64 late = wall - std::min(before, after);
    const bool earlyFits = offsetAt(zone, early) == wall - early;
    const bool lateFits = offsetAt(zone, late) == wall - late;
    if (earlyFits)
        return early; // the first of two, or the only one
    if (lateFits)
        return late;
    return wall - before;
}

int minuteOfDay(qint64 secs, const QDate &date, const QTimeZone &zone)
{
    const QDateTime local = QDateTime::fromSecsSinceEpoch(secs, zone);
    if (local.date() < date)
        return 0;
    if (local.date() > date)
        return 24 * 60;
    return local.time().msecsSinceStartOfDay() / 60000;
}

qint64 startOfDay(const QDate &date, const QTimeZone &zone)
{
    return toSeconds(date, 0, zone);
}

bool clocksDiffer(const QTimeZone &business, const QTimeZone &other, qint64 secs)
{
    if (!business.isValid() || !other.isValid())
        return false;
    return offsetAt(business, secs) != offsetAt(other, secs);
}

} // namespace Chairside::BusinessTime
