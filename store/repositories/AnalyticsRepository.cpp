#include "store/repositories/AnalyticsRepository.h"

#include "core/Loyalty.h"
#include "store/Database.h"
#include "store/StoreExecutor.h"
#include "store/repositories/ActivityFigures.h"
#include "store/repositories/AppointmentFigures.h"
#include "store/repositories/ClientFigures.h"
#include "store/repositories/LoyaltyFigures.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <vector>

namespace Chairside {

PeriodCounts AnalyticsRepository::periodCounts(const QString &businessId,
                                               const ReportPeriod &period,
                                               std::optional<StoreError> *error)
{
    const AppointmentFigures figures = AppointmentFigures::read(m_db, businessId, period, {});
    const Remaining remaining = readRemaining(businessId, period, {});
    PeriodCounts counts = figures.current;
    counts += remaining.current;
    if (error && !*error)
        *error = figures.error ? figures.error : remaining.error;
    return counts;
}

AnalyticsRepository::Remaining AnalyticsRepository::readRemaining(const QString &businessId,
                                                                  const ReportPeriod &period,
                                                                  const ReportPeriod &previous)
{
    Remaining remaining;
    const auto add = [&remaining](const auto &figures) {
        remaining.current += figures.current;
        remaining.previous += figures.previous;
        if (!remaining.error)
            remaining.error = figures.error;
    };
    add(ClientFigures::read(m_db, businessId, period, previous));
    const LoyaltyFigures loyalty = LoyaltyFigures::read(m_db, businessId, period, previous);
    add(loyalty);
    remaining.tiers = loyalty.tiers;
    const ActivityFigures activity = ActivityFigures::read(m_db, businessId, period, previous);
    add(activity);
    remaining.handoffDays = activity.handoffDays;
    const std::array<qint64, 7> rostered = rosteredMinutesPerWeekday(businessId);
    remaining.current.rosteredMinutes =
        rosteredMinutesOverDays(rostered, period.first, period.days());
    remaining.previous.rosteredMinutes =
        rosteredMinutesOverDays(rostered, previous.first, previous.days());
    return remaining;
}

AppointmentFigures AnalyticsRepository::chartFigures(const QString &businessId,
                                                     const ReportPeriod &period,
                                                     const QTimeZone &zone,
                                                     const AnalyticsFilter &filter)
{
    const ReportPeriod inZone =
        period.zone == zone ? period : periodBetween(period.first, period.last, zone);
    return AppointmentFigures::read(m_db, businessId, inZone, {}, filter);
}

QList<qint64> AnalyticsRepository::bookingsPerDay(const QString &businessId,
                                                  const ReportPeriod &period, const QTimeZone &zone,
                                                  const AnalyticsFilter &filter)
{
    return chartFigures(businessId, period, zone, filter).bookingsPerDay;
}

QList<ServiceRevenue> AnalyticsRepository::revenueByService(const QString &businessId,
                                                            const ReportPeriod &period, int limit,
                                                            const AnalyticsFilter &filter)
{
    return rankedServices(chartFigures(businessId, period, period.zone, filter).services, limit);
}

QList<ServiceRevenue> AnalyticsRepository::rankedServices(QList<ServiceRevenue> services, int limit)
{
    // Named after totalling: a join per appointment would cost a lookup each.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT name FROM services WHERE id = ?"));
    for (ServiceRevenue &service : services) {
        q.addBindValue(service.serviceId);
        if (q.exec() && q.next())
            service.name = q.value(0).toString();
    }
    std::sort(services.begin(), services.end(),
              [](const ServiceRevenue &a, const ServiceRevenue &b) {
                  if (a.revenueMinor != b.revenueMinor)
                      return a.revenueMinor > b.revenueMinor;
                  return a.name < b.name;
              });
    if (limit >= 0 && services.size() > limit)
        services.resize(limit);
    return services;
}

QList<StaffFigures> AnalyticsRepository::staffFigures(const QString &businessId,
                                                      const ReportPeriod &period,
                                                      const AnalyticsFilter &filter)
{
    return staffWithRosters(businessId, period, filter,
                            chartFigures(businessId, period, period.zone, filter).staff);
}

QList<StaffFigures> AnalyticsRepository::staffWithRosters(const QString &businessId,
                                                          const ReportPeriod &period,
                                                          const AnalyticsFilter &filter,
                                                          QList<StaffFigures> totals)
{
    QList<StaffFigures> result;
    QHash<QString, qsizetype> rowOf;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Everyone who works here now, then whoever else had appointments in the period.
    q.prepare(
        QStringLiteral("SELECT id, display_name FROM staff_members WHERE business_id = ? "
                       "AND deleted_at IS NULL AND active = 1 AND (COALESCE(?, '') = '' OR id = ?) "
                       "ORDER BY sort_order, display_name"));
    q.addBindValue(businessId);
    q.addBindValue(filter.staffId);
    q.addBindValue(filter.staffId);
    if (q.exec()) {
        while (q.next()) {
            rowOf.insert(q.value(0).toString(), result.size());
            result.append({q.value(0).toString(), q.value(1).toString()});
        }
    }
    std::sort(totals.begin(), totals.end(), [](const StaffFigures &a, const StaffFigures &b) {
        return a.staffId.toUtf8() < b.staffId.toUtf8(); // SQLite's order of the ids
    });
    q.prepare(QStringLiteral("SELECT display_name FROM staff_members WHERE id = ?"));
    for (const StaffFigures &total : std::as_const(totals)) {
        auto found = rowOf.constFind(total.staffId);
        if (found == rowOf.cend()) {
            StaffFigures former{total.staffId};
            q.addBindValue(total.staffId);
            if (q.exec() && q.next())
                former.name = q.value(0).toString();
            found = rowOf.insert(total.staffId, result.size());
            result.append(former);
        }
        StaffFigures &row = result[*found];
        row.revenueMinor = total.revenueMinor;
        row.completed = total.completed;
        row.bookedMinutes = total.bookedMinutes;
    }
    // Rostered minutes per staff member and weekday, over the period's days.
    q.prepare(QStringLiteral(
        "SELECT wh.staff_id, wh.weekday, wh.start_minute, wh.end_minute, "
        "wh.break_start_minute, wh.break_end_minute FROM working_hours wh "
        "JOIN staff_members s ON s.id = wh.staff_id "
        "WHERE wh.business_id = ? AND wh.deleted_at IS NULL AND s.deleted_at IS NULL "
        "AND s.active = 1"));
    q.addBindValue(businessId);
    QHash<QString, std::array<qint64, 7>> weeks;
    if (q.exec()) {
        while (q.next()) {
            const int weekday = q.value(1).toInt();
            if (weekday < 1 || weekday > 7)
                continue;
            std::optional<int> breakStart;
            std::optional<int> breakEnd;
            if (!q.value(4).isNull() && !q.value(5).isNull()) {
                breakStart = q.value(4).toInt();
                breakEnd = q.value(5).toInt();
            }
            weeks[q.value(0).toString()][size_t(weekday - 1)] +=
                shiftMinutes(q.value(2).toInt(), q.value(3).toInt(), breakStart, breakEnd);
        }
    }
    for (StaffFigures &row : result) {
        const auto week = weeks.constFind(row.staffId);
        if (week != weeks.cend())
            row.rosteredMinutes = rosteredMinutesOverDays(*week, period.first, period.days());
    }
    return result;
}

QList<WeekChanges> AnalyticsRepository::weeklyChanges(const QString &businessId,
                                                      const ReportPeriod &period,
                                                      const AnalyticsFilter &filter)
{
    return weeksFrom(period, chartFigures(businessId, period, period.zone, filter));
}

QList<WeekChanges> AnalyticsRepository::weeksFrom(const ReportPeriod &period,
                                                  const AppointmentFigures &figures)
{
    QList<WeekChanges> weeks;
    if (period.days() <= 0)
        return weeks;
    const int count = weekIndex(period.first, period.days() - 1) + 1;
    const QDate monday = period.first.addDays(-(period.first.dayOfWeek() - 1));
    for (int w = 0; w < count; ++w)
        weeks.append({monday.addDays(7 * w)});
    for (int i = 0; i < period.days(); ++i) {
        WeekChanges &week = weeks[weekIndex(period.first, i)];
        week.cancellations += figures.cancelledPerDay.value(i);
        week.reschedules += figures.rescheduledPerDay.value(i);
    }
    return weeks;
}

NoShowGrid AnalyticsRepository::noShowGrid(const QString &businessId, const ReportPeriod &period,
                                           const AnalyticsFilter &filter)
{
    return chartFigures(businessId, period, period.zone, filter).noShows;
}

QList<HandoffDay> AnalyticsRepository::handoffsPerDay(const QString &businessId,
                                                      const ReportPeriod &period)
{
    return ActivityFigures::read(m_db, businessId, period, {}).handoffDays;
}

QList<TierCount> AnalyticsRepository::tierDistribution(const QString &businessId,
                                                       const ReportPeriod &period)
{
    return LoyaltyFigures::read(m_db, businessId, period, {}).tiers;
}

QList<FilterChoice> AnalyticsRepository::staffChoices(const QString &businessId)
{
    QList<FilterChoice> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, display_name FROM staff_members WHERE business_id = ? "
                             "AND deleted_at IS NULL ORDER BY sort_order, display_name"));
    q.addBindValue(businessId);
    if (q.exec()) {
        while (q.next())
            result.append({q.value(0).toString(), q.value(1).toString()});
    }
    return result;
}

QList<FilterChoice> AnalyticsRepository::serviceChoices(const QString &businessId)
{
    QList<FilterChoice> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, name FROM services WHERE business_id = ? "
                             "AND deleted_at IS NULL ORDER BY name"));
    q.addBindValue(businessId);
    if (q.exec()) {
        while (q.next())
            result.append({q.value(0).toString(), q.value(1).toString()});
    }
    return result;
}

std::array<qint64, 7> AnalyticsRepository::rosteredMinutesPerWeekday(const QString &businessId)
{
    std::array<qint64, 7> minutes{};
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT wh.weekday, wh.start_minute, wh.end_minute, wh.break_start_minute, "
        "wh.break_end_minute FROM working_hours wh "
        "JOIN staff_members s ON s.id = wh.staff_id "
        "WHERE wh.business_id = ? AND wh.deleted_at IS NULL AND s.deleted_at IS NULL "
        "AND s.active = 1"));
    q.addBindValue(businessId);
    if (!q.exec())
        return minutes;
    while (q.next()) {
        const int weekday = q.value(0).toInt();
        if (weekday < 1 || weekday > 7)
            continue;
        std::optional<int> breakStart;
        std::optional<int> breakEnd;
        if (!q.value(3).isNull() && !q.value(4).isNull()) {
            breakStart = q.value(3).toInt();
            breakEnd = q.value(4).toInt();
        }
        minutes[size_t(weekday - 1)] +=
            shiftMinutes(q.value(1).toInt(), q.value(2).toInt(), breakStart, breakEnd);
    }
    return minutes;
}

KpiReport AnalyticsRepository::kpis(const QString &businessId, const ReportPeriod &period)
{
    KpiReport report;
    report.period = period;
    report.previous = previousPeriod(period, period.zone);
    const AppointmentFigures figures =
        AppointmentFigures::read(m_db, businessId, report.period, report.previous);
    report.current = figures.current;
    report.before = figures.previous;
    report.error = figures.error;
    const Remaining remaining = readRemaining(businessId, report.period, report.previous);
    report.current += remaining.current;
    report.before += remaining.previous;
    if (!report.error)
        report.error = remaining.error;
    return report;
}

AnalyticsReport AnalyticsRepository::report(const QString &businessId, QDate lastDay, int days,
                                            const QTimeZone &zone, int topServices)
{
    return report(businessId, periodEndingOn(lastDay, days, zone), {}, topServices);
}

AnalyticsReport AnalyticsRepository::report(const QString &businessId, const ReportPeriod &period,
                                            const AnalyticsFilter &filter, int topServices)
{
    AnalyticsReport report;
    report.filter = filter;
    report.period = period;
    report.previous = previousPeriod(period, period.zone);
    // The appointments' half (one pass over both periods' appointments for the cards and the
    // charts) is read on the companion's connection while this one reads the rest: the halves
    // take about as long each, so with two cores the dashboard is ready in about the time of
    // one. The two threads fill different members of `report`.
    QFuture<bool> appointments; // false: the companion's connection did not open
    if (m_beside) {
        appointments = m_beside->run([&](QSqlDatabase &db) {
            if (!db.isOpen())
                return false;
            AnalyticsRepository(db).readAppointmentHalf(businessId, filter, topServices, report);
            return true;
        });
    }
    const Remaining remaining = readRemaining(businessId, report.period, report.previous);
    report.tiers = remaining.tiers;
    report.handoffDays = remaining.handoffDays;
    report.staffChoices = staffChoices(businessId);
    report.serviceChoices = serviceChoices(businessId);
    if (!m_beside || !appointments.result())
        readAppointmentHalf(businessId, filter, topServices, report);
    // Each half counted different members of the cards' counts.
    report.current += remaining.current;
    report.before += remaining.previous;
    if (!report.error)
        report.error = remaining.error;
    return report;
}

void AnalyticsRepository::readAppointmentHalf(const QString &businessId,
                                              const AnalyticsFilter &filter, int topServices,
                                              AnalyticsReport &report)
{
    const AppointmentFigures figures =
        AppointmentFigures::read(m_db, businessId, report.period, report.previous, filter);
    report.current = figures.current;
    report.before = figures.previous;
    report.error = figures.error;
    report.bookingsPerDay = figures.bookingsPerDay;
    report.previousBookingsPerDay = figures.previousBookingsPerDay;
    report.revenueByService = rankedServices(figures.services, topServices);
    report.staff = staffWithRosters(businessId, report.period, filter, figures.staff);
    report.weeks = weeksFrom(report.period, figures);
    report.noShows = figures.noShows;
}

} // namespace Chairside
