#include "store/repositories/EscalationRepository.h"

#include <QSqlQuery>

namespace Chairside {

BusinessHours EscalationRepository::businessHours(const QString &businessId, const QTimeZone &zone)
{
    BusinessHours hours(zone);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT wh.weekday, wh.start_minute, wh.end_minute FROM working_hours wh "
        "JOIN staff_members s ON s.id = wh.staff_id "
        "WHERE wh.business_id = ? AND wh.deleted_at IS NULL AND s.deleted_at IS NULL "
        "AND s.active = 1"));
    q.addBindValue(businessId);
    if (q.exec()) {
        while (q.next())
            hours.addInterval(q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt());
    }
    return hours;
}

ReplyContext EscalationRepository::replyContext(const QString &conversationId)
{
    ReplyContext context;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT MAX(sent_at) FROM ai_messages WHERE conversation_id = ? "
                             "AND sender = 'customer' AND deleted_at IS NULL"));
    q.addBindValue(conversationId);
    if (q.exec() && q.next() && !q.value(0).isNull())
        context.lastCustomerMessageAt = q.value(0).toLongLong();
    q.finish();

    QSqlQuery d(m_db);
    d.setForwardOnly(true);
    d.prepare(QStringLiteral("SELECT m.id, m.status, COALESCE(m.error, ''), "
                             "COALESCE(s.display_name, '') FROM outbound_messages m "
                             "LEFT JOIN staff_members s ON s.id = m.created_by "
                             "WHERE m.conversation_id = ? AND m.deleted_at IS NULL"));
    d.addBindValue(conversationId);
    if (d.exec()) {
        while (d.next())
            context.deliveries.insert(
                d.value(0).toString(),
                {d.value(1).toString(), d.value(2).toString(), d.value(3).toString()});
    }
    return context;
}

EscalationFigures EscalationRepository::figures(const QString &businessId, qint64 dayStart,
                                                qint64 dayEnd, qint64 weekStart, qint64 weekEnd)
{
    EscalationFigures figures;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT created_at, resolved_at, COALESCE(outcome, 'answered') FROM ai_handoffs "
        "WHERE business_id = ? AND resolved = 1 AND deleted_at IS NULL "
        "AND resolved_at >= ? AND resolved_at < ?"));
    q.addBindValue(businessId);
    q.addBindValue(std::min(dayStart, weekStart));
    q.addBindValue(std::max(dayEnd, weekEnd));
    if (q.exec()) {
        while (q.next()) {
            const qint64 raised = q.value(0).toLongLong();
            const qint64 resolved = q.value(1).toLongLong();
            if (resolved >= dayStart && resolved < dayEnd)
                figures.resolvedToday.append({raised, resolved});
            if (resolved >= weekStart && resolved < weekEnd)
                figures.week.add(q.value(2).toString());
        }
    }
    return figures;
}

OpenHandoffsGlance EscalationRepository::openGlance(const QString &businessId)
{
    OpenHandoffsGlance glance;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM ai_handoffs WHERE business_id = ? "
                             "AND resolved = 0 AND deleted_at IS NULL"));
    q.addBindValue(businessId);
    if (q.exec() && q.next())
        glance.open = q.value(0).toLongLong();
    q.finish();

    QSqlQuery n(m_db);
    n.setForwardOnly(true);
    n.prepare(QStringLiteral(
        "SELECT h.id, h.created_at, COALESCE(c.full_name, ''), h.reason FROM ai_handoffs h "
        "LEFT JOIN customers c ON c.id = h.customer_id "
        "WHERE h.business_id = ? AND h.resolved = 0 AND h.deleted_at IS NULL "
        "ORDER BY h.created_at DESC, h.id DESC LIMIT 1"));
    n.addBindValue(businessId);
    if (n.exec() && n.next()) {
        glance.newestId = n.value(0).toString();
        glance.newestCreatedAt = n.value(1).toLongLong();
        glance.newestCustomer = n.value(2).toString();
        glance.newestReason = n.value(3).toString();
    }
    return glance;
}

std::optional<UpcomingBooking> EscalationRepository::nextBooking(const QString &customerId,
                                                                 qint64 now)
{
    if (customerId.isEmpty())
        return std::nullopt;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT id, version, starts_at, staff_id FROM appointments WHERE customer_id = ? "
        "AND deleted_at IS NULL AND status IN ('requested', 'confirmed') AND starts_at >= ? "
        "ORDER BY starts_at LIMIT 1"));
    q.addBindValue(customerId);
    q.addBindValue(now);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return UpcomingBooking{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                           q.value(3).toString()};
}

} // namespace Chairside
