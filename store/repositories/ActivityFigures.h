#pragma once

#include "store/repositories/AnalyticsRepository.h"

namespace Chairside {

// The dashboard's AI figures for a period and the one before it: conversations (resolved by the
// assistant, handed off) and handoffs (booked, and per day of the period by how they ended).
// Each period and the per-day chart used to be queries of their own, the handed-off count a
// look-up per conversation; here each table's range is read once and counted in C++.
struct ActivityFigures
{
    // Only conversations, resolvedByAi, conversationsHandedOff, handoffs and handoffsBooked are
    // set; the rest stay 0.
    PeriodCounts current;
    PeriodCounts previous;
    QList<HandoffDay> handoffDays; // one entry per day of the period

    std::optional<StoreError> error;

    // `previous` may be empty (no days) to read one period alone.
    static ActivityFigures read(QSqlDatabase &db, const QString &businessId,
                                const ReportPeriod &period, const ReportPeriod &previous);
};

} // namespace Chairside
