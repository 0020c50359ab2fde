#include "store/repositories/AnalyticsRepository.h"

#include "store/Database.h"
#include "store/repositories/ConversationRepository.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Chairside {

PeriodCounts AnalyticsRepository::periodCounts(const QString &businessId,
                                               const ReportPeriod &period,
                                               std::optional<StoreError> *error)
{
    PeriodCounts counts;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const auto fail = [&] {
        if (error && !*error)
            *error = Database::errorFrom(q.lastError(), StoreError::Kind::Query);
    };

    // Appointments starting in the period (idx_appointments_starts); booked time is clipped to
    // the period's end so a late appointment does not count minutes of the next day.
    q.prepare(QStringLiteral(
        "SELECT COUNT(*), COALESCE(SUM(status = 'completed'), 0), "
        "COALESCE(SUM(status = 'cancelled'), 0), COALESCE(SUM(status = 'no_show'), 0), "
        "COALESCE(SUM(CASE WHEN status = 'completed' THEN price_minor ELSE 0 END), 0), "
        "COALESCE(SUM(CASE WHEN status IN ('cancelled', 'no_show') THEN 0 "
        "ELSE MIN(ends_at, ?) - starts_at END), 0) "
        "FROM appointments WHERE business_id = ? AND deleted_at IS NULL "
        "AND starts_at >= ? AND starts_at < ?"));
    q.addBindValue(period.end);
    q.addBindValue(businessId);
    q.addBindValue(period.start);
    q.addBindValue(period.end);
    if (q.exec() && q.next()) {
        counts.bookings = q.value(0).toLongLong();
        counts.completed = q.value(1).toLongLong();
        counts.cancelled = q.value(2).toLongLong();
        counts.noShows = q.value(3).toLongLong();
        counts.revenueMinor = q.value(4).toLongLong();
        counts.bookedMinutes = q.value(5).toLongLong() / 60;
    } else {
        fail();
    }

    counts.rosteredMinutes =
        rosteredMinutesOverDays(rosteredMinutesPerWeekday(businessId), period.first, period.days());

    const ConversationCounts conversations =
        ConversationRepository(m_db).counts(businessId, period.start, period.end);
    counts.conversations = conversations.conversations;
    counts.resolvedByAi = conversations.resolvedByAi;
    counts.conversationsHandedOff = conversations.handedOff;

    q.prepare(QStringLiteral("SELECT COUNT(*) FROM ai_handoffs WHERE business_id = ? "
                             "AND deleted_at IS NULL AND created_at >= ? AND created_at < ?"));
    q.addBindValue(businessId);
    q.addBindValue(period.start);
    q.addBindValue(period.end);
    if (q.exec() && q.next())
        counts.handoffs = q.value(0).toLongLong();
    else
        fail();

    q.prepare(QStringLiteral(
        "SELECT COALESCE(SUM(CASE WHEN kind IN ('earn', 'award') THEN points ELSE 0 END), 0), "
        "COALESCE(SUM(CASE WHEN kind = 'redeem' THEN -points ELSE 0 END), 0) "
        "FROM loyalty_ledger WHERE business_id = ? AND deleted_at IS NULL "
        "AND created_at >= ? AND created_at < ?"));
    q.addBindValue(businessId);
    q.addBindValue(period.start);
    q.addBindValue(period.end);
    if (q.exec() && q.next()) {
        counts.pointsIssued = q.value(0).toLongLong();
        counts.pointsRedeemed = q.value(1).toLongLong();
    } else {
        fail();
    }
    return counts;
}

QList<qint64> AnalyticsRepository::bookingsPerDay(const QString &businessId,
                                                  const ReportPeriod &period, const QTimeZone &zone)
{
    // One indexed COUNT per day: days are cut in the business's zone, which a fixed offset in
    // SQL would get wrong across a daylight-saving change.
    QList<qint64> perDay;
    const int days = period.days();
    perDay.reserve(days);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM appointments WHERE business_id = ? "
                             "AND deleted_at IS NULL AND starts_at >= ? AND starts_at < ?"));
    qint64 dayStart = period.first.startOfDay(zone).toSecsSinceEpoch();
    for (int i = 0; i < days; ++i) {
        const qint64 dayEnd = period.first.addDays(i + 1).startOfDay(zone).toSecsSinceEpoch();
        q.bindValue(0, businessId);
        q.bindValue(1, dayStart);
        q.bindValue(2, dayEnd);
        perDay.append(q.exec() && q.next() ? q.value(0).toLongLong() : 0);
        q.finish();
        dayStart = dayEnd;
    }
    return perDay;
}

QList<ServiceRevenue> AnalyticsRepository::revenueByService(const QString &businessId,
                                                            const ReportPeriod &period, int limit)
{
    QList<ServiceRevenue> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT a.service_id, COALESCE(s.name, ''), SUM(a.price_minor) AS revenue, COUNT(*) "
        "FROM appointments a LEFT JOIN services s ON s.id = a.service_id "
        "WHERE a.business_id = ? AND a.deleted_at IS NULL AND a.status = 'completed' "
        "AND a.starts_at >= ? AND a.starts_at < ? "
        "GROUP BY a.service_id ORDER BY revenue DESC, s.name LIMIT ?"));
    q.addBindValue(businessId);
    q.addBindValue(period.start);
    q.addBindValue(period.end);
    q.addBindValue(limit);
    if (!q.exec())
        return result;
    while (q.next()) {
        ServiceRevenue row;
        row.serviceId = q.value(0).toString();
        row.name = q.value(1).toString();
        row.revenueMinor = q.value(2).toLongLong();
        row.completed = q.value(3).toLongLong();
        result.append(row);
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

AnalyticsReport AnalyticsRepository::report(const QString &businessId, QDate lastDay, int days,
                                            const QTimeZone &zone, int topServices)
{
    AnalyticsReport report;
    report.period = periodEndingOn(lastDay, days, zone);
    report.previous = previousPeriod(report.period, zone);
    report.current = periodCounts(businessId, report.period, &report.error);
    report.before = periodCounts(businessId, report.previous, &report.error);
    report.bookingsPerDay = bookingsPerDay(businessId, report.period, zone);
    report.previousBookingsPerDay = bookingsPerDay(businessId, report.previous, zone);
    report.revenueByService = revenueByService(businessId, report.period, topServices);
    return report;
}

} // namespace Chairside
