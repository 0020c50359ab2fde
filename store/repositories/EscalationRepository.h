#pragma once

#include "core/escalations/BusinessHours.h"
#include "core/escalations/HandoffMetrics.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Chairside {

// A reply sent from the desk and how far it got.
struct OutboundDelivery
{
    QString status; // 'queued' | 'sent' | 'delivered' | 'read' | 'failed'
    QString error;
    QString senderName; // the staff member who wrote it; empty when unknown
};

// What the reply box needs to know about a conversation.
struct ReplyContext
{
    std::optional<qint64> lastCustomerMessageAt;
    QHash<QString, OutboundDelivery> deliveries; // by outbound_messages.id
};

// The figures of the numbers strip that the queue counts do not cover.
struct EscalationFigures
{
    QList<HandoffSpan> resolvedToday; // raised → resolved, resolved in [dayStart, dayEnd)
    HandoffOutcomeTally week;         // resolved in [weekStart, weekEnd), by outcome
};

// The open queue at a glance: its size and the newest handoff in it (for the badge and the
// desktop notification).
struct OpenHandoffsGlance
{
    qint64 open = 0;
    QString newestId;
    qint64 newestCreatedAt = 0;
    QString newestCustomer;
    QString newestReason;
};

// The customer's next booking, for "Reschedule" from a handoff.
struct UpcomingBooking
{
    QString id;
    qint64 version = 0;
    qint64 startsAt = 0;
    QString staffId;
};

// Reads what the Escalations pane needs beyond the queue and the transcript (see
// HandoffRepository, ConversationRepository). Plain structs; call from a StoreExecutor job.
class EscalationRepository final
{
public:
    explicit EscalationRepository(QSqlDatabase &db)
        : m_db(db)
    {}

    // The salon's opening hours: on each weekday, the union of its active staff's working hours
    // (a break that someone else covers is open time). None known: BusinessHours::isUnknown().
    BusinessHours businessHours(const QString &businessId, const QTimeZone &zone);

    ReplyContext replyContext(const QString &conversationId);

    EscalationFigures figures(const QString &businessId, qint64 dayStart, qint64 dayEnd,
                              qint64 weekStart, qint64 weekEnd);

    OpenHandoffsGlance openGlance(const QString &businessId);

    // The customer's next requested or confirmed booking starting at or after `now`.
    std::optional<UpcomingBooking> nextBooking(const QString &customerId, qint64 now);

private:
    QSqlDatabase &m_db;
};

} // namespace Chairside
