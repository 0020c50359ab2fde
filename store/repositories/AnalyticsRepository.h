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

struct AppointmentFigures;
class StoreExecutor;

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
    // `beside`: another executor on the same store (StoreExecutor::companion()) that report()
    // reads half of the dashboard on, at the same time; without it report() reads in turn.
    explicit AnalyticsRepository(QSqlDatabase &db, StoreExecutor *beside = nullptr)
        : m_db(db)
        , m_beside(beside)
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

private:
    // Every figure of the cards the appointments' pass does not total, for `period` and for
    // `previous` (may be empty), with the tiers and the handoffs per day read on the way:
    // ClientFigures, LoyaltyFigures, ActivityFigures and the rostered minutes.
    struct Remaining
    {
        PeriodCounts current;
        PeriodCounts previous;
        QList<TierCount> tiers;
        QList<HandoffDay> handoffDays;
        std::optional<StoreError> error;
    };
    Remaining readRemaining(const QString &businessId, const ReportPeriod &period,
                            const ReportPeriod &previous);

    // The appointment figures of `period` with its days cut in `zone`.
    AppointmentFigures chartFigures(const QString &businessId, const ReportPeriod &period,
                                    const QTimeZone &zone, const AnalyticsFilter &filter);

    // `services` named, highest revenue first (then by name), the first `limit` of them.
    QList<ServiceRevenue> rankedServices(QList<ServiceRevenue> services, int limit);

    // Active staff (by their order) and then anyone else in `totals` (by id), with their
    // totals, names and rostered minutes over the period.
    QList<StaffFigures> staffWithRosters(const QString &businessId, const ReportPeriod &period,
                                         const AnalyticsFilter &filter, QList<StaffFigures> totals);

    // The report's members read from the appointments of both periods in one pass.
    void readAppointmentHalf(const QString &businessId, const AnalyticsFilter &filter,
                             int topServices, AnalyticsReport &report);

    // The weekly changes of the period from its appointments' figures.
    static QList<WeekChanges> weeksFrom(const ReportPeriod &period,
                                        const AppointmentFigures &figures);

    QSqlDatabase &m_db;
    StoreExecutor *m_beside = nullptr;
};

} // namespace Chairside
