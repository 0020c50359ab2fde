#include "ui/analytics/ChartFactory.h"

#include "core/Money.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPen>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <memory>

namespace Chairside {

namespace {

const QColor kCurrentColour(0x1e, 0x6f, 0xd9);
const QColor kPreviousColour(0x9a, 0xa0, 0xa6);
const QColor kBarColour(0x7e, 0x57, 0xc2);

QChart *freshChart(QChartView *view, const QString &title)
{
    auto *chart = new QChart;
    chart->setTheme(QChart::ChartThemeLight);
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
    yAxis->setRange(0, niceCeiling(qreal(highest) * 1.05, {1.0, 2.0, 4.0, 6.0, 8.0, 10.0}, 4));
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
    QChart *chart = freshChart(view, ChartFactory::tr("Revenue by service"));
    chart->legend()->hide();
    if (services.isEmpty()) {
        chart->setTitle(ChartFactory::tr("Revenue by service — no completed appointments yet"));
        return;
    }
    const double scale = std::pow(10.0, minorDigits(currency));
    auto *set = new QBarSet(ChartFactory::tr("Revenue"));
    set->setColor(kBarColour);
    set->setBorderColor(kBarColour);
    QStringList names;
    double highest = 0;
    // Bars are drawn bottom-up, so the largest goes last to sit on top.
    for (qsizetype i = services.size() - 1; i >= 0; --i) {
        const double major = double(services.at(i).revenueMinor) / scale;
        set->append(major);
        highest = std::max(highest, major);
        QString name = services.at(i).name;
        if (name.size() > 28)
            name = name.left(27) + QChar(0x2026);
        names.append(name);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    chart->addSeries(series);

    auto *yAxis = new QBarCategoryAxis;
    yAxis->append(names);
    yAxis->setLabelsFont(view->font());
    yAxis->setGridLineVisible(false);
    auto *xAxis = new QValueAxis;
    xAxis->setRange(0, niceCeiling(highest * 1.05, {1.0, 2.0, 2.5, 5.0, 10.0}, 5));
    xAxis->setLabelFormat(QStringLiteral("%.0f"));
    xAxis->setTickCount(6);
    xAxis->setLabelsFont(view->font());
    xAxis->setTitleText(currency);
    chart->addAxis(yAxis, Qt::AlignLeft);
    chart->addAxis(xAxis, Qt::AlignBottom);
    series->attachAxis(yAxis);
    series->attachAxis(xAxis);

    QObject::connect(
        set, &QBarSet::hovered, view, [services, currency, locale](bool state, int index) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            const qsizetype i = services.size() - 1 - index;
            if (i < 0 || i >= services.size())
                return;
            const ServiceRevenue &row = services.at(i);
            QToolTip::showText(
                QCursor::pos(),
                ChartFactory::tr("%1\n%2 from %3 completed appointments")
                    .arg(row.name, formatMoney(Money{row.revenueMinor, currency}, locale))
                    .arg(row.completed));
        });
}

} // namespace Chairside
