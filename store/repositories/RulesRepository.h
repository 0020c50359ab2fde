#pragma once

#include "store/StoreError.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <array>
#include <optional>

namespace Chairside {

struct LoyaltyTierRow
{
    QString id;
    int rank = 0;
    QString name;
    qint64 thresholdPoints = 0;
    QString perks;
    qint64 version = 0;

    friend bool operator==(const LoyaltyTierRow &, const LoyaltyTierRow &) = default;
};

struct LoyaltyRewardRow
{
    QString id;
    QString name;
    qint64 costPoints = 0;
    bool active = true;
    qint64 version = 0;

    friend bool operator==(const LoyaltyRewardRow &, const LoyaltyRewardRow &) = default;
};

// How points are earned and what they buy, for the owner's Loyalty rules page.
struct LoyaltyRuleSet
{
    QString businessId;
    qint64 minorPerPoint = 1000; // spend (minor units) per point earned
    int expiryMonths = 12;       // 0: points never expire
    qint64 businessVersion = 0;
    QList<LoyaltyTierRow> tiers;     // live tiers by rank
    QList<LoyaltyRewardRow> rewards; // live rewards by name
    std::optional<StoreError> error;
};

// reminder_rules of one business. Channels in the order whatsapp, sms, email.
struct ReminderRulesRow
{
    QString id; // empty: the cache has no rules row yet (the server's defaults apply)
    std::array<bool, 3> dayBefore{true, true, true}; // reminder_24h_*
    std::array<bool, 3> twoHours{true, true, false}; // reminder_2h_*
    std::optional<int> quietStartMinute = 21 * 60;   // minutes after local midnight
    std::optional<int> quietEndMinute = 8 * 60;
    qint64 version = 0;
    std::optional<StoreError> error;
};

// Reads the loyalty and reminder rules from the local cache (plain structs, no models).
class RulesRepository final
{
public:
    explicit RulesRepository(QSqlDatabase &db)
        : m_db(db)
    {}

    LoyaltyRuleSet loyalty(const QString &businessId);
    ReminderRulesRow reminderRules(const QString &businessId);

private:
    QSqlDatabase &m_db;
};

} // namespace Chairside
