#pragma once

#include "store/StoreError.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace Chairside {

struct NotificationRow
{
    QString id;
    QString kind;
    QString priority; // 'low' | 'normal' | 'high' | 'urgent'
    QString title;
    QString body;
    QString actionUrl; // "chairside://appointment/<id>", ...; empty: none
    qint64 createdAt = 0;
    qint64 readAt = 0; // 0: unread
    qint64 expiresAt = 0;
};

// Where the next window starts: the last row shown (newest first).
struct NotificationCursor
{
    qint64 createdAt = 0;
    QString id;
};

struct NotificationWindow
{
    QList<NotificationRow> rows;
    bool atEnd = true;
    std::optional<StoreError> error;
};

// The person's notifications: addressed to them or to everyone, not dismissed, not expired
// at `now`, not deleted.
class NotificationRepository final
{
public:
    explicit NotificationRepository(QSqlDatabase &db)
        : m_db(db)
    {}

    NotificationWindow window(const QString &businessId, const QString &staffId, bool unreadOnly,
                              qint64 now, const std::optional<NotificationCursor> &after,
                              int limit);

    qint64 unreadCount(const QString &businessId, const QString &staffId, qint64 now);
    // The unread high and urgent ones (tray alerts), newest first.
    QList<NotificationRow> unreadUrgent(const QString &businessId, const QString &staffId,
                                        qint64 now, int limit);
    // Every visible unread one (Mark all read), newest first.
    QStringList unreadIds(const QString &businessId, const QString &staffId, qint64 now);

private:
    QSqlDatabase &m_db;
};

} // namespace Chairside
