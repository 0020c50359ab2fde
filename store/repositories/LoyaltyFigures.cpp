#include "store/repositories/LoyaltyFigures.h"

#include "core/Loyalty.h"
#include "store/DirectStatement.h"
#include "store/repositories/KeyRuns.h"

namespace Chairside {

namespace {

// A ledger entry's points as the dashboard counts them.
struct PointsOf
{
    qint64 earned = 0;   // earned or awarded (counts towards tiers)
    qint64 redeemed = 0; // redeemed, positive
};

PointsOf pointsOf(QByteArrayView kind, qint64 points)
{
    if (kind == "earn" || kind == "award")
        return {points, 0};
    if (kind == "redeem")
        return {0, -points};
    return {};
}

void addPoints(PeriodCounts &counts, const PointsOf &points)
{
    counts.pointsIssued += points.earned;
    counts.pointsRedeemed += points.redeemed;
}

} // namespace

LoyaltyFigures LoyaltyFigures::read(QSqlDatabase &db, const QString &businessId,
                                    const ReportPeriod &period, const ReportPeriod &previous)
{
    LoyaltyFigures figures;
    QList<LoyaltyTier> tiers;
    {
        DirectStatement q(db, QStringLiteral("SELECT rank, name, threshold_points "
                                             "FROM loyalty_tiers WHERE business_id = ? "
                                             "AND deleted_at IS NULL ORDER BY rank"));
        q.bind(1, businessId);
        while (q.next())
            tiers.append({int(q.integer(0)), q.text(1), q.integer(2)});
        figures.error = q.error();
    }
    figures.tiers.append({0, QString()});
    for (const LoyaltyTier &tier : std::as_const(tiers))
        figures.tiers.append({tier.rank, tier.name});
    if (figures.error)
        return figures;

    const bool withPrevious = previous.days() > 0;
    // Client by client, as the index holds them; every date (lifetime points reach back).
    KeyRuns clients;
    DirectStatement ledger(
        db, QStringLiteral("SELECT customer_id, created_at, kind, points FROM loyalty_ledger "
                           "INDEXED BY idx_ledger_business_customer WHERE business_id = ? "
                           "AND deleted_at IS NULL ORDER BY customer_id"));
    ledger.bind(1, businessId);
    bool clientSeen = false;   // an entry of the client before the period's end was read
    qint64 lifetimePoints = 0; // ... and the client's points earned up to it
    const auto countClient = [&] {
        if (clientSeen)
            figures.tiers[tierIndexFor(lifetimePoints, tiers) + 1].clients += 1;
    };
    while (ledger.next()) {
        if (clients.startsNew(ledger.utf8(0))) {
            countClient();
            clientSeen = false;
            lifetimePoints = 0;
        }
        const qint64 createdAt = ledger.integer(1);
        const PointsOf points = pointsOf(ledger.utf8(2), ledger.integer(3));
        if (createdAt < period.end) {
            clientSeen = true;
            lifetimePoints += points.earned;
        }
        if (createdAt >= period.start && createdAt < period.end)
            addPoints(figures.current, points);
        if (withPrevious && createdAt >= previous.start && createdAt < previous.end)
            addPoints(figures.previous, points);
    }
    countClient();
    figures.error = ledger.error();
    return figures;
}

} // namespace Chairside
