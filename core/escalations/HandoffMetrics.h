#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Chairside {

// A handoff's start and end for a duration figure (Unix seconds).
struct HandoffSpan
{
    qint64 raisedAt = 0;
    qint64 endedAt = 0; // claimed_at or resolved_at
};

// The median of (endedAt − raisedAt) over the spans, in seconds; spans that end before they
// start are clock skew and left out. Empty for none.
std::optional<double> medianSpanSeconds(const QList<HandoffSpan> &spans);

// Resolved handoffs of a period by outcome key ("booked", "spam" …).
struct HandoffOutcomeTally
{
    qint64 resolved = 0;
    qint64 booked = 0;
    qint64 rescheduled = 0;
    qint64 spam = 0;

    // Counts one resolved handoff with this outcome key.
    void add(const QString &outcomeKey);
};

// Handoff → booking conversion: (booked + rescheduled) ÷ (resolved − spam). Spam was never a
// customer who could book; everything else (answered, complaint, handed back to the assistant…)
// was a chance to. Empty when there is no such handoff.
std::optional<double> bookingConversion(const HandoffOutcomeTally &tally);

// WhatsApp lets a business reply freely only within 24 hours of the customer's last message;
// after that only approved templates are delivered.
inline constexpr qint64 kWhatsAppReplyWindowSeconds = 24 * 60 * 60;

struct ReplyWindow
{
    bool applies = false; // the channel has such a window (WhatsApp)
    bool open = true;
    std::optional<qint64> closesAt; // when it closes / closed; empty: no customer message known
};

// The reply window of a conversation on `channel` ('whatsapp' | 'web'), at `now`.
ReplyWindow replyWindow(const QString &channel, std::optional<qint64> lastCustomerMessageAt,
                        qint64 now);

} // namespace Chairside
