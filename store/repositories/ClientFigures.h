#pragma once

#include "store/repositories/AnalyticsRepository.h"

namespace Chairside {

// The dashboard's client counts (clients, new clients, rebooked visits) for a period and the
// one before it, from one walk through every client's appointments in
// idx_appointments_customer_history. Each period used to be its own GROUP BY with a look-ahead
// query per visit; here each client's appointments are read once, in start order, and the
// look-ahead is a running minimum.
struct ClientFigures
{
    // Only clients, newClients and rebookedVisits are set; the rest stay 0.
    PeriodCounts current;
    PeriodCounts previous;

    std::optional<StoreError> error;

    // `previous` may be empty (no days) to read one period alone.
    static ClientFigures read(QSqlDatabase &db, const QString &businessId,
                              const ReportPeriod &period, const ReportPeriod &previous);
};

} // namespace Chairside
