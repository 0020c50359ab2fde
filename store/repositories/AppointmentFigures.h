#pragma once

#include "store/repositories/AnalyticsRepository.h"

namespace Chairside {

// Every appointment figure of the owner's dashboard for a period and the one before it, from
// one read of their appointments. Each chart used to be its own SQL pass over the same rows
// (six passes over 90,000 appointments for a 90-day dashboard); here SQLite steps through
// idx_appointments_business_period once and C++ adds each row to every total it belongs to.
struct AppointmentFigures
{
    // The cards' appointment members (bookings ... visits; the rest stay 0), never filtered.
    PeriodCounts current;
    PeriodCounts previous;

    // The charts' figures for the period, narrowed by the filter.
    QList<qint64> bookingsPerDay;         // one entry per day of the period
    QList<qint64> cancelledPerDay;        // ... of them cancelled
    QList<qint64> rescheduledPerDay;      // ... of them with a "rescheduled" step
    QList<qint64> previousBookingsPerDay; // one entry per day of the previous period
    QList<ServiceRevenue> services;       // each service with completed appointments; no names
    QList<StaffFigures> staff;            // each staff member with appointments; no names
    NoShowGrid noShows{};

    std::optional<StoreError> error;

    // `previous` may be empty (no days) to read one period alone. Days are cut in each
    // period's own zone.
    static AppointmentFigures read(QSqlDatabase &db, const QString &businessId,
                                   const ReportPeriod &period, const ReportPeriod &previous,
                                   const AnalyticsFilter &filter = {});
};

} // namespace Chairside
