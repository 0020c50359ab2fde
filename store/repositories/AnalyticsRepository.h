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

// Narrows the appointment charts; empty fields match everything. The KPI cards ignore it so
// that they always equal `chairside report` for the whole business.
struct AnalyticsFilter
{
    QString staffId{};
    QString serviceId{};
    QString source{}; // appointments.source key ('whatsapp_ai', 'web', ...)

    bool isEmpty() const { return staffId.isEmpty() && serviceId.isEmpty() && source.isEmpty(); }
    friend bool operator==(const AnalyticsFilter &, const AnalyticsFilter &) = default;
};

// Revenue and time of one staff member in the period.
struct StaffFigures
{
    QString staffId{};
    QString name{};
    qint64 revenueMinor = 0;
    qint64 completed = 0;
    qint64 bookedMinutes = 0;   // time-holding appointments, clipped to the period
    qint64 rosteredMinutes = 0; // working hours minus breaks over the period's days
};

// Appointments starting in one (Monday-based) week of the period that were moved at least
// once, and those cancelled.
struct WeekChanges
{
    QDate weekStart{}; // the Monday (may lie before the period's first day)
    qint64 reschedules = 0;
    qint64 cancellations = 0;
};

// Handoffs raised on one day, by how they ended (index: HandoffOutcomeGroup).
struct HandoffDay
{
    QDate day{};
    std::array<qint64, kHandoffOutcomeGroups> outcomes{};
};

// Clients in one loyalty tier at the end of the period (rank 0: below the first tier).
struct TierCount
{
    int rank = 0;
    QString name{};
    qint64 clients = 0;
};

// No-shows by ISO weekday (0 = Monday) and hour of the start (0..23), in the business's zone.
using NoShowGrid = std::array<std::array<qint64, 24>, 7>;

// A choice for the chart filters.
struct FilterChoice
{
    QString id{};
    QString name{};
};

// The KPI counts of a period and the one before it: what the cards and `chairside report`
// show, read by the same function.
struct KpiReport
{
    ReportPeriod period;
    ReportPeriod previous;
    PeriodCounts current;
    PeriodCounts before;
    std::optional<StoreError> error;
};

// Everything the Analytics pane shows for one period and the one before it, read in one job.
struct AnalyticsReport
{
    ReportPeriod period;
    ReportPeriod previous;
    PeriodCounts current;
    PeriodCounts before;
    AnalyticsFilter filter;
    QList<qint64> bookingsPerDay;         // one entry per day of `period`
    QList<qint64> previousBookingsPerDay; // one entry per day of `previous`
    QList<ServiceRevenue> revenueByService;
    QList<StaffFigures> staff;
    QList<WeekChanges> weeks;
    NoShowGrid noShows{};
    QList<HandoffDay> handoffDays; // one entry per day of `period`
    QList<TierCount> tiers;        // by rank, the "below the first tier" bucket first
    QList<FilterChoice> staffChoices;
    QList<FilterChoice> serviceChoices;
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
                                 const QTimeZone &zone, const AnalyticsFilter &filter = {});

    // Completed appointments' revenue per service, highest first.
    QList<ServiceRevenue> revenueByService(const QString &businessId, const ReportPeriod &period,
                                           int limit, const AnalyticsFilter &filter = {});

    // Revenue, booked and rostered minutes per staff member (active staff and anyone with
    // appointments in the period), by name.
    QList<StaffFigures> staffFigures(const QString &businessId, const ReportPeriod &period,
                                     const AnalyticsFilter &filter = {});

    // Moved and cancelled appointments per week of the period.
    QList<WeekChanges> weeklyChanges(const QString &businessId, const ReportPeriod &period,
                                     const AnalyticsFilter &filter = {});

    // No-shows of the period by weekday and hour of their start.
    NoShowGrid noShowGrid(const QString &businessId, const ReportPeriod &period,
                          const AnalyticsFilter &filter = {});

    // Handoffs raised on each day of the period by outcome.
    QList<HandoffDay> handoffsPerDay(const QString &businessId, const ReportPeriod &period);

    // Clients per loyalty tier by lifetime points earned or awarded before the period's end.
    QList<TierCount> tierDistribution(const QString &businessId, const ReportPeriod &period);

    // Staff and services to filter by, by name.
    QList<FilterChoice> staffChoices(const QString &businessId);
    QList<FilterChoice> serviceChoices(const QString &businessId);

    // Minutes rostered on each ISO weekday (index 0 = Monday) by active staff, breaks excluded.
    std::array<qint64, 7> rosteredMinutesPerWeekday(const QString &businessId);

    // The KPI counts of `period` and of the same number of days before it.
    KpiReport kpis(const QString &businessId, const ReportPeriod &period);

    // The whole report for the `days` days ending on `lastDay`.
    AnalyticsReport report(const QString &businessId, QDate lastDay, int days,
                           const QTimeZone &zone, int topServices = 8);

    // The whole report for `period` (a custom range or the last N days).
    AnalyticsReport report(const QString &businessId, const ReportPeriod &period,
                           const AnalyticsFilter &filter = {}, int topServices = 8);

    // [[dayStart, dayEnd, weekIndex], ...] for each day of the period in Unix seconds, bound as
    // one JSON value so SQL can group by the business's days exactly, daylight saving included.
    static QString dayTableJson(const ReportPeriod &period);

private:
    // Appointments and cancellations starting on each day of the period (days in `zone`).
    struct DayCounts
    {
        QList<qint64> bookings;
        QList<qint64> cancelled;
    };
    DayCounts dayCounts(const QString &businessId, const ReportPeriod &period,
                        const QTimeZone &zone, const AnalyticsFilter &filter);

    // The charts' members of `report` (everything but the KPI counts and the tiers).
    void readCharts(const QString &businessId, const ReportPeriod &period,
                    const AnalyticsFilter &filter, int topServices, AnalyticsReport &report);

    // weeklyChanges() with the cancellations per day already counted.
    QList<WeekChanges> weeksFrom(const QString &businessId, const ReportPeriod &period,
                                 const AnalyticsFilter &filter,
                                 const QList<qint64> &cancelledPerDay);

    QSqlDatabase &m_db;
};

} // namespace Chairside
