#pragma once

#include "store/StoreError.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Chairside {

// One appointment with the names the desk reads next to it.
struct AppointmentRow
{
    QString id;
    qint64 startsAt = 0; // Unix seconds, UTC
    qint64 endsAt = 0;
    QString statusKey; // core/AppointmentStatus keys
    QString sourceKey;
    qint64 priceMinor = 0;
    QString customerId; // empty for a blocked slot without a customer
    QString customerName;
    QString customerPhone;
    QString staffId;
    QString staffName;
    QString staffColour;
    QString serviceId;
    QString serviceName;
    QString serviceColour;
    int processingMinutes = 0; // of the service: the client waits, the stylist is free
    int bufferMinutes = 0;     // of the service: clean-up after the client leaves
    QString notes;
    QString cancelReason;
    qint64 version = 0; // for edits' expected_version
};

// The columns the list may be sorted by; each maps to a fixed SQL expression.
enum class AppointmentSortKey {
    StartsAt,
    Customer,
    Service,
    Staff,
    Status,
    Source,
    Price,
};

struct AppointmentFilter
{
    QString businessId;
    qint64 from = 0; // [from, to) on starts_at
    qint64 to = 0;
    QString staffId;             // empty: everyone
    QString statusKey;           // empty: every status
    QString serviceId;           // empty: every service
    QString sourceKey;           // empty: every source (desk, phone, walk_in, web, whatsapp_ai)
    bool reminderFailed = false; // only bookings whose 24 h or 2 h reminder failed
    QString text;                // customer name, e-mail or phone; empty: no text filter
    AppointmentSortKey sortKey = AppointmentSortKey::StartsAt;
    bool descending = false;

    friend bool operator==(const AppointmentFilter &, const AppointmentFilter &) = default;
};

struct AppointmentRowsResult
{
    QList<AppointmentRow> rows;
    bool hasMore = false; // a page: more rows follow
    std::optional<StoreError> error;
};

struct CountResult
{
    qint64 count = 0;
    std::optional<StoreError> error;
};

// Reads appointments from the local store; every query is bound and served by an index on
// starts_at (the day, the list's date range) or on customer_id (a customer's history).
class AppointmentRepository final
{
public:
    explicit AppointmentRepository(QSqlDatabase &db);

    // One appointment (also a deleted one), or no rows when there is none with that id.
    AppointmentRowsResult byId(const QString &id);

    // Appointments starting in [from, to), not deleted, by start time.
    AppointmentRowsResult inRange(const QString &businessId, qint64 from, qint64 to);
    // inRange()'s statement: business, from, to. It reads idx_appointments_business_period
    // only, never the table (store migration 15).
    static QString rangeStatement();

    // One window of the filtered, sorted list.
    AppointmentRowsResult page(const AppointmentFilter &filter, int offset, int limit);
    CountResult count(const AppointmentFilter &filter);

    // A customer's appointments starting at or after `from` (soonest first), or before it
    // (latest first).
    AppointmentRowsResult upcomingForCustomer(const QString &customerId, qint64 from, int limit);
    AppointmentRowsResult pastForCustomer(const QString &customerId, qint64 before, int limit);

private:
    // The staff and service names, colours and minutes of `rows`, from one read of each table.
    std::optional<StoreError> fillStaffAndServices(const QString &businessId,
                                                   QList<AppointmentRow> &rows);

    QSqlDatabase &m_db;
};

} // namespace Chairside
