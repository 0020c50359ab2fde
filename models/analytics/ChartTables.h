#pragma once

#include "store/repositories/AnalyticsRepository.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Chairside {

// The charts of the Analytics pane, in the order they are laid out.
enum class AnalyticsChart {
    BookingsPerDay,
    RevenueByService,
    RevenueByStaff,
    UtilisationByStaff,
    WeeklyChanges,
    NoShows,
    Handoffs,
    LoyaltyTiers,
};
inline constexpr int kAnalyticsChartCount = 8;

// The numbers behind one chart as a plain table: what "Save data as CSV" writes and what the
// PDF report lists. Headers are fixed machine names; cells are machine-readable (ISO dates, amounts
// in major units with a dot, rates as fractions) so a spreadsheet can recompute every chart.
struct ChartTable
{
    QString title;
    QStringList header;
    QList<QStringList> rows;
};

class ChartTables final
{
    Q_DECLARE_TR_FUNCTIONS(ChartTables)

public:
    // A stable file-name stem ("bookings-per-day") and object name stem of a chart.
    static QString key(AnalyticsChart chart);
    static QString title(AnalyticsChart chart);
    static QString outcomeName(HandoffOutcomeGroup group);
    static QString tierName(const TierCount &tier);

    static ChartTable table(AnalyticsChart chart, const AnalyticsReport &report,
                            const QString &currency);

    // "1234.50" for 123450 minor units of a 2-digit currency.
    static QString majorUnits(qint64 minor, const QString &currency);
};

} // namespace Chairside
