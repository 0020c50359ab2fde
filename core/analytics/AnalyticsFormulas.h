#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <array>
#include <optional>
#include <vector>

namespace Chairside {

// Raw counts for one reporting period, as the analytics repository aggregates them in SQL.
// Every KPI the owner sees is a pure function of these (see kpiValue), so the numbers can be
// checked by hand.
struct PeriodCounts
{
    qint64 bookings = 0;               // appointments starting in the period, any status
    qint64 completed = 0;              // ... of which completed
    qint64 cancelled = 0;              // ... cancelled
    qint64 noShows = 0;                // ... no-shows
    qint64 revenueMinor = 0;           // price of the completed ones, minor units
    qint64 bookedMinutes = 0;          // minutes of time-holding appointments inside the period
    qint64 rosteredMinutes = 0;        // working hours minus breaks of active staff over the period
    qint64 conversations = 0;          // AI conversations started in the period
    qint64 resolvedByAi = 0;           // ... of which the assistant resolved alone
    qint64 conversationsHandedOff = 0; // ... of which at least one handoff was raised
    qint64 handoffs = 0;               // handoffs created in the period
    qint64 pointsIssued = 0;           // loyalty points earned or awarded
    qint64 pointsRedeemed = 0;         // loyalty points redeemed (positive)
    qint64 lateCancelled = 0;          // cancelled bookings cancelled < 24 h before their start
    qint64 leadBookings = 0;           // bookings made ahead (walk-ins excluded)
    qint64 leadSecondsTotal = 0;       // ... sum of (start - created), never negative
    qint64 visits = 0;                 // completed appointments with a known client
    qint64 rebookedVisits = 0;         // ... whose client had a later appointment booked by the
                                       //     end of the visit's day
    qint64 clients = 0;                // distinct clients with a completed visit in the period
    qint64 newClients = 0;             // ... whose first completed visit ever is in the period
    qint64 handoffsBooked = 0;         // handoffs created in the period resolved as "booked"

    friend bool operator==(const PeriodCounts &, const PeriodCounts &) = default;
    // Adds the counts of another part of the same period, read separately.
    PeriodCounts &operator+=(const PeriodCounts &other);
};

// numerator / denominator; empty when the denominator is not positive (nothing to rate).
std::optional<double> rate(qint64 numerator, qint64 denominator);

// Relative change from previous to current in percent; empty when previous is 0 (a change
// from nothing has no percentage).
std::optional<double> percentChange(double previous, double current);

// Average in minor units, rounded half away from zero; empty when count is not positive.
std::optional<qint64> averageMinor(qint64 totalMinor, qint64 count);

// The median of the values (mean of the middle two for an even count); empty for none.
std::optional<double> median(QList<qint64> values);

// Minutes of one working-hours row: the shift minus its break.
qint64 shiftMinutes(int startMinute, int endMinute, std::optional<int> breakStartMinute,
                    std::optional<int> breakEndMinute);

// Rostered minutes over `days` calendar days from `first`, given the minutes rostered on each
// ISO weekday (index 0 = Monday ... 6 = Sunday).
qint64 rosteredMinutesOverDays(const std::array<qint64, 7> &minutesPerWeekday, QDate first,
                               int days);

// A reporting period of whole days in the business's time zone: [start, end) in Unix seconds.
struct ReportPeriod
{
    QDate first;
    QDate last;
    qint64 start = 0;
    qint64 end = 0;
    QTimeZone zone; // the business's zone the days are cut in

    int days() const { return first.isValid() ? int(first.daysTo(last)) + 1 : 0; }
    friend bool operator==(const ReportPeriod &, const ReportPeriod &) = default;
};

// The `days` days ending with (and including) `lastDay`.
ReportPeriod periodEndingOn(QDate lastDay, int days, const QTimeZone &zone);

// The days from `first` to `last`, both included (a custom period); empty when last < first.
ReportPeriod periodBetween(QDate first, QDate last, const QTimeZone &zone);

// The period of the same length just before `period`.
ReportPeriod previousPeriod(const ReportPeriod &period, const QTimeZone &zone);

// The instants that cut a period into its days, in its zone: day i is
// [boundaries[i], boundaries[i + 1]). A day with a daylight-saving change is 23 or 25 h long.
std::vector<qint64> dayBoundaries(const ReportPeriod &period);

// The index of the day of `boundaries` holding `moment`, or -1 when it is outside them.
int dayIndexOf(const std::vector<qint64> &boundaries, qint64 moment);

// The KPIs on the owner's dashboard.
enum class Kpi {
    Bookings,
    Revenue,
    AverageBill,
    CompletionRate,
    NoShowRate,
    CancellationRate,
    LateCancellationRate,
    AverageLeadTime,
    Utilisation,
    RebookingRate,
    NewClients,
    ReturningClients,
    AiResolutionRate,
    HandoffRate,
    Handoffs,
    HandoffConversion,
    PointsIssued,
    PointsRedeemed,
};
inline constexpr int kKpiCount = 18;

enum class KpiUnit {
    Count,
    Money,    // minor units
    Fraction, // 0..1, shown as a percentage; changes are shown in percentage points
    Duration, // seconds
};

// A cancellation this close to the start (or later) counts as late.
inline constexpr qint64 kLateCancellationSeconds = 24 * 3600;

// The stable machine name of a KPI ("late_cancellation_rate"), used by `chairside report --json`
// and the CSV export; empty for an unknown value.
QString kpiKey(Kpi kpi);

// Whether a cancellation made at `cancelledAt` of an appointment starting at `startsAt` is late.
bool isLateCancellation(qint64 cancelledAt, qint64 startsAt);

// Seconds between booking and start, never negative (an appointment entered after it began,
// e.g. booked retroactively, counts as zero lead time).
qint64 leadSeconds(qint64 createdAt, qint64 startsAt);

KpiUnit kpiUnit(Kpi kpi);

// Whether a rise is good news (a rising no-show rate is not).
bool higherIsBetter(Kpi kpi);

// The ISO weekday (1 = Monday) and hour (0..23) of a moment in `zone`, for the no-show grid.
struct WeekdayHour
{
    int weekday = 1;
    int hour = 0;
};
WeekdayHour weekdayHour(qint64 secsSinceEpoch, const QTimeZone &zone);

// How a handoff ended, grouped for the "handoffs per day" chart.
enum class HandoffOutcomeGroup { Booked, Rescheduled, Cancelled, Answered, Other, Open };
inline constexpr int kHandoffOutcomeGroups = 6;
HandoffOutcomeGroup handoffOutcomeGroup(bool resolved, const QString &outcome);

// The index of the Monday-based week that day `dayIndex` of a period starting on `first` falls
// in (0 for the first, possibly partial, week).
int weekIndex(QDate first, int dayIndex);

// The KPI's value for the counts; empty when it cannot be computed (a rate over nothing).
std::optional<double> kpiValue(Kpi kpi, const PeriodCounts &counts);

// The change shown under a KPI: percent for counts and money, percentage points for fractions.
// Empty when there is nothing to compare with.
std::optional<double> kpiChange(Kpi kpi, const PeriodCounts &previous, const PeriodCounts &current);

} // namespace Chairside
