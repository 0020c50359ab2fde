#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Chairside {

// How a handoff ended (ai_handoffs.outcome).
enum class HandoffOutcome {
    Booked,
    Rescheduled,
    Cancelled,
    Answered,
    Complaint,
    NoAction,
    Spam,
    ReturnedToAi, // handed back to the assistant rather than resolved by a person
};

// "booked", "no_action", "returned_to_ai" … as the server stores them.
QString handoffOutcomeKey(HandoffOutcome outcome);
std::optional<HandoffOutcome> handoffOutcomeFromKey(const QString &key);
// Words for people ("No action"), translated.
QString handoffOutcomeLabel(HandoffOutcome outcome);
// The outcomes a person picks when resolving (everything but ReturnedToAi), in menu order.
QList<HandoffOutcome> resolvableOutcomes();

} // namespace Chairside
