#include "sync/Mutation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>
#include <QUuid>

namespace Chairside {

QJsonObject Mutation::toJson() const
{
    return QJsonObject{{QStringLiteral("mutation_id"), id},
                       {QStringLiteral("kind"), kind},
                       {QStringLiteral("payload"), payload}};
}

namespace Mutations {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Chairside::Mutation", text);
}

Mutation make(const char *kind, QJsonObject payload)
{
    Mutation m;
    m.id = newId();
    m.kind = QString::fromLatin1(kind);
    m.payload = std::move(payload);
    m.createdAt = QDateTime::currentSecsSinceEpoch();
    return m;
}

QJsonValue nullable(const QString &text)
{
    return text.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

void putVersion(QJsonObject &payload, std::optional<qint64> version)
{
    if (version)
        payload.insert(QStringLiteral("expected_version"), *version);
}

template<typename T>
void putIfSet(QJsonObject &payload, const char *key, const std::optional<T> &value)
{
    if (!value)
        return;
    if constexpr (std::is_same_v<T, QString>)
        payload.insert(QString::fromLatin1(key), nullable(*value));
    else
        payload.insert(QString::fromLatin1(key), *value);
}

} // namespace

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Mutation createAppointment(const NewAppointment &a)
{
    QJsonObject p{{QStringLiteral("id"), a.id.isEmpty() ? newId() : a.id},
                  {QStringLiteral("staff_id"), a.staffId},
                  {QStringLiteral("service_id"), a.serviceId},
                  {QStringLiteral("starts_at"), a.startsAt},
                  {QStringLiteral("status"), toKey(a.status)},
                  {QStringLiteral("source"), toKey(a.source)}};
    if (!a.customerId.isEmpty())
        p.insert(QStringLiteral("customer_id"), a.customerId);
    if (a.endsAt)
        p.insert(QStringLiteral("ends_at"), *a.endsAt);
    if (a.priceMinor)
        p.insert(QStringLiteral("price_minor"), *a.priceMinor);
    if (!a.notes.isEmpty())
        p.insert(QStringLiteral("notes"), a.notes);
    return make("appointment.create", std::move(p));
}

Mutation rescheduleAppointment(const QString &id, qint64 startsAt, std::optional<qint64> endsAt,
                               const QString &staffId, const QString &serviceId,
                               std::optional<qint64> expectedVersion)
{
    QJsonObject p{{QStringLiteral("id"), id}, {QStringLiteral("starts_at"), startsAt}};
    if (endsAt)
        p.insert(QStringLiteral("ends_at"), *endsAt);
    if (!staffId.isEmpty())
        p.insert(QStringLiteral("staff_id"), staffId);
    if (!serviceId.isEmpty())
        p.insert(QStringLiteral("service_id"), serviceId);
    putVersion(p, expectedVersion);
    return make("appointment.reschedule", std::move(p));
}

Mutation withCustomerNotice(Mutation mutation)
{
    mutation.payload.insert(QStringLiteral("notify_customer"), true);
    return mutation;
}

Mutation setAppointmentStatus(const QString &id, AppointmentStatus status,
                              std::optional<qint64> expectedVersion, const QString &cancelReason)
{
    QJsonObject p{{QStringLiteral("id"), id}, {QStringLiteral("status"), toKey(status)}};
    if (!cancelReason.isEmpty())
        p.insert(QStringLiteral("cancel_reason"), cancelReason);
    putVersion(p, expectedVersion);
    return make("appointment.set_status", std::move(p));
}

Mutation cancelAppointment(const QString &id, const QString &reason,
                           std::optional<qint64> expectedVersion)
{
    QJsonObject p{{QStringLiteral("id"), id}};
    if (!reason.isEmpty())
        p.insert(QStringLiteral("reason"), reason);
    putVersion(p, expectedVersion);
    return make("appointment.cancel", std::move(p));
}

Mutation upsertCustomer(const CustomerChanges &c)
{
    QJsonObject p{{QStringLiteral("id"), c.id.isEmpty() ? newId() : c.id}};
    putIfSet(p, "full_name", c.fullName);
    putIfSet(p, "phone", c.phone);
    putIfSet(p, "email", c.email);
    putIfSet(p, "consent_whatsapp", c.consentWhatsApp);
    putIfSet(p, "consent_sms", c.consentSms);
    putIfSet(p, "consent_email", c.consentEmail);
    putIfSet(p, "notes", c.notes);
    putIfSet(p, "allergy_notes", c.allergyNotes);
    putIfSet(p, "referral_code", c.referralCode);
    putVersion(p, c.expectedVersion);
    return make("customer.upsert", std::move(p));
}

Mutation eraseCustomer(const QString &id, std::optional<qint64> expectedVersion)
{
    QJsonObject p{{QStringLiteral("id"), id}};
    putVersion(p, expectedVersion);
    return make("customer.erase", std::move(p));
}

Mutation mergeCustomers(const QString &keepId, const QString &mergeId,
                        std::optional<qint64> expectedVersion)
{
    QJsonObject p{{QStringLiteral("keep_id"), keepId}, {QStringLiteral("merge_id"), mergeId}};
    putVersion(p, expectedVersion);
    return make("customer.merge", std::move(p));
}

Mutation claimHandoff(const QString &id)
{
    return make("handoff.claim", QJsonObject{{QStringLiteral("id"), id}});
}

Mutation releaseHandoff(const QString &id)
{
    return make("handoff.release", QJsonObject{{QStringLiteral("id"), id}});
}

Mutation resolveHandoff(const QString &id, const QString &outcome, const QString &note)
{
    QJsonObject p{
        {QStringLiteral("id"), id},
        {QStringLiteral("outcome"), outcome.isEmpty() ? QStringLiteral("answered") : outcome}};
    if (!note.isEmpty())
        p.insert(QStringLiteral("resolution_note"), note);
    return make("handoff.resolve", std::move(p));
}

Mutation replyToHandoff(const QString &id, const QString &body, const QString &channel)
{
    // The message id is ours, so the optimistic outbound row and the server's are one row.
    QJsonObject p{{QStringLiteral("id"), id},
                  {QStringLiteral("body"), body},
                  {QStringLiteral("message_id"), newId()}};
    if (!channel.isEmpty())
        p.insert(QStringLiteral("channel"), channel);
    return make("handoff.reply", std::move(p));
}

Mutation awardPoints(const QString &customerId, qint64 points, const QString &reason,
                     const QString &appointmentId)
{
    QJsonObject p{{QStringLiteral("id"), newId()},
                  {QStringLiteral("customer_id"), customerId},
                  {QStringLiteral("points"), points},
                  {QStringLiteral("reason"), reason}};
    if (!appointmentId.isEmpty())
        p.insert(QStringLiteral("appointment_id"), appointmentId);
    return make("loyalty.award", std::move(p));
}

Mutation redeemPoints(const QString &customerId, std::optional<qint64> points,
                      const QString &reason, const QString &rewardId)
{
    QJsonObject p{{QStringLiteral("id"), newId()}, {QStringLiteral("customer_id"), customerId}};
    // Without a reason the server books the reward's name.
    if (!reason.isEmpty())
        p.insert(QStringLiteral("reason"), reason);
    if (points)
        p.insert(QStringLiteral("points"), *points);
    if (!rewardId.isEmpty())
        p.insert(QStringLiteral("reward_id"), rewardId);
    return make("loyalty.redeem", std::move(p));
}

Mutation adjustPoints(const QString &customerId, qint64 points, const QString &reason)
{
    return make("loyalty.adjust", QJsonObject{{QStringLiteral("id"), newId()},
                                              {QStringLiteral("customer_id"), customerId},
                                              {QStringLiteral("points"), points},
                                              {QStringLiteral("reason"), reason}});
}

Mutation markNotificationRead(const QString &id)
{
    return make("notification.read", QJsonObject{{QStringLiteral("id"), id}});
}

Mutation dismissNotification(const QString &id)
{
    return make("notification.dismiss", QJsonObject{{QStringLiteral("id"), id}});
}

QString genericSummary(const Mutation &m)
{
    const QJsonObject &p = m.payload;
    const QString k = m.kind;
    const qint64 points = p.value(QStringLiteral("points")).toInteger();
    if (k == u"appointment.create")
        return tr("Book an appointment");
    if (k == u"appointment.reschedule")
        return tr("Move an appointment");
    if (k == u"appointment.set_status")
        return tr("Mark an appointment as %1")
            .arg(p.value(QStringLiteral("status")).toString().replace(u'_', u' '));
    if (k == u"appointment.cancel")
        return tr("Cancel an appointment");
    if (k == u"customer.upsert")
        return tr("Save a customer's details");
    if (k == u"customer.erase")
        return tr("Erase a customer's personal data");
    if (k == u"customer.merge")
        return tr("Merge two customers");
    if (k == u"handoff.claim")
        return tr("Take over a handed-off conversation");
    if (k == u"handoff.release")
        return tr("Hand back a conversation");
    if (k == u"handoff.resolve")
        return tr("Resolve a handed-off conversation");
    if (k == u"handoff.reply")
        return tr("Reply to a customer");
    // Without a loaded translation %n plurals stay "point(s)", so the two forms are spelled out.
    if (k == u"loyalty.award")
        return points == 1 ? tr("Award 1 point") : tr("Award %1 points").arg(points);
    if (k == u"loyalty.redeem") {
        if (points <= 0)
            return tr("Redeem a reward");
        return points == 1 ? tr("Redeem 1 point") : tr("Redeem %1 points").arg(points);
    }
    if (k == u"loyalty.adjust")
        return tr("Adjust points by %1")
            .arg(points > 0 ? QStringLiteral("+%1").arg(points) : QString::number(points));
    if (k == u"notification.read")
        return tr("Mark a notification as read");
    if (k == u"notification.dismiss")
        return tr("Dismiss a notification");
    return tr("Change (%1)").arg(k);
}

bool takesExpectedVersion(const QString &kind)
{
    return kind.startsWith(u"appointment.")
               ? kind != u"appointment.create"
               : kind.startsWith(u"customer.") || kind.startsWith(u"handoff.");
}

} // namespace Mutations

} // namespace Chairside
