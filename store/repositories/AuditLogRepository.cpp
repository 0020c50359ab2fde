#include "store/repositories/AuditLogRepository.h"

#include "store/Database.h"
#include "store/repositories/QueryWindow.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Chairside {

namespace {

// WHERE clause and its values for a filter (table names are bound, never spliced).
QString whereFor(const AuditFilter &filter, QVariantList *values)
{
    QString sql = QStringLiteral("a.business_id = ? AND a.deleted_at IS NULL ");
    values->append(filter.businessId);
    if (filter.automaticOnly) {
        sql += QStringLiteral("AND a.actor_staff_id IS NULL ");
    } else if (!filter.actorStaffId.isEmpty()) {
        sql += QStringLiteral("AND a.actor_staff_id = ? ");
        values->append(filter.actorStaffId);
    }
    if (!filter.tables.isEmpty()) {
        sql += QStringLiteral("AND a.table_name IN (%1) ")
                   .arg(QStringList(filter.tables.size(), QStringLiteral("?")).join(u", "));
        for (const QString &table : filter.tables)
            values->append(table);
    }
    if (filter.from) {
        sql += QStringLiteral("AND a.at >= ? ");
        values->append(*filter.from);
    }
    if (filter.to) {
        sql += QStringLiteral("AND a.at < ? ");
        values->append(*filter.to);
    }
    return sql;
}

// The record an audit line is about, by name: one primary-key look-up per line of the window.
const QString kSubject = QStringLiteral(
    "CASE a.table_name "
    "WHEN 'loyalty_tiers' THEN (SELECT name FROM loyalty_tiers WHERE id = a.row_id) "
    "WHEN 'loyalty_rewards' THEN (SELECT name FROM loyalty_rewards WHERE id = a.row_id) "
    "WHEN 'services' THEN (SELECT name FROM services WHERE id = a.row_id) "
    "WHEN 'staff_members' THEN (SELECT display_name FROM staff_members WHERE id = a.row_id) "
    "WHEN 'working_hours' THEN (SELECT s.display_name FROM working_hours w "
    "  JOIN staff_members s ON s.id = w.staff_id WHERE w.id = a.row_id) "
    "WHEN 'time_off' THEN (SELECT s.display_name FROM time_off t "
    "  JOIN staff_members s ON s.id = t.staff_id WHERE t.id = a.row_id) "
    "WHEN 'customers' THEN (SELECT full_name FROM customers WHERE id = a.row_id) "
    "WHEN 'loyalty_ledger' THEN (SELECT c.full_name FROM loyalty_ledger l "
    "  JOIN customers c ON c.id = l.customer_id WHERE l.id = a.row_id) "
    "WHEN 'ai_handoffs' THEN (SELECT c.full_name FROM ai_handoffs h "
    "  JOIN customers c ON c.id = h.customer_id WHERE h.id = a.row_id) "
    "WHEN 'outbound_messages' THEN (SELECT c.full_name FROM outbound_messages m "
    "  JOIN customers c ON c.id = m.customer_id WHERE m.id = a.row_id) "
    "WHEN 'businesses' THEN (SELECT name FROM businesses WHERE id = a.row_id) "
    "WHEN 'staff_services' THEN (SELECT s.display_name FROM staff_services x "
    "  JOIN staff_members s ON s.id = x.staff_id WHERE x.id = a.row_id) "
    "END");

// A second name some lines need: the service a staff member's services line is about.
const QString kSubjectDetail =
    QStringLiteral("CASE a.table_name "
                   "WHEN 'staff_services' THEN (SELECT v.name FROM staff_services x "
                   "  JOIN services v ON v.id = x.service_id WHERE x.id = a.row_id) "
                   "END");

} // namespace

AuditWindow AuditLogRepository::window(const AuditFilter &filter,
                                       const std::optional<AuditCursor> &after, int limit)
{
    AuditWindow result;
    QVariantList values;
    QString sql = QStringLiteral("SELECT a.id, a.at, a.actor_staff_id, s.display_name, a.action, "
                                 "a.table_name, a.row_id, a.detail, ")
                  + kSubject + QStringLiteral(", ") + kSubjectDetail
                  + QStringLiteral(" FROM audit_log a LEFT JOIN staff_members s ON "
                                   "s.id = a.actor_staff_id WHERE ")
                  + whereFor(filter, &values);
    if (after) {
        sql += QStringLiteral("AND (a.at, a.id) < (?, ?) ");
        values.append(after->at);
        values.append(after->id);
    }
    sql += QStringLiteral("ORDER BY a.at DESC, a.id DESC LIMIT ?");
    values.append(limit + 1);

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    result.atEnd = !readWindow(q, limit, result.rows, result.error, [](const QSqlQuery &query) {
        AuditEntry e;
        e.id = query.value(0).toString();
        e.at = query.value(1).toLongLong();
        e.actorStaffId = query.value(2).toString();
        e.actorName = query.value(3).toString();
        e.action = query.value(4).toString();
        e.table = query.value(5).toString();
        e.rowId = query.value(6).toString();
        e.detail = query.value(7).toString();
        e.subject = query.value(8).toString();
        e.subjectDetail = query.value(9).toString();
        return e;
    });
    return result;
}

AuditCount AuditLogRepository::count(const AuditFilter &filter)
{
    AuditCount result;
    QVariantList values;
    const QString sql =
        QStringLiteral("SELECT count(*) FROM audit_log a WHERE ") + whereFor(filter, &values);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        result.error = Database::errorFrom(q.lastError(), StoreError::Kind::Query);
        return result;
    }
    result.count = q.value(0).toLongLong();
    return result;
}

std::optional<std::pair<qint64, qint64>> AuditLogRepository::span(const QString &businessId,
                                                                  std::optional<StoreError> *error)
{
    // Two index seeks on idx_audit_log_at, not an aggregate over the table.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT (SELECT at FROM audit_log WHERE business_id = ? ORDER BY at LIMIT 1), "
        "(SELECT at FROM audit_log WHERE business_id = ? ORDER BY at DESC LIMIT 1)"));
    q.addBindValue(businessId);
    q.addBindValue(businessId);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = Database::errorFrom(q.lastError(), StoreError::Kind::Query);
        return std::nullopt;
    }
    if (q.value(0).isNull())
        return std::nullopt;
    return std::make_pair(q.value(0).toLongLong(), q.value(1).toLongLong());
}

QList<AuditPerson> AuditLogRepository::people(const QString &businessId,
                                              std::optional<StoreError> *error)
{
    QList<AuditPerson> people;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, display_name FROM staff_members WHERE business_id = ? "
                             "ORDER BY display_name COLLATE NOCASE, id"));
    q.addBindValue(businessId);
    if (!q.exec()) {
        if (error)
            *error = Database::errorFrom(q.lastError(), StoreError::Kind::Query);
        return people;
    }
    while (q.next())
        people.append({q.value(0).toString(), q.value(1).toString()});
    return people;
}

} // namespace Chairside
