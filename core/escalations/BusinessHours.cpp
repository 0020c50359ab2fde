#include "core/escalations/BusinessHours.h"

#include <QDateTime>

#include <algorithm>

namespace Chairside {

namespace {

constexpr qint64 kDay = 24 * 60 * 60;
constexpr qint64 kWeek = 7 * kDay;

} // namespace

BusinessHours::BusinessHours(QTimeZone zone)
    : m_zone(zone.isValid() ? std::move(zone) : QTimeZone::utc())
{}

void BusinessHours::addInterval(int weekday, int startMinute, int endMinute)
{
    if (weekday < 1 || weekday > 7)
        return;
    startMinute = std::clamp(startMinute, 0, 1440);
    endMinute = std::clamp(endMinute, 0, 1440);
    if (endMinute <= startMinute)
        return;
    QList<OpeningInterval> &spans = m_week[size_t(weekday - 1)];
    spans.append({startMinute, endMinute});
    std::sort(spans.begin(), spans.end(), [](const OpeningInterval &a, const OpeningInterval &b) {
        return a.startMinute < b.startMinute;
    });
    QList<OpeningInterval> merged;
    for (const OpeningInterval &span : std::as_const(spans)) {
        if (!merged.isEmpty() && span.startMinute <= merged.last().endMinute)
            merged.last().endMinute = std::max(merged.last().endMinute, span.endMinute);
        else
            merged.append(span);
    }
    spans = std::move(merged);
}

const QList<OpeningInterval> &BusinessHours::day(int weekday) const
{
    static const QList<OpeningInterval> none;
    if (weekday < 1 || weekday > 7)
        return none;
    return m_week[size_t(weekday - 1)];
}

bool BusinessHours::isUnknown() const
{
    return std::all_of(m_week.begin(), m_week.end(),
                       [](const QList<OpeningInterval> &spans) { return spans.isEmpty(); });
}

qint64 BusinessHours::weeklyOpenSeconds() const
{
    if (isUnknown())
        return kWeek;
    qint64 minutes = 0;
    for (const QList<OpeningInterval> &spans : m_week) {
        for (const OpeningInterval &span : spans)
            minutes += span.endMinute - span.startMinute;
    }
    return minutes * 60;
}

qint64 BusinessHours::instantOf(const QDate &date, int minute) const
{
    if (minute >= 1440)
        return date.addDays(1).startOfDay(m_zone).toSecsSinceEpoch();
    // A minute inside a daylight-saving gap moves forward, as the wall clock does.
    return QDateTime(date, QTime(minute / 60, minute % 60), m_zone).toSecsSinceEpoch();
}

bool BusinessHours::isOpenAt(qint64 instant) const
{
    return openSecondsBetween(instant, instant + 1) == 1;
}

qint64 BusinessHours::countDays(qint64 from, qint64 to) const
{
    qint64 total = 0;
    const QDate first = QDateTime::fromSecsSinceEpoch(from, m_zone).date();
    const QDate last = QDateTime::fromSecsSinceEpoch(to, m_zone).date();
    for (QDate date = first; date <= last; date = date.addDays(1)) {
        for (const OpeningInterval &span : day(date.dayOfWeek())) {
            const qint64 start = std::max(from, instantOf(date, span.startMinute));
            const qint64 end = std::min(to, instantOf(date, span.endMinute));
            total += std::max<qint64>(0, end - start);
        }
    }
    return total;
}

qint64 BusinessHours::openSecondsBetween(qint64 from, qint64 to) const
{
    if (to <= from)
        return 0;
    if (isUnknown())
        return to - from;
    // Whole weeks in the middle of a long span count as a week's hours each (a daylight-saving
    // change inside them may shift the sum by its hour), so an old handoff costs no more than
    // a recent one.
    qint64 total = 0;
    const qint64 weeks = (to - from) / kWeek;
    if (weeks > 2) {
        total += (weeks - 1) * weeklyOpenSeconds();
        from += (weeks - 1) * kWeek;
    }
    return total + countDays(from, to);
}

std::optional<qint64> BusinessHours::instantAfterOpenSeconds(qint64 from, qint64 openSeconds,
                                                             int horizonDays) const
{
    if (openSeconds <= 0)
        return from;
    if (isUnknown())
        return openSeconds <= qint64(horizonDays) * kDay ? std::optional(from + openSeconds)
                                                         : std::nullopt;
    qint64 left = openSeconds;
    const QDate first = QDateTime::fromSecsSinceEpoch(from, m_zone).date();
    for (int offset = 0; offset <= horizonDays; ++offset) {
        const QDate date = first.addDays(offset);
        for (const OpeningInterval &span : day(date.dayOfWeek())) {
            const qint64 start = std::max(from, instantOf(date, span.startMinute));
            const qint64 end = instantOf(date, span.endMinute);
            if (end <= start)
                continue;
            if (end - start >= left)
                return start + left;
            left -= end - start;
        }
    }
    return std::nullopt;
}

} // namespace Chairside
