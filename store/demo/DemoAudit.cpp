#include "store/demo/DemoSalonBuilder.h"
#include "store/demo/DemoTableWriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

// The demo salon's reminder rules and its audit log: what the server's private.audit() trigger
// would have recorded for the rows the generator wrote (points, handoffs, replies), and a short
// history of the owner's setup changes, so the owners' Audit log page has something to show.
namespace Chairside {

namespace {

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

void DemoSalonBuilder::writeReminderRules()
{
    if (m_failure)
        return;
    DemoRandom random(m_options.seed, u"reminder-rules");
    m_reminderRulesId = random.uuid();
    DemoTableWriter rules(m_db, QStringLiteral("reminder_rules"),
                          {QStringLiteral("id"), QStringLiteral("business_id"),
                           QStringLiteral("reminder_24h_whatsapp"),
                           QStringLiteral("reminder_24h_sms"), QStringLiteral("reminder_24h_email"),
                           QStringLiteral("reminder_2h_whatsapp"),
                           QStringLiteral("reminder_2h_sms"), QStringLiteral("reminder_2h_email"),
                           QStringLiteral("quiet_start_minute"), QStringLiteral("quiet_end_minute"),
                           QStringLiteral("updated_at")},
                          &m_failure);
    // Quiet from 20:00 to 08:00; the 2 h reminder does not go by e-mail (the server's default).
    rules.insert(
        {m_reminderRulesId, m_businessId, 1, 1, 1, 1, 1, 0, 20 * 60, 8 * 60, m_now - 85 * 86400});
}

void DemoSalonBuilder::makeAuditLog()
{
    if (m_failure)
        return;
    DemoRandom random(m_options.seed, u"audit");
    DemoTableWriter audit(
        m_db, QStringLiteral("audit_log"),
        {QStringLiteral("id"), QStringLiteral("business_id"), QStringLiteral("at"),
         QStringLiteral("actor_staff_id"), QStringLiteral("action"), QStringLiteral("table_name"),
         QStringLiteral("row_id"), QStringLiteral("detail"), QStringLiteral("updated_at")},
        &m_failure);
    const auto add = [&](qint64 at, const QVariant &actor, const QString &action,
                         const QString &table, const QString &rowId, const QJsonObject &detail) {
        audit.insert(
            {random.uuid(), m_businessId, at, actor, action, table, rowId, compact(detail), at});
    };
    const QString owner = m_staff.at(m_owner).id;
    const auto atHour = [&](int daysAgo, int minute) {
        return m_clock.toEpoch(m_anchor.addDays(-daysAgo), minute);
    };

    // The owner's setup history, newest values as they are now.
    add(atHour(85, 9 * 60 + 12), owner, QStringLiteral("reminder_rules.update"),
        QStringLiteral("reminder_rules"), m_reminderRulesId,
        {{QStringLiteral("quiet_start_minute"), 20 * 60},
         {QStringLiteral("quiet_end_minute"), 8 * 60}});
    if (!m_rewardIds.isEmpty()) {
        const DemoRewardSpec &reward = m_region.rewards.constLast();
        add(atHour(60, 8 * 60 + 47), owner, QStringLiteral("loyalty_rewards.insert"),
            QStringLiteral("loyalty_rewards"), m_rewardIds.constLast(),
            {{QStringLiteral("name"), reward.name},
             {QStringLiteral("cost_points"), reward.costPoints},
             {QStringLiteral("active"), true}});
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, rank, threshold_points, perks FROM loyalty_tiers "
                             "WHERE business_id = ? ORDER BY rank"));
    q.addBindValue(m_businessId);
    if (q.exec()) {
        while (q.next()) {
            if (q.value(1).toInt() == 3)
                add(atHour(41, 17 * 60 + 5), owner, QStringLiteral("loyalty_tiers.update"),
                    QStringLiteral("loyalty_tiers"), q.value(0).toString(),
                    {{QStringLiteral("perks"), q.value(3).toString()}});
            if (q.value(1).toInt() == 2)
                add(atHour(3, 18 * 60 + 20), owner, QStringLiteral("loyalty_tiers.update"),
                    QStringLiteral("loyalty_tiers"), q.value(0).toString(),
                    {{QStringLiteral("threshold_points"), q.value(2).toLongLong()}});
        }
    }
    if (!m_services.isEmpty())
        add(atHour(20, 8 * 60 + 15), owner, QStringLiteral("services.update"),
            QStringLiteral("services"), m_services.constFirst().id,
            {{QStringLiteral("price_minor"), m_services.constFirst().priceMinor}});
    add(atHour(12, 19 * 60 + 2), owner, QStringLiteral("business.update"),
        QStringLiteral("businesses"), m_businessId,
        {{QStringLiteral("loyalty_expiry_months"), m_region.expiryMonths}});

    // What the desk did: points, handoffs and replies, in the order they happened.
    q.finish();
    q.prepare(QStringLiteral(
        "SELECT created_at, created_by, 'loyalty.' || kind, 'loyalty_ledger', id, kind, points, "
        "reason, customer_id FROM loyalty_ledger WHERE business_id = ? "
        "UNION ALL SELECT created_at, NULL, 'handoff.create', 'ai_handoffs', id, NULL, NULL, "
        "reason, customer_id FROM ai_handoffs WHERE business_id = ? "
        "UNION ALL SELECT claimed_at, assigned_to, 'handoff.claim', 'ai_handoffs', id, NULL, "
        "NULL, NULL, NULL FROM ai_handoffs WHERE business_id = ? AND claimed_at IS NOT NULL "
        "UNION ALL SELECT resolved_at, resolved_by, 'handoff.resolve', 'ai_handoffs', id, NULL, "
        "NULL, outcome, NULL FROM ai_handoffs WHERE business_id = ? AND resolved_at IS NOT NULL "
        "UNION ALL SELECT created_at, created_by, 'message.reply', 'outbound_messages', id, "
        "channel, NULL, NULL, customer_id FROM outbound_messages WHERE business_id = ? AND "
        "kind = 'reply' ORDER BY 1, 3, 5"));
    for (int i = 0; i < 5; ++i)
        q.addBindValue(m_businessId);
    if (!q.exec()) {
        m_failure = q.lastError();
        return;
    }
    while (q.next() && !m_failure) {
        const QString action = q.value(2).toString();
        QJsonObject detail;
        if (action.startsWith(u"loyalty.")) {
            detail = {{QStringLiteral("kind"), q.value(5).toString()},
                      {QStringLiteral("points"), q.value(6).toLongLong()},
                      {QStringLiteral("reason"), q.value(7).toString()},
                      {QStringLiteral("customer_id"), q.value(8).toString()}};
        } else if (action == u"handoff.create") {
            detail = {{QStringLiteral("reason"), q.value(7).toString()}};
        } else if (action == u"handoff.claim") {
            detail = {{QStringLiteral("assigned_to"), q.value(1).toString()}};
        } else if (action == u"handoff.resolve") {
            detail = {{QStringLiteral("resolved"), true},
                      {QStringLiteral("outcome"), q.value(7).toString()}};
        } else {
            detail = {{QStringLiteral("channel"), q.value(5).toString()}};
        }
        add(q.value(0).toLongLong(), q.value(1), action, q.value(3).toString(),
            q.value(4).toString(), detail);
    }
    m_summary.auditRows = audit.count();
}

} // namespace Chairside
