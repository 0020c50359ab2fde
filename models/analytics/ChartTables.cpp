#include "models/analytics/ChartTables.h"

#include "core/Money.h"

#include <cmath>

namespace Chairside {

namespace {

QString fraction(qint64 numerator, qint64 denominator)
{
    const auto value = rate(numerator, denominator);
    return value ? QString::number(*value, 'f', 4) : QString();
}

} // namespace

QString ChartTables::key(AnalyticsChart chart)
{
    switch (chart) {
    case AnalyticsChart::BookingsPerDay:
        return QStringLiteral("bookings-per-day");
    case AnalyticsChart::RevenueByService:
        return QStringLiteral("revenue-by-service");
    case AnalyticsChart::RevenueByStaff:
        return QStringLiteral("revenue-by-staff");
    case AnalyticsChart::UtilisationByStaff:
        return QStringLiteral("utilisation-by-staff");
    case AnalyticsChart::WeeklyChanges:
        return QStringLiteral("reschedules-cancellations-per-week");
    case AnalyticsChart::NoShows:
        return QStringLiteral("no-shows-by-weekday-hour");
    case AnalyticsChart::Handoffs:
        return QStringLiteral("handoffs-per-day");
    case AnalyticsChart::LoyaltyTiers:
        return QStringLiteral("loyalty-tiers");
    }
    return {};
}

QString ChartTables::title(AnalyticsChart chart)
{
    switch (chart) {
    case AnalyticsChart::BookingsPerDay:
        return tr("Bookings per day");
    case AnalyticsChart::RevenueByService:
        return tr("Revenue by service");
    case AnalyticsChart::RevenueByStaff:
        return tr("Revenue by staff member");
    case AnalyticsChart::UtilisationByStaff:
        return tr("Utilisation by staff member");
    case AnalyticsChart::WeeklyChanges:
        return tr("Reschedules and cancellations per week");
    case AnalyticsChart::NoShows:
        return tr("No-shows by weekday and hour");
    case AnalyticsChart::Handoffs:
        return tr("Handoffs per day by outcome");
    case AnalyticsChart::LoyaltyTiers:
        return tr("Clients per loyalty tier");
    }
    return {};
}

QString ChartTables::outcomeName(HandoffOutcomeGroup group)
{
    switch (group) {
    case HandoffOutcomeGroup::Booked:
        return tr("Booked");
    case HandoffOutcomeGroup::Rescheduled:
        return tr("Rescheduled");
    case HandoffOutcomeGroup::Cancelled:
        return tr("Cancelled");
    case HandoffOutcomeGroup::Answered:
        return tr("Answered");
    case HandoffOutcomeGroup::Other:
        return tr("Other outcome");
    case HandoffOutcomeGroup::Open:
        return tr("Still open");
    }
    return {};
}

QString ChartTables::tierName(const TierCount &tier)
{
    return tier.rank == 0 ? tr("No tier yet") : tier.name;
}

QString ChartTables::majorUnits(qint64 minor, const QString &currency)
{
    const int digits = minorDigits(currency);
    return QString::number(double(minor) / std::pow(10.0, digits), 'f', digits);
}

ChartTable ChartTables::table(AnalyticsChart chart, const AnalyticsReport &report,
                              const QString &currency)
{
    ChartTable table;
    table.title = title(chart);
    const auto number = [](qint64 value) {
        return QString::number(value);
    };
    const auto isoDay = [](QDate day) {
        return day.toString(Qt::ISODate);
    };
    switch (chart) {
    case AnalyticsChart::BookingsPerDay:
        table.header = {QStringLiteral("day"), QStringLiteral("bookings"),
                        QStringLiteral("previous_period_day"),
                        QStringLiteral("previous_period_bookings")};
        for (qsizetype i = 0; i < report.bookingsPerDay.size(); ++i) {
            const bool hasPrevious = i < report.previousBookingsPerDay.size();
            table.rows.append(
                {isoDay(report.period.first.addDays(i)), number(report.bookingsPerDay.at(i)),
                 hasPrevious ? isoDay(report.previous.first.addDays(i)) : QString(),
                 hasPrevious ? number(report.previousBookingsPerDay.at(i)) : QString()});
        }
        break;
    case AnalyticsChart::RevenueByService:
        table.header = {QStringLiteral("service"), QStringLiteral("revenue_%1").arg(currency),
                        QStringLiteral("completed")};
        for (const ServiceRevenue &row : report.revenueByService)
            table.rows.append(
                {row.name, majorUnits(row.revenueMinor, currency), number(row.completed)});
        break;
    case AnalyticsChart::RevenueByStaff:
        table.header = {QStringLiteral("staff"), QStringLiteral("revenue_%1").arg(currency),
                        QStringLiteral("completed")};
        for (const StaffFigures &row : report.staff)
            table.rows.append(
                {row.name, majorUnits(row.revenueMinor, currency), number(row.completed)});
        break;
    case AnalyticsChart::UtilisationByStaff:
        table.header = {QStringLiteral("staff"), QStringLiteral("booked_minutes"),
                        QStringLiteral("rostered_minutes"), QStringLiteral("utilisation")};
        for (const StaffFigures &row : report.staff)
            table.rows.append({row.name, number(row.bookedMinutes), number(row.rosteredMinutes),
                               fraction(row.bookedMinutes, row.rosteredMinutes)});
        break;
    case AnalyticsChart::WeeklyChanges:
        table.header = {QStringLiteral("week_starting"), QStringLiteral("rescheduled"),
                        QStringLiteral("cancelled")};
        for (const WeekChanges &week : report.weeks)
            table.rows.append(
                {isoDay(week.weekStart), number(week.reschedules), number(week.cancellations)});
        break;
    case AnalyticsChart::NoShows:
        table.header = {QStringLiteral("weekday"), QStringLiteral("hour"),
                        QStringLiteral("no_shows")};
        for (int day = 0; day < 7; ++day) {
            for (int hour = 0; hour < 24; ++hour) {
                const qint64 count = report.noShows[size_t(day)][size_t(hour)];
                if (count > 0)
                    table.rows.append({QLocale::c().dayName(day + 1, QLocale::LongFormat),
                                       number(hour), number(count)});
            }
        }
        break;
    case AnalyticsChart::Handoffs:
        table.header = {QStringLiteral("day")};
        table.header +=
            {QStringLiteral("booked"),   QStringLiteral("rescheduled"), QStringLiteral("cancelled"),
             QStringLiteral("answered"), QStringLiteral("other"),       QStringLiteral("open")};
        for (const HandoffDay &day : report.handoffDays) {
            QStringList row{isoDay(day.day)};
            for (qint64 count : day.outcomes)
                row.append(number(count));
            table.rows.append(row);
        }
        break;
    case AnalyticsChart::LoyaltyTiers:
        table.header = {QStringLiteral("tier"), QStringLiteral("clients")};
        for (const TierCount &tier : report.tiers)
            table.rows.append({tierName(tier), number(tier.clients)});
        break;
    }
    return table;
}

} // namespace Chairside
