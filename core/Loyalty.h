#pragma once

#include <QList>
#include <QString>

namespace Chairside {

struct LoyaltyTier
{
    int rank = 1; // 1 (entry) .. 5 (top)
    QString name;
    qint64 thresholdPoints = 0; // lifetime points needed to reach the tier
};

// The highest tier whose threshold the lifetime points reach; tiers need not be sorted.
// Returns the index into `tiers`, or -1 when there are none.
qsizetype tierIndexFor(qint64 lifetimePoints, const QList<LoyaltyTier> &tiers);

// Progress towards the next tier in [0, 1]; 1 at the top tier.
double progressToNextTier(qint64 lifetimePoints, const QList<LoyaltyTier> &tiers);

// Points earned on a completed bill: one point per `minorPerPoint` minor units, rounded down.
qint64 pointsEarned(qint64 billMinor, qint64 minorPerPoint);

} // namespace Chairside
