#include "core/analytics/AnalyticsFormulas.h"

#include <QDateTime>

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
    period.zone = zone;
    period.start = period.first.startOfDay(zone).toSecsSinceEpoch();
    period.end = lastDay.addDays(1).startOfDay(zone).toSecsSinceEpoch();
    return period;
}

ReportPeriod periodBetween(QDate first, QDate last, const QTimeZone &zone)
{
    if (!first.isValid() || !last.isValid() || last < first)
        return {};
    return periodEndingOn(last, int(first.daysTo(last)) + 1, zone);
}

ReportPeriod previousPeriod(const ReportPeriod &period, const QTimeZone &zone)
{
    return periodEndingOn(period.first.addDays(-1), period.days(), zone);
}

std::vector<qint64> dayBoundaries(const ReportPeriod &period)
{
    std::vector<qint64> boundaries;
    boundaries.reserve(size_t(period.days()) + 1);
    boundaries.push_back(period.start);
    for (int i = 1; i <= period.days(); ++i)
        boundaries.push_back(period.first.addDays(i).startOfDay(period.zone).toSecsSinceEpoch());
    return boundaries;
}

int dayIndexOf(const std::vector<qint64> &boundaries, qint64 moment)
{
    const auto next = std::upper_bound(boundaries.cbegin(), boundaries.cend(), moment);
    const auto day = int(next - boundaries.cbegin()) - 1;
    return day >= 0 && day + 1 < int(boundaries.size()) ? day : -1;
}

QString kpiKey(Kpi kpi)
{
    static constexpr const char *kKeys[kKpiCount] = {"bookings",
                                                     "revenue",
                                                     "average_bill",
                                                     "completion_rate",
                                                     "no_show_rate",
                                                     "cancellation_rate",
                                                     "late_cancellation_rate",
                                                     "average_lead_time_seconds",
                                                     "utilisation",
                                                     "rebooking_rate",
                                                     "new_clients",
                                                     "returning_clients",
                                                     "ai_resolution_rate",
                                                     "handoff_rate",
                                                     "handoffs",
                                                     "handoff_booking_conversion",
                                                     "points_issued",
                                                     "points_redeemed"};
    const int index = int(kpi);
    if (index < 0 || index >= kKpiCount)
        return {};
    return QString::fromLatin1(kKeys[index]);
}

bool isLateCancellation(qint64 cancelledAt, qint64 startsAt)
{
    return cancelledAt > startsAt - kLateCancellationSeconds;
}

qint64 leadSeconds(qint64 createdAt, qint64 startsAt)
{
    return std::max<qint64>(0, startsAt - createdAt);
}

WeekdayHour weekdayHour(qint64 secsSinceEpoch, const QTimeZone &zone)
{
    const QDateTime local = QDateTime::fromSecsSinceEpoch(secsSinceEpoch, zone);
    return {local.date().dayOfWeek(), local.time().hour()};
}

HandoffOutcomeGroup handoffOutcomeGroup(bool resolved, const QString &outcome)
{
    if (!resolved)
        return HandoffOutcomeGroup::Open;
    if (outcome == u"booked")
        return HandoffOutcomeGroup::Booked;
    if (outcome == u"rescheduled")
        return HandoffOutcomeGroup::Rescheduled;
    if (outcome == u"cancelled")
        return HandoffOutcomeGroup::Cancelled;
    if (outcome == u"answered")
        return HandoffOutcomeGroup::Answered;
    return HandoffOutcomeGroup::Other;
}

int weekIndex(QDate first, int dayIndex)
{
    if (!first.isValid() || dayIndex < 0)
        return 0;
    return (first.dayOfWeek() - 1 + dayIndex) / 7;
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
    case Kpi::LateCancellationRate:
    case Kpi::Utilisation:
    case Kpi::RebookingRate:
    case Kpi::AiResolutionRate:
    case Kpi::HandoffRate:
    case Kpi::HandoffConversion:
        return KpiUnit::Fraction;
    case Kpi::AverageLeadTime:
        return KpiUnit::Duration;
    case Kpi::Bookings:
    case Kpi::NewClients:
    case Kpi::ReturningClients:
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
    case Kpi::LateCancellationRate:
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
    case Kpi::LateCancellationRate:
        return rate(c.lateCancelled, c.bookings);
    case Kpi::AverageLeadTime:
        if (c.leadBookings <= 0)
            return std::nullopt;
        return double(c.leadSecondsTotal) / double(c.leadBookings);
    case Kpi::Utilisation:
        return rate(c.bookedMinutes, c.rosteredMinutes);
    case Kpi::RebookingRate:
        return rate(c.rebookedVisits, c.visits);
    case Kpi::NewClients:
        return double(c.newClients);
    case Kpi::ReturningClients:
        return double(c.clients - c.newClients);
    case Kpi::AiResolutionRate:
        return rate(c.resolvedByAi, c.conversations);
    case Kpi::HandoffRate:
        return rate(c.conversationsHandedOff, c.conversations);
    case Kpi::Handoffs:
        return double(c.handoffs);
    case Kpi::HandoffConversion:
        return rate(c.handoffsBooked, c.handoffs);
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

PeriodCounts &PeriodCounts::operator+=(const PeriodCounts &other)
{
    for (auto [member, added] : {std::pair{&bookings, other.bookings},
                                 {&completed, other.completed},
                                 {&cancelled, other.cancelled},
                                 {&noShows, other.noShows},
                                 {&revenueMinor, other.revenueMinor},
                                 {&bookedMinutes, other.bookedMinutes},
                                 {&rosteredMinutes, other.rosteredMinutes},
                                 {&conversations, other.conversations},
                                 {&resolvedByAi, other.resolvedByAi},
                                 {&conversationsHandedOff, other.conversationsHandedOff},
                                 {&handoffs, other.handoffs},
                                 {&pointsIssued, other.pointsIssued},
                                 {&pointsRedeemed, other.pointsRedeemed},
                                 {&lateCancelled, other.lateCancelled},
                                 {&leadBookings, other.leadBookings},
                                 {&leadSecondsTotal, other.leadSecondsTotal},
                                 {&visits, other.visits},
                                 {&rebookedVisits, other.rebookedVisits},
                                 {&clients, other.clients},
                                 {&newClients, other.newClients},
                                 {&handoffsBooked, other.handoffsBooked}})
        *member += added;
    return *this;
}

} // namespace Chairside
