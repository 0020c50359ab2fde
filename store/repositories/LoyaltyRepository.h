#pragma once

#include "core/Loyalty.h"
#include "store/StoreError.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Chairside {

struct LoyaltyLedgerEntry
{
    QString id;
    qint64 createdAt = 0; // Unix seconds, UTC
    QString kindKey;      // earn, award, redeem, adjust, expire
    qint64 points = 0;    // signed
    QString reason;
    QString byName{}; // the staff member who booked it; empty when the system did
};

struct LoyaltyBalance
{
    qint64 balance = 0;
    qint64 lifetimePoints = 0; // earned and awarded, never reduced by redemptions
};

struct LoyaltyReward
{
    QString id;
    QString name;
    qint64 costPoints = 0;
};

struct LoyaltyRewardsResult
{
    QList<LoyaltyReward> rewards; // offered ones, cheapest first
    std::optional<StoreError> error;
};

struct LedgerPointsResult
{
    QList<LedgerPoints> lines; // every line, oldest first
    std::optional<StoreError> error;
};

struct LoyaltySettings
{
    qint64 minorPerPoint = 1000;
    int expiryMonths = 12; // 0: points never expire
};

struct LoyaltySettingsResult
{
    LoyaltySettings settings;
    std::optional<StoreError> error;
};

struct LoyaltyTiersResult
{
    QList<LoyaltyTier> tiers; // by rank
    std::optional<StoreError> error;
};

struct LoyaltyLedgerResult
{
    QList<LoyaltyLedgerEntry> entries; // newest first
    bool hasMore = false;
    std::optional<StoreError> error;
};

struct LoyaltyBalanceResult
{
    LoyaltyBalance balance;
    std::optional<StoreError> error;
};

// Loyalty tiers and the append-only points ledger. Balances are sums over the ledger, read per
// customer through idx_ledger_customer (never through the whole-table loyalty_balances view).
class LoyaltyRepository final
{
public:
    explicit LoyaltyRepository(QSqlDatabase &db);

    LoyaltyTiersResult tiers(const QString &businessId);
    LoyaltyBalanceResult balance(const QString &customerId);
    LoyaltyLedgerResult ledger(const QString &customerId, int limit);
    // The catalogue the desk can redeem from.
    LoyaltyRewardsResult rewards(const QString &businessId);
    // The whole ledger of one customer for the expiry arithmetic (idx_ledger_customer).
    LedgerPointsResult ledgerPoints(const QString &customerId);
    LoyaltySettingsResult settings(const QString &businessId);

private:
    QSqlDatabase &m_db;
};

} // namespace Chairside
