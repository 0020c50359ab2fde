#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Chairside::RulesChecks {

// The server's ranges for the loyalty and reminder rule mutations (supabase/migrations/
// 20261202000300_business_setup.sql), checked at the desk before an edit is made so the owner
// hears about a mistake at once and in the server's words. The server checks again and decides.

inline constexpr int kTierCount = 5; // ranks 1..5
inline constexpr int kMaxTierNameLength = 60;
inline constexpr int kMaxPerksLength = 1000;
inline constexpr qint64 kMaxThresholdPoints = 100000000;
inline constexpr int kMaxRewardNameLength = 120;
inline constexpr qint64 kMaxRewardCost = 100000000;
inline constexpr qint64 kMaxMinorPerPoint = 1000000000;
inline constexpr int kMaxExpiryMonths = 120;
inline constexpr int kLastMinuteOfDay = 1439;

// The first problem with a payload, as the server would say it; empty when it is fine.
// `isNew`: the row is being created (a new tier needs a rank and a threshold, a new reward a
// cost).
QString checkTier(const QJsonObject &payload, bool isNew);
QString checkReward(const QJsonObject &payload, bool isNew);
QString checkReminderRules(const QJsonObject &payload);
// loyalty_minor_per_point and loyalty_expiry_months of a business.update.
QString checkEarnRate(const QJsonObject &payload);

struct TierStep
{
    int rank = 0;
    qint64 thresholdPoints = 0;
};
// Live tiers must need more points the higher their rank; and no two share a rank.
QString checkTierLadder(QList<TierStep> tiers);

} // namespace Chairside::RulesChecks
