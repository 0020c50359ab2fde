#pragma once

#include "core/Loyalty.h"
#include "store/StoreError.h"
#include "store/repositories/AppointmentRepository.h"
#include "store/repositories/LoyaltyRepository.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace Chairside {

// One line of the customer list.
struct CustomerListRow
{
    QString id;
    QString fullName;
    QString phone;
    QString email;
    qint64 pointsBalance = 0;
    qint64 lifetimePoints = 0;
    QString tierName;       // empty when the business has no tiers
    qint64 lastVisitAt = 0; // start of the last completed appointment; 0: never
};

enum class CustomerSortKey {
    Name,
    Phone,
    Tier, // by lifetime points
    Points,
    LastVisit,
};

struct CustomerFilter
{
    QString businessId;
    QString text; // name, surname, e-mail prefix or phone digits
    CustomerSortKey sortKey = CustomerSortKey::Name;
    bool descending = false;

    friend bool operator==(const CustomerFilter &, const CustomerFilter &) = default;
};

struct CustomerRowsResult
{
    QList<CustomerListRow> rows;
    bool hasMore = false;
    std::optional<StoreError> error;
};

struct CustomerCountResult
{
    qint64 count = 0;
    std::optional<StoreError> error;
};

// One AI conversation with the customer, for the profile (admins and owners).
struct CustomerConversation
{
    QString id;
    QString channel; // whatsapp, web
    QString status;  // open, handed_off, resolved_by_ai, closed
    QString intent;
    qint64 startedAt = 0;
    qint64 lastMessageAt = 0;
    int messages = 0;
    QString lastCustomerMessage;
};

struct CustomerConversationsResult
{
    QList<CustomerConversation> conversations; // latest first
    std::optional<StoreError> error;
};

// Everything the profile side of the pane shows, read in one job.
struct CustomerProfile
{
    QString id;
    QString fullName;
    QString phone;
    QString email;
    bool consentWhatsApp = false;
    bool consentSms = false;
    bool consentEmail = false;
    QString notes;
    QString allergyNotes;
    QString referralCode;
    qint64 createdAt = 0;
    qint64 version = 0; // sent as expected_version with edits

    int visits = 0; // completed appointments
    int noShows = 0;
    int lateCancels = 0; // cancelled less than 24 hours before the start
    qint64 totalSpendMinor = 0;
    qint64 lastVisitAt = 0;

    QList<AppointmentRow> upcoming; // soonest first
    QList<AppointmentRow> history;  // latest first
    bool historyHasMore = false;

    LoyaltyBalance loyalty;
    QList<LoyaltyTier> tiers;
    QList<LoyaltyLedgerEntry> ledger; // newest first
    bool ledgerHasMore = false;
    QList<LedgerPoints> ledgerPoints; // every line, oldest first (for expiry)
    QList<LoyaltyReward> rewards;     // the catalogue
    LoyaltySettings loyaltySettings;
    // Only read for roles that may see conversations (CustomerProfileLoader decides).
    bool conversationsShown = false;
    QList<CustomerConversation> conversations;
};

// Another customer with the same phone number or e-mail address.
struct CustomerDuplicate
{
    QString id;
    QString fullName;
    QString phone;
    QString email;
    bool samePhone = false;
    bool sameEmail = false;
};

struct CustomerDuplicatesResult
{
    QList<CustomerDuplicate> duplicates;
    std::optional<StoreError> error;
};

// One side of a merge: who the customer is and what would move with them.
struct CustomerMergeSide
{
    QString id;
    QString fullName;
    QString phone;
    QString email;
    qint64 version = 0;
    int appointments = 0;
    int conversations = 0;
    qint64 points = 0; // the balance of their ledger lines
};

struct CustomerMergeSideResult
{
    std::optional<CustomerMergeSide> side; // empty: no such live customer
    std::optional<StoreError> error;
};

struct CustomerProfileResult
{
    std::optional<CustomerProfile> profile; // empty: no such customer (deleted meanwhile)
    std::optional<StoreError> error;
};

class CustomerRepository final
{
public:
    static constexpr qint64 kLateCancelSeconds = 24 * 3600;

    explicit CustomerRepository(QSqlDatabase &db);

    CustomerRowsResult page(const CustomerFilter &filter, int offset, int limit);
    CustomerCountResult count(const CustomerFilter &filter);

    // The profile at time `now` (upcoming = starting at or after now).
    CustomerProfileResult profile(const QString &businessId, const QString &customerId, qint64 now,
                                  int appointmentLimit = 20, int ledgerLimit = 50);

    // Customers of the business other than `excludeId` whose phone is one of `phones` (the E.164
    // form and the ways it may have been stored) or whose e-mail equals `email` ignoring case;
    // through idx_customers_phone and idx_customers_email.
    // The customer's AI conversations, latest first, through idx_conversations_customer.
    CustomerConversationsResult conversations(const QString &customerId, int limit = 50);

    CustomerDuplicatesResult duplicates(const QString &businessId, const QString &excludeId,
                                        const QStringList &phones, const QString &email,
                                        int limit = 5);

    // A live customer of the business with the counts a merge would move (indexed look-ups by
    // customer: idx_appointments_customer_history, idx_conversations_customer,
    // idx_ledger_customer).
    CustomerMergeSideResult mergeSide(const QString &businessId, const QString &customerId);

private:
    QSqlDatabase &m_db;
};

} // namespace Chairside
