// Analytics formulas against hand-computed numbers, the repository's aggregates against a
// fixture whose figures are worked out below, and the KPI model that formats them.
#include "core/Money.h"
#include "core/analytics/AnalyticsFormulas.h"
#include "models/ModelRoles.h"
#include "models/analytics/KpiModel.h"
#include "store/repositories/AnalyticsRepository.h"
#include "tests/support/fixtures/StoreFixture.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <optional>
#include <utility>

using namespace Chairside;
using namespace Chairside::Fixtures;

namespace {

const QString kBusiness = QStringLiteral("b1");
const QTimeZone kZone("Africa/Johannesburg");

} // namespace

class TestAnalytics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rates()
    {
        QCOMPARE(rate(1, 4), std::optional<double>(0.25));
        QCOMPARE(rate(0, 5), std::optional<double>(0.0));
        QCOMPARE(rate(3, 0), std::nullopt);
        QCOMPARE(rate(0, 0), std::nullopt);
        QCOMPARE(rate(1, -1), std::nullopt);
    }

    void percentChanges()
    {
        QCOMPARE(percentChange(10, 15), std::optional<double>(50.0));
        QCOMPARE(percentChange(10, 5), std::optional<double>(-50.0));
        QCOMPARE(percentChange(4, 4), std::optional<double>(0.0));
        QCOMPARE(percentChange(0, 5), std::nullopt);
        QCOMPARE(percentChange(0, 0), std::nullopt);
        QCOMPARE(percentChange(-10, -5), std::optional<double>(50.0));
    }

    void averagesAndMedians()
    {
        QCOMPARE(averageMinor(1000, 3), std::optional<qint64>(333));
        QCOMPARE(averageMinor(1001, 2), std::optional<qint64>(501)); // 500.5 rounds up
        QCOMPARE(averageMinor(75000, 2), std::optional<qint64>(37500));
        QCOMPARE(averageMinor(100, 0), std::nullopt);
        QCOMPARE(median({}), std::nullopt);
        QCOMPARE(median({5}), std::optional<double>(5));
        QCOMPARE(median({1, 3, 2}), std::optional<double>(2));
        QCOMPARE(median({4, 1, 3, 2}), std::optional<double>(2.5));
    }

    void rosteredMinutes()
    {
        QCOMPARE(shiftMinutes(540, 1020, 720, 780), 420); // 09:00-17:00 with a 1 h lunch
        QCOMPARE(shiftMinutes(600, 900, std::nullopt, std::nullopt), 300);
        // Mon-Fri 420, Sat 300, Sun 0.
        const std::array<qint64, 7> week{420, 420, 420, 420, 420, 300, 0};
        const QDate monday(2026, 11, 16);
        QCOMPARE(monday.dayOfWeek(), 1);
        QCOMPARE(rosteredMinutesOverDays(week, monday, 7), 2400);
        // 10 days from Monday: one week (2400) + Mon, Tue, Wed (1260).
        QCOMPARE(rosteredMinutesOverDays(week, monday, 10), 3660);
        // 3 days from Saturday: Sat, Sun, Mon.
        QCOMPARE(rosteredMinutesOverDays(week, monday.addDays(5), 3), 720);
        QCOMPARE(rosteredMinutesOverDays(week, monday, 0), 0);
    }

    void periods()
    {
        const ReportPeriod week = periodEndingOn(QDate(2026, 11, 22), 7, kZone);
        QCOMPARE(week.first, QDate(2026, 11, 16));
        QCOMPARE(week.last, QDate(2026, 11, 22));
        QCOMPARE(week.days(), 7);
        // Midnight in Johannesburg is 22:00 UTC the day before.
        QCOMPARE(week.start,
                 QDateTime(QDate(2026, 11, 15), QTime(22, 0), QTimeZone::utc()).toSecsSinceEpoch());
        QCOMPARE(week.end - week.start, 7 * 86400);
        const ReportPeriod before = previousPeriod(week, kZone);
        QCOMPARE(before.first, QDate(2026, 11, 9));
        QCOMPARE(before.last, QDate(2026, 11, 15));
        QCOMPARE(before.end, week.start);

        // Across a daylight-saving change the period is an hour short, and still whole days.
        const QTimeZone berlin("Europe/Berlin");
        const ReportPeriod spring = periodEndingOn(QDate(2026, 3, 31), 7, berlin);
        QCOMPARE(spring.end - spring.start, 7 * 86400 - 3600);
    }

    void kpiValues()
    {
        PeriodCounts c;
        c.bookings = 5;
        c.completed = 2;
        c.cancelled = 1;
        c.noShows = 1;
        c.revenueMinor = 75000;
        c.bookedMinutes = 180;
        c.rosteredMinutes = 2400;
        c.conversations = 4;
        c.resolvedByAi = 2;
        c.conversationsHandedOff = 1;
        c.handoffs = 1;
        QCOMPARE(kpiValue(Kpi::AverageBill, c), std::optional<double>(37500));
        QCOMPARE(kpiValue(Kpi::CompletionRate, c), std::optional<double>(0.4));
        QCOMPARE(kpiValue(Kpi::NoShowRate, c), std::optional<double>(0.2));
        QCOMPARE(kpiValue(Kpi::Utilisation, c), std::optional<double>(0.075));
        QCOMPARE(kpiValue(Kpi::AiResolutionRate, c), std::optional<double>(0.5));
        QCOMPARE(kpiValue(Kpi::HandoffRate, c), std::optional<double>(0.25));

        const PeriodCounts empty;
        QCOMPARE(kpiValue(Kpi::Bookings, empty), std::optional<double>(0));
        QCOMPARE(kpiValue(Kpi::CompletionRate, empty), std::nullopt);
        QCOMPARE(kpiValue(Kpi::AverageBill, empty), std::nullopt);
        QCOMPARE(kpiValue(Kpi::Utilisation, empty), std::nullopt);
        // From nothing there is no percentage; rates change in percentage points.
        QCOMPARE(kpiChange(Kpi::Bookings, empty, c), std::nullopt);
        PeriodCounts before = c;
        before.bookings = 4;
        before.completed = 1; // 25 % -> 40 %: +15 points
        const auto points = kpiChange(Kpi::CompletionRate, before, c);
        QVERIFY(points);
        QCOMPARE(qRound(*points * 1000), 15000);
        QCOMPARE(kpiChange(Kpi::Bookings, before, c), std::optional<double>(25.0));
        QVERIFY(!higherIsBetter(Kpi::NoShowRate));
        QVERIFY(higherIsBetter(Kpi::Revenue));
    }

    void repositoryCounts()
    {
        StoreFixture fixture(QStringLiteral("analytics.sqlite"));
        QVERIFY(fixture.isValid());

        // The week of Mon 16 - Sun 22 Nov 2026 in Johannesburg, and the week before.
        const ReportPeriod week = periodEndingOn(QDate(2026, 11, 22), 7, kZone);
        const ReportPeriod before = previousPeriod(week, kZone);
        const auto at = [](int day, int hour, int minute = 0) {
            return QDateTime(QDate(2026, 11, day), QTime(hour, minute), kZone).toSecsSinceEpoch();
        };
        const qint64 now = at(22, 20);

        RowWriter w = fixture.writer(kBusiness, now);
        w.business({.name = QStringLiteral("Salon")});
        for (const auto &[id, active] :
             {std::pair{"s1", true}, std::pair{"s2", true}, std::pair{"s3", false}})
            w.staff({.id = QString::fromLatin1(id), .active = active});
        // Rostered: s1 Mon-Fri 09:00-17:00 with 12:00-13:00 off (420 a day), s2 Saturdays
        // 10:00-15:00 (300); s3 is inactive and a deleted row does not count.
        int wh = 0;
        const auto hours = [&](const char *staff, int weekday, int start, int end,
                               std::optional<int> breakStart, std::optional<int> breakEnd,
                               std::optional<qint64> deleted = {}) {
            w.workingHours({.id = QStringLiteral("wh%1").arg(++wh),
                            .staffId = QString::fromLatin1(staff),
                            .weekday = weekday,
                            .startMinute = start,
                            .endMinute = end,
                            .breakStartMinute = breakStart,
                            .breakEndMinute = breakEnd,
                            .deletedAt = deleted});
        };
        for (int weekday = 1; weekday <= 5; ++weekday)
            hours("s1", weekday, 540, 1020, 720, 780);
        hours("s2", 6, 600, 900, {}, {});
        hours("s3", 1, 480, 1000, {}, {});
        hours("s2", 7, 600, 900, {}, {}, now);

        for (const auto &[id, name] :
             {std::pair{"cut", "Cut & blow-dry"}, std::pair{"colour", "Full colour"}})
            w.service({.id = QString::fromLatin1(id),
                       .name = QString::fromLatin1(name),
                       .durationMinutes = 60,
                       .priceMinor = 30000});

        // This week: a1 and a2 completed (R300 + R450) on Monday, a3 no-show on Wednesday,
        // a4 cancelled on Friday, a5 confirmed from 23:30 on Sunday for 45 minutes (only 30
        // of them inside the week); a6 deleted. The week before: b1 completed, b2 cancelled.
        // After the week: c1 completed.
        const struct
        {
            const char *id;
            const char *service;
            qint64 start;
            int minutes;
            const char *status;
            int price;
            bool deleted;
        } appointments[] = {
            {"a1", "cut", at(16, 9), 60, "completed", 30000, false},
            {"a2", "colour", at(16, 11), 90, "completed", 45000, false},
            {"a3", "cut", at(18, 10), 30, "no_show", 20000, false},
            {"a4", "cut", at(20, 14), 60, "cancelled", 10000, false},
            {"a5", "cut", at(22, 23, 30), 45, "confirmed", 25000, false},
            {"a6", "cut", at(17, 9), 60, "completed", 99900, true},
            {"b1", "colour", at(10, 9), 60, "completed", 50000, false},
            {"b2", "cut", at(12, 9), 60, "cancelled", 30000, false},
            {"c1", "cut", at(23, 9), 60, "completed", 30000, false},
        };
        for (const auto &a : appointments)
            w.appointment({.id = QString::fromLatin1(a.id),
                           .staffId = QStringLiteral("s1"),
                           .serviceId = QString::fromLatin1(a.service),
                           .startsAt = a.start,
                           .endsAt = a.start + a.minutes * 60,
                           .status = QString::fromLatin1(a.status),
                           .priceMinor = a.price,
                           .createdAt = a.start - 86400,
                           .deletedAt = a.deleted ? std::optional(now) : std::nullopt});

        // Conversations this week: two resolved by the assistant, one handed off (with its
        // handoff), one still open; one closed the week before.
        const struct
        {
            const char *id;
            const char *status;
            qint64 started;
        } conversations[] = {{"cv1", "resolved_by_ai", at(16, 8)},
                             {"cv2", "handed_off", at(17, 8)},
                             {"cv3", "open", at(21, 8)},
                             {"cv4", "resolved_by_ai", at(22, 8)},
                             {"cv5", "closed", at(11, 8)}};
        for (const auto &c : conversations)
            w.conversation({.id = QString::fromLatin1(c.id),
                            .status = QString::fromLatin1(c.status),
                            .startedAt = c.started});
        w.handoff({.id = QStringLiteral("h1"),
                   .conversationId = QStringLiteral("cv2"),
                   .reason = QStringLiteral("r"),
                   .createdAt = at(17, 8, 5)});

        // Loyalty this week: earned 75 and awarded 50 (issued 125), redeemed 40, expired 10.
        w.customer({.id = QStringLiteral("c"), .fullName = QStringLiteral("C")});
        int ledger = 0;
        for (const auto &[kind, points] : {std::pair{"earn", 75}, std::pair{"award", 50},
                                           std::pair{"redeem", -40}, std::pair{"expire", -10}})
            w.ledgerEntry({.id = QStringLiteral("l%1").arg(++ledger),
                           .customerId = QStringLiteral("c"),
                           .kind = QString::fromLatin1(kind),
                           .points = points,
                           .createdAt = at(19, 12)});
        QVERIFY2(w.ok(), qPrintable(w.error()));

        QSqlDatabase d = fixture.database();
        AnalyticsRepository repository(d);
        PeriodCounts expected;
        expected.bookings = 5;
        expected.completed = 2;
        expected.cancelled = 1;
        expected.noShows = 1;
        expected.revenueMinor = 75000;
        expected.bookedMinutes = 60 + 90 + 30; // a3, a4 hold no time; a5 clipped to 30
        expected.rosteredMinutes = 5 * 420 + 300;
        expected.conversations = 4;
        expected.resolvedByAi = 2;
        expected.conversationsHandedOff = 1;
        expected.handoffs = 1;
        expected.pointsIssued = 125;
        expected.pointsRedeemed = 40;
        std::optional<StoreError> error;
        const PeriodCounts counts = repository.periodCounts(kBusiness, week, &error);
        QVERIFY(!error);
        QCOMPARE(counts, expected);

        const PeriodCounts earlier = repository.periodCounts(kBusiness, before);
        QCOMPARE(earlier.bookings, 2);
        QCOMPARE(earlier.completed, 1);
        QCOMPARE(earlier.revenueMinor, 50000);
        QCOMPARE(earlier.conversations, 1);
        QCOMPARE(earlier.resolvedByAi, 0);

        QCOMPARE(repository.bookingsPerDay(kBusiness, week, kZone),
                 (QList<qint64>{2, 0, 1, 0, 1, 0, 1}));
        const QList<ServiceRevenue> services = repository.revenueByService(kBusiness, week, 8);
        QCOMPARE(services.size(), 2);
        QCOMPARE(services.at(0).name, QStringLiteral("Full colour"));
        QCOMPARE(services.at(0).revenueMinor, 45000);
        QCOMPARE(services.at(1).revenueMinor, 30000);

        const AnalyticsReport report = repository.report(kBusiness, QDate(2026, 11, 22), 7, kZone);
        QCOMPARE(report.current, expected);
        QCOMPARE(report.previousBookingsPerDay.size(), 7);
        QVERIFY(!report.error);

        // The KPI model over these counts.
        KpiModel model(QStringLiteral("ZAR"), QLocale(QStringLiteral("en_ZA")));
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), kKpiCount);
        QVERIFY(!model.hasData());
        model.setCounts(earlier, counts, 7);
        QVERIFY(model.hasData());
        const auto cell = [&model](Kpi kpi, int column) {
            return model.index(KpiModel::rowOf(kpi), column);
        };
        QCOMPARE(cell(Kpi::Bookings, KpiModel::ValueColumn).data().toString(), QStringLiteral("5"));
        QCOMPARE(cell(Kpi::Bookings, KpiModel::ValueColumn).data(RawValueRole).toDouble(), 5.0);
        // 2 -> 5 bookings: +150 %.
        QCOMPARE(cell(Kpi::Bookings, KpiModel::ChangeColumn).data(RawValueRole).toDouble(), 150.0);
        QVERIFY(cell(Kpi::Bookings, KpiModel::ChangeColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("▲")));
        QCOMPARE(cell(Kpi::CompletionRate, KpiModel::ValueColumn).data().toString(),
                 QStringLiteral("40.0 %").replace(QLatin1Char('.'),
                                                  QLocale(QStringLiteral("en_ZA")).decimalPoint()));
        QCOMPARE(cell(Kpi::Utilisation, KpiModel::ValueColumn).data(RawValueRole).toDouble(),
                 0.075);
        QCOMPARE(
            cell(Kpi::Revenue, KpiModel::ValueColumn).data().toString(),
            formatMoney(Money{75000, QStringLiteral("ZAR")}, QLocale(QStringLiteral("en_ZA"))));
        QCOMPARE(cell(Kpi::AverageBill, KpiModel::ValueColumn).data(RawValueRole).toDouble(),
                 37500.0);
        // The no-show rate went from 0 % to 20 %: up, and bad news.
        QCOMPARE(cell(Kpi::NoShowRate, KpiModel::ChangeColumn)
                     .data(KpiModel::ChangeDirectionRole)
                     .toInt(),
                 1);
        QVERIFY(!cell(Kpi::NoShowRate, KpiModel::ChangeColumn)
                     .data(KpiModel::ChangeIsGoodRole)
                     .toBool());
        // No AI resolutions before: a rate of 0 % exists, so the change is +50 points.
        QCOMPARE(
            qRound(
                cell(Kpi::AiResolutionRate, KpiModel::ChangeColumn).data(RawValueRole).toDouble()),
            50);
        QVERIFY(cell(Kpi::Utilisation, KpiModel::ValueColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("rostered")));

        d = QSqlDatabase();
    }
};

QTEST_MAIN(TestAnalytics)
#include "tst_analytics.moc"
