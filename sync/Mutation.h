#pragma once

#include "core/AppointmentStatus.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Chairside {

// One edit made at the desk, as an intent the server's apply_mutations understands
// (docs/backend.md §3): the kind, its payload, and a client-made uuid under which the server
// records the answer, so a batch sent twice is applied once.
struct Mutation
{
    QString id; // uuid, sent as mutation_id
    QString kind;
    QJsonObject payload;
    // What was tried, in one line for people ("Move Thandi Mokoena's appointment to Tue 10 Mar
    // 11:00"). Builders leave it empty; Outbox::enqueue fills it from local rows when empty.
    QString summary;
    // When the edit was made (Unix seconds). The local effect uses it as "now", so applying the
    // same mutation twice writes the same rows.
    qint64 createdAt = 0;

    // {"mutation_id", "kind", "payload"}: one element of apply_mutations' batch.
    QJsonObject toJson() const;
};

// A new booking; empty and unset fields take the server's defaults (docs/backend.md).
struct NewAppointment
{
    QString id; // empty: a fresh uuid
    QString staffId;
    QString serviceId;
    QString customerId; // empty: a walk-in without a customer record
    qint64 startsAt = 0;
    std::optional<qint64> endsAt; // unset: service duration + processing + buffer
    AppointmentStatus status = AppointmentStatus::Confirmed;
    AppointmentSource source = AppointmentSource::Desk;
    std::optional<qint64> priceMinor; // unset: the service's price
    QString notes;
};

// The customer fields to change; only the set ones are sent (and changed). A set but null
// QString clears the field.
struct CustomerChanges
{
    QString id; // empty: a fresh uuid (a new customer; then fullName is required)
    std::optional<QString> fullName;
    std::optional<QString> phone;
    std::optional<QString> email;
    std::optional<bool> consentWhatsApp;
    std::optional<bool> consentSms;
    std::optional<bool> consentEmail;
    std::optional<QString> notes;
    std::optional<QString> allergyNotes;
    std::optional<QString> referralCode;
    std::optional<qint64> expectedVersion;
};

// Builders, one per kind the server accepts. Times are Unix seconds and are sent as numbers.
namespace Mutations {

QString newId();

Mutation createAppointment(const NewAppointment &appointment);
Mutation rescheduleAppointment(const QString &id, qint64 startsAt,
                               std::optional<qint64> endsAt = std::nullopt,
                               const QString &staffId = {}, const QString &serviceId = {},
                               std::optional<qint64> expectedVersion = std::nullopt);
Mutation setAppointmentStatus(const QString &id, AppointmentStatus status,
                              std::optional<qint64> expectedVersion = std::nullopt,
                              const QString &cancelReason = {});
Mutation cancelAppointment(const QString &id, const QString &reason = {},
                           std::optional<qint64> expectedVersion = std::nullopt);
// The same appointment change, asking the server to let the customer know (a queued notice).
Mutation withCustomerNotice(Mutation mutation);

Mutation upsertCustomer(const CustomerChanges &changes);
Mutation eraseCustomer(const QString &id, std::optional<qint64> expectedVersion = std::nullopt);
// Merges the duplicate `mergeId` into `keepId` (admins and owners): everything that points at the
// duplicate moves to the kept customer, which fills its empty details from it; the duplicate
// becomes a tombstone with merged_into. expectedVersion is the kept customer's.
Mutation mergeCustomers(const QString &keepId, const QString &mergeId,
                        std::optional<qint64> expectedVersion = std::nullopt);

Mutation claimHandoff(const QString &id);
Mutation releaseHandoff(const QString &id);
// outcome: booked, rescheduled, cancelled, answered, complaint, no_action, spam, returned_to_ai.
Mutation resolveHandoff(const QString &id, const QString &outcome = QStringLiteral("answered"),
                        const QString &note = {});
// channel empty: the server picks (WhatsApp for WhatsApp conversations, else e-mail).
Mutation replyToHandoff(const QString &id, const QString &body, const QString &channel = {});

// Each ledger entry gets its id here, so the optimistic row and the server's row are one row.
Mutation awardPoints(const QString &customerId, qint64 points, const QString &reason,
                     const QString &appointmentId = {});
// points unset: the reward's cost (then rewardId is required).
Mutation redeemPoints(const QString &customerId, std::optional<qint64> points,
                      const QString &reason, const QString &rewardId = {});
Mutation adjustPoints(const QString &customerId, qint64 points, const QString &reason);

Mutation markNotificationRead(const QString &id);
Mutation dismissNotification(const QString &id);

// A summary without looking anything up ("Award 50 points"), for when the rows are missing.
QString genericSummary(const Mutation &mutation);

// Whether the server accepts expected_version for this kind (appointments, customers, handoffs).
bool takesExpectedVersion(const QString &kind);

} // namespace Mutations

} // namespace Chairside
