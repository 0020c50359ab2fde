#pragma once

#include <QList>
#include <QTimeZone>

#include <array>
#include <optional>

namespace Chairside {

// A span of one day when the salon is open, in minutes after local midnight: [start, end).
struct OpeningInterval
{
    int startMinute = 0;
    int endMinute = 0; // up to 1440 (midnight at the end of the day)

    friend bool operator==(const OpeningInterval &, const OpeningInterval &) = default;
};

// The salon's weekly opening hours in its own time zone, and the arithmetic an SLA needs: how
// many open seconds lie between two instants, and when a number of open seconds will have
// passed. Closing hours, closed days and weekends do not count.
//
// Hours known for no day at all mean "unknown": then every second counts (a clock that runs
// too fast is safer for an SLA than one that never moves).
class BusinessHours
{
public:
    BusinessHours() = default;
    explicit BusinessHours(QTimeZone zone);

    // weekday 1 = Monday … 7 = Sunday (QDate::dayOfWeek). Overlapping or touching spans merge;
    // empty or out-of-range spans are ignored.
    void addInterval(int weekday, int startMinute, int endMinute);

    const QTimeZone &timeZone() const { return m_zone; }
    // The merged spans of a weekday, in order.
    const QList<OpeningInterval> &day(int weekday) const;
    // No opening hours known: every second counts.
    bool isUnknown() const;
    qint64 weeklyOpenSeconds() const;

    bool isOpenAt(qint64 instant) const;
    // Open seconds in [from, to) (Unix seconds); 0 when to <= from.
    qint64 openSecondsBetween(qint64 from, qint64 to) const;
    // The instant when `openSeconds` open seconds have passed since `from` (itself when 0);
    // nullopt when that is more than `horizonDays` days away.
    std::optional<qint64> instantAfterOpenSeconds(qint64 from, qint64 openSeconds,
                                                  int horizonDays = 60) const;

private:
    // Open seconds counted day by day over the local dates of [from, to).
    qint64 countDays(qint64 from, qint64 to) const;
    // A local minute of a date as an instant (minute 1440: the next day's midnight).
    qint64 instantOf(const QDate &date, int minute) const;

    QTimeZone m_zone = QTimeZone::utc();
    std::array<QList<OpeningInterval>, 7> m_week{};
};

} // namespace Chairside
