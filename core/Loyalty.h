#pragma once

#include <QList>
#include <QString>
#include <QTimeZone>

namespace Chairside {

struct LoyaltyTier
{
    int rank = 1; // 1 (entry) .. 5 (top)
    QString name;
    qint64 thresholdPoints = 0; // lifetime points needed to reach the tier
    QString perks{};            // what the tier gives, in the business's words
};

// The highest tier whose threshold the lifetime points reach; tiers need not be sorted.
// Returns the index into `tiers`, or -1 when there are none.
qsizetype tierIndexFor(qint64 lifetimePoints, const QList<LoyaltyTier> &tiers);

// The lowest tier above the lifetime points (the one to work towards), or -1 at the top.
qsizetype nextTierIndexFor(qint64 lifetimePoints, const QList<LoyaltyTier> &tiers);

// Progress towards the next tier in [0, 1]; 1 at the top tier.
double progressToNextTier(qint64 lifetimePoints, const QList<LoyaltyTier> &tiers);

// Points earned on a completed bill: one point per `minorPerPoint` minor units, rounded down.
qint64 pointsEarned(qint64 billMinor, qint64 minorPerPoint);

// The id of the one earn line of a completed appointment: a version 3 UUID of
// "earn:<appointment id>", the server's private.earn_line_id, so that the desk's optimistic line
// and the line the server writes are the same row.
QString earnLineId(const QString &appointmentId);

// One line of the points ledger, as far as the arithmetic is concerned.
struct LedgerPoints
{
    qint64 at = 0;     // Unix seconds
    QString kind;      // earn, award, redeem, adjust, expire
    qint64 points = 0; // signed: redeem and expire are negative, adjust either
};

struct LedgerTotals
{
    qint64 balance = 0;  // the sum of every line (what the server checks redemptions against)
    qint64 lifetime = 0; // earned and awarded; redemptions and corrections never reduce it
};

LedgerTotals totalsFromLedger(const QList<LedgerPoints> &ledger);

// Whether redeeming `cost` points leaves the balance at zero or above (the server's rule too).
bool canRedeem(qint64 balance, qint64 cost);

// Expiry: every line that adds points (earn, award, an upward adjust) is a lot that expires
// `months` calendar months after it was booked, counted in the business's zone (31 January + 1
// month = 28 or 29 February). Lines that take points off (redeem, expire, a downward adjust)
// use up the oldest lots first. `months` <= 0: points never expire.
struct PointsExpiry
{
    qint64 overdue = 0;    // points past their expiry still in the balance (not yet written off)
    qint64 nextAt = 0;     // when the next lot expires; 0: nothing left to expire
    qint64 nextPoints = 0; // how many points expire then
};

PointsExpiry pointsExpiry(const QList<LedgerPoints> &ledger, int months, qint64 now,
                          const QTimeZone &zone);

} // namespace Chairside
