#include "store/repositories/AppointmentFigures.h"

#include "store/DirectStatement.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <vector>

namespace Chairside {

namespace {

enum class Status { Other, Completed, Cancelled, NoShow };

Status statusOf(QByteArrayView status)
{
    if (status == "completed")
        return Status::Completed;
    if (status == "cancelled")
        return Status::Cancelled;
    if (status == "no_show")
        return Status::NoShow;
    return Status::Other;
}

// One appointment as the scan reads it.
struct Row
{
    qint64 startsAt = 0;
    qint64 endsAt = 0;
    qint64 createdAt = 0;
    Status status = Status::Other;
    bool walkIn = false;
    qint64 priceMinor = 0;
    bool hasCustomer = false;
    qint64 cancelledAt = 0; // cancelled rows only: the last cancelling step, else the last change
};

// Adds one appointment to a period's card counts, with the same rules periodCounts() states.
void addToCounts(PeriodCounts &counts, qint64 &bookedSeconds, const Row &row, qint64 periodEnd)
{
    counts.bookings += 1;
    switch (row.status) {
    case Status::Completed:
        counts.completed += 1;
        counts.revenueMinor += row.priceMinor;
        counts.visits += row.hasCustomer ? 1 : 0;
        break;
    case Status::Cancelled:
        counts.cancelled += 1;
        counts.lateCancelled += row.cancelledAt > row.startsAt - kLateCancellationSeconds ? 1 : 0;
        break;
    case Status::NoShow:
        counts.noShows += 1;
        break;
    case Status::Other:
        break;
    }
    if (row.status != Status::Cancelled && row.status != Status::NoShow)
        bookedSeconds += std::min(row.endsAt, periodEnd) - row.startsAt;
    if (!row.walkIn) {
        counts.leadBookings += 1;
        counts.leadSecondsTotal += std::max<qint64>(row.startsAt - row.createdAt, 0);
    }
}

// Small numbers for the staff and service ids met in the scan, so that a row's totals are
// found without turning its id into a QString (the lookup reads SQLite's bytes in place).
class KeyNumbers
{
public:
    int numberOf(QByteArrayView key)
    {
        const auto found = m_numbers.constFind(QByteArray::fromRawData(key.data(), key.size()));
        if (found != m_numbers.cend())
            return *found;
        const int number = int(m_keys.size());
        m_keys.append(key.toByteArray());
        m_numbers.insert(m_keys.constLast(), number);
        return number;
    }
    const QList<QByteArray> &keys() const { return m_keys; }

private:
    QHash<QByteArray, int> m_numbers;
    QList<QByteArray> m_keys;
};

// What the appointments' change history adds to the scan's rows.
struct ChangeSteps
{
    QHash<QByteArray, qint64> cancelledAt; // the last cancelling step of each appointment
    QSet<QByteArray> rescheduled;          // the appointments ever moved
};

// The cancelling and moving steps of the cached history, read in one pass over the small
// partial index idx_appointment_events_changes (about one step per six appointments) instead
// of one history look-up per cancelled appointment of the scan (40 ms of a 90-day dashboard's
// 65 ms scan). A cancelling step is kind 'cancelled' (the demo) or kind 'status' with
// "... -> cancelled" (the server's trigger). The kinds term repeats the index's own so SQLite
// may use it.
ChangeSteps readChangeSteps(QSqlDatabase &db, std::optional<StoreError> &error)
{
    ChangeSteps steps;
    DirectStatement q(
        db, QStringLiteral("SELECT appointment_id, MAX(CASE WHEN kind = 'cancelled' "
                           "OR (kind = 'status' AND detail LIKE '%-> cancelled%') THEN at END), "
                           "MAX(kind = 'rescheduled') FROM appointment_events "
                           "WHERE deleted_at IS NULL "
                           "AND kind IN ('cancelled', 'status', 'rescheduled') "
                           "GROUP BY appointment_id"));
    while (q.next()) {
        const QByteArray id = q.utf8(0).toByteArray();
        if (!q.isNull(1))
            steps.cancelledAt.insert(id, q.integer(1));
        if (q.integer(2) != 0)
            steps.rescheduled.insert(id);
    }
    error = q.error();
    return steps;
}

// Whether a row passes one of the filter's fields (an empty field passes everything).
bool passes(const QByteArray &wanted, QByteArrayView value)
{
    return wanted.isEmpty() || value == wanted;
}

} // namespace

AppointmentFigures AppointmentFigures::read(QSqlDatabase &db, const QString &businessId,
                                            const ReportPeriod &period,
                                            const ReportPeriod &previous,
                                            const AnalyticsFilter &filter)
{
    AppointmentFigures figures;
    figures.bookingsPerDay = QList<qint64>(period.days(), 0);
    figures.cancelledPerDay = QList<qint64>(period.days(), 0);
    figures.rescheduledPerDay = QList<qint64>(period.days(), 0);
    figures.previousBookingsPerDay = QList<qint64>(previous.days(), 0);
    const bool withPrevious = previous.days() > 0;
    const qint64 from = withPrevious ? std::min(period.start, previous.start) : period.start;
    const qint64 to = withPrevious ? std::max(period.end, previous.end) : period.end;
    if (period.days() <= 0 && !withPrevious)
        return figures;

    const ChangeSteps steps = readChangeSteps(db, figures.error);
    if (figures.error)
        return figures;
    // Every column is in idx_appointments_business_period: the scan never reads the table.
    DirectStatement scan(
        db, QStringLiteral(
                "SELECT a.starts_at, a.ends_at, a.created_at, a.status, a.source, a.price_minor, "
                "a.staff_id, a.service_id, a.customer_id IS NOT NULL, a.updated_at, a.id "
                "FROM appointments a WHERE a.business_id = ? AND a.deleted_at IS NULL "
                "AND a.starts_at >= ? AND a.starts_at < ?"));
    scan.bindAll(businessId, from, to);

    const std::vector<qint64> days = dayBoundaries(period);
    const std::vector<qint64> previousDays =
        withPrevious ? dayBoundaries(previous) : std::vector<qint64>{};
    const QByteArray staffWanted = filter.staffId.toUtf8();
    const QByteArray serviceWanted = filter.serviceId.toUtf8();
    const QByteArray sourceWanted = filter.source.toUtf8();
    KeyNumbers staffNumbers;
    KeyNumbers serviceNumbers;
    std::vector<StaffFigures> staff;      // by staff number; seconds in bookedMinutes
    std::vector<ServiceRevenue> services; // by service number
    qint64 bookedSeconds = 0;
    qint64 previousBookedSeconds = 0;

    Row row;
    while (scan.next()) {
        row.startsAt = scan.integer(0);
        row.endsAt = scan.integer(1);
        row.createdAt = scan.integer(2);
        row.status = statusOf(scan.utf8(3));
        const QByteArrayView source = scan.utf8(4);
        row.walkIn = source == "walk_in";
        row.priceMinor = scan.integer(5);
        row.hasCustomer = scan.integer(8) != 0;
        const QByteArrayView id = scan.utf8(10);
        const auto rawId = QByteArray::fromRawData(id.data(), id.size());
        if (row.status == Status::Cancelled) {
            // The last cancelling step, else the row's last change.
            const auto step = steps.cancelledAt.constFind(rawId);
            row.cancelledAt = step != steps.cancelledAt.cend() ? *step : scan.integer(9);
        }
        const bool inPeriod = row.startsAt >= period.start && row.startsAt < period.end;
        const bool inPrevious =
            withPrevious && row.startsAt >= previous.start && row.startsAt < previous.end;
        if (inPeriod)
            addToCounts(figures.current, bookedSeconds, row, period.end);
        if (inPrevious)
            addToCounts(figures.previous, previousBookedSeconds, row, previous.end);

        const QByteArrayView staffId = scan.utf8(6);
        const QByteArrayView serviceId = scan.utf8(7);
        if (!passes(staffWanted, staffId) || !passes(serviceWanted, serviceId)
            || !passes(sourceWanted, source))
            continue;
        if (inPrevious) {
            const int day = dayIndexOf(previousDays, row.startsAt);
            if (day >= 0)
                figures.previousBookingsPerDay[day] += 1;
        }
        if (!inPeriod)
            continue;
        const int day = dayIndexOf(days, row.startsAt);
        if (day >= 0) {
            figures.bookingsPerDay[day] += 1;
            figures.cancelledPerDay[day] += row.status == Status::Cancelled ? 1 : 0;
            figures.rescheduledPerDay[day] += steps.rescheduled.contains(rawId) ? 1 : 0;
        }
        const int staffNumber = staffNumbers.numberOf(staffId);
        if (size_t(staffNumber) == staff.size())
            staff.push_back({});
        StaffFigures &member = staff[size_t(staffNumber)];
        switch (row.status) {
        case Status::Completed: {
            member.revenueMinor += row.priceMinor;
            member.completed += 1;
            const int serviceNumber = serviceNumbers.numberOf(serviceId);
            if (size_t(serviceNumber) == services.size())
                services.push_back({});
            services[size_t(serviceNumber)].revenueMinor += row.priceMinor;
            services[size_t(serviceNumber)].completed += 1;
            break;
        }
        case Status::NoShow:
            if (day >= 0) {
                // The hour on the clock: plain arithmetic on a 24-hour day, the zone's rules
                // on a day with a daylight-saving change.
                const qint64 offset = row.startsAt - days[size_t(day)];
                const int hour = days[size_t(day) + 1] - days[size_t(day)] == 86400
                                     ? int(offset / 3600)
                                     : weekdayHour(row.startsAt, period.zone).hour;
                const int weekday = period.first.addDays(day).dayOfWeek();
                if (weekday >= 1 && weekday <= 7 && hour >= 0 && hour < 24)
                    figures.noShows[size_t(weekday - 1)][size_t(hour)] += 1;
            }
            break;
        case Status::Cancelled:
        case Status::Other:
            break;
        }
        if (row.status != Status::Cancelled && row.status != Status::NoShow)
            member.bookedMinutes += std::min(row.endsAt, period.end) - row.startsAt;
    }
    figures.error = scan.error();
    figures.current.bookedMinutes = bookedSeconds / 60;
    figures.previous.bookedMinutes = previousBookedSeconds / 60;

    for (size_t i = 0; i < staff.size(); ++i) {
        StaffFigures member = staff[i];
        member.staffId = QString::fromUtf8(staffNumbers.keys().at(qsizetype(i)));
        member.bookedMinutes /= 60;
        figures.staff.append(member);
    }
    for (size_t i = 0; i < services.size(); ++i) {
        ServiceRevenue service = services[i];
        service.serviceId = QString::fromUtf8(serviceNumbers.keys().at(qsizetype(i)));
        figures.services.append(service);
    }
    return figures;
}

} // namespace Chairside
