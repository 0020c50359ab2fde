#include "core/calendar/ZoneClock.h"

#include <QDateTime>

#include <algorithm>

namespace Chairside {

namespace {

constexpr qint64 kSecondsPerDay = 86400;
constexpr qint64 kUnixEpochJulianDay = 2440588;

qint64 floorDiv(qint64 value, qint64 divisor)
{
    return value / divisor - (value % divisor < 0 ? 1 : 0);
}

} // namespace

ZoneClock::ZoneClock(const QTimeZone &zone, qint64 from, qint64 to)
    : m_zone(zone)
    , m_from(from)
    , m_to(std::max(from, to))
{
    if (!m_zone.isValid())
        return;
    m_stretches.push_back(
        {m_from, m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(m_from, QTimeZone::utc()))});
    if (!m_zone.hasTransitions())
        return;
    const QTimeZone::OffsetDataList changes =
        m_zone.transitions(QDateTime::fromSecsSinceEpoch(m_from + 1, QTimeZone::utc()),
                           QDateTime::fromSecsSinceEpoch(m_to, QTimeZone::utc()));
    for (const QTimeZone::OffsetData &change : changes) {
        const qint64 at = change.atUtc.toSecsSinceEpoch();
        if (at > m_stretches.back().from && at < m_to
            && change.offsetFromUtc != m_stretches.back().offset)
            m_stretches.push_back({at, change.offsetFromUtc});
    }
}

int ZoneClock::offsetAt(qint64 secs) const
{
    if (m_stretches.empty())
        return 0; // an invalid zone reads as UTC, as QDateTime does
    if (secs < m_from || secs >= m_to)
        return m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc()));
    const auto after =
        std::upper_bound(m_stretches.cbegin(), m_stretches.cend(), secs,
                         [](qint64 value, const Stretch &stretch) { return value < stretch.from; });
    return std::prev(after)->offset;
}

QDate ZoneClock::dateOf(qint64 secs) const
{
    return QDate::fromJulianDay(floorDiv(localSeconds(secs), kSecondsPerDay) + kUnixEpochJulianDay);
}

QTime ZoneClock::timeOf(qint64 secs) const
{
    const qint64 local = localSeconds(secs);
    return QTime::fromMSecsSinceStartOfDay(
        int((local - floorDiv(local, kSecondsPerDay) * kSecondsPerDay) * 1000));
}

int ZoneClock::minuteOfDay(qint64 secs, const QDate &date) const
{
    const QDate day = dateOf(secs);
    if (day < date)
        return 0;
    if (day > date)
        return 24 * 60;
    return timeOf(secs).msecsSinceStartOfDay() / 60000;
}

} // namespace Chairside
