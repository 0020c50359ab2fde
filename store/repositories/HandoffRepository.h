#pragma once

#include "store/StoreError.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Chairside {

// Which handoffs the queue shows.
enum class HandoffFilter {
    AllOpen,    // every open handoff
    Unassigned, // open and nobody has claimed it
    Mine,       // open and assigned to the person at the desk
    Resolved,   // resolved ones, newest first
};

// One row of the handoff queue, joined with the names the queue shows.
struct HandoffRow
{
    QString id;
    QString conversationId;
    QString customerId;
    QString customerName; // empty for an anonymous web chat
    QString customerPhone;
    QString reason;
    QString channel;  // 'whatsapp' | 'web'
    int priority = 2; // 1 urgent, 2 high, 3 normal, 4 low (the queue index sorts ascending)
    QString assignedTo;
    QString assigneeName;
    qint64 createdAt = 0;
    qint64 claimedAt = 0; // 0: not claimed
    bool resolved = false;
    qint64 resolvedAt = 0;
    QString outcome;
};

// Where the next window of the queue starts: the sort key of the last row already shown.
// Keyset paging keeps each window an index range scan however deep the list is scrolled.
struct HandoffCursor
{
    int priority = 0;
    qint64 time = 0; // created_at for open handoffs, resolved_at for resolved ones
    QString id;
};

struct HandoffWindow
{
    QList<HandoffRow> rows;
    bool atEnd = true;
    std::optional<StoreError> error;
};

// The customer card beside a transcript.
struct HandoffCustomer
{
    QString id;
    QString name;
    QString phone;
    QString email;
    bool consentWhatsApp = false;
    bool consentSms = false;
    bool consentEmail = false;
    int upcomingAppointments = 0;
    int noShows = 0;
    int completedVisits = 0;
    qint64 loyaltyPoints = 0;
};

// The numbers strip above the queue (raw counts; formulas live in core/analytics).
struct HandoffQueueCounts
{
    qint64 open = 0;
    qint64 unassigned = 0;
    qint64 mine = 0;
    QList<qint64> claimSecondsToday; // claimed_at - created_at of handoffs claimed today
};

// Reads the AI assistant's handoffs from the local store. Plain structs only; call from a
// StoreExecutor job.
class HandoffRepository final
{
public:
    explicit HandoffRepository(QSqlDatabase &db)
        : m_db(db)
    {}

    // The next `limit` handoffs of the queue after `after` (nullopt: from the top).
    // Open ones are ordered by priority then age (oldest first), resolved ones newest first.
    HandoffWindow window(const QString &businessId, HandoffFilter filter, const QString &staffId,
                         const std::optional<HandoffCursor> &after, int limit);

    std::optional<HandoffRow> byId(const QString &handoffId);

    // The customer with appointment and loyalty figures as of `now`.
    std::optional<HandoffCustomer> customer(const QString &customerId, qint64 now);

    // Counts for the strip; "today" is [dayStart, dayEnd).
    HandoffQueueCounts queueCounts(const QString &businessId, const QString &staffId,
                                   qint64 dayStart, qint64 dayEnd);

    static HandoffCursor cursorAfter(const HandoffRow &row);

private:
    QSqlDatabase &m_db;
};

} // namespace Chairside
