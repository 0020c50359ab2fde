// The Analytics pane on a fixture store: the KPI cards fill and follow the period selector
// (7/30/90 days and a custom range), explain themselves, the filters narrow the charts, and
// every chart and the whole dashboard export.
#include "core/analytics/AnalyticsFormulas.h"
#include "models/ModelRoles.h"
#include "models/analytics/ChartTables.h"
#include "models/analytics/KpiModel.h"
#include "store/StoreExecutor.h"
#include "tests/support/fixtures/FixtureContext.h"
#include "tests/support/fixtures/StoreFixture.h"
#include "ui/analytics/KpiCardGrid.h"
#include "ui/panes/AnalyticsPane.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QFile>
#include <QFrame>
#include <QImage>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Chairside;
using namespace Chairside::Fixtures;

namespace {

const BusinessRecord kSalon{.id = QStringLiteral("b1"), .name = QStringLiteral("Salon")};

StaffRecord owner()
{
    return {.id = QStringLiteral("s1"),
            .name = QStringLiteral("Thandi"),
            .role = QStringLiteral("owner")};
}

ServiceRecord cut(qint64 priceMinor = 35000)
{
    return {.id = QStringLiteral("cut"), .name = QStringLiteral("Cut"), .priceMinor = priceMinor};
}

// An hour's completed Cut from `start`, booked the day before.
AppointmentRecord completedCut(const QString &id, const QString &staffId, qint64 start,
                               qint64 priceMinor = 35000)
{
    return {.id = id,
            .staffId = staffId,
            .serviceId = QStringLiteral("cut"),
            .startsAt = start,
            .endsAt = start + 3600,
            .status = QStringLiteral("completed"),
            .priceMinor = priceMinor,
            .createdAt = start - 86400};
}

} // namespace

class TestAnalyticsPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void periodSwitchChangesBookings()
    {
        StoreFixture fixture;
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const bool written = fixture.write(kSalon, now, [now](RowWriter &w) {
            w.staff(owner());
            w.service(cut());
            // Two days ago (inside every period) and twenty days ago (inside 30 and 90 only).
            const struct
            {
                const char *id;
                qint64 daysAgo;
            } appointments[] = {{"a1", 2}, {"a2", 20}};
            for (const auto &a : appointments) {
                w.appointment(completedCut(QString::fromLatin1(a.id), QStringLiteral("s1"),
                                           now - a.daysAgo * 86400));
            }
        });
        QVERIFY(written);

        const BusinessContext context = contextFor(kSalon, QStringLiteral("s1"));
        AnalyticsPane pane(fixture.executor(), context);
        pane.resize(1240, 820);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QVERIFY(pane.findChild<QWidget *>(QStringLiteral("kpiCards")));
        auto *chart = pane.findChild<QChartView *>(QStringLiteral("bookingsChart"));
        QVERIFY(chart);

        KpiModel *kpis = pane.kpiModel();
        const QModelIndex bookings =
            kpis->index(KpiModel::rowOf(Kpi::Bookings), KpiModel::ValueColumn);
        QCOMPARE(pane.periodDays(), 30);
        QTRY_VERIFY(kpis->hasData() && !pane.isLoading());
        QCOMPARE(bookings.data(RawValueRole).toDouble(), 2.0);
        QCOMPARE(kpis->index(KpiModel::rowOf(Kpi::Revenue), KpiModel::ValueColumn)
                     .data(RawValueRole)
                     .toDouble(),
                 70000.0);
        QCOMPARE(chart->chart()->series().size(), 2); // this period and the one before

        // A reload replaces the chart; the view only releases the old one, so the pane must free
        // it (each period switch leaked a whole chart before).
        const QPointer<QChart> shownBefore = chart->chart();
        auto *week = pane.findChild<QPushButton *>(QStringLiteral("period7"));
        QVERIFY(week);
        week->click();
        QTRY_COMPARE(bookings.data(RawValueRole).toDouble(), 1.0);
        QTRY_VERIFY(!pane.isLoading());
        QCOMPARE(pane.periodDays(), 7);
        QTRY_VERIFY(shownBefore.isNull()); // at once, or after the paint when out of view
        auto *cards = pane.findChild<QWidget *>(QStringLiteral("kpiCards"));
        bool sawBookings = false;
        for (QLabel *label : cards->findChildren<QLabel *>(QStringLiteral("kpiValue"))) {
            if (label->parentWidget()->accessibleName() == QStringLiteral("Bookings")) {
                QCOMPARE(label->text(), QStringLiteral("1"));
                sawBookings = true;
            }
        }
        QVERIFY(sawBookings);

        pane.findChild<QPushButton *>(QStringLiteral("period90"))->click();
        QTRY_COMPARE(bookings.data(RawValueRole).toDouble(), 2.0);

        // A custom range: only the day of the recent appointment.
        const QDate recent =
            QDateTime::fromSecsSinceEpoch(now - 2 * 86400, context.timeZone).date();
        pane.setCustomPeriod(recent, recent);
        QTRY_VERIFY(!pane.isLoading() && pane.report().period.days() == 1);
        QCOMPARE(pane.periodDays(), 0);
        QCOMPARE(bookings.data(RawValueRole).toDouble(), 1.0);
        QVERIFY(pane.findChild<QWidget *>(QStringLiteral("customRange"))->isVisible());
        QVERIFY(pane.findChild<QPushButton *>(QStringLiteral("periodCustom"))->isChecked());
        // Editing the range reloads.
        pane.findChild<QDateEdit *>(QStringLiteral("customFrom"))->setDate(recent.addDays(-30));
        QTRY_COMPARE(bookings.data(RawValueRole).toDouble(), 2.0);
    }

    // Every card states its definition on hover and, on click, in the panel under the cards.
    void cardsExplainThemselves()
    {
        StoreFixture fixture;
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QVERIFY(fixture.write(kSalon, now, [](RowWriter &w) {
            w.staff({.id = QStringLiteral("s1"), .role = QStringLiteral("owner")});
        }));
        AnalyticsPane pane(fixture.executor(), contextFor(kSalon, QStringLiteral("s1")));
        pane.resize(1240, 820);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QTRY_VERIFY(pane.kpiModel()->hasData() && !pane.isLoading());
        auto *grid = pane.findChild<KpiCardGrid *>(QStringLiteral("kpiCards"));
        QVERIFY(grid);
        QCOMPARE(grid->findChildren<QFrame *>(QStringLiteral("kpiCard")).size(), kKpiCount);
        for (int row = 0; row < kKpiCount; ++row) {
            const Kpi kpi = KpiModel::kpiAt(row);
            QWidget *card = grid->cardAt(row);
            QVERIFY(card);
            QVERIFY2(card->toolTip().contains(KpiModel::formula(kpi)), qPrintable(card->toolTip()));
        }
        QVERIFY(pane.definitionText().isEmpty());
        QWidget *late = grid->cardAt(KpiModel::rowOf(Kpi::LateCancellationRate));
        QTest::mouseClick(late, Qt::LeftButton);
        QVERIFY(pane.definitionText().contains(KpiModel::formula(Kpi::LateCancellationRate)));
        QVERIFY(pane.definitionText().startsWith(KpiModel::kpiName(Kpi::LateCancellationRate)));
        // The keyboard does the same.
        QWidget *rebooking = grid->cardAt(KpiModel::rowOf(Kpi::RebookingRate));
        rebooking->setFocus();
        QTest::keyClick(rebooking, Qt::Key_Space);
        QVERIFY(pane.definitionText().contains(KpiModel::formula(Kpi::RebookingRate)));
    }

    // When a report comes, the charts in view are redrawn at once and those scrolled out of
    // view once those are painted; a chart asked for is always up to date.
    void chartsOutOfViewFollow()
    {
        StoreFixture fixture;
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QVERIFY(fixture.write(kSalon, now, [now](RowWriter &w) {
            w.staff(owner());
            w.service(cut());
            w.appointment(
                completedCut(QStringLiteral("a1"), QStringLiteral("s1"), now - 2 * 86400));
        }));
        AnalyticsPane pane(fixture.executor(), contextFor(kSalon, QStringLiteral("s1")));
        pane.resize(1440, 900);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QTRY_VERIFY(pane.kpiModel()->hasData() && !pane.isLoading());
        QTest::qWait(0);

        const QPointer<QChart> topBefore = pane.chartView(AnalyticsChart::BookingsPerDay)->chart();
        const QPointer<QChart> lastBefore = pane.chartView(AnalyticsChart::LoyaltyTiers)->chart();
        bool topNew = false;
        bool lastOld = false;
        auto shown = connect(&pane, &AnalyticsPane::reportShown, this, [&] {
            topNew = topBefore.isNull();
            lastOld = !lastBefore.isNull();
        });
        pane.setPeriodDays(7);
        QTRY_VERIFY(!pane.isLoading() && pane.report().period.days() == 7);
        QVERIFY(topNew);  // in view: redrawn with the report
        QVERIFY(lastOld); // scrolled out of view: not yet
        QTRY_VERIFY(lastBefore.isNull());
        disconnect(shown);

        // Asked for before then, a chart out of view is brought up to date first.
        const QPointer<QChart> tiers = pane.chartView(AnalyticsChart::LoyaltyTiers)->chart();
        bool waited = false;
        bool askedNew = false;
        connect(&pane, &AnalyticsPane::reportShown, this, [&] {
            waited = !tiers.isNull();
            askedNew = pane.chartView(AnalyticsChart::LoyaltyTiers)->chart() != tiers.data()
                       && tiers.isNull();
        });
        pane.setPeriodDays(90);
        QTRY_VERIFY(!pane.isLoading() && pane.report().period.days() == 90);
        QVERIFY(waited);
        QVERIFY(askedNew);
    }

    // Under a quarter's 14 weekly bars a label each would be cut to "…": every other bar gets
    // one, a whole date; a month's 5 weeks keep a label under each bar.
    void crowdedAxesLabelSomeBars()
    {
        StoreFixture fixture;
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QVERIFY(fixture.write(kSalon, now, [](RowWriter &w) { w.staff(owner()); }));
        const BusinessContext context = contextFor(kSalon, QStringLiteral("s1"));
        AnalyticsPane pane(fixture.executor(), context);
        pane.resize(1440, 900);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QTRY_VERIFY(pane.kpiModel()->hasData() && !pane.isLoading());

        const auto weeklyAxis = [&pane] {
            return pane.chartView(AnalyticsChart::WeeklyChanges)
                ->chart()
                ->axes(Qt::Horizontal)
                .value(0);
        };
        auto *month = qobject_cast<QBarCategoryAxis *>(weeklyAxis());
        QVERIFY(month);
        QCOMPARE(month->count(), pane.report().weeks.size());

        pane.setPeriodDays(90);
        QTRY_VERIFY(!pane.isLoading() && pane.report().period.days() == 90);
        const auto &weeks = pane.report().weeks;
        QVERIFY(weeks.size() > 12);
        auto *quarter = qobject_cast<QCategoryAxis *>(weeklyAxis());
        QVERIFY(quarter);
        const QStringList labels = quarter->categoriesLabels();
        QCOMPARE(labels.size(), (weeks.size() + 1) / 2);
        QCOMPARE(labels.constFirst(),
                 context.locale.toString(weeks.constFirst().weekStart, QStringLiteral("d MMM")));
        QCOMPARE(labels.at(1),
                 context.locale.toString(weeks.at(2).weekStart, QStringLiteral("d MMM")));
        QCOMPARE(quarter->endValue(labels.at(1)), 2.0); // under the third bar
    }

    // A chain's staff list is longer than a chart can label: the revenue chart draws the 8
    // highest, highest on top, and says how many there are; the CSV keeps everyone. A short
    // list keeps the roster's order.
    void longStaffListsShowTheHighest()
    {
        StoreFixture fixture;
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const int staffCount = 11;
        QVERIFY(fixture.write(kSalon, now, [now](RowWriter &w) {
            w.service(cut(10000));
            for (int i = 0; i < staffCount; ++i) {
                // Staff 0 earns least, staff 10 most; the roster lists them from 0.
                const QString id = QStringLiteral("s%1").arg(i);
                w.staff({.id = id,
                         .name = QStringLiteral("Stylist %1").arg(i),
                         .role = i == 0 ? QStringLiteral("owner") : QStringLiteral("staff"),
                         .sortOrder = i});
                w.appointment(completedCut(QStringLiteral("a%1").arg(i), id,
                                           now - 2 * 86400 + i * 3600, 10000 * (i + 1)));
            }
        }));
        AnalyticsPane pane(fixture.executor(), contextFor(kSalon, QStringLiteral("s0")));
        pane.resize(1240, 820);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QTRY_VERIFY(pane.kpiModel()->hasData() && !pane.isLoading());
        QCOMPARE(pane.report().staff.size(), staffCount);

        QChart *chart = pane.chartView(AnalyticsChart::RevenueByStaff)->chart();
        QCOMPARE(chart->title(), QStringLiteral("Revenue by staff member: the 8 highest of 11"));
        const auto *bars = qobject_cast<QAbstractBarSeries *>(chart->series().value(0));
        QVERIFY(bars);
        QCOMPARE(bars->barSets().size(), 1);
        const QBarSet *set = bars->barSets().constFirst();
        QCOMPARE(set->count(), 8);
        auto *names = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Vertical).value(0));
        QVERIFY(names);
        // Bars are drawn bottom-up: the last category is the top row.
        QCOMPARE(names->categories().constLast(), QStringLiteral("Stylist 10"));
        QCOMPARE(set->at(set->count() - 1), 1100.0);
        QCOMPARE(names->categories().constFirst(), QStringLiteral("Stylist 3"));
        QCOMPARE(set->at(0), 400.0);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString csv = dir.filePath(QStringLiteral("revenue-by-staff.csv"));
        QCOMPARE(pane.exportChartCsv(AnalyticsChart::RevenueByStaff, csv), QString());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        for (int i = 0; i < staffCount; ++i)
            QVERIFY2(text.contains(QStringLiteral("Stylist %1,").arg(i)), qPrintable(text));

        // One stylist chosen: a single bar under the plain title.
        pane.setFilter({.staffId = QStringLiteral("s2")});
        QTRY_VERIFY(!pane.isLoading() && pane.report().filter.staffId == QStringLiteral("s2"));
        const QChart *one = pane.chartView(AnalyticsChart::RevenueByStaff)->chart();
        QCOMPARE(one->title(), QStringLiteral("Revenue by staff member"));
        const auto *oneBars = qobject_cast<QAbstractBarSeries *>(one->series().value(0));
        QVERIFY(oneBars);
        QCOMPARE(oneBars->barSets().constFirst()->count(), 1);
    }

    // Filters narrow the charts but not the cards; each chart exports CSV and PNG, the pane a
    // PDF; a dark palette gives dark charts.
    void filtersExportsAndPalette()
    {
        StoreFixture fixture;
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QVERIFY(fixture.write(kSalon, now, [now](RowWriter &w) {
            w.staff(owner());
            w.staff({.id = QStringLiteral("s2"), .name = QStringLiteral("Sipho")});
            w.service(cut());
            const char *staff[] = {"s1", "s1", "s2"};
            for (int i = 0; i < 3; ++i) {
                AppointmentRecord visit =
                    completedCut(QStringLiteral("a%1").arg(i), QString::fromLatin1(staff[i]),
                                 now - (i + 1) * 86400);
                visit.source = i == 2 ? QStringLiteral("walk_in") : QStringLiteral("web");
                w.appointment(visit);
            }
        }));
        AnalyticsPane pane(fixture.executor(), contextFor(kSalon, QStringLiteral("s1")));
        pane.resize(1240, 820);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QTRY_VERIFY(pane.kpiModel()->hasData() && !pane.isLoading());
        const auto sum = [](const QList<qint64> &values) {
            qint64 total = 0;
            for (qint64 v : values)
                total += v;
            return total;
        };
        QCOMPARE(sum(pane.report().bookingsPerDay), 3);
        auto *staffFilter = pane.findChild<QComboBox *>(QStringLiteral("staffFilter"));
        QVERIFY(staffFilter);
        QTRY_COMPARE(staffFilter->count(), 3); // everyone, Thandi, Sipho
        staffFilter->setCurrentIndex(staffFilter->findData(QStringLiteral("s2")));
        QTRY_VERIFY(!pane.isLoading() && pane.report().filter.staffId == QStringLiteral("s2"));
        QCOMPARE(sum(pane.report().bookingsPerDay), 1);
        QCOMPARE(pane.kpiModel()
                     ->index(KpiModel::rowOf(Kpi::Bookings), KpiModel::ValueColumn)
                     .data(RawValueRole)
                     .toDouble(),
                 3.0); // the cards cover the whole business
        pane.setFilter({.source = QStringLiteral("web")});
        QTRY_VERIFY(!pane.isLoading() && pane.report().filter.source == QStringLiteral("web"));
        QCOMPARE(sum(pane.report().bookingsPerDay), 2);
        QCOMPARE(staffFilter->currentIndex(), 0);
        pane.setFilter({});
        QTRY_VERIFY(!pane.isLoading() && pane.report().filter.isEmpty());

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (int i = 0; i < kAnalyticsChartCount; ++i) {
            const auto chart = AnalyticsChart(i);
            QVERIFY(pane.chartView(chart));
            QVERIFY(!pane.chartView(chart)->chart()->title().isEmpty());
            // Its menu sits inside the chart's rounded card (inset 9 px), not astride the edge,
            // and draws its three dots.
            auto *menu =
                pane.findChild<QToolButton *>(QStringLiteral("export-") + ChartTables::key(chart));
            QVERIFY(menu);
            const QRect corner(menu->mapToGlobal(QPoint())
                                   - pane.chartView(chart)->mapToGlobal(QPoint()),
                               menu->size());
            QVERIFY2(corner.top() >= 10 && pane.chartView(chart)->width() - corner.right() > 10,
                     qPrintable(QStringLiteral("at %1,%2").arg(corner.x()).arg(corner.y())));
            QVERIFY(!menu->icon().pixmap(16).isNull());
            const QString csv = dir.filePath(ChartTables::key(chart) + QStringLiteral(".csv"));
            QCOMPARE(pane.exportChartCsv(chart, csv), QString());
            QFile file(csv);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8 byte order mark
            const QString png = dir.filePath(ChartTables::key(chart) + QStringLiteral(".png"));
            QCOMPARE(pane.exportChartPng(chart, png), QString());
            QVERIFY(!QImage(png).isNull());
        }
        QFile staffCsv(dir.filePath(QStringLiteral("revenue-by-staff.csv")));
        QVERIFY(staffCsv.open(QIODevice::ReadOnly));
        const QString staffText = QString::fromUtf8(staffCsv.readAll());
        QVERIFY(staffText.contains(QStringLiteral("staff,revenue_ZAR,completed")));
        QVERIFY(staffText.contains(QStringLiteral("Thandi,700.00,2")));

        const QString pdf = dir.filePath(QStringLiteral("dashboard.pdf"));
        QCOMPARE(pane.exportPdf(pdf), QString());
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.readAll().startsWith("%PDF"));
        QVERIFY(pdfFile.size() > 10000);

        auto *bookingsChart = pane.findChild<QChartView *>(QStringLiteral("bookingsChart"));
        QCOMPARE(bookingsChart->chart()->theme(), QChart::ChartThemeLight);
        QPalette dark = pane.palette();
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x24));
        dark.setColor(QPalette::Base, QColor(0x2a, 0x2a, 0x30));
        dark.setColor(QPalette::WindowText, Qt::white);
        pane.setPalette(dark);
        pane.setPeriodDays(7);
        QTRY_VERIFY(!pane.isLoading() && pane.periodDays() == 7);
        QTRY_COMPARE(bookingsChart->chart()->theme(), QChart::ChartThemeDark);
    }
};

QTEST_MAIN(TestAnalyticsPane)
#include "tst_analyticspane.moc"
