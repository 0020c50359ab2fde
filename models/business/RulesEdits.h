#pragma once

#include "store/repositories/RulesRepository.h"
#include "sync/Mutation.h"

#include <QList>
#include <QString>

#include <array>

namespace Chairside {

// What the owner has typed into the Loyalty rules page.
struct LoyaltyDraft
{
    struct Tier
    {
        QString id; // empty or not in the cache: a tier created when named
        QString name;
        qint64 thresholdPoints = 0;
        QString perks;
        friend bool operator==(const Tier &, const Tier &) = default;
    };
    struct Reward
    {
        QString id; // empty or not in the cache: a new reward
        QString name;
        qint64 costPoints = 0;
        bool active = true;
        friend bool operator==(const Reward &, const Reward &) = default;
    };
    qint64 minorPerPoint = 1000;
    int expiryMonths = 12;
    std::array<Tier, 5> tiers; // [0] = rank 1
    QList<Reward> rewards;

    friend bool operator==(const LoyaltyDraft &, const LoyaltyDraft &) = default;
};

// What the owner has set on the Reminder rules page.
struct ReminderDraft
{
    std::array<bool, 3> dayBefore{true, true, true}; // whatsapp, sms, email
    std::array<bool, 3> twoHours{true, true, false};
    bool quietHours = true;
    int quietStartMinute = 21 * 60;
    int quietEndMinute = 8 * 60;

    friend bool operator==(const ReminderDraft &, const ReminderDraft &) = default;
};

// The mutations that turn the saved rules into the draft, in an order the server accepts
// (every intermediate tier ladder rises), or the first problem in the server's words.
struct PlannedEdits
{
    QList<Mutation> mutations;
    QString error;
};

LoyaltyDraft loyaltyDraftFrom(const LoyaltyRuleSet &saved);
PlannedEdits planLoyaltyEdits(const LoyaltyRuleSet &saved, const LoyaltyDraft &draft);

ReminderDraft reminderDraftFrom(const ReminderRulesRow &saved);
PlannedEdits planReminderEdits(const ReminderRulesRow &saved, const ReminderDraft &draft);

} // namespace Chairside
