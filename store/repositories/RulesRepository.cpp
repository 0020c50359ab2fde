#include "store/repositories/RulesRepository.h"

#include "store/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Chairside {

LoyaltyRuleSet RulesRepository::loyalty(const QString &businessId)
{
    LoyaltyRuleSet result;
    result.businessId = businessId;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const auto failed = [&] {
        result.error = Database::errorFrom(q.lastError(), StoreError::Kind::Query);
        return result;
    };
    q.prepare(QStringLiteral("SELECT loyalty_minor_per_point, loyalty_expiry_months, version "
                             "FROM businesses WHERE id = ?"));
    q.addBindValue(businessId);
    if (!q.exec())
        return failed();
    if (q.next()) {
        result.minorPerPoint = q.value(0).toLongLong();
        result.expiryMonths = q.value(1).toInt();
        result.businessVersion = q.value(2).toLongLong();
    }
    q.finish();
    q.prepare(QStringLiteral("SELECT id, rank, name, threshold_points, perks, version "
                             "FROM loyalty_tiers WHERE business_id = ? AND deleted_at IS NULL "
                             "ORDER BY rank"));
    q.addBindValue(businessId);
    if (!q.exec())
        return failed();
    while (q.next())
        result.tiers.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toString(),
                             q.value(3).toLongLong(), q.value(4).toString(),
                             q.value(5).toLongLong()});
    q.finish();
    q.prepare(QStringLiteral("SELECT id, name, cost_points, active, version FROM loyalty_rewards "
                             "WHERE business_id = ? AND deleted_at IS NULL "
                             "ORDER BY name COLLATE NOCASE, id"));
    q.addBindValue(businessId);
    if (!q.exec())
        return failed();
    while (q.next())
        result.rewards.append({q.value(0).toString(), q.value(1).toString(),
                               q.value(2).toLongLong(), q.value(3).toInt() != 0,
                               q.value(4).toLongLong()});
    return result;
}

ReminderRulesRow RulesRepository::reminderRules(const QString &businessId)
{
    ReminderRulesRow result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT id, reminder_24h_whatsapp, reminder_24h_sms, reminder_24h_email, "
        "reminder_2h_whatsapp, reminder_2h_sms, reminder_2h_email, quiet_start_minute, "
        "quiet_end_minute, version FROM reminder_rules WHERE business_id = ? AND "
        "deleted_at IS NULL ORDER BY id LIMIT 1"));
    q.addBindValue(businessId);
    if (!q.exec()) {
        result.error = Database::errorFrom(q.lastError(), StoreError::Kind::Query);
        return result;
    }
    if (!q.next())
        return result;
    result.id = q.value(0).toString();
    for (int i = 0; i < 3; ++i) {
        result.dayBefore[i] = q.value(1 + i).toInt() != 0;
        result.twoHours[i] = q.value(4 + i).toInt() != 0;
    }
    result.quietStartMinute =
        q.value(7).isNull() ? std::nullopt : std::optional<int>(q.value(7).toInt());
    result.quietEndMinute =
        q.value(8).isNull() ? std::nullopt : std::optional<int>(q.value(8).toInt());
    result.version = q.value(9).toLongLong();
    return result;
}

} // namespace Chairside
