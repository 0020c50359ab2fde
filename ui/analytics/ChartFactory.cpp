#include "ui/analytics/ChartFactory.h"

#include "core/Money.h"
#include "models/analytics/ChartTables.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPen>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <functional>
#include <initializer_list>
#include <iterator>
#include <memory>
#include <numeric>

namespace Chairside {

namespace {

const QColor kCurrentColour(0x1e, 0x6f, 0xd9);
const QColor kPreviousColour(0x9a, 0xa0, 0xa6);
const QColor kBarColour(0x7e, 0x57, 0xc2);

// Distinct hues that stay readable on the light and the dark chart theme.
const QColor kSetColours[] = {QColor(0x1e, 0x88, 0xe5), QColor(0xe5, 0x39, 0x35),
                              QColor(0x43, 0xa0, 0x47), QColor(0xfb, 0x8c, 0x00),
                              QColor(0x8e, 0x24, 0xaa), QColor(0x00, 0xac, 0xc1),
                              QColor(0x9e, 0x9e, 0x9e)};

bool isDark(const QWidget *widget)
{
    return widget->palette().color(QPalette::Window).lightness() < 128;
}

QChart *freshChart(QChartView *view, const QString &title)
{
    auto *chart = new QChart;
    // The theme follows the desk's palette so text and grid stay readable in dark mode.
    chart->setTheme(isDark(view) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundRoundness(8);
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->setAnimationOptions(QChart::NoAnimation);
    QFont titleFont = view->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.05);
    chart->setTitleFont(titleFont);
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(view->font());
    // setChart() takes the new chart but only releases the old one (it leaves the scene
    // unowned), so it is deleted here; every reload would otherwise leak a whole chart.
    std::unique_ptr<QChart> old(view->chart());
    view->setChart(chart);
    return chart;
}

// The smallest "round" number at or above value from the given mantissas, so that the axis
// splits into even, readable steps (mantissas divisible by the number of intervals).
qreal niceCeiling(qreal value, std::initializer_list<qreal> mantissas, qreal minimum)
{
    if (value <= minimum)
        return minimum;
    const qreal magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (qreal step : mantissas) {
        if (value <= step * magnitude + 1e-9)
            return step * magnitude;
    }
    return 10 * magnitude;
}

// The top of a count axis with five ticks: a multiple of 4 so every tick is a whole number.
qreal countAxisTop(qint64 highest)
{
    const qreal top = niceCeiling(qreal(highest) * 1.05, {1.0, 2.0, 4.0, 6.0, 8.0, 10.0}, 4);
    return std::ceil(top / 4.0) * 4.0;
}

void showEmpty(QChart *chart, const QString &title)
{
    chart->setTitle(ChartFactory::tr("%1 — nothing in this period").arg(title));
    chart->legend()->hide();
}

QString shortened(QString name)
{
    if (name.size() > 28)
        name = name.left(27) + QChar(0x2026);
    return name;
}

// The rows of a horizontal bar chart, first row on top.
struct BarRows
{
    QStringList names;
    QList<double> values;
    QStringList tips;

    void append(const QString &name, double value, const QString &tip)
    {
        names.append(name);
        values.append(value);
        tips.append(tip);
    }
};

// A chain's staff list is longer than a chart can label: above kStaffBars rows only the
// highest are drawn, highest on top, and the title says how many there are (the CSV and the
// PDF's tables keep everyone). Up to kStaffBars rows keep the roster's own order.
constexpr qsizetype kStaffBars = 8; // as many as Revenue by service shows, labelled

QString keepHighest(BarRows &rows, const QString &title)
{
    const qsizetype all = rows.names.size();
    if (all <= kStaffBars)
        return title;
    QList<qsizetype> order(all);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&rows](qsizetype a, qsizetype b) {
        return rows.values.at(a) > rows.values.at(b);
    });
    BarRows highest;
    for (qsizetype i = 0; i < kStaffBars; ++i) {
        const qsizetype row = order.at(i);
        highest.append(rows.names.at(row), rows.values.at(row), rows.tips.at(row));
    }
    rows = std::move(highest);
    return ChartFactory::tr("%1: the %2 highest of %3").arg(title).arg(kStaffBars).arg(all);
}

// Horizontal bars, first row on top, with a tooltip per bar.
void horizontalBars(QChartView *view, QChart *chart, const QStringList &names,
                    const QList<double> &values, const QStringList &tips, const QColor &colour,
                    const QString &axisTitle, const QString &labelFormat, qreal minimumMax)
{
    chart->legend()->hide();
    auto *set = new QBarSet(chart->title());
    set->setColor(colour);
    set->setBorderColor(colour);
    QStringList labels;
    double highest = 0;
    // Bars are drawn bottom-up, so the first row goes last to sit on top.
    for (qsizetype i = names.size() - 1; i >= 0; --i) {
        set->append(values.at(i));
        highest = std::max(highest, values.at(i));
        labels.append(shortened(names.at(i)));
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *yAxis = new QBarCategoryAxis;
    yAxis->append(labels);
    yAxis->setLabelsFont(view->font());
    yAxis->setGridLineVisible(false);
    auto *xAxis = new QValueAxis;
    xAxis->setRange(
        0, niceCeiling(highest * 1.05, {1.0, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0}, minimumMax));
    xAxis->setLabelFormat(labelFormat);
    xAxis->setTickCount(6);
    xAxis->setLabelsFont(view->font());
    xAxis->setTitleText(axisTitle);
    chart->addAxis(yAxis, Qt::AlignLeft);
    chart->addAxis(xAxis, Qt::AlignBottom);
    series->attachAxis(yAxis);
    series->attachAxis(xAxis);
    QObject::connect(set, &QBarSet::hovered, view, [tips](bool state, int index) {
        const qsizetype i = tips.size() - 1 - index;
        if (!state || i < 0 || i >= tips.size()) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(), tips.at(i));
    });
}

// Up to this many bars each has a label under it.
constexpr qsizetype kLabelledBars = 12;

// Vertical bars in categories, one set per series name, stacked or side by side. values[set]
// holds one value per category; tip(set, category) words the tooltip.
void verticalBars(QChartView *view, QChart *chart, const QStringList &categories,
                  const QStringList &setNames, const QList<QList<qint64>> &values, bool stacked,
                  const std::function<QString(int, int)> &tip)
{
    QAbstractBarSeries *series = stacked ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries)
                                         : static_cast<QAbstractBarSeries *>(new QBarSeries);
    qint64 highest = 0;
    QList<qint64> totals(categories.size(), 0);
    for (qsizetype s = 0; s < setNames.size(); ++s) {
        auto *set = new QBarSet(setNames.at(s));
        const QColor colour = kSetColours[s % std::size(kSetColours)];
        set->setColor(colour);
        set->setBorderColor(colour);
        for (qsizetype c = 0; c < categories.size(); ++c) {
            const qint64 value = values.at(s).value(c);
            set->append(qreal(value));
            totals[c] += value;
            highest = std::max(highest, value);
        }
        series->append(set);
        QObject::connect(set, &QBarSet::hovered, view, [tip, s](bool state, int index) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            QToolTip::showText(QCursor::pos(), tip(int(s), index));
        });
    }
    if (stacked) {
        for (qint64 total : std::as_const(totals))
            highest = std::max(highest, total);
    }
    series->setBarWidth(0.75);
    chart->addSeries(series);
    QAbstractAxis *xAxis = nullptr;
    if (categories.size() <= kLabelledBars) {
        auto *every = new QBarCategoryAxis;
        every->append(categories);
        xAxis = every;
    } else {
        // A month of days or a quarter of weeks: a label under every bar is cut to "…", so
        // every few bars get one (the tooltips still name each bar).
        auto *some = new QCategoryAxis;
        some->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        some->setRange(-0.5, qreal(categories.size()) - 0.5);
        const qsizetype step = (categories.size() + kLabelledBars - 1) / kLabelledBars;
        for (qsizetype c = 0; c < categories.size(); c += step)
            some->append(categories.at(c), qreal(c));
        xAxis = some;
    }
    xAxis->setLabelsFont(view->font());
    xAxis->setGridLineVisible(false);
    auto *yAxis = new QValueAxis;
    yAxis->setRange(0, countAxisTop(highest));
    yAxis->setLabelFormat(QStringLiteral("%d"));
    yAxis->setTickCount(5);
    yAxis->setLabelsFont(view->font());
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(xAxis);
    series->attachAxis(yAxis);
    chart->legend()->setVisible(setNames.size() > 1);
}

} // namespace

QChartView *ChartFactory::createView(const QString &objectName, const QString &accessibleName,
                                     QWidget *parent)
{
    auto *view = new QChartView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(280);
    view->setFrameShape(QFrame::NoFrame);
    freshChart(view, accessibleName);
    return view;
}

void ChartFactory::showBookingsPerDay(QChartView *view, QDate firstDay,
                                      const QList<qint64> &current, const QList<qint64> &previous,
                                      const QLocale &locale)
{
    QChart *chart = freshChart(view, ChartFactory::tr("Bookings per day"));
    auto *now = new QLineSeries;
    now->setName(ChartFactory::tr("This period"));
    now->setPen(QPen(kCurrentColour, 2.5));
    auto *before = new QLineSeries;
    before->setName(ChartFactory::tr("Previous period"));
    before->setPen(QPen(kPreviousColour, 1.8, Qt::DashLine));

    // Both lines share the current period's dates; the previous one is aligned by day index.
    qint64 highest = 0;
    const auto xFor = [firstDay](int day) {
        return qreal(QDateTime(firstDay.addDays(day), QTime(12, 0)).toMSecsSinceEpoch());
    };
    for (int i = 0; i < current.size(); ++i) {
        now->append(xFor(i), qreal(current.at(i)));
        highest = std::max(highest, current.at(i));
    }
    for (int i = 0; i < previous.size() && i < current.size(); ++i) {
        before->append(xFor(i), qreal(previous.at(i)));
        highest = std::max(highest, previous.at(i));
    }
    now->setPointsVisible(current.size() <= 31);
    chart->addSeries(before);
    chart->addSeries(now);

    auto *xAxis = new QDateTimeAxis;
    xAxis->setFormat(QStringLiteral("d MMM"));
    xAxis->setTickCount(std::min<int>(8, std::max<int>(2, int(current.size()))));
    xAxis->setLabelsFont(view->font());
    xAxis->setGridLineVisible(false);
    if (!current.isEmpty())
        xAxis->setRange(QDateTime(firstDay, QTime(12, 0)),
                        QDateTime(firstDay.addDays(current.size() - 1), QTime(12, 0)));
    auto *yAxis = new QValueAxis;
    yAxis->setRange(0, countAxisTop(highest));
    yAxis->setLabelFormat(QStringLiteral("%d"));
    yAxis->setTickCount(5);
    yAxis->setLabelsFont(view->font());
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (QLineSeries *series : {before, now}) {
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }

    const auto tip = [firstDay, current, previous, locale](const QPointF &point, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        const QDate day = QDateTime::fromMSecsSinceEpoch(qint64(point.x())).date();
        const int i = int(firstDay.daysTo(day));
        if (i < 0 || i >= current.size())
            return;
        QString text = ChartFactory::tr("%1: %2 bookings")
                           .arg(locale.toString(day, QStringLiteral("ddd d MMM")))
                           .arg(current.at(i));
        if (i < previous.size())
            text += QLatin1Char('\n')
                    + ChartFactory::tr("Same day of the previous period: %1").arg(previous.at(i));
        QToolTip::showText(QCursor::pos(), text);
    };
    QObject::connect(now, &QLineSeries::hovered, view, tip);
    QObject::connect(before, &QLineSeries::hovered, view, tip);
}

void ChartFactory::showRevenueByService(QChartView *view, const QList<ServiceRevenue> &services,
                                        const QString &currency, const QLocale &locale)
{
    const QString title = ChartFactory::tr("Revenue by service");
    QChart *chart = freshChart(view, title);
    if (services.isEmpty()) {
        chart->setTitle(ChartFactory::tr("Revenue by service — no completed appointments yet"));
        chart->legend()->hide();
        return;
    }
    const double scale = std::pow(10.0, minorDigits(currency));
    QStringList names;
    QList<double> values;
    QStringList tips;
    for (const ServiceRevenue &row : services) {
        names.append(row.name);
        values.append(double(row.revenueMinor) / scale);
        tips.append(ChartFactory::tr("%1\n%2 from %3 completed appointments")
                        .arg(row.name, formatMoney(Money{row.revenueMinor, currency}, locale))
                        .arg(row.completed));
    }
    horizontalBars(view, chart, names, values, tips, kBarColour, currency, QStringLiteral("%.0f"),
                   5);
}

void ChartFactory::showRevenueByStaff(QChartView *view, const QList<StaffFigures> &staff,
                                      const QString &currency, const QLocale &locale)
{
    const QString title = ChartFactory::tr("Revenue by staff member");
    QChart *chart = freshChart(view, title);
    const double scale = std::pow(10.0, minorDigits(currency));
    BarRows rows;
    for (const StaffFigures &row : staff) {
        if (row.revenueMinor == 0 && row.completed == 0)
            continue;
        rows.append(row.name, double(row.revenueMinor) / scale,
                    ChartFactory::tr("%1\n%2 from %3 completed appointments")
                        .arg(row.name, formatMoney(Money{row.revenueMinor, currency}, locale))
                        .arg(row.completed));
    }
    if (rows.names.isEmpty())
        return showEmpty(chart, title);
    chart->setTitle(keepHighest(rows, title));
    horizontalBars(view, chart, rows.names, rows.values, rows.tips, kSetColours[2], currency,
                   QStringLiteral("%.0f"), 5);
}

void ChartFactory::showUtilisationByStaff(QChartView *view, const QList<StaffFigures> &staff,
                                          const QLocale &locale)
{
    const QString title = ChartFactory::tr("Utilisation by staff member");
    QChart *chart = freshChart(view, title);
    BarRows rows;
    for (const StaffFigures &row : staff) {
        const auto share = rate(row.bookedMinutes, row.rosteredMinutes);
        if (!share)
            continue; // not rostered in the period: a rate over nothing
        rows.append(row.name, *share * 100.0,
                    ChartFactory::tr("%1\n%2 % — %3 booked of %4 rostered hours")
                        .arg(row.name, locale.toString(*share * 100.0, 'f', 1),
                             locale.toString(double(row.bookedMinutes) / 60.0, 'f', 1),
                             locale.toString(double(row.rosteredMinutes) / 60.0, 'f', 1)));
    }
    if (rows.names.isEmpty())
        return showEmpty(chart, title);
    chart->setTitle(keepHighest(rows, title));
    horizontalBars(view, chart, rows.names, rows.values, rows.tips, kCurrentColour,
                   ChartFactory::tr("%"), QStringLiteral("%.0f"), 100);
}

void ChartFactory::showWeeklyChanges(QChartView *view, const QList<WeekChanges> &weeks,
                                     const QLocale &locale)
{
    const QString title = ChartFactory::tr("Reschedules and cancellations per week");
    QChart *chart = freshChart(view, title);
    if (weeks.isEmpty())
        return showEmpty(chart, title);
    QStringList categories;
    QList<QList<qint64>> values(2);
    // From nine to kLabelledBars weeks "d MMM" no longer fits under every bar; beyond, only
    // some bars are labelled and it fits again.
    const QString format = weeks.size() > 8 && weeks.size() <= kLabelledBars
                               ? QStringLiteral("d/M")
                               : QStringLiteral("d MMM");
    for (const WeekChanges &week : weeks) {
        categories.append(locale.toString(week.weekStart, format));
        values[0].append(week.reschedules);
        values[1].append(week.cancellations);
    }
    const QStringList names = {ChartFactory::tr("Rescheduled"), ChartFactory::tr("Cancelled")};
    verticalBars(view, chart, categories, names, values, false,
                 [weeks, names, locale](int set, int index) {
                     if (index < 0 || index >= weeks.size())
                         return QString();
                     const WeekChanges &week = weeks.at(index);
                     return ChartFactory::tr("Week of %1\n%2: %3")
                         .arg(locale.toString(week.weekStart, QStringLiteral("d MMM yyyy")),
                              names.value(set))
                         .arg(set == 0 ? week.reschedules : week.cancellations);
                 });
}

void ChartFactory::showNoShows(QChartView *view, const NoShowGrid &grid, const QLocale &locale)
{
    const QString title = ChartFactory::tr("No-shows by weekday and hour");
    QChart *chart = freshChart(view, title);
    // Hours from the first to the last with a no-show, so the bars stay wide.
    int firstHour = 24;
    int lastHour = -1;
    for (const auto &day : grid) {
        for (int hour = 0; hour < 24; ++hour) {
            if (day[size_t(hour)] > 0) {
                firstHour = std::min(firstHour, hour);
                lastHour = std::max(lastHour, hour);
            }
        }
    }
    if (lastHour < 0)
        return showEmpty(chart, title);
    QStringList categories;
    for (int hour = firstHour; hour <= lastHour; ++hour)
        categories.append(QStringLiteral("%1:00").arg(hour, 2, 10, QLatin1Char('0')));
    QStringList names;
    QList<QList<qint64>> values;
    for (int day = 0; day < 7; ++day) {
        names.append(locale.dayName(day + 1, QLocale::ShortFormat));
        QList<qint64> row;
        for (int hour = firstHour; hour <= lastHour; ++hour)
            row.append(grid[size_t(day)][size_t(hour)]);
        values.append(row);
    }
    verticalBars(view, chart, categories, names, values, true,
                 [grid, firstHour, locale](int day, int index) {
                     const int hour = firstHour + index;
                     if (day < 0 || day > 6 || hour < 0 || hour > 23)
                         return QString();
                     return ChartFactory::tr("%1 %2:00–%2:59\n%3 no-shows")
                         .arg(locale.dayName(day + 1, QLocale::LongFormat))
                         .arg(hour, 2, 10, QLatin1Char('0'))
                         .arg(grid[size_t(day)][size_t(hour)]);
                 });
}

void ChartFactory::showHandoffs(QChartView *view, const QList<HandoffDay> &days,
                                const QLocale &locale)
{
    const QString title = ChartFactory::tr("Handoffs per day by outcome");
    QChart *chart = freshChart(view, title);
    qint64 total = 0;
    for (const HandoffDay &day : days) {
        for (qint64 count : day.outcomes)
            total += count;
    }
    if (total == 0)
        return showEmpty(chart, title);
    // More than a month of daily bars is unreadable: weeks (from the first day) instead.
    const int bucket = days.size() > 31 ? 7 : 1;
    if (bucket > 1)
        chart->setTitle(ChartFactory::tr("Handoffs per week by outcome"));
    QStringList categories;
    QList<QDate> starts;
    QList<QList<qint64>> values(kHandoffOutcomeGroups);
    for (qsizetype i = 0; i < days.size(); i += bucket) {
        starts.append(days.at(i).day);
        // Up to kLabelledBars bars (a label under each) and beyond (a label under some),
        // "d MMM" fits.
        categories.append(locale.toString(days.at(i).day, QStringLiteral("d MMM")));
        for (int group = 0; group < kHandoffOutcomeGroups; ++group) {
            qint64 sum = 0;
            for (qsizetype j = i; j < std::min<qsizetype>(i + bucket, days.size()); ++j)
                sum += days.at(j).outcomes[size_t(group)];
            values[group].append(sum);
        }
    }
    QStringList names;
    for (int group = 0; group < kHandoffOutcomeGroups; ++group)
        names.append(ChartTables::outcomeName(HandoffOutcomeGroup(group)));
    verticalBars(
        view, chart, categories, names, values, true,
        [starts, names, values, bucket, locale](int set, int index) {
            if (index < 0 || index >= starts.size())
                return QString();
            const QString when =
                bucket > 1
                    ? ChartFactory::tr("7 days from %1")
                          .arg(locale.toString(starts.at(index), QStringLiteral("d MMM yyyy")))
                    : locale.toString(starts.at(index), QStringLiteral("ddd d MMM yyyy"));
            return ChartFactory::tr("%1\n%2: %3 handoffs")
                .arg(when, names.value(set))
                .arg(values.value(set).value(index));
        });
}

void ChartFactory::showLoyaltyTiers(QChartView *view, const QList<TierCount> &tiers,
                                    const QLocale &locale)
{
    const QString title = ChartFactory::tr("Clients per loyalty tier");
    QChart *chart = freshChart(view, title);
    qint64 total = 0;
    for (const TierCount &tier : tiers)
        total += tier.clients;
    if (total == 0)
        return showEmpty(chart, title);
    QStringList categories;
    QList<QList<qint64>> values(1);
    for (const TierCount &tier : tiers) {
        categories.append(ChartTables::tierName(tier));
        values[0].append(tier.clients);
    }
    verticalBars(view, chart, categories, {ChartFactory::tr("Clients")}, values, false,
                 [tiers, total, locale](int, int index) {
                     if (index < 0 || index >= tiers.size())
                         return QString();
                     const TierCount &tier = tiers.at(index);
                     return ChartFactory::tr("%1\n%2 clients (%3 % of members)")
                         .arg(ChartTables::tierName(tier))
                         .arg(tier.clients)
                         .arg(
                             locale.toString(100.0 * double(tier.clients) / double(total), 'f', 1));
                 });
}

} // namespace Chairside
