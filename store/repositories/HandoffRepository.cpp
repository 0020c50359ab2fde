#include "store/repositories/HandoffRepository.h"

#include "store/Database.h"
#include "store/repositories/QueryWindow.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Chairside {

namespace {

const QString kSelectHandoff = QStringLiteral(
    "SELECT h.id, h.conversation_id, COALESCE(h.customer_id, ''), COALESCE(c.full_name, ''), "
    "COALESCE(c.phone, ''), h.reason, COALESCE(cv.channel, ''), h.priority, "
    "COALESCE(h.assigned_to, ''), COALESCE(s.display_name, ''), h.created_at, "
    "COALESCE(h.claimed_at, 0), h.resolved, COALESCE(h.resolved_at, 0), COALESCE(h.outcome, '') "
    "FROM ai_handoffs h "
    "LEFT JOIN customers c ON c.id = h.customer_id "
    "LEFT JOIN ai_conversations cv ON cv.id = h.conversation_id "
    "LEFT JOIN staff_members s ON s.id = h.assigned_to ");

HandoffRow readRow(const QSqlQuery &q)
{
    HandoffRow row;
    row.id = q.value(0).toString();
    row.conversationId = q.value(1).toString();
    row.customerId = q.value(2).toString();
    row.customerName = q.value(3).toString();
    row.customerPhone = q.value(4).toString();
    row.reason = q.value(5).toString();
    row.channel = q.value(6).toString();
    row.priority = q.value(7).toInt();
    row.assignedTo = q.value(8).toString();
    row.assigneeName = q.value(9).toString();
    row.createdAt = q.value(10).toLongLong();
    row.claimedAt = q.value(11).toLongLong();
    row.resolved = q.value(12).toInt() != 0;
    row.resolvedAt = q.value(13).toLongLong();
    row.outcome = q.value(14).toString();
    return row;
}

} // namespace

HandoffWindow HandoffRepository::window(const QString &businessId, HandoffFilter filter,
                                        const QString &staffId,
                                        const std::optional<HandoffCursor> &after, int limit)
{
    HandoffWindow result;
    const bool resolved = filter == HandoffFilter::Resolved;
    // The open queue walks idx_handoffs_queue (resolved, priority, created_at) in order.
    QString sql = kSelectHandoff
                  + QStringLiteral("WHERE h.resolved = ? AND h.business_id = ? "
                                   "AND h.deleted_at IS NULL ");
    if (filter == HandoffFilter::Unassigned)
        sql += QStringLiteral("AND h.assigned_to IS NULL ");
    else if (filter == HandoffFilter::Mine)
        sql += QStringLiteral("AND h.assigned_to = ? ");
    if (after) {
        sql += resolved
                   ? QStringLiteral("AND (COALESCE(h.resolved_at, h.created_at), h.id) < (?, ?) ")
                   : QStringLiteral("AND (h.priority, h.created_at, h.id) > (?, ?, ?) ");
    }
    sql += resolved
               ? QStringLiteral("ORDER BY COALESCE(h.resolved_at, h.created_at) DESC, h.id DESC ")
               : QStringLiteral("ORDER BY h.priority, h.created_at, h.id ");
    sql += QStringLiteral("LIMIT ?");

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(resolved ? 1 : 0);
    q.addBindValue(businessId);
    if (filter == HandoffFilter::Mine)
        q.addBindValue(staffId);
    if (after) {
        if (!resolved)
            q.addBindValue(after->priority);
        q.addBindValue(after->time);
        q.addBindValue(after->id);
    }
    q.addBindValue(limit + 1); // one more tells whether another window follows
    result.atEnd = !readWindow(q, limit, result.rows, result.error, readRow);
    return result;
}

std::optional<HandoffRow> HandoffRepository::byId(const QString &handoffId)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(kSelectHandoff + QStringLiteral("WHERE h.id = ?"));
    q.addBindValue(handoffId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readRow(q);
}

std::optional<HandoffCustomer> HandoffRepository::customer(const QString &customerId, qint64 now)
{
    if (customerId.isEmpty())
        return std::nullopt;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, full_name, COALESCE(phone, ''), COALESCE(email, ''), "
                             "consent_whatsapp, consent_sms, consent_email FROM customers "
                             "WHERE id = ? AND deleted_at IS NULL"));
    q.addBindValue(customerId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    HandoffCustomer card;
    card.id = q.value(0).toString();
    card.name = q.value(1).toString();
    card.phone = q.value(2).toString();
    card.email = q.value(3).toString();
    card.consentWhatsApp = q.value(4).toInt() != 0;
    card.consentSms = q.value(5).toInt() != 0;
    card.consentEmail = q.value(6).toInt() != 0;

    // One pass over the customer's appointments (idx_appointments_customer_history).
    q.prepare(QStringLiteral(
        "SELECT COALESCE(SUM(starts_at >= ? AND status IN ('requested', 'confirmed')), 0), "
        "COALESCE(SUM(status = 'no_show'), 0), COALESCE(SUM(status = 'completed'), 0) "
        "FROM appointments WHERE customer_id = ? AND deleted_at IS NULL"));
    q.addBindValue(now);
    q.addBindValue(customerId);
    if (q.exec() && q.next()) {
        card.upcomingAppointments = q.value(0).toInt();
        card.noShows = q.value(1).toInt();
        card.completedVisits = q.value(2).toInt();
    }
    q.prepare(QStringLiteral("SELECT COALESCE(SUM(points), 0) FROM loyalty_ledger "
                             "WHERE customer_id = ? AND deleted_at IS NULL"));
    q.addBindValue(customerId);
    if (q.exec() && q.next())
        card.loyaltyPoints = q.value(0).toLongLong();
    return card;
}

HandoffQueueCounts HandoffRepository::queueCounts(const QString &businessId, const QString &staffId,
                                                  qint64 dayStart, qint64 dayEnd)
{
    HandoffQueueCounts counts;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(assigned_to IS NULL), 0), "
                             "COALESCE(SUM(assigned_to = ?), 0) FROM ai_handoffs "
                             "WHERE resolved = 0 AND business_id = ? AND deleted_at IS NULL"));
    q.addBindValue(staffId);
    q.addBindValue(businessId);
    if (q.exec() && q.next()) {
        counts.open = q.value(0).toLongLong();
        counts.unassigned = q.value(1).toLongLong();
        counts.mine = q.value(2).toLongLong();
    }
    q.prepare(QStringLiteral("SELECT claimed_at - created_at FROM ai_handoffs "
                             "WHERE business_id = ? AND deleted_at IS NULL "
                             "AND claimed_at >= ? AND claimed_at < ?"));
    q.addBindValue(businessId);
    q.addBindValue(dayStart);
    q.addBindValue(dayEnd);
    if (q.exec()) {
        while (q.next())
            counts.claimSecondsToday.append(std::max<qint64>(0, q.value(0).toLongLong()));
    }
    return counts;
}

HandoffCursor HandoffRepository::cursorAfter(const HandoffRow &row)
{
    HandoffCursor cursor;
    cursor.priority = row.priority;
    cursor.time =
        row.resolved ? (row.resolvedAt > 0 ? row.resolvedAt : row.createdAt) : row.createdAt;
    cursor.id = row.id;
    return cursor;
}

} // namespace Chairside
