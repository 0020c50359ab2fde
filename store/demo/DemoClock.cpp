#include "store/demo/DemoClock.h"

#include <QDateTime>

namespace Chairside {

namespace {
constexpr qint64 kUnixEpochJulianDay = 2440588;
}

DemoClock::DemoClock(const QTimeZone &zone)
    : m_zone(zone)
{}

std::optional<int> DemoClock::uniformOffset(QDate date) const
{
    const auto found = m_offsets.constFind(date.toJulianDay());
    if (found != m_offsets.constEnd())
        return *found;
    const int atMidnight = QDateTime(date, QTime(0, 0), m_zone).offsetFromUtc();
    const int atNoon = QDateTime(date, QTime(12, 0), m_zone).offsetFromUtc();
    const int atNight = QDateTime(date, QTime(23, 59), m_zone).offsetFromUtc();
    std::optional<int> offset;
    if (atMidnight == atNoon && atNoon == atNight)
        offset = atNoon;
    m_offsets.insert(date.toJulianDay(), offset);
    return offset;
}

qint64 DemoClock::toEpoch(QDate date, int minute) const
{
    if (const auto offset = uniformOffset(date))
        return (date.toJulianDay() - kUnixEpochJulianDay) * 86400 + qint64(minute) * 60 - *offset;
    // A day with a daylight-saving change: let QDateTime resolve the wall time.
    const QDate day = date.addDays(minute / 1440);
    const int rest = minute % 1440;
    return QDateTime(day, QTime(rest / 60, rest % 60), m_zone).toSecsSinceEpoch();
}

QDate DemoClock::localDate(qint64 epoch) const
{
    return QDateTime::fromSecsSinceEpoch(epoch, m_zone).date();
}

int DemoClock::localMinute(qint64 epoch) const
{
    const QTime time = QDateTime::fromSecsSinceEpoch(epoch, m_zone).time();
    return time.hour() * 60 + time.minute();
}

} // namespace Chairside
