#include "sync/LocalRulesMutations.h"

#include "core/business/RulesChecks.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Chairside {

Q_LOGGING_CATEGORY(lcLocalRules, "chairside.sync.local.rules")

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Chairside::LocalRulesMutations", text);
}

QString failedSentence()
{
    return tr("The change could not be saved on this computer.");
}

const char *const kReminderSwitches[] = {"reminder_24h_whatsapp", "reminder_24h_sms",
                                         "reminder_24h_email",    "reminder_2h_whatsapp",
                                         "reminder_2h_sms",       "reminder_2h_email"};

class RulesApplier
{
public:
    RulesApplier(QSqlDatabase &db, const Mutation &m, const LocalActor &actor)
        : m_db(db)
        , m_m(m)
        , m_p(m.payload)
        , m_actor(actor)
        , m_now(m.createdAt > 0 ? m.createdAt : QDateTime::currentSecsSinceEpoch())
    {}

    LocalEffect run()
    {
        // Same order as the server: the role before anything is read.
        if (m_actor.role != StaffRole::Owner)
            refuse(tr("Only an owner can change the business setup."));
        else if (m_m.kind == u"loyalty_tier.upsert")
            tier();
        else if (m_m.kind == u"loyalty_reward.upsert")
            reward();
        else
            reminderRules();
        if (!m_effect.ok()) {
            m_effect.tables.clear();
            m_effect.undo = {};
        } else {
            m_effect.tables.removeDuplicates();
            m_effect.undo = QJsonObject{{QStringLiteral("restore"), m_restore},
                                        {QStringLiteral("delete"), m_delete}};
        }
        return m_effect;
    }

private:
    bool failed() const { return !m_effect.ok(); }

    void refuse(const QString &sentence)
    {
        if (m_effect.error.isEmpty())
            m_effect.error = sentence;
    }

    std::optional<QJsonObject> one(const QString &sql, const QVariantList &values)
    {
        if (failed())
            return std::nullopt;
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            qCWarning(lcLocalRules) << m_m.kind << "read failed:" << q.lastError().text();
            refuse(failedSentence());
            return std::nullopt;
        }
        if (!q.next())
            return std::nullopt;
        return localRowJson(q);
    }

    bool exec(const QString &table, const QString &sql, const QVariantList &values)
    {
        if (failed())
            return false;
        QSqlQuery q(m_db);
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            qCWarning(lcLocalRules)
                << m_m.kind << "failed on" << table << ":" << q.lastError().text();
            refuse(failedSentence());
            return false;
        }
        m_effect.tables.append(table);
        return true;
    }

    QString businessId()
    {
        if (auto s = one(QStringLiteral("SELECT business_id FROM staff_members WHERE id = ?"),
                         {m_actor.staffId}))
            return s->value(QStringLiteral("business_id")).toString();
        if (auto b = one(QStringLiteral("SELECT id FROM businesses ORDER BY id LIMIT 1"), {}))
            return b->value(QStringLiteral("id")).toString();
        return {};
    }

    void target(const QString &table, const QString &id, const std::optional<QJsonObject> &before)
    {
        m_effect.targetTable = table;
        m_effect.targetId = id;
        if (before)
            m_effect.baseVersion = before->value(QStringLiteral("version")).toInteger();
    }

    void remember(const QString &table, const QJsonObject &before)
    {
        QJsonArray rows = m_restore.value(table).toArray();
        rows.append(before);
        m_restore.insert(table, rows);
    }

    void created(const QString &table, const QString &id)
    {
        QJsonArray ids = m_delete.value(table).toArray();
        ids.append(id);
        m_delete.insert(table, ids);
    }

    bool has(const char *key) const { return m_p.contains(QLatin1String(key)); }
    bool given(const char *key) const
    {
        const QJsonValue v = m_p.value(QLatin1String(key));
        return !v.isUndefined() && !v.isNull();
    }
    QString trimmed(const char *key) const
    {
        return m_p.value(QLatin1String(key)).toString().trimmed();
    }
    qint64 integer(const char *key) const { return m_p.value(QLatin1String(key)).toInteger(); }

    // SET clauses for the keys present in the payload; `null` keeps the value, as on the server.
    void addInteger(QStringList *sets, QVariantList *values, const char *key)
    {
        if (!given(key))
            return;
        sets->append(QStringLiteral("%1 = ?").arg(QLatin1String(key)));
        values->append(integer(key));
    }
    void addFlag(QStringList *sets, QVariantList *values, const char *key)
    {
        if (!given(key))
            return;
        sets->append(QStringLiteral("%1 = ?").arg(QLatin1String(key)));
        values->append(m_p.value(QLatin1String(key)).toBool() ? 1 : 0);
    }

    void update(const QString &table, const QString &id, QStringList sets, QVariantList values)
    {
        if (sets.isEmpty())
            return; // nothing changes: no new updated_at either
        sets.append(QStringLiteral("updated_at = ?"));
        values.append(m_now);
        values.append(id);
        exec(table, QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(u", ")),
             values);
    }

    // ---- loyalty_tier.upsert ----------------------------------------------------------------

    void tier()
    {
        const QString table = QStringLiteral("loyalty_tiers");
        const QString id = trimmed("id");
        if (id.isEmpty())
            return refuse(tr("The change names no tier."));
        const auto before = one(QStringLiteral("SELECT * FROM loyalty_tiers WHERE id = ?"), {id});
        target(table, id, before);
        if (failed())
            return;
        const QString error = RulesChecks::checkTier(m_p, !before);
        if (!error.isEmpty())
            return refuse(error);
        const QString business =
            before ? before->value(QStringLiteral("business_id")).toString() : businessId();
        if (!before) {
            exec(
                table,
                QStringLiteral("INSERT INTO loyalty_tiers (id, business_id, rank, name, "
                               "threshold_points, perks, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {id, business, integer("rank"), trimmed("name"), integer("threshold_points"),
                 trimmed("perks"), m_now});
            created(table, id);
        } else if (!before->value(QStringLiteral("deleted_at")).isNull()) {
            return refuse(tr("This tier was deleted."));
        } else {
            remember(table, *before);
            QStringList sets;
            QVariantList values;
            addInteger(&sets, &values, "rank");
            addInteger(&sets, &values, "threshold_points");
            if (has("name")) {
                sets.append(QStringLiteral("name = ?"));
                values.append(trimmed("name"));
            }
            if (has("perks")) {
                sets.append(QStringLiteral("perks = ?"));
                values.append(trimmed("perks"));
            }
            if (m_p.value(QStringLiteral("deleted")).toBool()) {
                sets.append(QStringLiteral("deleted_at = ?"));
                values.append(m_now);
            }
            update(table, id, sets, values);
        }
        checkLadder(business);
    }

    void checkLadder(const QString &business)
    {
        if (failed())
            return;
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT rank, threshold_points FROM loyalty_tiers "
                                 "WHERE business_id = ? AND deleted_at IS NULL"));
        q.addBindValue(business);
        if (!q.exec())
            return refuse(failedSentence());
        QList<RulesChecks::TierStep> steps;
        while (q.next())
            steps.append({q.value(0).toInt(), q.value(1).toLongLong()});
        const QString error = RulesChecks::checkTierLadder(steps);
        if (!error.isEmpty())
            refuse(error);
    }

    // ---- loyalty_reward.upsert --------------------------------------------------------------

    void reward()
    {
        const QString table = QStringLiteral("loyalty_rewards");
        const QString id = trimmed("id");
        if (id.isEmpty())
            return refuse(tr("The change names no reward."));
        const auto before = one(QStringLiteral("SELECT * FROM loyalty_rewards WHERE id = ?"), {id});
        target(table, id, before);
        if (failed())
            return;
        const QString error = RulesChecks::checkReward(m_p, !before);
        if (!error.isEmpty())
            return refuse(error);
        if (!before) {
            exec(table,
                 QStringLiteral("INSERT INTO loyalty_rewards (id, business_id, name, cost_points, "
                                "active, updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
                 {id, businessId(), trimmed("name"), integer("cost_points"),
                  given("active") && !m_p.value(QStringLiteral("active")).toBool() ? 0 : 1, m_now});
            created(table, id);
            return;
        }
        if (!before->value(QStringLiteral("deleted_at")).isNull())
            return refuse(tr("This reward was deleted."));
        remember(table, *before);
        QStringList sets;
        QVariantList values;
        if (has("name")) {
            sets.append(QStringLiteral("name = ?"));
            values.append(trimmed("name"));
        }
        addInteger(&sets, &values, "cost_points");
        addFlag(&sets, &values, "active");
        if (m_p.value(QStringLiteral("deleted")).toBool()) {
            sets.append(QStringLiteral("deleted_at = ?"));
            values.append(m_now);
        }
        update(table, id, sets, values);
    }

    // ---- reminder_rules.set -----------------------------------------------------------------

    void reminderRules()
    {
        const QString table = QStringLiteral("reminder_rules");
        const QString error = RulesChecks::checkReminderRules(m_p);
        if (!error.isEmpty())
            return refuse(error);
        const QString business = businessId();
        auto before = one(QStringLiteral("SELECT * FROM reminder_rules WHERE business_id = ? AND "
                                         "deleted_at IS NULL ORDER BY id LIMIT 1"),
                          {business});
        if (failed())
            return;
        QString id;
        if (!before) {
            // Every business has its rules row on the server; one the cache lacks is made with
            // the server's defaults under an id derived from the mutation (idempotent).
            static const QUuid ns(QStringLiteral("0b7f5f0e-3c8d-4a8e-9a41-2d6f1c9e5b13"));
            id = QUuid::createUuidV5(ns, m_m.id).toString(QUuid::WithoutBraces);
            exec(table,
                 QStringLiteral("INSERT INTO reminder_rules (id, business_id, updated_at) "
                                "VALUES (?, ?, ?)"),
                 {id, business, m_now});
            created(table, id);
        } else {
            id = before->value(QStringLiteral("id")).toString();
            remember(table, *before);
        }
        target(table, id, before);
        QStringList sets;
        QVariantList values;
        for (const char *key : kReminderSwitches)
            addFlag(&sets, &values, key);
        if (has("quiet_start_minute") || has("quiet_end_minute")) {
            sets.append(QStringLiteral("quiet_start_minute = ?"));
            values.append(given("quiet_start_minute") ? QVariant(integer("quiet_start_minute"))
                                                      : QVariant());
            sets.append(QStringLiteral("quiet_end_minute = ?"));
            values.append(given("quiet_end_minute") ? QVariant(integer("quiet_end_minute"))
                                                    : QVariant());
        }
        update(table, id, sets, values);
    }

    QSqlDatabase &m_db;
    const Mutation &m_m;
    const QJsonObject &m_p;
    const LocalActor &m_actor;
    const qint64 m_now;
    LocalEffect m_effect;
    QJsonObject m_restore;
    QJsonObject m_delete;
};

} // namespace

bool isLocalRulesKind(const QString &kind)
{
    return kind == u"loyalty_tier.upsert" || kind == u"loyalty_reward.upsert"
           || kind == u"reminder_rules.set";
}

LocalEffect applyRulesLocally(QSqlDatabase &db, const Mutation &mutation, const LocalActor &actor)
{
    return RulesApplier(db, mutation, actor).run();
}

QString describeRulesMutation(QSqlDatabase &db, const Mutation &mutation)
{
    const QString &k = mutation.kind;
    if (k == u"reminder_rules.set")
        return tr("Change the reminder rules");
    const bool isTier = k == u"loyalty_tier.upsert";
    const QString id = mutation.payload.value(QStringLiteral("id")).toString();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(isTier ? QStringLiteral("SELECT name FROM loyalty_tiers WHERE id = ?")
                     : QStringLiteral("SELECT name FROM loyalty_rewards WHERE id = ?"));
    q.addBindValue(id);
    const bool known = q.exec() && q.next();
    const QString name =
        known ? q.value(0).toString() : mutation.payload.value(QStringLiteral("name")).toString();
    if (name.isEmpty())
        return {};
    const bool removed = mutation.payload.value(QStringLiteral("deleted")).toBool();
    if (isTier) {
        if (!known)
            return tr("Add the loyalty tier \u201c%1\u201d").arg(name);
        return removed ? tr("Remove the loyalty tier \u201c%1\u201d").arg(name)
                       : tr("Change the loyalty tier \u201c%1\u201d").arg(name);
    }
    if (!known)
        return tr("Add the reward \u201c%1\u201d").arg(name);
    return removed ? tr("Remove the reward \u201c%1\u201d").arg(name)
                   : tr("Change the reward \u201c%1\u201d").arg(name);
}

QString rulesAnswerTable(const QString &kind)
{
    if (kind == u"loyalty_tier.upsert")
        return QStringLiteral("loyalty_tiers");
    if (kind == u"loyalty_reward.upsert")
        return QStringLiteral("loyalty_rewards");
    if (kind == u"reminder_rules.set")
        return QStringLiteral("reminder_rules");
    return {};
}

} // namespace Chairside
