#include "store/repositories/NotificationRepository.h"

#include "store/Database.h"
#include "store/repositories/QueryWindow.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Chairside {

namespace {

NotificationRow readRow(const QSqlQuery &query)
{
    NotificationRow row;
    row.id = query.value(0).toString();
    row.kind = query.value(1).toString();
    row.priority = query.value(2).toString();
    row.title = query.value(3).toString();
    row.body = query.value(4).toString();
    row.createdAt = query.value(5).toLongLong();
    row.readAt = query.value(6).toLongLong();
    row.expiresAt = query.value(7).toLongLong();
    row.actionUrl = query.value(8).toString();
    return row;
}

const QString kColumns = QStringLiteral("SELECT id, kind, priority, title, body, created_at, "
                                        "COALESCE(read_at, 0), COALESCE(expires_at, 0), "
                                        "COALESCE(action_url, '') FROM notifications WHERE ");

const QString kVisible =
    QStringLiteral("business_id = ? AND deleted_at IS NULL AND dismissed = 0 "
                   "AND (recipient_staff_id IS NULL OR recipient_staff_id = ?) "
                   "AND (expires_at IS NULL OR expires_at > ?) ");

} // namespace

NotificationWindow NotificationRepository::window(const QString &businessId, const QString &staffId,
                                                  bool unreadOnly, qint64 now,
                                                  const std::optional<NotificationCursor> &after,
                                                  int limit)
{
    NotificationWindow result;
    // Newest first down idx_notifications_created, continuing after the last row shown.
    QString sql = kColumns + kVisible;
    if (unreadOnly)
        sql += QStringLiteral("AND read_at IS NULL ");
    if (after)
        sql += QStringLiteral("AND (created_at, id) < (?, ?) ");
    sql += QStringLiteral("ORDER BY created_at DESC, id DESC LIMIT ?");

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(businessId);
    q.addBindValue(staffId);
    q.addBindValue(now);
    if (after) {
        q.addBindValue(after->createdAt);
        q.addBindValue(after->id);
    }
    q.addBindValue(limit + 1);
    result.atEnd = !readWindow(q, limit, result.rows, result.error, readRow);
    return result;
}

QList<NotificationRow> NotificationRepository::unreadUrgent(const QString &businessId,
                                                            const QString &staffId, qint64 now,
                                                            int limit)
{
    QList<NotificationRow> rows;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(kColumns + kVisible
              + QStringLiteral("AND read_at IS NULL AND priority IN ('high', 'urgent') "
                               "ORDER BY created_at DESC, id DESC LIMIT ?"));
    q.addBindValue(businessId);
    q.addBindValue(staffId);
    q.addBindValue(now);
    q.addBindValue(limit);
    if (q.exec()) {
        while (q.next())
            rows.append(readRow(q));
    }
    return rows;
}

qint64 NotificationRepository::unreadCount(const QString &businessId, const QString &staffId,
                                           qint64 now)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM notifications WHERE ") + kVisible
              + QStringLiteral("AND read_at IS NULL"));
    q.addBindValue(businessId);
    q.addBindValue(staffId);
    q.addBindValue(now);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

QStringList NotificationRepository::unreadIds(const QString &businessId, const QString &staffId,
                                              qint64 now)
{
    QStringList ids;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM notifications WHERE ") + kVisible
              + QStringLiteral("AND read_at IS NULL ORDER BY created_at DESC, id DESC"));
    q.addBindValue(businessId);
    q.addBindValue(staffId);
    q.addBindValue(now);
    if (q.exec()) {
        while (q.next())
            ids.append(q.value(0).toString());
    }
    return ids;
}

} // namespace Chairside
