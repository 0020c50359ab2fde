#include "core/analytics/AnalyticsFormulas.h"

#include <algorithm>
#include <cmath>

namespace Chairside {

std::optional<double> rate(qint64 numerator, qint64 denominator)
{
    if (denominator <= 0)
        return std::nullopt;
    return double(numerator) / double(denominator);
}

std::optional<double> percentChange(double previous, double current)
{
    if (previous == 0.0)
        return std::nullopt;
    return (current - previous) / std::abs(previous) * 100.0;
}

std::optional<qint64> averageMinor(qint64 totalMinor, qint64 count)
{
    if (count <= 0)
        return std::nullopt;
    return qint64(std::llround(double(totalMinor) / double(count)));
}

std::optional<double> median(QList<qint64> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    if (values.size() % 2 == 1)
        return double(values.at(mid));
    return (double(values.at(mid - 1)) + double(values.at(mid))) / 2.0;
}

qint64 shiftMinutes(int startMinute, int endMinute, std::optional<int> breakStartMinute,
                    std::optional<int> breakEndMinute)
{
    qint64 minutes = std::max(0, endMinute - startMinute);
    if (breakStartMinute && breakEndMinute)
        minutes -= std::max(0, *breakEndMinute - *breakStartMinute);
    return std::max<qint64>(0, minutes);
}

qint64 rosteredMinutesOverDays(const std::array<qint64, 7> &minutesPerWeekday, QDate first,
                               int days)
{
    if (!first.isValid() || days <= 0)
        return 0;
    // Whole weeks contribute every weekday once; only the remainder needs walking.
    qint64 week = 0;
    for (qint64 minutes : minutesPerWeekday)
        week += minutes;
    qint64 total = week * (days / 7);
    for (int i = 0; i < days % 7; ++i)
        total += minutesPerWeekday[size_t(first.addDays(i).dayOfWeek() - 1)];
    return total;
}

ReportPeriod periodEndingOn(QDate lastDay, int days, const QTimeZone &zone)
{
    ReportPeriod period;
    if (!lastDay.isValid() || days <= 0)
        return period;
    period.first = lastDay.addDays(-(days - 1));
    period.last = lastDay;
    period.start = period.first.startOfDay(zone).toSecsSinceEpoch();
    period.end = lastDay.addDays(1).startOfDay(zone).toSecsSinceEpoch();
    return period;
}

ReportPeriod previousPeriod(const ReportPeriod &period, const QTimeZone &zone)
{
    return periodEndingOn(period.first.addDays(-1), period.days(), zone);
}

KpiUnit kpiUnit(Kpi kpi)
{
    switch (kpi) {
    case Kpi::Revenue:
    case Kpi::AverageBill:
        return KpiUnit::Money;
    case Kpi::CompletionRate:
    case Kpi::NoShowRate:
    case Kpi::CancellationRate:
    case Kpi::Utilisation:
    case Kpi::AiResolutionRate:
    case Kpi::HandoffRate:
        return KpiUnit::Fraction;
    case Kpi::Bookings:
    case Kpi::Handoffs:
    case Kpi::PointsIssued:
    case Kpi::PointsRedeemed:
        return KpiUnit::Count;
    }
    return KpiUnit::Count;
}

bool higherIsBetter(Kpi kpi)
{
    switch (kpi) {
    case Kpi::NoShowRate:
    case Kpi::CancellationRate:
    case Kpi::HandoffRate:
    case Kpi::Handoffs:
        return false;
    default:
        return true;
    }
}

std::optional<double> kpiValue(Kpi kpi, const PeriodCounts &c)
{
    switch (kpi) {
    case Kpi::Bookings:
        return double(c.bookings);
    case Kpi::Revenue:
        return double(c.revenueMinor);
    case Kpi::AverageBill:
        if (const auto average = averageMinor(c.revenueMinor, c.completed))
            return double(*average);
        return std::nullopt;
    case Kpi::CompletionRate:
        return rate(c.completed, c.bookings);
    case Kpi::NoShowRate:
        return rate(c.noShows, c.bookings);
    case Kpi::CancellationRate:
        return rate(c.cancelled, c.bookings);
    case Kpi::Utilisation:
        return rate(c.bookedMinutes, c.rosteredMinutes);
    case Kpi::AiResolutionRate:
        return rate(c.resolvedByAi, c.conversations);
    case Kpi::HandoffRate:
        return rate(c.conversationsHandedOff, c.conversations);
    case Kpi::Handoffs:
        return double(c.handoffs);
    case Kpi::PointsIssued:
        return double(c.pointsIssued);
    case Kpi::PointsRedeemed:
        return double(c.pointsRedeemed);
    }
    return std::nullopt;
}

std::optional<double> kpiChange(Kpi kpi, const PeriodCounts &previous, const PeriodCounts &current)
{
    const auto before = kpiValue(kpi, previous);
    const auto now = kpiValue(kpi, current);
    if (!before || !now)
        return std::nullopt;
    if (kpiUnit(kpi) == KpiUnit::Fraction)
        return (*now - *before) * 100.0;
    return percentChange(*before, *now);
}

} // namespace Chairside
