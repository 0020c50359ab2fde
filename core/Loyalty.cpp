#include "core/Loyalty.h"

#include <QDateTime>
#include <QUuid>

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

qsizetype nextTierIndexFor(qint64 lifetimePoints, const QList<LoyaltyTier> &tiers)
{
    qsizetype next = -1;
    for (qsizetype i = 0; i < tiers.size(); ++i) {
        if (tiers[i].thresholdPoints > lifetimePoints
            && (next < 0 || tiers[i].thresholdPoints < tiers[next].thresholdPoints)) {
            next = i;
        }
    }
    return next;
}

double progressToNextTier(qint64 lifetimePoints, const QList<LoyaltyTier> &tiers)
{
    const qsizetype current = tierIndexFor(lifetimePoints, tiers);
    const qint64 floor = current < 0 ? 0 : tiers[current].thresholdPoints;
    const qsizetype next = nextTierIndexFor(lifetimePoints, tiers);
    if (next < 0)
        return 1.0;
    return std::clamp(double(lifetimePoints - floor) / double(tiers[next].thresholdPoints - floor),
                      0.0, 1.0);
}

qint64 pointsEarned(qint64 billMinor, qint64 minorPerPoint)
{
    if (billMinor <= 0 || minorPerPoint <= 0)
        return 0;
    return billMinor / minorPerPoint;
}

QString earnLineId(const QString &appointmentId)
{
    static const QUuid ns(QStringLiteral("5b0a8c0e-3c1f-4e0a-9d7e-2f6c1a9e4b31"));
    return QUuid::createUuidV3(ns, QStringLiteral("earn:") + appointmentId.toLower())
        .toString(QUuid::WithoutBraces);
}

LedgerTotals totalsFromLedger(const QList<LedgerPoints> &ledger)
{
    LedgerTotals totals;
    for (const LedgerPoints &line : ledger) {
        totals.balance += line.points;
        if (line.kind == u"earn" || line.kind == u"award")
            totals.lifetime += line.points;
    }
    return totals;
}

bool canRedeem(qint64 balance, qint64 cost)
{
    return cost > 0 && balance - cost >= 0;
}

PointsExpiry pointsExpiry(const QList<LedgerPoints> &ledger, int months, qint64 now,
                          const QTimeZone &zone)
{
    PointsExpiry expiry;
    if (months <= 0)
        return expiry;
    QList<LedgerPoints> lines = ledger;
    std::stable_sort(lines.begin(), lines.end(),
                     [](const LedgerPoints &a, const LedgerPoints &b) { return a.at < b.at; });
    struct Lot
    {
        qint64 expiresAt;
        qint64 left;
    };
    QList<Lot> lots; // oldest first
    qsizetype oldest = 0;
    for (const LedgerPoints &line : std::as_const(lines)) {
        if (line.points > 0) {
            const QDateTime booked = QDateTime::fromSecsSinceEpoch(line.at, zone);
            lots.append({booked.addMonths(months).toSecsSinceEpoch(), line.points});
            continue;
        }
        // Taking points off: the oldest lots go first (first in, first out).
        qint64 owed = -line.points;
        while (owed > 0 && oldest < lots.size()) {
            Lot &lot = lots[oldest];
            const qint64 used = std::min(owed, lot.left);
            lot.left -= used;
            owed -= used;
            if (lot.left == 0)
                ++oldest;
        }
    }
    for (qsizetype i = oldest; i < lots.size(); ++i) {
        const Lot &lot = lots.at(i);
        if (lot.left <= 0)
            continue;
        if (lot.expiresAt <= now) {
            expiry.overdue += lot.left;
        } else if (expiry.nextAt == 0 || lot.expiresAt < expiry.nextAt) {
            expiry.nextAt = lot.expiresAt;
            expiry.nextPoints = lot.left;
        } else if (lot.expiresAt == expiry.nextAt) {
            expiry.nextPoints += lot.left;
        }
    }
    return expiry;
}

} // namespace Chairside
