#include "store/repositories/AppointmentRepository.h"

#include "store/Database.h"
#include "store/DirectStatement.h"
#include "store/repositories/CustomerSearch.h"
#include "store/repositories/QueryWindow.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

#include <algorithm>

namespace Chairside {

namespace {

// Colours for a booking whose staff member or service has none (or is not cached).
#define CHAIRSIDE_NO_STAFF_COLOUR "#607d8b"
#define CHAIRSIDE_NO_SERVICE_COLOUR "#8e7cc3"

// The row's columns in rowFrom()'s order, after "SELECT ".
constexpr char kLeadColumns[] =
    "a.id, a.starts_at, a.ends_at, a.status, a.source, a.price_minor, "
    "COALESCE(a.customer_id, ''), COALESCE(c.full_name, ''), COALESCE(c.phone, ''), a.staff_id, ";
constexpr char kTrailColumns[] =
    ", a.notes, COALESCE(a.cancel_reason, ''), a.version, a.service_id FROM appointments a "
    "LEFT JOIN customers c ON c.id = a.customer_id ";

const QString &selectColumns()
{
    static const QString columns =
        QStringLiteral("SELECT ") + QLatin1String(kLeadColumns)
        + QStringLiteral("COALESCE(st.display_name, ''), "
                         "COALESCE(st.colour, '" CHAIRSIDE_NO_STAFF_COLOUR "'), "
                         "COALESCE(s.name, ''), "
                         "COALESCE(s.colour, '" CHAIRSIDE_NO_SERVICE_COLOUR "'), "
                         "COALESCE(s.processing_minutes, 0), COALESCE(s.buffer_minutes, 0)")
        + QLatin1String(kTrailColumns)
        + QStringLiteral("LEFT JOIN staff_members st ON st.id = a.staff_id "
                         "LEFT JOIN services s ON s.id = a.service_id ");
    return columns;
}

// As selectColumns() with the staff and service columns left for fillStaffAndServices(), and
// the customer's name and phone from the booking's own copy (store migration 16), so that a
// range is read from idx_appointments_business_period alone.
const QString &selectWithoutLookups()
{
    static const QString columns = QStringLiteral(
        "SELECT a.id, a.starts_at, a.ends_at, a.status, a.source, a.price_minor, "
        "COALESCE(a.customer_id, ''), COALESCE(a.customer_name, ''), "
        "COALESCE(a.customer_phone, ''), a.staff_id, '', '', '', '', 0, 0, a.notes, "
        "COALESCE(a.cancel_reason, ''), a.version, a.service_id FROM appointments a ");
    return columns;
}

// The bookings inRange() reads.
constexpr char kRangeWhere[] =
    "WHERE a.business_id = ? AND a.deleted_at IS NULL AND a.starts_at >= ? AND a.starts_at < ?";

// A QSqlQuery read through the two calls rowFrom() makes (DirectStatement has them too).
struct QueryColumns
{
    const QSqlQuery &q;
    QString text(int column) const { return q.value(column).toString(); }
    qint64 integer(int column) const { return q.value(column).toLongLong(); }
};

template<typename Columns>
AppointmentRow rowFrom(const Columns &q)
{
    AppointmentRow row;
    row.id = q.text(0);
    row.startsAt = q.integer(1);
    row.endsAt = q.integer(2);
    row.statusKey = q.text(3);
    row.sourceKey = q.text(4);
    row.priceMinor = q.integer(5);
    row.customerId = q.text(6);
    row.customerName = q.text(7);
    row.customerPhone = q.text(8);
    row.staffId = q.text(9);
    row.staffName = q.text(10);
    row.staffColour = q.text(11);
    row.serviceName = q.text(12);
    row.serviceColour = q.text(13);
    row.processingMinutes = int(q.integer(14));
    row.bufferMinutes = int(q.integer(15));
    row.notes = q.text(16);
    row.cancelReason = q.text(17);
    row.version = q.integer(18);
    row.serviceId = q.text(19);
    return row;
}

AppointmentRow rowFromQuery(const QSqlQuery &q)
{
    return rowFrom(QueryColumns{q});
}

// The whitelist from sort keys to SQL: user input never reaches ORDER BY.
QString orderExpression(AppointmentSortKey key)
{
    switch (key) {
    case AppointmentSortKey::StartsAt:
        return QStringLiteral("a.starts_at");
    case AppointmentSortKey::Customer:
        return QStringLiteral("c.full_name COLLATE NOCASE");
    case AppointmentSortKey::Service:
        return QStringLiteral("s.name COLLATE NOCASE");
    case AppointmentSortKey::Staff:
        return QStringLiteral("st.display_name COLLATE NOCASE");
    case AppointmentSortKey::Status:
        return QStringLiteral("a.status");
    case AppointmentSortKey::Source:
        return QStringLiteral("a.source");
    case AppointmentSortKey::Price:
        return QStringLiteral("a.price_minor");
    }
    return QStringLiteral("a.starts_at");
}

// The WHERE clause of a filter and its values, in placeholder order.
struct Where
{
    QString sql;
    QVariantList values;
};

Where whereFor(const AppointmentFilter &filter)
{
    Where where;
    where.sql = QStringLiteral("WHERE a.business_id = ? AND a.deleted_at IS NULL AND a.starts_at "
                               ">= ? AND a.starts_at < ?");
    where.values = {filter.businessId, filter.from, filter.to};
    if (!filter.staffId.isEmpty()) {
        where.sql += QStringLiteral(" AND a.staff_id = ?");
        where.values.append(filter.staffId);
    }
    if (!filter.statusKey.isEmpty()) {
        where.sql += QStringLiteral(" AND a.status = ?");
        where.values.append(filter.statusKey);
    }
    if (!filter.serviceId.isEmpty()) {
        where.sql += QStringLiteral(" AND a.service_id = ?");
        where.values.append(filter.serviceId);
    }
    if (!filter.sourceKey.isEmpty()) {
        where.sql += QStringLiteral(" AND a.source = ?");
        where.values.append(filter.sourceKey);
    }
    if (filter.reminderFailed) {
        // Served by idx_outbound_appointment for each appointment in the range.
        where.sql += QStringLiteral(
            " AND EXISTS (SELECT 1 FROM outbound_messages m WHERE m.appointment_id = a.id AND "
            "m.kind IN ('reminder_24h', 'reminder_2h') AND m.status = 'failed' AND "
            "m.deleted_at IS NULL)");
    }
    const CustomerSearch search = CustomerSearch::fromText(filter.text);
    if (!search.isEmpty()) {
        where.sql += QStringLiteral(" AND ") + search.condition(u"c");
        where.values.append(search.bindValues());
    }
    return where;
}

void bindAll(QSqlQuery &q, const QVariantList &values)
{
    for (const QVariant &value : values)
        q.addBindValue(value);
}

AppointmentRowsResult runRows(QSqlQuery &q, int limit)
{
    AppointmentRowsResult result;
    result.hasMore = readWindow(q, limit, result.rows, result.error, rowFromQuery);
    return result;
}

} // namespace

AppointmentRepository::AppointmentRepository(QSqlDatabase &db)
    : m_db(db)
{}

AppointmentRowsResult AppointmentRepository::byId(const QString &id)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(selectColumns() + QStringLiteral("WHERE a.id = ?"));
    q.addBindValue(id);
    return runRows(q, -1);
}

QString AppointmentRepository::rangeStatement()
{
    return selectWithoutLookups() + QLatin1String(kRangeWhere)
           + QStringLiteral(" ORDER BY a.starts_at");
}

AppointmentRowsResult AppointmentRepository::inRange(const QString &businessId, qint64 from,
                                                     qint64 to)
{
    // A busy week is thousands of rows: the staff and service names come from two small reads
    // instead of two joined look-ups per row, and the rows in the index's start order with ties
    // put in id order here instead of by a sort in SQL (a third less work for the week). The
    // rows are read as UTF-8 through DirectStatement: through QSqlQuery, SQLite's conversion
    // of every text column to UTF-16 was a third of reading a busy week.
    AppointmentRowsResult result;
    DirectStatement q(m_db, rangeStatement());
    q.bind(1, businessId);
    q.bind(2, from);
    q.bind(3, to);
    while (q.next())
        result.rows.append(rowFrom(q));
    if (q.error()) {
        result.error = q.error();
        result.rows.clear();
        return result;
    }
    // The rows arrive in start order: only bookings that start together are put in id order
    // (sorting the whole week moved thousands of rows for nothing).
    for (auto first = result.rows.begin(); first != result.rows.end();) {
        const auto last = std::find_if(first, result.rows.end(), [&](const AppointmentRow &row) {
            return row.startsAt != first->startsAt;
        });
        if (last - first > 1) {
            std::sort(first, last,
                      [](const AppointmentRow &a, const AppointmentRow &b) { return a.id < b.id; });
        }
        first = last;
    }
    if (auto error = fillStaffAndServices(businessId, result.rows))
        result.error = error;
    return result;
}

std::optional<StoreError> AppointmentRepository::fillStaffAndServices(const QString &businessId,
                                                                      QList<AppointmentRow> &rows)
{
    struct Staff
    {
        QString name;
        QString colour;
    };
    struct Service
    {
        QString name;
        QString colour;
        int processing = 0;
        int buffer = 0;
    };
    QHash<QString, Staff> staff;
    QHash<QString, Service> services;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Removed people and services too: their past bookings keep their names, as a join would.
    q.prepare(QStringLiteral("SELECT id, display_name, colour FROM staff_members "
                             "WHERE business_id = ?"));
    q.addBindValue(businessId);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), StoreError::Kind::Query);
    while (q.next())
        staff.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toString()});
    q.prepare(QStringLiteral("SELECT id, name, colour, processing_minutes, buffer_minutes "
                             "FROM services WHERE business_id = ?"));
    q.addBindValue(businessId);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), StoreError::Kind::Query);
    while (q.next())
        services.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toString(),
                                                q.value(3).toInt(), q.value(4).toInt()});
    const Staff noStaff{QString(), QStringLiteral(CHAIRSIDE_NO_STAFF_COLOUR)};
    const Service noService{QString(), QStringLiteral(CHAIRSIDE_NO_SERVICE_COLOUR)};
    for (AppointmentRow &row : rows) {
        const auto person = staff.constFind(row.staffId);
        const Staff &who = person == staff.cend() ? noStaff : *person;
        row.staffName = who.name;
        row.staffColour = who.colour.isEmpty() ? noStaff.colour : who.colour;
        const auto offered = services.constFind(row.serviceId);
        const Service &what = offered == services.cend() ? noService : *offered;
        row.serviceName = what.name;
        row.serviceColour = what.colour.isEmpty() ? noService.colour : what.colour;
        row.processingMinutes = what.processing;
        row.bufferMinutes = what.buffer;
    }
    return std::nullopt;
}

AppointmentRowsResult AppointmentRepository::page(const AppointmentFilter &filter, int offset,
                                                  int limit)
{
    const Where where = whereFor(filter);
    const QString direction = filter.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // The start time and id break ties, so windows never repeat or skip a row.
    q.prepare(selectColumns() + where.sql + QStringLiteral(" ORDER BY ")
              + orderExpression(filter.sortKey) + direction + QStringLiteral(", a.starts_at")
              + direction + QStringLiteral(", a.id") + direction
              + QStringLiteral(" LIMIT ? OFFSET ?"));
    bindAll(q, where.values);
    q.addBindValue(limit + 1);
    q.addBindValue(offset);
    return runRows(q, limit);
}

CountResult AppointmentRepository::count(const AppointmentFilter &filter)
{
    CountResult result;
    const Where where = whereFor(filter);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT count(*) FROM appointments a LEFT JOIN customers c ON "
                             "c.id = a.customer_id ")
              + where.sql);
    bindAll(q, where.values);
    if (!q.exec() || !q.next()) {
        result.error = Database::errorFrom(q.lastError(), StoreError::Kind::Query);
        return result;
    }
    result.count = q.value(0).toLongLong();
    return result;
}

AppointmentRowsResult AppointmentRepository::upcomingForCustomer(const QString &customerId,
                                                                 qint64 from, int limit)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(selectColumns()
              + QStringLiteral("WHERE a.customer_id = ? AND a.deleted_at IS NULL AND "
                               "a.starts_at >= ? ORDER BY a.starts_at, a.id LIMIT ?"));
    q.addBindValue(customerId);
    q.addBindValue(from);
    q.addBindValue(limit + 1);
    return runRows(q, limit);
}

AppointmentRowsResult AppointmentRepository::pastForCustomer(const QString &customerId,
                                                             qint64 before, int limit)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(selectColumns()
              + QStringLiteral("WHERE a.customer_id = ? AND a.deleted_at IS NULL AND "
                               "a.starts_at < ? ORDER BY a.starts_at DESC, a.id DESC LIMIT ?"));
    q.addBindValue(customerId);
    q.addBindValue(before);
    q.addBindValue(limit + 1);
    return runRows(q, limit);
}

} // namespace Chairside
