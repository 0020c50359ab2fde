#pragma once

#include "store/repositories/AnalyticsRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QLocale>

class QChartView;
class QWidget;

namespace Chairside {

// Everything that knows Qt Charts lives here, so moving to Qt Graphs later touches one class.
// The panes hand over plain numbers; the factory builds and restyles the charts.
class ChartFactory final
{
    Q_DECLARE_TR_FUNCTIONS(ChartFactory)

public:
    // An empty chart view with antialiasing, the house style and an accessible name.
    static QChartView *createView(const QString &objectName, const QString &accessibleName,
                                  QWidget *parent);

    // Bookings per day of the period as a line, the previous period (same length, aligned by
    // day index) as a dashed line.
    static void showBookingsPerDay(QChartView *view, QDate firstDay, const QList<qint64> &current,
                                   const QList<qint64> &previous, const QLocale &locale);

    // Revenue per service as horizontal bars, largest on top.
    static void showRevenueByService(QChartView *view, const QList<ServiceRevenue> &services,
                                     const QString &currency, const QLocale &locale);

    // Revenue per staff member as horizontal bars (staff without revenue left out; of a
    // longer list than the chart can label, the highest).
    static void showRevenueByStaff(QChartView *view, const QList<StaffFigures> &staff,
                                   const QString &currency, const QLocale &locale);

    // Booked ÷ rostered minutes per staff member, in percent (of a longer list, the highest).
    static void showUtilisationByStaff(QChartView *view, const QList<StaffFigures> &staff,
                                       const QLocale &locale);

    // Moved and cancelled appointments per week, side by side.
    static void showWeeklyChanges(QChartView *view, const QList<WeekChanges> &weeks,
                                  const QLocale &locale);

    // No-shows per hour of the day, stacked by weekday.
    static void showNoShows(QChartView *view, const NoShowGrid &grid, const QLocale &locale);

    // Handoffs per day (per week above 31 days), stacked by outcome.
    static void showHandoffs(QChartView *view, const QList<HandoffDay> &days,
                             const QLocale &locale);

    // Clients per loyalty tier.
    static void showLoyaltyTiers(QChartView *view, const QList<TierCount> &tiers,
                                 const QLocale &locale);
};

} // namespace Chairside
