#include "core/escalations/HandoffOutcome.h"

#include <QCoreApplication>

namespace Chairside {

QString handoffOutcomeKey(HandoffOutcome outcome)
{
    switch (outcome) {
    case HandoffOutcome::Booked:
        return QStringLiteral("booked");
    case HandoffOutcome::Rescheduled:
        return QStringLiteral("rescheduled");
    case HandoffOutcome::Cancelled:
        return QStringLiteral("cancelled");
    case HandoffOutcome::Answered:
        return QStringLiteral("answered");
    case HandoffOutcome::Complaint:
        return QStringLiteral("complaint");
    case HandoffOutcome::NoAction:
        return QStringLiteral("no_action");
    case HandoffOutcome::Spam:
        return QStringLiteral("spam");
    case HandoffOutcome::ReturnedToAi:
        return QStringLiteral("returned_to_ai");
    }
    return {};
}

std::optional<HandoffOutcome> handoffOutcomeFromKey(const QString &key)
{
    for (HandoffOutcome outcome :
         {HandoffOutcome::Booked, HandoffOutcome::Rescheduled, HandoffOutcome::Cancelled,
          HandoffOutcome::Answered, HandoffOutcome::Complaint, HandoffOutcome::NoAction,
          HandoffOutcome::Spam, HandoffOutcome::ReturnedToAi}) {
        if (handoffOutcomeKey(outcome) == key)
            return outcome;
    }
    return std::nullopt;
}

QString handoffOutcomeLabel(HandoffOutcome outcome)
{
    const char *text = "";
    switch (outcome) {
    case HandoffOutcome::Booked:
        text = QT_TRANSLATE_NOOP("HandoffOutcome", "Booked");
        break;
    case HandoffOutcome::Rescheduled:
        text = QT_TRANSLATE_NOOP("HandoffOutcome", "Rescheduled");
        break;
    case HandoffOutcome::Cancelled:
        text = QT_TRANSLATE_NOOP("HandoffOutcome", "Cancelled");
        break;
    case HandoffOutcome::Answered:
        text = QT_TRANSLATE_NOOP("HandoffOutcome", "Answered");
        break;
    case HandoffOutcome::Complaint:
        text = QT_TRANSLATE_NOOP("HandoffOutcome", "Complaint");
        break;
    case HandoffOutcome::NoAction:
        text = QT_TRANSLATE_NOOP("HandoffOutcome", "No action");
        break;
    case HandoffOutcome::Spam:
        text = QT_TRANSLATE_NOOP("HandoffOutcome", "Spam");
        break;
    case HandoffOutcome::ReturnedToAi:
        text = QT_TRANSLATE_NOOP("HandoffOutcome", "Returned to the assistant");
        break;
    }
    return QCoreApplication::translate("HandoffOutcome", text);
}

QList<HandoffOutcome> resolvableOutcomes()
{
    return {HandoffOutcome::Booked,   HandoffOutcome::Rescheduled, HandoffOutcome::Cancelled,
            HandoffOutcome::Answered, HandoffOutcome::Complaint,   HandoffOutcome::NoAction,
            HandoffOutcome::Spam};
}

} // namespace Chairside
