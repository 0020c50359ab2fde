#pragma once

#include "store/repositories/AnalyticsRepository.h"

namespace Chairside {

// The dashboard's loyalty figures (points issued and redeemed in a period and the one before
// it, clients per tier at the period's end) from one walk through the business's ledger in
// idx_ledger_business_customer. The tiers used to be a GROUP BY of their own (40 ms over the
// demo's 116,000 entries) and each period's points another range; here SQLite only steps
// through the index and C++ adds each entry to every total it belongs to.
struct LoyaltyFigures
{
    // Only pointsIssued and pointsRedeemed are set; the rest stay 0.
    PeriodCounts current;
    PeriodCounts previous;
    // The business's tiers from "no tier" (rank 0) up, each with its clients at the period's
    // end: lifetime points by the same rule as loyalty_balances, cut there.
    QList<TierCount> tiers;

    std::optional<StoreError> error;

    // `previous` may be empty (no days) to read one period alone.
    static LoyaltyFigures read(QSqlDatabase &db, const QString &businessId,
                               const ReportPeriod &period, const ReportPeriod &previous);
};

} // namespace Chairside
