#include "core/escalations/HandoffMetrics.h"

#include "core/analytics/AnalyticsFormulas.h"

namespace Chairside {

std::optional<double> medianSpanSeconds(const QList<HandoffSpan> &spans)
{
    QList<qint64> seconds;
    seconds.reserve(spans.size());
    for (const HandoffSpan &span : spans) {
        if (span.endedAt >= span.raisedAt)
            seconds.append(span.endedAt - span.raisedAt);
    }
    return median(std::move(seconds));
}

void HandoffOutcomeTally::add(const QString &outcomeKey)
{
    ++resolved;
    if (outcomeKey == u"booked")
        ++booked;
    else if (outcomeKey == u"rescheduled")
        ++rescheduled;
    else if (outcomeKey == u"spam")
        ++spam;
}

std::optional<double> bookingConversion(const HandoffOutcomeTally &tally)
{
    return rate(tally.booked + tally.rescheduled, tally.resolved - tally.spam);
}

ReplyWindow replyWindow(const QString &channel, std::optional<qint64> lastCustomerMessageAt,
                        qint64 now)
{
    ReplyWindow window;
    if (channel != u"whatsapp")
        return window;
    window.applies = true;
    if (!lastCustomerMessageAt) {
        window.open = false;
        return window;
    }
    window.closesAt = *lastCustomerMessageAt + kWhatsAppReplyWindowSeconds;
    window.open = now < *window.closesAt;
    return window;
}

} // namespace Chairside
