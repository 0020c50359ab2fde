#include "store/repositories/ClientFigures.h"

#include "store/DirectStatement.h"
#include "store/repositories/KeyRuns.h"

#include <algorithm>
#include <limits>
#include <vector>

namespace Chairside {

namespace {

// One appointment of the client being walked through.
struct ClientAppointment
{
    qint64 startsAt = 0;
    qint64 createdAt = 0;
    bool completed = false;
    qint64 bookedBefore = 0; // the earliest creation of the client's appointments starting later
};

// A period and the instants that cut it into days.
struct PeriodDays
{
    const ReportPeriod &period;
    std::vector<qint64> boundaries;
    PeriodCounts &counts;
};

// Adds one client's appointments (in start order) to each period's counts:
//  - a client counts when they have a completed visit in the period;
//  - a new client's first completed visit ever is inside the period;
//  - a completed visit of the period is rebooked when a later appointment of the client had
//    been made by the end of the visit's day, in the business's zone.
void addClient(std::vector<ClientAppointment> &appointments, std::vector<PeriodDays> &periods)
{
    // From the last appointment back, the earliest creation among those starting strictly
    // later (appointments starting at the same moment are not "later" than each other).
    qint64 earliestLater = std::numeric_limits<qint64>::max();
    for (auto end = appointments.size(); end > 0;) {
        auto begin = end - 1;
        while (begin > 0 && appointments[begin - 1].startsAt == appointments[end - 1].startsAt)
            --begin;
        qint64 earliestHere = std::numeric_limits<qint64>::max();
        for (auto i = begin; i < end; ++i) {
            appointments[i].bookedBefore = earliestLater;
            earliestHere = std::min(earliestHere, appointments[i].createdAt);
        }
        earliestLater = std::min(earliestLater, earliestHere);
        end = begin;
    }
    const auto firstVisit = std::find_if(appointments.cbegin(), appointments.cend(),
                                         [](const ClientAppointment &a) { return a.completed; });
    if (firstVisit == appointments.cend())
        return;
    for (PeriodDays &days : periods) {
        bool visited = false;
        for (const ClientAppointment &visit : appointments) {
            if (!visit.completed)
                continue;
            const int day = dayIndexOf(days.boundaries, visit.startsAt);
            if (day < 0)
                continue;
            visited = true;
            days.counts.rebookedVisits +=
                visit.bookedBefore < days.boundaries[size_t(day) + 1] ? 1 : 0;
        }
        if (visited) {
            days.counts.clients += 1;
            days.counts.newClients += firstVisit->startsAt >= days.period.start ? 1 : 0;
        }
    }
}

} // namespace

ClientFigures ClientFigures::read(QSqlDatabase &db, const QString &businessId,
                                  const ReportPeriod &period, const ReportPeriod &previous)
{
    ClientFigures figures;
    std::vector<PeriodDays> periods;
    if (period.days() > 0)
        periods.push_back({period, dayBoundaries(period), figures.current});
    if (previous.days() > 0)
        periods.push_back({previous, dayBoundaries(previous), figures.previous});
    if (periods.empty())
        return figures;

    // Every live appointment of the business's clients, any status and any date (a visit's
    // rebooking may start after the period), client by client in start order as the index
    // holds them. INDEXED BY: left alone, SQLite reads the business's period index and sorts.
    DirectStatement scan(db, QStringLiteral("SELECT customer_id, starts_at, created_at, "
                                            "status = 'completed' FROM appointments "
                                            "INDEXED BY idx_appointments_customer_history "
                                            "WHERE customer_id IS NOT NULL AND deleted_at IS NULL "
                                            "AND business_id = ? ORDER BY customer_id, starts_at"));
    scan.bind(1, businessId);
    KeyRuns clients;
    std::vector<ClientAppointment> appointments;
    while (scan.next()) {
        if (clients.startsNew(scan.utf8(0))) {
            addClient(appointments, periods);
            appointments.clear();
        }
        appointments.push_back({scan.integer(1), scan.integer(2), scan.integer(3) != 0});
    }
    addClient(appointments, periods);
    figures.error = scan.error();
    return figures;
}

} // namespace Chairside
