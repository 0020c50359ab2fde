#include "store/repositories/AnalyticsRepository.h"

#include "core/Loyalty.h"
#include "store/Database.h"
#include "store/repositories/ConversationRepository.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <future>
#include <vector>

namespace Chairside {

namespace {

// The days of a period as a table (i: day index, s/e: bounds, w: week index) from one bound
// JSON value (AnalyticsRepository::dayTableJson). Queries put it first in a CROSS JOIN, which
// SQLite keeps as the outer loop, so each day is one range on a starts_at/created_at index;
// no extra period bounds, or SQLite would range over the whole period once per day.
constexpr char kDays[] = "WITH days(i, s, e, w) AS (SELECT key, json_extract(value, '$[0]'), "
                         "json_extract(value, '$[1]'), json_extract(value, '$[2]') "
                         "FROM json_each(?)) ";

// The chart filter on appointments `a`; bindFilter() adds its six values in order.
// (A null QString binds as NULL, hence the COALESCE.)
constexpr char kFilter[] = " AND (COALESCE(?, '') = '' OR a.staff_id = ?)"
                           " AND (COALESCE(?, '') = '' OR a.service_id = ?)"
                           " AND (COALESCE(?, '') = '' OR a.source = ?)";

// The history steps idx_appointment_events_changes (migration 6) holds. A query names this
// exact term next to `deleted_at IS NULL` so SQLite may use that partial index.
#define CHAIRSIDE_CHANGE_KINDS "e.kind IN ('cancelled', 'status', 'rescheduled')"

void bindFilter(QSqlQuery &q, const AnalyticsFilter &filter)
{
    for (const QString *value : {&filter.staffId, &filter.serviceId, &filter.source}) {
        q.addBindValue(*value);
        q.addBindValue(*value);
    }
}

} // namespace

QString AnalyticsRepository::dayTableJson(const ReportPeriod &period)
{
    QString json;
    json.reserve(period.days() * 28 + 2);
    json += u'[';
    qint64 start = period.start;
    for (int i = 0; i < period.days(); ++i) {
        const qint64 end = period.first.addDays(i + 1).startOfDay(period.zone).toSecsSinceEpoch();
        if (i > 0)
            json += u',';
        json += u'[' + QString::number(start) + u',' + QString::number(end) + u','
                + QString::number(weekIndex(period.first, i)) + u']';
        start = end;
    }
    json += u']';
    return json;
}

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

    // One pass over the period's appointments on the covering
    // idx_appointments_business_period for every appointment figure; the history is only
    // looked up for cancelled rows (CASE).
    //  - Booked time is clipped to the period's end so a late appointment does not count
    //    minutes of the next day.
    //  - Late cancellations: a cancellation's time is the last "cancelled" step in the cached
    //    history (the demo writes kind 'cancelled', the server's trigger kind 'status' with
    //    "... -> cancelled"), else the row's last change (idx_appointment_events_changes).
    q.prepare(QStringLiteral(
        "SELECT COUNT(*), COALESCE(SUM(a.status = 'completed'), 0), "
        "COALESCE(SUM(a.status = 'cancelled'), 0), COALESCE(SUM(a.status = 'no_show'), 0), "
        "COALESCE(SUM(CASE WHEN a.status = 'completed' THEN a.price_minor ELSE 0 END), 0), "
        "COALESCE(SUM(CASE WHEN a.status IN ('cancelled', 'no_show') THEN 0 "
        "ELSE MIN(a.ends_at, ?) - a.starts_at END), 0), "
        "COALESCE(SUM(a.source <> 'walk_in'), 0), "
        "COALESCE(SUM(CASE WHEN a.source = 'walk_in' THEN 0 "
        "ELSE MAX(a.starts_at - a.created_at, 0) END), 0), "
        "COALESCE(SUM(CASE WHEN a.status <> 'cancelled' THEN 0 "
        "ELSE COALESCE((SELECT MAX(e.at) FROM appointment_events e "
        "WHERE e.appointment_id = a.id AND e.deleted_at IS NULL AND " CHAIRSIDE_CHANGE_KINDS
        " AND (e.kind = 'cancelled' OR (e.kind = 'status' "
        "AND e.detail LIKE '%-> cancelled%'))), a.updated_at) > a.starts_at - ? END), 0), "
        "COALESCE(SUM(a.status = 'completed' AND a.customer_id IS NOT NULL), 0) "
        "FROM appointments a WHERE a.business_id = ? AND a.deleted_at IS NULL "
        "AND a.starts_at >= ? AND a.starts_at < ?"));
    q.addBindValue(period.end);
    q.addBindValue(kLateCancellationSeconds);
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
        counts.leadBookings = q.value(6).toLongLong();
        counts.leadSecondsTotal = q.value(7).toLongLong();
        counts.lateCancelled = q.value(8).toLongLong();
        counts.visits = q.value(9).toLongLong();
    } else {
        fail();
    }

    // Clients, new clients and rebooking from one streaming GROUP BY over each client's
    // completed visits up to the period's end, in idx_appointments_customer_history (a client
    // belongs to one business) instead of look-ups per client or per visit in time order.
    //  - New: the client's first completed visit ever is inside the period.
    //  - Rebooked: a completed visit of the period counts when a later appointment of the same
    //    client had been made by the end of the visit's day, in the business's zone. Walked in
    //    client order, each look-ahead lands on index pages just read: about 3x faster than in
    //    time order. The visit's day end is arithmetic, exact when every day of the period is
    //    24 h long; a period with a daylight-saving change takes its days from kDays instead.
    // INDEXED BY: left alone, SQLite picks the business's period index and sorts every visit.
    bool evenDays = true;
    for (int i = 0; i < period.days() && evenDays; ++i)
        evenDays =
            period.first.addDays(i + 1).startOfDay(period.zone).toSecsSinceEpoch() - period.start
            == qint64(i + 1) * 86400;
    const QString rebooked =
        evenDays ? QStringLiteral("COALESCE(SUM(CASE WHEN starts_at < ? THEN 0 ELSE EXISTS ("
                                  "SELECT 1 FROM appointments n WHERE n.customer_id = "
                                  "v.customer_id AND n.deleted_at IS NULL "
                                  "AND n.starts_at > v.starts_at AND n.created_at < "
                                  "? + ((v.starts_at - ?) / 86400 + 1) * 86400) END), 0)")
                 : QStringLiteral("0");
    q.prepare(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(first >= ?), 0), "
                             "COALESCE(SUM(rebooked), 0) FROM (SELECT MIN(starts_at) AS first, "
                             "MAX(starts_at >= ?) AS visited, ")
              + rebooked
              + QStringLiteral(" AS rebooked FROM appointments v "
                               "INDEXED BY idx_appointments_customer_history "
                               "WHERE customer_id IS NOT NULL AND deleted_at IS NULL "
                               "AND status = 'completed' AND starts_at < ? AND business_id = ? "
                               "GROUP BY customer_id) WHERE visited"));
    q.addBindValue(period.start);
    q.addBindValue(period.start);
    if (evenDays) {
        q.addBindValue(period.start);
        q.addBindValue(period.start);
        q.addBindValue(period.start);
    }
    q.addBindValue(period.end);
    q.addBindValue(businessId);
    if (q.exec() && q.next()) {
        counts.clients = q.value(0).toLongLong();
        counts.newClients = q.value(1).toLongLong();
        counts.rebookedVisits = q.value(2).toLongLong();
    } else {
        fail();
    }
    if (!evenDays) {
        q.prepare(QString(QLatin1String(kDays))
                  + QStringLiteral("SELECT COALESCE(SUM(EXISTS (SELECT 1 FROM appointments n "
                                   "WHERE n.customer_id = a.customer_id AND n.deleted_at IS NULL "
                                   "AND n.starts_at > a.starts_at AND n.created_at < d.e)), 0) "
                                   "FROM days d CROSS JOIN appointments a "
                                   "ON a.starts_at >= d.s AND a.starts_at < d.e "
                                   "WHERE a.business_id = ? AND a.deleted_at IS NULL "
                                   "AND a.status = 'completed' AND a.customer_id IS NOT NULL"));
        q.addBindValue(dayTableJson(period));
        q.addBindValue(businessId);
        if (q.exec() && q.next())
            counts.rebookedVisits = q.value(0).toLongLong();
        else
            fail();
    }

    counts.rosteredMinutes =
        rosteredMinutesOverDays(rosteredMinutesPerWeekday(businessId), period.first, period.days());

    const ConversationCounts conversations =
        ConversationRepository(m_db).counts(businessId, period.start, period.end);
    counts.conversations = conversations.conversations;
    counts.resolvedByAi = conversations.resolvedByAi;
    counts.conversationsHandedOff = conversations.handedOff;

    q.prepare(QStringLiteral(
        "SELECT COUNT(*), COALESCE(SUM(outcome = 'booked'), 0) FROM ai_handoffs "
        "WHERE business_id = ? AND deleted_at IS NULL AND created_at >= ? AND created_at < ?"));
    q.addBindValue(businessId);
    q.addBindValue(period.start);
    q.addBindValue(period.end);
    if (q.exec() && q.next()) {
        counts.handoffs = q.value(0).toLongLong();
        counts.handoffsBooked = q.value(1).toLongLong();
    } else {
        fail();
    }

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

AnalyticsRepository::DayCounts AnalyticsRepository::dayCounts(const QString &businessId,
                                                              const ReportPeriod &period,
                                                              const QTimeZone &zone,
                                                              const AnalyticsFilter &filter)
{
    // One indexed range scan grouped by the business's days (kDays): a fixed offset in SQL
    // would cut days wrongly across a daylight-saving change.
    const ReportPeriod inZone =
        period.zone == zone ? period : periodBetween(period.first, period.last, zone);
    DayCounts counts{QList<qint64>(inZone.days(), 0), QList<qint64>(inZone.days(), 0)};
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QString(QLatin1String(kDays))
              + QStringLiteral("SELECT d.i, COUNT(*), COALESCE(SUM(a.status = 'cancelled'), 0) "
                               "FROM days d CROSS JOIN appointments a "
                               "ON a.starts_at >= d.s AND a.starts_at < d.e "
                               "WHERE a.business_id = ? AND a.deleted_at IS NULL")
              + QLatin1String(kFilter) + QStringLiteral(" GROUP BY d.i"));
    q.addBindValue(dayTableJson(inZone));
    q.addBindValue(businessId);
    bindFilter(q, filter);
    if (!q.exec())
        return counts;
    while (q.next()) {
        const int i = q.value(0).toInt();
        if (i >= 0 && i < counts.bookings.size()) {
            counts.bookings[i] = q.value(1).toLongLong();
            counts.cancelled[i] = q.value(2).toLongLong();
        }
    }
    return counts;
}

QList<qint64> AnalyticsRepository::bookingsPerDay(const QString &businessId,
                                                  const ReportPeriod &period, const QTimeZone &zone,
                                                  const AnalyticsFilter &filter)
{
    return dayCounts(businessId, period, zone, filter).bookings;
}

QList<ServiceRevenue> AnalyticsRepository::revenueByService(const QString &businessId,
                                                            const ReportPeriod &period, int limit,
                                                            const AnalyticsFilter &filter)
{
    QList<ServiceRevenue> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral(
            // Grouped first, named after: a join per appointment would cost a lookup each.
            "SELECT g.service_id, COALESCE(s.name, ''), g.revenue, g.completed FROM ("
            "SELECT a.service_id, SUM(a.price_minor) AS revenue, COUNT(*) AS completed "
            "FROM appointments a "
            "WHERE a.business_id = ? AND a.deleted_at IS NULL AND a.status = 'completed' "
            "AND a.starts_at >= ? AND a.starts_at < ?")
        + QLatin1String(kFilter)
        + QStringLiteral(" GROUP BY a.service_id) g LEFT JOIN services s ON s.id = g.service_id "
                         "ORDER BY g.revenue DESC, s.name LIMIT ?"));
    q.addBindValue(businessId);
    q.addBindValue(period.start);
    q.addBindValue(period.end);
    bindFilter(q, filter);
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

QList<StaffFigures> AnalyticsRepository::staffFigures(const QString &businessId,
                                                      const ReportPeriod &period,
                                                      const AnalyticsFilter &filter)
{
    QList<StaffFigures> result;
    QHash<QString, qsizetype> rowOf;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Everyone who works here now, then whoever had appointments in the period.
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
    q.prepare(
        QStringLiteral(
            // Grouped first, named after (see revenueByService).
            "SELECT g.staff_id, COALESCE(s.display_name, ''), g.revenue, g.completed, g.booked "
            "FROM (SELECT a.staff_id, "
            "COALESCE(SUM(CASE WHEN a.status = 'completed' THEN a.price_minor ELSE 0 END), 0) "
            "AS revenue, COALESCE(SUM(a.status = 'completed'), 0) AS completed, "
            "COALESCE(SUM(CASE WHEN a.status IN ('cancelled', 'no_show') THEN 0 "
            "ELSE MIN(a.ends_at, ?) - a.starts_at END), 0) AS booked "
            "FROM appointments a "
            "WHERE a.business_id = ? AND a.deleted_at IS NULL AND a.starts_at >= ? "
            "AND a.starts_at < ?")
        + QLatin1String(kFilter)
        + QStringLiteral(" GROUP BY a.staff_id) g "
                         "LEFT JOIN staff_members s ON s.id = g.staff_id ORDER BY g.staff_id"));
    q.addBindValue(period.end);
    q.addBindValue(businessId);
    q.addBindValue(period.start);
    q.addBindValue(period.end);
    bindFilter(q, filter);
    if (q.exec()) {
        while (q.next()) {
            const QString id = q.value(0).toString();
            auto found = rowOf.constFind(id);
            if (found == rowOf.cend()) {
                found = rowOf.insert(id, result.size());
                result.append({id, q.value(1).toString()});
            }
            StaffFigures &row = result[*found];
            row.revenueMinor = q.value(2).toLongLong();
            row.completed = q.value(3).toLongLong();
            row.bookedMinutes = q.value(4).toLongLong() / 60;
        }
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
    return weeksFrom(businessId, period, filter,
                     dayCounts(businessId, period, period.zone, filter).cancelled);
}

QList<WeekChanges> AnalyticsRepository::weeksFrom(const QString &businessId,
                                                  const ReportPeriod &period,
                                                  const AnalyticsFilter &filter,
                                                  const QList<qint64> &cancelledPerDay)
{
    QList<WeekChanges> weeks;
    if (period.days() <= 0)
        return weeks;
    const int count = weekIndex(period.first, period.days() - 1) + 1;
    const QDate monday = period.first.addDays(-(period.first.dayOfWeek() - 1));
    for (int w = 0; w < count; ++w)
        weeks.append({monday.addDays(7 * w)});
    std::vector<qint64> dayStarts; // day i is [dayStarts[i], dayStarts[i + 1])
    dayStarts.reserve(size_t(period.days()) + 1);
    for (int i = 0; i <= period.days(); ++i)
        dayStarts.push_back(
            i == 0 ? period.start
                   : period.first.addDays(i).startOfDay(period.zone).toSecsSinceEpoch());
    const auto weekOf = [&](int day) {
        return weekIndex(period.first, day);
    };
    for (int i = 0; i < period.days() && i < cancelledPerDay.size(); ++i)
        weeks[weekOf(i)].cancellations += cancelledPerDay.at(i);

    // Moved appointments: the few with a 'rescheduled' step, read from the small partial
    // index and looked up by id (CROSS JOIN keeps that order), instead of a history lookup for
    // every appointment of the period.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT a.starts_at FROM (SELECT DISTINCT e.appointment_id AS id "
                  "FROM appointment_events e WHERE e.deleted_at IS NULL AND " CHAIRSIDE_CHANGE_KINDS
                  " AND e.kind = 'rescheduled') m CROSS JOIN appointments a "
                  "ON a.id = m.id WHERE a.business_id = ? AND a.deleted_at IS NULL "
                  "AND a.starts_at >= ? AND a.starts_at < ?")
              + QLatin1String(kFilter));
    q.addBindValue(businessId);
    q.addBindValue(period.start);
    q.addBindValue(period.end);
    bindFilter(q, filter);
    if (!q.exec())
        return weeks;
    while (q.next()) {
        const qint64 startsAt = q.value(0).toLongLong();
        const auto next = std::upper_bound(dayStarts.cbegin(), dayStarts.cend(), startsAt);
        const auto day = int(next - dayStarts.cbegin()) - 1;
        if (day >= 0 && day < period.days())
            weeks[weekOf(day)].reschedules += 1;
    }
    return weeks;
}

NoShowGrid AnalyticsRepository::noShowGrid(const QString &businessId, const ReportPeriod &period,
                                           const AnalyticsFilter &filter)
{
    NoShowGrid grid{};
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QString(QLatin1String(kDays))
              + QStringLiteral(
                  "SELECT d.i, d.e - d.s, a.starts_at - d.s, COUNT(*) FROM days d "
                  "CROSS JOIN appointments a ON a.starts_at >= d.s AND a.starts_at < d.e "
                  "WHERE a.business_id = ? AND a.deleted_at IS NULL AND a.status = 'no_show'")
              + QLatin1String(kFilter) + QStringLiteral(" GROUP BY d.i, a.starts_at"));
    q.addBindValue(dayTableJson(period));
    q.addBindValue(businessId);
    bindFilter(q, filter);
    if (!q.exec())
        return grid;
    while (q.next()) {
        const int day = q.value(0).toInt();
        const qint64 dayLength = q.value(1).toLongLong();
        const qint64 offset = q.value(2).toLongLong();
        const int weekday = period.first.addDays(day).dayOfWeek();
        // Only a day with a daylight-saving change needs the zone to name the hour.
        const int hour = dayLength == 86400 ? int(offset / 3600)
                                            : weekdayHour(period.start + offset, period.zone).hour;
        if (weekday >= 1 && weekday <= 7 && hour >= 0 && hour < 24)
            grid[size_t(weekday - 1)][size_t(hour)] += q.value(3).toLongLong();
    }
    return grid;
}

QList<HandoffDay> AnalyticsRepository::handoffsPerDay(const QString &businessId,
                                                      const ReportPeriod &period)
{
    QList<HandoffDay> days;
    for (int i = 0; i < period.days(); ++i)
        days.append({period.first.addDays(i)});
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QString(QLatin1String(kDays))
        + QStringLiteral("SELECT d.i, h.resolved, COALESCE(h.outcome, ''), COUNT(*) FROM days d "
                         "CROSS JOIN ai_handoffs h ON h.created_at >= d.s AND h.created_at < d.e "
                         "WHERE h.business_id = ? AND h.deleted_at IS NULL "
                         "GROUP BY d.i, h.resolved, h.outcome"));
    q.addBindValue(dayTableJson(period));
    q.addBindValue(businessId);
    if (!q.exec())
        return days;
    while (q.next()) {
        const int i = q.value(0).toInt();
        if (i < 0 || i >= days.size())
            continue;
        const auto group = handoffOutcomeGroup(q.value(1).toInt() != 0, q.value(2).toString());
        days[i].outcomes[size_t(group)] += q.value(3).toLongLong();
    }
    return days;
}

QList<TierCount> AnalyticsRepository::tierDistribution(const QString &businessId,
                                                       const ReportPeriod &period)
{
    QList<LoyaltyTier> tiers;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT rank, name, threshold_points FROM loyalty_tiers "
                             "WHERE business_id = ? AND deleted_at IS NULL ORDER BY rank"));
    q.addBindValue(businessId);
    if (q.exec()) {
        while (q.next())
            tiers.append({q.value(0).toInt(), q.value(1).toString(), q.value(2).toLongLong()});
    }
    QList<TierCount> result;
    result.append({0, QString()});
    for (const LoyaltyTier &tier : std::as_const(tiers))
        result.append({tier.rank, tier.name});
    // Lifetime points per client: the same rule as loyalty_balances, cut at the period's end.
    q.prepare(
        QStringLiteral("SELECT SUM(CASE WHEN kind IN ('earn', 'award') THEN points ELSE 0 END) "
                       "FROM loyalty_ledger WHERE business_id = ? AND deleted_at IS NULL "
                       "AND created_at < ? GROUP BY customer_id"));
    q.addBindValue(businessId);
    q.addBindValue(period.end);
    if (!q.exec())
        return result;
    while (q.next()) {
        const qsizetype tier = tierIndexFor(q.value(0).toLongLong(), tiers);
        result[tier + 1].clients += 1;
    }
    return result;
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
    report.current = periodCounts(businessId, report.period, &report.error);
    report.before = periodCounts(businessId, report.previous, &report.error);
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
    // The charts are read on a second connection of their own thread while this one reads the
    // KPI counts: the halves take about as long each, so with two cores the dashboard is ready
    // in about the time of one. The two threads fill different members of `report`. A store
    // only this connection can see (in memory) is read in turn.
    const QString path = m_db.databaseName();
    const bool shareable = !path.isEmpty() && path != u":memory:" && !path.startsWith(u"file:");
    std::future<bool> charts; // false: the second connection did not open
    if (shareable) {
        charts = std::async(std::launch::async, [&] {
            bool opened = false;
            {
                QSqlDatabase db = Database::connectionForThisThread(path);
                opened = db.isOpen();
                if (opened)
                    AnalyticsRepository(db).readCharts(businessId, period, filter, topServices,
                                                       report);
            }
            Database::closeForThisThread(path);
            return opened;
        });
    }
    const KpiReport kpi = kpis(businessId, period);
    report.period = kpi.period;
    report.previous = kpi.previous;
    report.current = kpi.current;
    report.before = kpi.before;
    report.error = kpi.error;
    report.tiers = tierDistribution(businessId, period);
    if (!charts.valid() || !charts.get())
        readCharts(businessId, period, filter, topServices, report);
    return report;
}

void AnalyticsRepository::readCharts(const QString &businessId, const ReportPeriod &period,
                                     const AnalyticsFilter &filter, int topServices,
                                     AnalyticsReport &report)
{
    // The per-day pass serves the bookings chart and the weekly cancellations.
    const DayCounts days = dayCounts(businessId, period, period.zone, filter);
    report.bookingsPerDay = days.bookings;
    report.previousBookingsPerDay =
        bookingsPerDay(businessId, previousPeriod(period, period.zone), period.zone, filter);
    report.revenueByService = revenueByService(businessId, period, topServices, filter);
    report.staff = staffFigures(businessId, period, filter);
    report.weeks = weeksFrom(businessId, period, filter, days.cancelled);
    report.noShows = noShowGrid(businessId, period, filter);
    report.handoffDays = handoffsPerDay(businessId, period);
    report.staffChoices = staffChoices(businessId);
    report.serviceChoices = serviceChoices(businessId);
}

} // namespace Chairside
