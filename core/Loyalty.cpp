#include "core/Loyalty.h"

#include <algorithm>

namespace Chairside {

qsizetype tierIndexFor(qint64 lifetimePoints, const QList<LoyaltyTier> &tiers)
{
    qsizetype best = -1;
    for (qsizetype i = 0; i < tiers.size(); ++i) {
        if (tiers[i].thresholdPoints <= lifetimePoints
            && (best < 0 || tiers[i].thresholdPoints > tiers[best].thresholdPoints)) {
            best = i;
        }
    }
    return best;
}

double progressToNextTier(qint64 lifetimePoints, const QList<LoyaltyTier> &tiers)
{
    const qsizetype current = tierIndexFor(lifetimePoints, tiers);
    const qint64 floor = current < 0 ? 0 : tiers[current].thresholdPoints;
    qint64 next = -1;
    for (const LoyaltyTier &tier : tiers) {
        if (tier.thresholdPoints > lifetimePoints && (next < 0 || tier.thresholdPoints < next))
            next = tier.thresholdPoints;
    }
    if (next < 0)
        return 1.0;
    return std::clamp(double(lifetimePoints - floor) / double(next - floor), 0.0, 1.0);
}

qint64 pointsEarned(qint64 billMinor, qint64 minorPerPoint)
{
    if (billMinor <= 0 || minorPerPoint <= 0)
        return 0;
    return billMinor / minorPerPoint;
}

} // namespace Chairside
