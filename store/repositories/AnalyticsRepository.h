#pragma once

#include "core/analytics/AnalyticsFormulas.h"
#include "store/StoreError.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>

#include <array>
#include <optional>

namespace Chairside {

struct ServiceRevenue
{
    QString serviceId;
    QString name;
    qint64 revenueMinor = 0;
    qint64 completed = 0;
};

// Everything the Analytics pane shows for one period and the one before it, read in one job.
struct AnalyticsReport
{
    ReportPeriod period;
    ReportPeriod previous;
    PeriodCounts current;
    PeriodCounts before;
    QList<qint64> bookingsPerDay;         // one entry per day of `period`
    QList<qint64> previousBookingsPerDay; // one entry per day of `previous`
    QList<ServiceRevenue> revenueByService;
    std::optional<StoreError> error;
};

// SQL aggregates for the owner's numbers. Every bound is a bound parameter; every figure is a
// count or a sum so the formulas in core/analytics stay the only place where KPIs are computed.
class AnalyticsRepository final
{
public:
    explicit AnalyticsRepository(QSqlDatabase &db)
        : m_db(db)
    {}

    // Raw counts for [period.start, period.end) (rostered minutes over period's days).
    PeriodCounts periodCounts(const QString &businessId, const ReportPeriod &period,
                              std::optional<StoreError> *error = nullptr);

    // Appointments starting on each day of the period (days in `zone`).
    QList<qint64> bookingsPerDay(const QString &businessId, const ReportPeriod &period,
                                 const QTimeZone &zone);

    // Completed appointments' revenue per service, highest first.
    QList<ServiceRevenue> revenueByService(const QString &businessId, const ReportPeriod &period,
                                           int limit);

    // Minutes rostered on each ISO weekday (index 0 = Monday) by active staff, breaks excluded.
    std::array<qint64, 7> rosteredMinutesPerWeekday(const QString &businessId);

    // The whole report for the `days` days ending on `lastDay`.
    AnalyticsReport report(const QString &businessId, QDate lastDay, int days,
                           const QTimeZone &zone, int topServices = 8);

private:
    QSqlDatabase &m_db;
};

} // namespace Chairside
