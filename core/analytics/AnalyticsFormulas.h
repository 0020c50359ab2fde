#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <array>
#include <optional>

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

    friend bool operator==(const PeriodCounts &, const PeriodCounts &) = default;
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

    int days() const { return first.isValid() ? int(first.daysTo(last)) + 1 : 0; }
    friend bool operator==(const ReportPeriod &, const ReportPeriod &) = default;
};

// The `days` days ending with (and including) `lastDay`.
ReportPeriod periodEndingOn(QDate lastDay, int days, const QTimeZone &zone);

// The period of the same length just before `period`.
ReportPeriod previousPeriod(const ReportPeriod &period, const QTimeZone &zone);

// The KPIs on the owner's dashboard.
enum class Kpi {
    Bookings,
    Revenue,
    AverageBill,
    CompletionRate,
    NoShowRate,
    CancellationRate,
    Utilisation,
    AiResolutionRate,
    HandoffRate,
    Handoffs,
    PointsIssued,
    PointsRedeemed,
};
inline constexpr int kKpiCount = 12;

enum class KpiUnit {
    Count,
    Money,    // minor units
    Fraction, // 0..1, shown as a percentage; changes are shown in percentage points
};

KpiUnit kpiUnit(Kpi kpi);

// Whether a rise is good news (a rising no-show rate is not).
bool higherIsBetter(Kpi kpi);

// The KPI's value for the counts; empty when it cannot be computed (a rate over nothing).
std::optional<double> kpiValue(Kpi kpi, const PeriodCounts &counts);

// The change shown under a KPI: percent for counts and money, percentage points for fractions.
// Empty when there is nothing to compare with.
std::optional<double> kpiChange(Kpi kpi, const PeriodCounts &previous, const PeriodCounts &current);

} // namespace Chairside
