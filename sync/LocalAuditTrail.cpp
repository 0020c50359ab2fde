#include "sync/LocalAuditTrail.h"

#include "core/Loyalty.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <optional>

namespace Chairside {

Q_LOGGING_CATEGORY(lcLocalAuditTrail, "chairside.sync.local.audit")

namespace {

// The row an edit changes: the table, and how to find the row before and after the edit.
struct AuditTarget
{
    QString table;
    QString sql; // SELECT * ... one row, or every row of `many`
    QVariantList values;
    bool many = false; // one edit changes several rows: a line for each changed one
};

QString payloadText(const Mutation &m, const char *key)
{
    return m.payload.value(QLatin1String(key)).toString();
}

QString actorBusiness(QSqlDatabase &db, const LocalActor &actor, QString *userId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT business_id, user_id FROM staff_members WHERE id = ?"));
    q.addBindValue(actor.staffId);
    if (q.exec() && q.next()) {
        *userId = q.value(1).toString();
        return q.value(0).toString();
    }
    q.finish();
    if (q.exec(QStringLiteral("SELECT id FROM businesses ORDER BY id LIMIT 1")) && q.next())
        return q.value(0).toString();
    return {};
}

// The tables the server audits (supabase/migrations/*_rules.sql, *_business_setup.sql,
// *_reminders.sql), by the mutation kinds that write them.
std::optional<AuditTarget> targetOf(const Mutation &m, const QString &business)
{
    const QString &k = m.kind;
    const auto byId = [&](const char *table) {
        return AuditTarget{
            QString::fromLatin1(table),
            QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(QLatin1String(table)),
            {payloadText(m, "id")}};
    };
    if (k == u"business.update")
        return AuditTarget{QStringLiteral("businesses"),
                           QStringLiteral("SELECT * FROM businesses WHERE id = ?"),
                           {business}};
    if (k == u"reminder_rules.set")
        return AuditTarget{QStringLiteral("reminder_rules"),
                           QStringLiteral("SELECT * FROM reminder_rules WHERE business_id = ? AND "
                                          "deleted_at IS NULL ORDER BY id LIMIT 1"),
                           {business}};
    if (k == u"staff.services_set")
        return AuditTarget{QStringLiteral("staff_services"),
                           QStringLiteral("SELECT * FROM staff_services WHERE staff_id = ? "
                                          "ORDER BY id"),
                           {payloadText(m, "staff_id")},
                           true};
    if (k == u"working_hours.set")
        return AuditTarget{
            QStringLiteral("working_hours"),
            QStringLiteral("SELECT * FROM working_hours WHERE staff_id = ? AND "
                           "weekday = ? ORDER BY deleted_at IS NOT NULL, id LIMIT 1"),
            {payloadText(m, "staff_id"), m.payload.value(QStringLiteral("weekday")).toInteger()}};
    if (k == u"customer.merge")
        return AuditTarget{QStringLiteral("customers"),
                           QStringLiteral("SELECT * FROM customers WHERE id = ?"),
                           {payloadText(m, "keep_id")}};
    if (payloadText(m, "id").isEmpty())
        return std::nullopt;
    // Completing a visit books its earn line (the server's appointments_earn_points).
    if (k == u"appointment.set_status" && payloadText(m, "status") == u"completed")
        return AuditTarget{QStringLiteral("loyalty_ledger"),
                           QStringLiteral("SELECT * FROM loyalty_ledger WHERE id = ?"),
                           {earnLineId(payloadText(m, "id"))}};
    if (k == u"service.upsert")
        return byId("services");
    if (k == u"staff.upsert")
        return byId("staff_members");
    if (k == u"time_off.upsert")
        return byId("time_off");
    if (k == u"loyalty_tier.upsert")
        return byId("loyalty_tiers");
    if (k == u"loyalty_reward.upsert")
        return byId("loyalty_rewards");
    if (k == u"loyalty.award" || k == u"loyalty.redeem" || k == u"loyalty.adjust")
        return byId("loyalty_ledger");
    if (k == u"handoff.claim" || k == u"handoff.release" || k == u"handoff.resolve")
        return byId("ai_handoffs");
    if (k == u"customer.erase")
        return byId("customers");
    return std::nullopt;
}

// The target's rows (at most one unless `many`).
QList<QJsonObject> readTarget(QSqlDatabase &db, const AuditTarget &target, bool *ok)
{
    QList<QJsonObject> rows;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(target.sql);
    for (const QVariant &v : target.values)
        q.addBindValue(v);
    if (!q.exec()) {
        qCWarning(lcLocalAuditTrail)
            << "reading" << target.table << "failed:" << q.lastError().text();
        *ok = false;
        return rows;
    }
    while ((target.many || rows.isEmpty()) && q.next())
        rows.append(localRowJson(q, target.table));
    return rows;
}

// private.audit(): the action name for a change of `table`.
QString actionFor(const Mutation &m, const QString &table, const QJsonObject &after, bool insert)
{
    if (table == u"loyalty_ledger")
        return u"loyalty." + after.value(QStringLiteral("kind")).toString();
    if (table == u"ai_handoffs")
        return m.kind;
    if (table == u"customers")
        return m.kind == u"customer.merge" ? QStringLiteral("customer.merge")
                                           : QStringLiteral("customer.erase");
    if (table == u"staff_members")
        return insert ? QStringLiteral("staff.insert") : QStringLiteral("staff.update");
    if (table == u"businesses")
        return QStringLiteral("business.update");
    return table + (insert ? QStringLiteral(".insert") : QStringLiteral(".update"));
}

QString writeAuditRow(QSqlDatabase &db, const Mutation &m, const LocalActor &actor,
                      const QString &business, const QString &userId, const AuditTarget &target,
                      const std::optional<QJsonObject> &before, const QJsonObject &after)
{
    QJsonObject detail;
    if (m.kind == u"customer.merge") {
        // private.audit_customer_merge: which duplicate went into the kept customer, no names;
        // a merge that was made already changes nothing and is not audited again.
        if (before && *before == after)
            return {};
        detail.insert(QStringLiteral("merged_from"), m.payload.value(QStringLiteral("merge_id")));
    } else if (target.table != u"customers") {
        static const QStringList skipped = {QStringLiteral("version"), QStringLiteral("updated_at"),
                                            QStringLiteral("business_id"), QStringLiteral("id")};
        for (auto it = after.begin(); it != after.end(); ++it) {
            if (skipped.contains(it.key()))
                continue;
            if (!before || before->value(it.key()) != it.value())
                detail.insert(it.key(), it.value());
        }
        if (before && detail.isEmpty())
            return {}; // nothing changed: the trigger writes nothing either
    }
    static const QUuid ns(QStringLiteral("3d0c2a8e-61f4-4b5e-8f0a-7c1e9d2b4a60"));
    const QString rowId = after.value(QStringLiteral("id")).toString();
    const QString name = target.many ? QString(m.id + QStringLiteral(":audit:") + rowId)
                                     : QString(m.id + QStringLiteral(":audit"));
    const QString id = QUuid::createUuidV5(ns, name).toString(QUuid::WithoutBraces);
    const qint64 at = m.createdAt > 0 ? m.createdAt : QDateTime::currentSecsSinceEpoch();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO audit_log (id, business_id, at, actor_user_id, actor_staff_id, action, "
        "table_name, row_id, detail, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(id) DO NOTHING"));
    q.addBindValue(id);
    q.addBindValue(business);
    q.addBindValue(at);
    q.addBindValue(userId.isEmpty() ? QVariant() : QVariant(userId));
    q.addBindValue(actor.staffId.isEmpty() ? QVariant() : QVariant(actor.staffId));
    q.addBindValue(actionFor(m, target.table, after, !before));
    q.addBindValue(target.table);
    q.addBindValue(rowId);
    q.addBindValue(QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
    q.addBindValue(at);
    if (!q.exec()) {
        qCWarning(lcLocalAuditTrail) << "writing the audit log failed:" << q.lastError().text();
        return q.lastError().text();
    }
    return {};
}

} // namespace

OutboxResult enqueueAudited(QSqlDatabase &db, const Mutation &mutation, const LocalActor &actor,
                            Outbox::Mode mode)
{
    if (mode != Outbox::Mode::LocalOnly)
        return Outbox(db).enqueue(mutation, actor, mode);
    QString userId;
    const QString business = actorBusiness(db, actor, &userId);
    const auto target = targetOf(mutation, business);
    if (!target)
        return Outbox(db).enqueue(mutation, actor, mode);

    QString error;
    if (!beginSavepoint(db, "chairside_audited", &error))
        return OutboxResult{false, error, {}};
    bool ok = true;
    const QList<QJsonObject> before = readTarget(db, *target, &ok);
    OutboxResult result = Outbox(db).enqueue(mutation, actor, mode);
    if (!result.ok) {
        rollbackSavepoint(db, "chairside_audited");
        return result;
    }
    const QList<QJsonObject> after = readTarget(db, *target, &ok);
    for (const QJsonObject &row : after) {
        if (!ok || !error.isEmpty())
            break;
        // A single target is the same row before and after; of many, the row with its id.
        std::optional<QJsonObject> earlier;
        for (const QJsonObject &b : before) {
            if (!target->many || b.value(QStringLiteral("id")) == row.value(QStringLiteral("id")))
                earlier = b;
        }
        error = writeAuditRow(db, mutation, actor, business, userId, *target, earlier, row);
    }
    if (!ok || !error.isEmpty()) {
        // The audit line is part of the edit: without it, neither is kept.
        rollbackSavepoint(db, "chairside_audited");
        return OutboxResult{
            false,
            QCoreApplication::translate("Chairside::LocalAuditTrail",
                                        "The change could not be saved on this computer."),
            {}};
    }
    if (!releaseSavepoint(db, "chairside_audited", &error)) {
        rollbackSavepoint(db, "chairside_audited");
        return OutboxResult{false, error, {}};
    }
    result.changedTables.append(QStringLiteral("audit_log"));
    return result;
}

} // namespace Chairside
