#pragma once

#include "sync/LocalMutations.h"
#include "sync/Mutation.h"

#include <QSqlDatabase>
#include <QString>

namespace Chairside {

// The loyalty and reminder rule kinds the desk applies locally (loyalty_tier.upsert,
// loyalty_reward.upsert, reminder_rules.set), mirroring the server's
// supabase/migrations/20261202000300_business_setup.sql: owners only, the same ranges
// (core/business/RulesChecks), absent keys keep their values, tiers keep rising thresholds.
// The earn rate and points expiry are business.update (sync/LocalSetupMutations).
bool isLocalRulesKind(const QString &kind);

// Called by applyLocally inside its savepoint; on refusal nothing is written.
LocalEffect applyRulesLocally(QSqlDatabase &db, const Mutation &mutation, const LocalActor &actor);

// "Change the loyalty tier “Silver”", "Change the reminder rules"; empty when rows are missing.
QString describeRulesMutation(QSqlDatabase &db, const Mutation &mutation);

// The table of the row the server answers with.
QString rulesAnswerTable(const QString &kind);

} // namespace Chairside
