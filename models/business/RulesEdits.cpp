#include "models/business/RulesEdits.h"

#include "core/business/RulesChecks.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

namespace Chairside {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Chairside::RulesEdits", text);
}

Mutation make(const char *kind, QJsonObject payload)
{
    Mutation m;
    m.id = Mutations::newId();
    m.kind = QString::fromLatin1(kind);
    m.payload = std::move(payload);
    m.createdAt = QDateTime::currentSecsSinceEpoch();
    return m;
}

const char *const kChannels[] = {"whatsapp", "sms", "email"};

} // namespace

LoyaltyDraft loyaltyDraftFrom(const LoyaltyRuleSet &saved)
{
    LoyaltyDraft draft;
    draft.minorPerPoint = saved.minorPerPoint;
    draft.expiryMonths = saved.expiryMonths;
    for (const LoyaltyTierRow &tier : saved.tiers) {
        if (tier.rank >= 1 && tier.rank <= RulesChecks::kTierCount)
            draft.tiers[tier.rank - 1] = {tier.id, tier.name, tier.thresholdPoints, tier.perks};
    }
    for (const LoyaltyRewardRow &reward : saved.rewards)
        draft.rewards.append({reward.id, reward.name, reward.costPoints, reward.active});
    return draft;
}

PlannedEdits planLoyaltyEdits(const LoyaltyRuleSet &saved, const LoyaltyDraft &draft)
{
    PlannedEdits plan;
    const auto fail = [&](const QString &error) {
        plan.mutations.clear();
        plan.error = error;
        return plan;
    };

    // Earning: one business.update with the fields that changed.
    QJsonObject earning;
    if (draft.minorPerPoint != saved.minorPerPoint)
        earning.insert(QStringLiteral("loyalty_minor_per_point"), draft.minorPerPoint);
    if (draft.expiryMonths != saved.expiryMonths)
        earning.insert(QStringLiteral("loyalty_expiry_months"), draft.expiryMonths);
    if (!earning.isEmpty()) {
        if (const QString error = RulesChecks::checkEarnRate(earning); !error.isEmpty())
            return fail(error);
        earning.insert(QStringLiteral("expected_version"), saved.businessVersion);
        plan.mutations.append(make("business.update", earning));
    }

    // Tiers: each changed or new one checked alone, then the whole ladder as it will be.
    QHash<QString, LoyaltyTierRow> savedTiers;
    for (const LoyaltyTierRow &tier : saved.tiers)
        savedTiers.insert(tier.id, tier);
    struct TierEdit
    {
        int rank;
        qint64 threshold;
        QJsonObject payload;
    };
    QList<TierEdit> tierEdits;
    QList<RulesChecks::TierStep> ladder; // as it stands now, updated as edits are ordered
    for (const LoyaltyTierRow &tier : saved.tiers)
        ladder.append({tier.rank, tier.thresholdPoints});
    QList<RulesChecks::TierStep> finalLadder;
    for (int i = 0; i < RulesChecks::kTierCount; ++i) {
        const LoyaltyDraft::Tier &t = draft.tiers[i];
        const int rank = i + 1;
        // New: not in the cache (the page may have given it an id already).
        const bool isNew = t.id.isEmpty() || !savedTiers.contains(t.id);
        if (isNew && t.name.trimmed().isEmpty())
            continue; // an unused rank stays unused
        finalLadder.append({rank, t.thresholdPoints});
        QJsonObject p{{QStringLiteral("id"), t.id.isEmpty() ? Mutations::newId() : t.id}};
        if (isNew) {
            p.insert(QStringLiteral("rank"), rank);
            p.insert(QStringLiteral("name"), t.name.trimmed());
            p.insert(QStringLiteral("threshold_points"), t.thresholdPoints);
            p.insert(QStringLiteral("perks"), t.perks.trimmed());
        } else {
            const LoyaltyTierRow before = savedTiers.value(t.id);
            if (t.name.trimmed() != before.name)
                p.insert(QStringLiteral("name"), t.name.trimmed());
            if (t.thresholdPoints != before.thresholdPoints)
                p.insert(QStringLiteral("threshold_points"), t.thresholdPoints);
            if (t.perks.trimmed() != before.perks)
                p.insert(QStringLiteral("perks"), t.perks.trimmed());
            if (p.size() == 1)
                continue;
            p.insert(QStringLiteral("expected_version"), before.version);
        }
        if (const QString error = RulesChecks::checkTier(p, isNew); !error.isEmpty())
            return fail(tr("Tier %1: %2").arg(rank).arg(error));
        tierEdits.append({rank, t.thresholdPoints, p});
    }
    if (const QString error = RulesChecks::checkTierLadder(finalLadder); !error.isEmpty())
        return fail(error);
    // The server checks the ladder after every single edit: send first whichever edit keeps it
    // rising (raising the top tier before the one below it, lowering the bottom one first).
    while (!tierEdits.isEmpty()) {
        qsizetype next = -1;
        for (qsizetype e = 0; e < tierEdits.size() && next < 0; ++e) {
            QList<RulesChecks::TierStep> trial = ladder;
            bool replaced = false;
            for (RulesChecks::TierStep &step : trial) {
                if (step.rank == tierEdits.at(e).rank) {
                    step.thresholdPoints = tierEdits.at(e).threshold;
                    replaced = true;
                }
            }
            if (!replaced)
                trial.append({tierEdits.at(e).rank, tierEdits.at(e).threshold});
            if (RulesChecks::checkTierLadder(trial).isEmpty()) {
                next = e;
                ladder = trial;
            }
        }
        if (next < 0)
            return fail(tr("These tier thresholds cannot be changed in one step; change one tier, "
                           "save, then the next."));
        plan.mutations.append(make("loyalty_tier.upsert", tierEdits.takeAt(next).payload));
    }

    // Rewards.
    QHash<QString, LoyaltyRewardRow> savedRewards;
    for (const LoyaltyRewardRow &reward : saved.rewards)
        savedRewards.insert(reward.id, reward);
    for (const LoyaltyDraft::Reward &r : draft.rewards) {
        const bool isNew = r.id.isEmpty() || !savedRewards.contains(r.id);
        if (isNew && r.name.trimmed().isEmpty() && r.costPoints <= 0)
            continue; // an empty new line
        QJsonObject p{{QStringLiteral("id"), r.id.isEmpty() ? Mutations::newId() : r.id}};
        if (isNew) {
            p.insert(QStringLiteral("name"), r.name.trimmed());
            p.insert(QStringLiteral("cost_points"), r.costPoints);
            p.insert(QStringLiteral("active"), r.active);
        } else {
            const LoyaltyRewardRow before = savedRewards.value(r.id);
            if (r.name.trimmed() != before.name)
                p.insert(QStringLiteral("name"), r.name.trimmed());
            if (r.costPoints != before.costPoints)
                p.insert(QStringLiteral("cost_points"), r.costPoints);
            if (r.active != before.active)
                p.insert(QStringLiteral("active"), r.active);
            if (p.size() == 1)
                continue;
            p.insert(QStringLiteral("expected_version"), before.version);
        }
        if (const QString error = RulesChecks::checkReward(p, isNew); !error.isEmpty()) {
            const QString name = r.name.trimmed().isEmpty() ? tr("A new reward") : r.name.trimmed();
            return fail(tr("%1: %2").arg(name, error));
        }
        plan.mutations.append(make("loyalty_reward.upsert", p));
    }
    return plan;
}

ReminderDraft reminderDraftFrom(const ReminderRulesRow &saved)
{
    ReminderDraft draft;
    draft.dayBefore = saved.dayBefore;
    draft.twoHours = saved.twoHours;
    draft.quietHours = saved.quietStartMinute.has_value() && saved.quietEndMinute.has_value();
    if (draft.quietHours) {
        draft.quietStartMinute = *saved.quietStartMinute;
        draft.quietEndMinute = *saved.quietEndMinute;
    }
    return draft;
}

PlannedEdits planReminderEdits(const ReminderRulesRow &saved, const ReminderDraft &draft)
{
    PlannedEdits plan;
    const ReminderDraft before = reminderDraftFrom(saved);
    QJsonObject p;
    for (int c = 0; c < 3; ++c) {
        if (draft.dayBefore[c] != before.dayBefore[c])
            p.insert(QStringLiteral("reminder_24h_%1").arg(QLatin1String(kChannels[c])),
                     draft.dayBefore[c]);
        if (draft.twoHours[c] != before.twoHours[c])
            p.insert(QStringLiteral("reminder_2h_%1").arg(QLatin1String(kChannels[c])),
                     draft.twoHours[c]);
    }
    const bool quietChanged = draft.quietHours != before.quietHours
                              || (draft.quietHours
                                  && (draft.quietStartMinute != before.quietStartMinute
                                      || draft.quietEndMinute != before.quietEndMinute));
    if (quietChanged) {
        p.insert(QStringLiteral("quiet_start_minute"),
                 draft.quietHours ? QJsonValue(draft.quietStartMinute) : QJsonValue());
        p.insert(QStringLiteral("quiet_end_minute"),
                 draft.quietHours ? QJsonValue(draft.quietEndMinute) : QJsonValue());
    }
    if (p.isEmpty())
        return plan;
    if (const QString error = RulesChecks::checkReminderRules(p); !error.isEmpty()) {
        plan.error = error;
        return plan;
    }
    if (!saved.id.isEmpty())
        p.insert(QStringLiteral("expected_version"), saved.version);
    plan.mutations.append(make("reminder_rules.set", p));
    return plan;
}

} // namespace Chairside
