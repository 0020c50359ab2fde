// The Analytics pane on a fixture store: the KPI cards fill and follow the period selector.
#include "core/analytics/AnalyticsFormulas.h"
#include "models/ModelRoles.h"
#include "models/analytics/KpiModel.h"
#include "store/StoreExecutor.h"
#include "tests/support/fixtures/FixtureContext.h"
#include "tests/support/fixtures/StoreFixture.h"
#include "ui/panes/AnalyticsPane.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTest>

using namespace Chairside;
using namespace Chairside::Fixtures;

namespace {

const BusinessRecord kSalon{.id = QStringLiteral("b1"), .name = QStringLiteral("Salon")};

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
            w.staff({.id = QStringLiteral("s1"),
                     .name = QStringLiteral("Thandi"),
                     .role = QStringLiteral("owner")});
            w.service(
                {.id = QStringLiteral("cut"), .name = QStringLiteral("Cut"), .priceMinor = 35000});
            // Two days ago (inside every period) and twenty days ago (inside 30 and 90 only).
            const struct
            {
                const char *id;
                qint64 daysAgo;
            } appointments[] = {{"a1", 2}, {"a2", 20}};
            for (const auto &a : appointments) {
                const qint64 start = now - a.daysAgo * 86400;
                w.appointment({.id = QString::fromLatin1(a.id),
                               .staffId = QStringLiteral("s1"),
                               .serviceId = QStringLiteral("cut"),
                               .startsAt = start,
                               .endsAt = start + 3600,
                               .status = QStringLiteral("completed"),
                               .priceMinor = 35000,
                               .createdAt = start - 86400});
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
        QVERIFY(shownBefore.isNull());
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
    }
};

QTEST_MAIN(TestAnalyticsPane)
#include "tst_analyticspane.moc"
