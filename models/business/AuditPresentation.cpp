#include "models/business/AuditPresentation.h"

#include "core/Money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTime>

namespace Chairside {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Chairside::AuditPresentation", text, disambiguation, n);
}

bool truthy(const QJsonValue &v)
{
    return v.isBool() ? v.toBool() : v.toInteger() != 0;
}

QString minuteText(const QJsonValue &v, const BusinessContext &context)
{
    if (v.isNull() || v.isUndefined())
        return tr("none");
    const int minute = int(v.toInteger());
    return context.locale.toString(QTime(minute / 60, minute % 60), QStringLiteral("HH:mm"));
}

QString quoted(const QString &text)
{
    QString shown = text.simplified();
    if (shown.size() > 60)
        shown = shown.left(59) + QChar(0x2026);
    return QStringLiteral("\u201c%1\u201d").arg(shown);
}

QString channelName(const QString &key)
{
    if (key == u"whatsapp")
        return tr("WhatsApp");
    if (key == u"sms")
        return tr("SMS");
    if (key == u"email")
        return tr("e-mail");
    return key;
}

// One changed column in words ("threshold 600 points"); empty for columns not worth a word.
QString fieldWords(const QString &key, const QJsonValue &v, const BusinessContext &context)
{
    const QLocale &l = context.locale;
    if (key.startsWith(u"reminder_")) {
        // reminder_24h_sms -> "24 h SMS on"
        const QStringList parts = key.split(u'_');
        if (parts.size() == 3)
            return tr("%1 %2 %3")
                .arg(parts.at(1) == u"24h" ? tr("24 h") : tr("2 h"), channelName(parts.at(2)),
                     truthy(v) ? tr("on") : tr("off"));
    }
    if (key == u"quiet_start_minute")
        return tr("quiet hours from %1").arg(minuteText(v, context));
    if (key == u"quiet_end_minute")
        return tr("quiet hours until %1").arg(minuteText(v, context));
    if (key == u"threshold_points")
        return tr("threshold %1 points").arg(l.toString(v.toInteger()));
    if (key == u"cost_points")
        return tr("cost %1 points").arg(l.toString(v.toInteger()));
    if (key == u"perks")
        return tr("perks %1").arg(quoted(v.toString()));
    if (key == u"name" || key == u"display_name")
        return tr("name %1").arg(quoted(v.toString()));
    if (key == u"rank")
        return tr("rank %1").arg(v.toInteger());
    if (key == u"active")
        return truthy(v) ? tr("active") : tr("inactive");
    if (key == u"loyalty_minor_per_point")
        return tr("one point per %1 spent")
            .arg(formatMoney({v.toInteger(), context.currency}, context.locale));
    if (key == u"loyalty_expiry_months")
        return v.toInteger() == 0 ? tr("points never expire")
                                  : tr("points expire after %1 months").arg(v.toInteger());
    if (key == u"price_minor")
        return tr("price %1").arg(formatMoney({v.toInteger(), context.currency}, context.locale));
    if (key.endsWith(u"_minutes"))
        return tr("%1 %2 min").arg(QString(key).chopped(8).replace(u'_', u' ')).arg(v.toInteger());
    if (key == u"deleted_at")
        return v.isNull() ? tr("restored") : tr("removed");
    if (key == u"role")
        return tr("role %1").arg(v.toString());
    if (key == u"colour")
        return tr("colour %1").arg(v.toString());
    if (key == u"start_minute" || key == u"end_minute" || key == u"break_start_minute"
        || key == u"break_end_minute")
        return tr("%1 %2").arg(QString(key).chopped(7).replace(u'_', u' '), minuteText(v, context));
    if (key.endsWith(u"_id") || key == u"user_id" || key.endsWith(u"_at") || key == u"sort_order")
        return {};
    if (v.isString())
        return tr("%1 %2").arg(QString(key).replace(u'_', u' '), quoted(v.toString()));
    if (v.isBool())
        return tr("%1 %2").arg(QString(key).replace(u'_', u' '), v.toBool() ? tr("yes") : tr("no"));
    if (v.isDouble())
        return tr("%1 %2").arg(QString(key).replace(u'_', u' '), l.toString(v.toInteger()));
    return {};
}

QString pointsText(qint64 points, const QLocale &locale)
{
    return qAbs(points) == 1 ? tr("1 point") : tr("%1 points").arg(locale.toString(qAbs(points)));
}

QString changes(const QJsonObject &detail, const BusinessContext &context)
{
    QStringList words;
    // Quiet hours read better as one range.
    if (detail.contains(QStringLiteral("quiet_start_minute"))
        && detail.contains(QStringLiteral("quiet_end_minute"))) {
        const QJsonValue s = detail.value(QStringLiteral("quiet_start_minute"));
        const QJsonValue e = detail.value(QStringLiteral("quiet_end_minute"));
        words.append(
            s.isNull()
                ? tr("no quiet hours")
                : tr("quiet hours %1\u2013%2").arg(minuteText(s, context), minuteText(e, context)));
    }
    const QStringList keys = detail.keys();
    for (const QString &key : keys) {
        if (words.size() && (key == u"quiet_start_minute" || key == u"quiet_end_minute"))
            continue;
        const QString w = fieldWords(key, detail.value(key), context);
        if (!w.isEmpty())
            words.append(w);
    }
    return words.join(QStringLiteral(", "));
}

QString withChanges(const QString &sentence, const QString &changed)
{
    return changed.isEmpty() ? sentence : tr("%1: %2").arg(sentence, changed);
}

QString what(const AuditEntry &e, const QJsonObject &detail, const BusinessContext &context)
{
    const QString &a = e.action;
    const bool insert = a.endsWith(u".insert");
    const QString changed = changes(detail, context);
    const qint64 points = detail.value(QStringLiteral("points")).toInteger();
    const QString reason = detail.value(QStringLiteral("reason")).toString();
    const auto because = [&](const QString &s) {
        return reason.isEmpty() ? s : tr("%1 (%2)").arg(s, reason);
    };
    if (a == u"loyalty.earn")
        return because(tr("Earned %1").arg(pointsText(points, context.locale)));
    if (a == u"loyalty.award")
        return because(tr("Awarded %1").arg(pointsText(points, context.locale)));
    if (a == u"loyalty.redeem")
        return because(tr("Redeemed %1").arg(pointsText(points, context.locale)));
    if (a == u"loyalty.adjust")
        return because(
            tr("Adjusted points by %1")
                .arg(points > 0 ? QStringLiteral("+%1").arg(points) : QString::number(points)));
    if (a == u"loyalty.expire")
        return tr("%1 expired").arg(pointsText(points, context.locale));
    if (a == u"handoff.create")
        return because(tr("The assistant handed a conversation to the desk"));
    if (a == u"handoff.claim")
        return tr("Took over the conversation");
    if (a == u"handoff.release")
        return tr("Handed the conversation back");
    if (a == u"handoff.resolve") {
        const QString outcome = detail.value(QStringLiteral("outcome")).toString();
        return outcome.isEmpty()
                   ? tr("Closed the conversation")
                   : tr("Closed the conversation (%1)").arg(QString(outcome).replace(u'_', u' '));
    }
    if (a.startsWith(u"handoff."))
        return tr("Updated the conversation's handoff");
    if (a == u"message.reply")
        return tr("Replied by %1")
            .arg(channelName(detail.value(QStringLiteral("channel")).toString()));
    if (a.startsWith(u"message."))
        return tr("Sent a message");
    if (a == u"customer.erase")
        return tr("Erased the customer's personal data");
    if (a == u"customer.merge")
        return tr("Merged a duplicate record into this customer");
    if (a == u"business.update")
        return withChanges(tr("Changed the business settings"), changed);
    if (a.startsWith(u"staff."))
        return insert ? tr("Added a staff member")
                      : withChanges(tr("Changed a staff member"), changed);
    if (a.startsWith(u"services."))
        return insert ? withChanges(tr("Added a service"), changed)
                      : withChanges(tr("Changed a service"), changed);
    if (a.startsWith(u"staff_services.")) {
        // Added (or listed again: deleted_at cleared) or taken off a person's services.
        const QJsonValue gone = detail.value(QStringLiteral("deleted_at"));
        const bool removed = !gone.isUndefined() && !gone.isNull();
        const QString service = e.subjectDetail;
        if (removed)
            return service.isEmpty() ? tr("Took a service off the list")
                                     : tr("Took %1 off the list").arg(quoted(service));
        return service.isEmpty() ? tr("Added a service to the list")
                                 : tr("Added %1 to the list").arg(quoted(service));
    }
    if (a.startsWith(u"working_hours."))
        return withChanges(tr("Changed working hours"), changed);
    if (a.startsWith(u"time_off."))
        return insert ? tr("Added time off") : withChanges(tr("Changed time off"), changed);
    if (a.startsWith(u"loyalty_tiers."))
        return insert ? withChanges(tr("Added a loyalty tier"), changed)
                      : withChanges(tr("Changed a loyalty tier"), changed);
    if (a.startsWith(u"loyalty_rewards."))
        return insert ? withChanges(tr("Added a reward"), changed)
                      : withChanges(tr("Changed a reward"), changed);
    if (a.startsWith(u"reminder_rules."))
        return withChanges(tr("Changed the reminder rules"), changed);
    return withChanges(a, changed);
}

QString record(const AuditEntry &e)
{
    const QString &t = e.table;
    const QString name = e.subject;
    const auto named = [&](const QString &label) {
        return name.isEmpty() ? label : tr("%1 %2").arg(label, quoted(name));
    };
    if (t == u"loyalty_tiers")
        return named(tr("Loyalty tier"));
    if (t == u"loyalty_rewards")
        return named(tr("Reward"));
    if (t == u"services")
        return named(tr("Service"));
    if (t == u"staff_members")
        return named(tr("Staff member"));
    if (t == u"working_hours")
        return name.isEmpty() ? tr("Working hours") : tr("Working hours of %1").arg(name);
    if (t == u"time_off")
        return name.isEmpty() ? tr("Time off") : tr("Time off of %1").arg(name);
    if (t == u"staff_services")
        return name.isEmpty() ? tr("Services of a staff member") : tr("Services of %1").arg(name);
    if (t == u"reminder_rules")
        return tr("Reminder rules");
    if (t == u"businesses")
        return name.isEmpty() ? tr("Business") : name;
    if (t == u"customers" || t == u"loyalty_ledger" || t == u"outbound_messages")
        return name.isEmpty() ? tr("A customer") : name;
    if (t == u"ai_handoffs")
        return name.isEmpty() ? tr("A conversation") : tr("Conversation with %1").arg(name);
    return t;
}

} // namespace

AuditLine presentAudit(AuditEntry entry, const BusinessContext &context)
{
    AuditLine line;
    const QJsonObject detail = QJsonDocument::fromJson(entry.detail.toUtf8()).object();
    line.when = context.locale.toString(QDateTime::fromSecsSinceEpoch(entry.at, context.timeZone),
                                        QStringLiteral("d MMM yyyy HH:mm"));
    line.who = entry.actorName.isEmpty()
                   ? (entry.actorStaffId.isEmpty() ? tr("Automatic") : tr("A former colleague"))
                   : entry.actorName;
    line.what = what(entry, detail, context);
    line.record = record(entry);
    line.raw = std::move(entry);
    return line;
}

QList<AuditArea> auditAreas()
{
    return {
        {tr("Loyalty rules"), {QStringLiteral("loyalty_tiers"), QStringLiteral("loyalty_rewards")}},
        {tr("Reminder rules"), {QStringLiteral("reminder_rules")}},
        {tr("Business profile"), {QStringLiteral("businesses")}},
        {tr("Staff and hours"),
         {QStringLiteral("staff_members"), QStringLiteral("working_hours"),
          QStringLiteral("time_off"), QStringLiteral("staff_services")}},
        {tr("Services"), {QStringLiteral("services")}},
        {tr("Loyalty points"), {QStringLiteral("loyalty_ledger")}},
        {tr("Conversations"), {QStringLiteral("ai_handoffs"), QStringLiteral("outbound_messages")}},
        {tr("Customers"), {QStringLiteral("customers")}},
    };
}

} // namespace Chairside
