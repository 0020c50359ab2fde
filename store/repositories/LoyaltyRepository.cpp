#include "store/repositories/LoyaltyRepository.h"

#include "store/Database.h"
#include "store/repositories/QueryWindow.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Chairside {

LoyaltyRepository::LoyaltyRepository(QSqlDatabase &db)
    : m_db(db)
{}

LoyaltyTiersResult LoyaltyRepository::tiers(const QString &businessId)
{
    LoyaltyTiersResult result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT rank, name, threshold_points, perks FROM loyalty_tiers WHERE "
                             "business_id = ? AND deleted_at IS NULL ORDER BY rank"));
    q.addBindValue(businessId);
    if (!q.exec()) {
        result.error = Database::errorFrom(q.lastError(), StoreError::Kind::Query);
        return result;
    }
    while (q.next())
        result.tiers.append(LoyaltyTier{q.value(0).toInt(), q.value(1).toString(),
                                        q.value(2).toLongLong(), q.value(3).toString()});
    return result;
}

LoyaltyBalanceResult LoyaltyRepository::balance(const QString &customerId)
{
    LoyaltyBalanceResult result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT COALESCE(SUM(points), 0), COALESCE(SUM(CASE WHEN kind IN ('earn','award') THEN "
        "points ELSE 0 END), 0) FROM loyalty_ledger WHERE customer_id = ? AND deleted_at IS NULL"));
    q.addBindValue(customerId);
    if (!q.exec() || !q.next()) {
        result.error = Database::errorFrom(q.lastError(), StoreError::Kind::Query);
        return result;
    }
    result.balance = LoyaltyBalance{q.value(0).toLongLong(), q.value(1).toLongLong()};
    return result;
}

LoyaltyLedgerResult LoyaltyRepository::ledger(const QString &customerId, int limit)
{
    LoyaltyLedgerResult result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT l.id, l.created_at, l.kind, l.points, l.reason, COALESCE(s.display_name, '') "
        "FROM loyalty_ledger l LEFT JOIN staff_members s ON s.id = l.created_by "
        "WHERE l.customer_id = ? AND l.deleted_at IS NULL "
        "ORDER BY l.created_at DESC, l.id DESC LIMIT ?"));
    q.addBindValue(customerId);
    q.addBindValue(limit + 1);
    result.hasMore = readWindow(q, limit, result.entries, result.error, [](const QSqlQuery &query) {
        return LoyaltyLedgerEntry{query.value(0).toString(), query.value(1).toLongLong(),
                                  query.value(2).toString(), query.value(3).toLongLong(),
                                  query.value(4).toString(), query.value(5).toString()};
    });
    return result;
}

LoyaltyRewardsResult LoyaltyRepository::rewards(const QString &businessId)
{
    LoyaltyRewardsResult result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, name, cost_points FROM loyalty_rewards WHERE "
                             "business_id = ? AND active <> 0 AND deleted_at IS NULL "
                             "ORDER BY cost_points, name"));
    q.addBindValue(businessId);
    if (!q.exec()) {
        result.error = Database::errorFrom(q.lastError(), StoreError::Kind::Query);
        return result;
    }
    while (q.next())
        result.rewards.append(
            LoyaltyReward{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()});
    return result;
}

LedgerPointsResult LoyaltyRepository::ledgerPoints(const QString &customerId)
{
    LedgerPointsResult result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT created_at, kind, points FROM loyalty_ledger WHERE "
                             "customer_id = ? AND deleted_at IS NULL ORDER BY created_at, id"));
    q.addBindValue(customerId);
    if (!q.exec()) {
        result.error = Database::errorFrom(q.lastError(), StoreError::Kind::Query);
        return result;
    }
    while (q.next())
        result.lines.append(
            LedgerPoints{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong()});
    return result;
}

LoyaltySettingsResult LoyaltyRepository::settings(const QString &businessId)
{
    LoyaltySettingsResult result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT loyalty_minor_per_point, loyalty_expiry_months FROM "
                             "businesses WHERE id = ?"));
    q.addBindValue(businessId);
    if (!q.exec()) {
        result.error = Database::errorFrom(q.lastError(), StoreError::Kind::Query);
        return result;
    }
    if (q.next())
        result.settings = LoyaltySettings{q.value(0).toLongLong(), q.value(1).toInt()};
    return result;
}

} // namespace Chairside
