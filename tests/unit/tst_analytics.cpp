// Analytics formulas against hand-computed numbers, the repository's aggregates against a
// fixture whose figures are worked out below, and the KPI model that formats them.
#include "core/Money.h"
#include "core/analytics/AnalyticsFormulas.h"
#include "models/ModelRoles.h"
#include "models/analytics/ChartTables.h"
#include "models/analytics/KpiModel.h"
#include "store/StoreExecutor.h"
#include "store/repositories/AnalyticsRepository.h"
#include "tests/support/fixtures/StoreFixture.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QTest>

#include <optional>
#include <tuple>
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

    void newFormulas()
    {
        const qint64 start = 1'000'000;
        QVERIFY(isLateCancellation(start - 3600, start));
        QVERIFY(isLateCancellation(start + 60, start));     // cancelled after the start
        QVERIFY(!isLateCancellation(start - 86400, start)); // exactly 24 h before: in time
        QVERIFY(isLateCancellation(start - 86399, start));
        QCOMPARE(leadSeconds(start - 7200, start), 7200);
        QCOMPARE(leadSeconds(start + 10, start), 0);

        const ReportPeriod custom = periodBetween(QDate(2026, 11, 18), QDate(2026, 11, 27), kZone);
        QCOMPARE(custom.days(), 10);
        QCOMPARE(custom.first, QDate(2026, 11, 18));
        QCOMPARE(previousPeriod(custom, kZone).first, QDate(2026, 11, 8));
        QCOMPARE(previousPeriod(custom, kZone).last, QDate(2026, 11, 17));
        QCOMPARE(periodBetween(QDate(2026, 11, 2), QDate(2026, 11, 1), kZone).days(), 0);

        // Wednesday 18 Nov: days 0-4 are week 0 (to Sunday 22), day 5 starts week 1.
        QCOMPARE(weekIndex(QDate(2026, 11, 18), 0), 0);
        QCOMPARE(weekIndex(QDate(2026, 11, 18), 4), 0);
        QCOMPARE(weekIndex(QDate(2026, 11, 18), 5), 1);
        QCOMPARE(weekIndex(QDate(2026, 11, 16), 6), 0);
        QCOMPARE(weekIndex(QDate(2026, 11, 16), 7), 1);

        QCOMPARE(handoffOutcomeGroup(false, QStringLiteral("booked")), HandoffOutcomeGroup::Open);
        QCOMPARE(handoffOutcomeGroup(true, QStringLiteral("booked")), HandoffOutcomeGroup::Booked);
        QCOMPARE(handoffOutcomeGroup(true, QStringLiteral("spam")), HandoffOutcomeGroup::Other);
        QCOMPARE(handoffOutcomeGroup(true, QString()), HandoffOutcomeGroup::Other);

        // 14:30 on Thursday 19 Nov in Johannesburg is 12:30 UTC.
        const WeekdayHour slot = weekdayHour(
            QDateTime(QDate(2026, 11, 19), QTime(12, 30), QTimeZone::utc()).toSecsSinceEpoch(),
            kZone);
        QCOMPARE(slot.weekday, 4);
        QCOMPARE(slot.hour, 14);

        PeriodCounts c;
        c.bookings = 8;
        c.lateCancelled = 2;
        c.leadBookings = 4;
        c.leadSecondsTotal = 4 * 86400 + 7200; // mean: one day and half an hour
        c.visits = 3;
        c.rebookedVisits = 2;
        c.clients = 3;
        c.newClients = 2;
        c.handoffs = 4;
        c.handoffsBooked = 1;
        QCOMPARE(kpiValue(Kpi::LateCancellationRate, c), std::optional<double>(0.25));
        QCOMPARE(kpiValue(Kpi::AverageLeadTime, c), std::optional<double>(86400 + 1800));
        QCOMPARE(*kpiValue(Kpi::RebookingRate, c), 2.0 / 3.0);
        QCOMPARE(kpiValue(Kpi::NewClients, c), std::optional<double>(2));
        QCOMPARE(kpiValue(Kpi::ReturningClients, c), std::optional<double>(1));
        QCOMPARE(kpiValue(Kpi::HandoffConversion, c), std::optional<double>(0.25));
        const PeriodCounts empty;
        QCOMPARE(kpiValue(Kpi::AverageLeadTime, empty), std::nullopt);
        QCOMPARE(kpiValue(Kpi::RebookingRate, empty), std::nullopt);
        QCOMPARE(kpiValue(Kpi::HandoffConversion, empty), std::nullopt);
        QCOMPARE(kpiUnit(Kpi::AverageLeadTime), KpiUnit::Duration);
        QVERIFY(!higherIsBetter(Kpi::LateCancellationRate));
        QVERIFY(higherIsBetter(Kpi::RebookingRate));
        // A lead time from 1 day to 1.5 days is +50 %, not points.
        PeriodCounts before = c;
        before.leadSecondsTotal = 4 * 86400;
        c.leadSecondsTotal = 6 * 86400;
        QCOMPARE(kpiChange(Kpi::AverageLeadTime, before, c), std::optional<double>(50.0));

        // Every KPI has a distinct key, a name and a definition.
        QSet<QString> keys;
        for (int row = 0; row < kKpiCount; ++row) {
            const Kpi kpi = KpiModel::kpiAt(row);
            QVERIFY(!kpiKey(kpi).isEmpty());
            keys.insert(kpiKey(kpi));
            QVERIFY(!KpiModel::kpiName(kpi).isEmpty());
            QVERIFY(KpiModel::formula(kpi).size() > 10);
        }
        QCOMPARE(keys.size(), kKpiCount);
        QCOMPARE(KpiModel::formatDuration(1800, QLocale::c()), QStringLiteral("30 min"));
        QCOMPARE(KpiModel::formatDuration(5400, QLocale::c()), QStringLiteral("1.5 h"));
        QCOMPARE(KpiModel::formatDuration(3 * 86400, QLocale::c()), QStringLiteral("3.0 days"));
    }

    // The late-cancellation, lead-time, rebooking, client and handoff counts, and the chart
    // breakdowns, against a week worked out by hand (see the comments on each row).
    void periodCountsAdd()
    {
        PeriodCounts appointments;
        appointments.bookings = 4;
        appointments.visits = 2;
        PeriodCounts clients;
        clients.clients = 3;
        clients.visits = 1;
        appointments += clients;
        QCOMPARE(appointments.bookings, 4);
        QCOMPARE(appointments.clients, 3);
        QCOMPARE(appointments.visits, 3);
    }

    // The dashboard's passes where a day is not 24 h long, where two appointments start
    // together, where points come after the period and where a handoff was deleted; and the
    // report read in two halves (on the executor's companion) equals the report read in turn.
    void dashboardEdgeCases()
    {
        StoreFixture fixture(QStringLiteral("analytics-edges.sqlite"));
        QVERIFY(fixture.isValid());
        const QTimeZone london("Europe/London");
        // Monday 23 to Sunday 29 March 2026: the clocks go forward on the Sunday, 01:00 GMT.
        const ReportPeriod week = periodEndingOn(QDate(2026, 3, 29), 7, london);
        const auto at = [&london](int day, int hour, int minute = 0) {
            return QDateTime(QDate(2026, 3, day), QTime(hour, minute), london).toSecsSinceEpoch();
        };
        RowWriter w = fixture.writer(kBusiness, at(29, 20));
        w.business({.name = QStringLiteral("Salon"), .timeZone = QStringLiteral("Europe/London")});
        w.staff({.id = QStringLiteral("s1"), .name = QStringLiteral("Amy")});
        w.service({.id = QStringLiteral("cut"), .name = QStringLiteral("Cut"), .priceMinor = 100});
        for (const char *id : {"ann", "ben", "cat", "dan"})
            w.customer({.id = QString::fromLatin1(id), .fullName = QString::fromLatin1(id)});
        const struct
        {
            const char *id;
            const char *customer;
            qint64 start;
            const char *status;
            qint64 created;
        } appointments[] = {
            // Sunday's visits: ann's next booking made at 23:30 that evening (rebooked), ben's
            // at 00:30 on Monday (not: the 23-hour Sunday ended at 23:00 GMT).
            {"a1", "ann", at(29, 10), "completed", at(20, 9)},
            {"a2", "ann", at(29, 10) + 7 * 86400, "confirmed", at(29, 23, 30)},
            {"b1", "ben", at(29, 11), "completed", at(20, 9)},
            {"b2", "ben", at(29, 10) + 8 * 86400, "confirmed", at(30, 0, 30)},
            // cat's visit and a cancelled booking at the same moment, made before it: that is
            // not a later appointment, so no rebooking.
            {"c1", "cat", at(25, 12), "completed", at(20, 9)},
            {"c2", "cat", at(25, 12), "cancelled", at(19, 9)},
            // A no-show at 10:00 on the short Sunday: the grid's 10 o'clock.
            {"n1", "dan", at(29, 10), "no_show", at(20, 9)},
        };
        for (const auto &a : appointments)
            w.appointment({.id = QString::fromLatin1(a.id),
                           .customerId = QString::fromLatin1(a.customer),
                           .staffId = QStringLiteral("s1"),
                           .serviceId = QStringLiteral("cut"),
                           .startsAt = a.start,
                           .endsAt = a.start + 3600,
                           .status = QString::fromLatin1(a.status),
                           .source = QStringLiteral("desk"),
                           .priceMinor = 100,
                           .createdAt = a.created,
                           .updatedAt = a.created});
        // Three conversations of the week: one handed off, one whose only handoff was deleted.
        for (const char *id : {"cv1", "cv2", "cv3"})
            w.conversation({.id = QString::fromLatin1(id), .startedAt = at(24, 9)});
        w.handoff({.id = QStringLiteral("h1"),
                   .conversationId = QStringLiteral("cv1"),
                   .createdAt = at(24, 10)});
        w.handoff({.id = QStringLiteral("h2"),
                   .conversationId = QStringLiteral("cv2"),
                   .createdAt = at(24, 10),
                   .deletedAt = at(24, 11)});
        // Points: ann 150 before the end (Silver); dan's only points come after the week, so
        // he is in no tier yet.
        w.loyaltyTier({.id = QStringLiteral("t1"), .rank = 1, .name = QStringLiteral("Bronze")});
        w.loyaltyTier({.id = QStringLiteral("t2"),
                       .rank = 2,
                       .name = QStringLiteral("Silver"),
                       .thresholdPoints = 100});
        w.ledgerEntry({.id = QStringLiteral("l1"),
                       .customerId = QStringLiteral("ann"),
                       .points = 150,
                       .createdAt = at(24, 12)});
        w.ledgerEntry({.id = QStringLiteral("l2"),
                       .customerId = QStringLiteral("dan"),
                       .points = 500,
                       .createdAt = at(30, 12)});
        QVERIFY2(w.ok(), qPrintable(w.error()));

        QSqlDatabase d = fixture.database();
        AnalyticsRepository repository(d);
        const AnalyticsReport report = repository.report(kBusiness, week);
        QVERIFY(!report.error);
        QCOMPARE(report.current.visits, 3);
        QCOMPARE(report.current.rebookedVisits, 1); // ann only
        QCOMPARE(report.current.clients, 3);
        QCOMPARE(report.current.conversations, 3);
        QCOMPARE(report.current.conversationsHandedOff, 1);
        QCOMPARE(report.current.handoffs, 1);
        QCOMPARE(report.current.pointsIssued, 150);
        QCOMPARE(report.noShows[6][10], 1); // Sunday 10:00
        QCOMPARE(report.noShows[6][9], 0);
        QCOMPARE(report.tiers.size(), 3);
        QCOMPARE(report.tiers.at(1).clients, 0);
        QCOMPARE(report.tiers.at(2).clients, 1); // ann; dan is not counted at all
        QCOMPARE(report.handoffDays.at(1).outcomes[size_t(HandoffOutcomeGroup::Open)], 1);

        // The same report in two halves, the appointments' on the companion's connection.
        StoreExecutor *store = fixture.executor();
        const AnalyticsReport halves =
            store
                ->run([&](QSqlDatabase &db) {
                    return AnalyticsRepository(db, store->companion()).report(kBusiness, week);
                })
                .result();
        QVERIFY(!halves.error);
        QCOMPARE(halves.current, report.current);
        QCOMPARE(halves.before, report.before);
        QCOMPARE(halves.bookingsPerDay, report.bookingsPerDay);
        QCOMPARE(halves.previousBookingsPerDay, report.previousBookingsPerDay);
        QVERIFY(halves.noShows == report.noShows);
        QCOMPARE(halves.staff.size(), report.staff.size());
        QCOMPARE(halves.staff.at(0).revenueMinor, report.staff.at(0).revenueMinor);
        QCOMPARE(halves.revenueByService.size(), report.revenueByService.size());
        QCOMPARE(halves.weeks.size(), report.weeks.size());
        QCOMPARE(halves.tiers.size(), report.tiers.size());
        QCOMPARE(halves.handoffDays.size(), report.handoffDays.size());
        d = QSqlDatabase();
    }

    void newKpiCountsAndBreakdowns()
    {
        StoreFixture fixture(QStringLiteral("analytics-new.sqlite"));
        QVERIFY(fixture.isValid());
        const ReportPeriod week = periodEndingOn(QDate(2026, 11, 22), 7, kZone);
        const ReportPeriod before = previousPeriod(week, kZone);
        const auto at = [](int day, int hour, int minute = 0) {
            return QDateTime(QDate(2026, 11, day), QTime(hour, minute), kZone).toSecsSinceEpoch();
        };
        const qint64 now = at(22, 20);
        RowWriter w = fixture.writer(kBusiness, now);
        w.business({.name = QStringLiteral("Salon")});
        w.staff({.id = QStringLiteral("s1"), .name = QStringLiteral("Thandi")});
        w.staff({.id = QStringLiteral("s2"), .name = QStringLiteral("Sipho")});
        for (int weekday = 1; weekday <= 5; ++weekday)
            w.workingHours({.id = QStringLiteral("wh%1").arg(weekday),
                            .staffId = QStringLiteral("s1"),
                            .weekday = weekday,
                            .startMinute = 540,
                            .endMinute = 1020});
        w.service({.id = QStringLiteral("cut"), .name = QStringLiteral("Cut"), .priceMinor = 100});
        for (const char *id : {"ann", "ben", "cat"})
            w.customer({.id = QString::fromLatin1(id), .fullName = QString::fromLatin1(id)});

        const struct
        {
            const char *id;
            const char *customer; // "" for a walk-in without a client
            const char *staff;
            qint64 start;
            const char *status;
            const char *source;
            qint64 created;
            qint64 updated;
            int price;
        } appointments[] = {
            // The week before: ann's first completed visit (so she returns this week).
            {"p1", "ann", "s1", at(10, 10), "completed", "desk", at(7, 10), at(10, 11), 100},
            // This week. Lead times: v1 4 days, v2 1 hour, v3 14 days, x1 10 days,
            // x2 5 days, x3 2 days, ns1 4 days; w1 is a walk-in (no lead time, no client).
            {"v1", "ann", "s1", at(16, 10), "completed", "phone", at(12, 10), at(16, 11), 200},
            {"v2", "ben", "s1", at(17, 9), "completed", "web", at(17, 8), at(17, 10), 300},
            {"v3", "cat", "s2", at(18, 11), "completed", "whatsapp_ai", at(4, 11), at(18, 12), 400},
            {"w1", "", "s2", at(19, 12), "completed", "walk_in", at(19, 12), at(19, 13), 500},
            {"ns1", "ben", "s1", at(19, 14), "no_show", "desk", at(15, 14), at(19, 15), 600},
            // x1: cancelled on the chat 18 h before (kind 'cancelled'): late.
            {"x1", "ben", "s1", at(20, 10), "cancelled", "desk", at(10, 10), now, 700},
            // x2: the server's history (kind 'status') says 4 days ahead: in time, although
            // the row changed later.
            {"x2", "ann", "s1", at(21, 10), "cancelled", "desk", at(16, 10), now, 800},
            // x3: no history; its last change 6 h before the start dates it: late.
            {"x3", "ann", "s1", at(22, 15), "cancelled", "desk", at(20, 15), at(22, 9), 900},
            // After the week: ann's next visit booked on the day of v1; cat's booked half an
            // hour after her visit day ended (local midnight), so v3 is no rebooking.
            {"n1", "ann", "s1", at(30, 10), "confirmed", "desk", at(16, 15), at(16, 15), 100},
            {"n3", "cat", "s1", at(30, 12), "confirmed", "desk", at(19, 0, 30), at(19, 0, 30), 100},
        };
        for (const auto &a : appointments)
            w.appointment({.id = QString::fromLatin1(a.id),
                           .customerId = *a.customer ? QString::fromLatin1(a.customer) : QString(),
                           .staffId = QString::fromLatin1(a.staff),
                           .serviceId = QStringLiteral("cut"),
                           .startsAt = a.start,
                           .endsAt = a.start + 3600,
                           .status = QString::fromLatin1(a.status),
                           .source = QString::fromLatin1(a.source),
                           .priceMinor = a.price,
                           .createdAt = a.created,
                           .updatedAt = a.updated});
        const auto event = [&](const char *id, const char *appointment, qint64 when,
                               const char *kind, const char *detail) {
            return w.exec(QStringLiteral("INSERT INTO appointment_events (id, business_id, "
                                         "appointment_id, at, kind, detail, updated_at) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                          {QString::fromLatin1(id), kBusiness, QString::fromLatin1(appointment),
                           when, QString::fromLatin1(kind), QString::fromLatin1(detail), when});
        };
        QVERIFY(event("e1", "x1", at(19, 16), "cancelled", "Late cancellation: ill"));
        QVERIFY(event("e2", "x2", at(17, 10), "status", "confirmed -> cancelled: away"));
        QVERIFY(event("e3", "v2", at(16, 9), "rescheduled", "Moved"));

        // Handoffs: Monday booked, Tuesday answered, Wednesday still open; one the week before
        // that was booked.
        w.conversation({.id = QStringLiteral("cv"),
                        .status = QStringLiteral("handed_off"),
                        .startedAt = at(9, 8)});
        const struct
        {
            const char *id;
            qint64 created;
            bool resolved;
            const char *outcome;
        } handoffs[] = {{"h1", at(16, 9), true, "booked"},
                        {"h2", at(17, 9), true, "answered"},
                        {"h3", at(18, 9), false, ""},
                        {"h4", at(12, 9), true, "booked"}};
        for (const auto &h : handoffs)
            w.handoff({.id = QString::fromLatin1(h.id),
                       .conversationId = QStringLiteral("cv"),
                       .resolved = h.resolved,
                       .resolvedAt = h.resolved ? std::optional(h.created + 600) : std::nullopt,
                       .outcome = *h.outcome ? QString::fromLatin1(h.outcome) : QString(),
                       .createdAt = h.created});

        // Loyalty (before both weeks): ann 150 lifetime points (Silver), ben 50 and cat 20
        // (Bronze; cat's redemption does not lower her lifetime points).
        w.loyaltyTier({.id = QStringLiteral("t1"), .rank = 1, .name = QStringLiteral("Bronze")});
        w.loyaltyTier({.id = QStringLiteral("t2"),
                       .rank = 2,
                       .name = QStringLiteral("Silver"),
                       .thresholdPoints = 100});
        int ledger = 0;
        for (const auto &[customer, kind, points] :
             {std::tuple{"ann", "earn", 150}, std::tuple{"ben", "earn", 50},
              std::tuple{"cat", "award", 20}, std::tuple{"cat", "redeem", -10}})
            w.ledgerEntry({.id = QStringLiteral("l%1").arg(++ledger),
                           .customerId = QString::fromLatin1(customer),
                           .kind = QString::fromLatin1(kind),
                           .points = points,
                           .createdAt = at(1, 12)});
        QVERIFY2(w.ok(), qPrintable(w.error()));

        QSqlDatabase d = fixture.database();
        AnalyticsRepository repository(d);
        std::optional<StoreError> error;
        const PeriodCounts counts = repository.periodCounts(kBusiness, week, &error);
        QVERIFY(!error);
        QCOMPARE(counts.bookings, 8);
        QCOMPARE(counts.cancelled, 3);
        QCOMPARE(counts.lateCancelled, 2); // x1 and x3
        QCOMPARE(counts.leadBookings, 7);
        QCOMPARE(counts.leadSecondsTotal,
                 (4 + 14 + 10 + 5 + 2 + 4) * 86400 + 3600); // v1 v3 x1 x2 x3 ns1, v2
        // Visits of known clients: v1 (ann had x2 booked already), v2 (ben had x1), v3 (cat
        // booked n3 only after her day ended).
        QCOMPARE(counts.visits, 3);
        QCOMPARE(counts.rebookedVisits, 2);
        QCOMPARE(counts.clients, 3);
        QCOMPARE(counts.newClients, 2); // ben and cat; ann came the week before
        QCOMPARE(counts.handoffs, 3);
        QCOMPARE(counts.handoffsBooked, 1);
        QCOMPARE(*kpiValue(Kpi::LateCancellationRate, counts), 0.25);
        QCOMPARE(*kpiValue(Kpi::RebookingRate, counts), 2.0 / 3.0);
        QCOMPARE(*kpiValue(Kpi::ReturningClients, counts), 1.0);

        const PeriodCounts earlier = repository.periodCounts(kBusiness, before);
        QCOMPARE(earlier.bookings, 1);
        QCOMPARE(earlier.visits, 1);
        QCOMPARE(earlier.rebookedVisits, 0); // everything later was booked after 10 Nov
        QCOMPARE(earlier.newClients, 1);
        QCOMPARE(earlier.handoffsBooked, 1);

        // The same function serves the cards and `chairside report`.
        const KpiReport kpis = repository.kpis(kBusiness, week);
        QCOMPARE(kpis.current, counts);
        QCOMPARE(kpis.before, earlier);
        QCOMPARE(kpis.previous.first, QDate(2026, 11, 9));

        // Charts.
        QCOMPARE(repository.bookingsPerDay(kBusiness, week, kZone),
                 (QList<qint64>{1, 1, 1, 2, 1, 1, 1}));
        QCOMPARE(repository.bookingsPerDay(kBusiness, week, kZone,
                                           {.source = QStringLiteral("walk_in")}),
                 (QList<qint64>{0, 0, 0, 1, 0, 0, 0}));
        QCOMPARE(
            repository.bookingsPerDay(kBusiness, week, kZone, {.staffId = QStringLiteral("s2")}),
            (QList<qint64>{0, 0, 1, 1, 0, 0, 0}));
        const QList<WeekChanges> weeks = repository.weeklyChanges(kBusiness, week);
        QCOMPARE(weeks.size(), 1);
        QCOMPARE(weeks.at(0).weekStart, QDate(2026, 11, 16));
        QCOMPARE(weeks.at(0).reschedules, 1);
        QCOMPARE(weeks.at(0).cancellations, 3);
        const NoShowGrid grid = repository.noShowGrid(kBusiness, week);
        qint64 total = 0;
        for (const auto &day : grid)
            for (qint64 count : day)
                total += count;
        QCOMPARE(total, 1);
        QCOMPARE(grid[3][14], 1); // Thursday 14:00
        const QList<HandoffDay> handoffDays = repository.handoffsPerDay(kBusiness, week);
        QCOMPARE(handoffDays.size(), 7);
        QCOMPARE(handoffDays.at(0).outcomes[size_t(HandoffOutcomeGroup::Booked)], 1);
        QCOMPARE(handoffDays.at(1).outcomes[size_t(HandoffOutcomeGroup::Answered)], 1);
        QCOMPARE(handoffDays.at(2).outcomes[size_t(HandoffOutcomeGroup::Open)], 1);
        const QList<TierCount> tiers = repository.tierDistribution(kBusiness, week);
        QCOMPARE(tiers.size(), 3);
        QCOMPARE(tiers.at(0).clients, 0);
        QCOMPARE(tiers.at(1).name, QStringLiteral("Bronze"));
        QCOMPARE(tiers.at(1).clients, 2);
        QCOMPARE(tiers.at(2).clients, 1);
        // Revenue and time per staff member: s1 did v1 and v2 (500) and held 1 + 1 + 1 h
        // (v1, v2, and the cancelled or missed ones hold none) of 5 x 8 h rostered.
        const QList<StaffFigures> staff = repository.staffFigures(kBusiness, week);
        QCOMPARE(staff.size(), 2);
        const auto figures = [&staff](const QString &id) {
            for (const StaffFigures &row : staff) {
                if (row.staffId == id)
                    return row;
            }
            return StaffFigures{};
        };
        QCOMPARE(figures(QStringLiteral("s1")).revenueMinor, 500);
        QCOMPARE(figures(QStringLiteral("s1")).bookedMinutes, 120);
        QCOMPARE(figures(QStringLiteral("s1")).rosteredMinutes, 5 * 480);
        QCOMPARE(figures(QStringLiteral("s2")).revenueMinor, 900);
        QCOMPARE(figures(QStringLiteral("s2")).rosteredMinutes, 0);

        // The chart tables behind the CSV export.
        const AnalyticsReport report = repository.report(kBusiness, week);
        const ChartTable perDay =
            ChartTables::table(AnalyticsChart::BookingsPerDay, report, QStringLiteral("ZAR"));
        QCOMPARE(perDay.rows.size(), 7);
        QCOMPARE(perDay.rows.at(3),
                 (QStringList{QStringLiteral("2026-11-19"), QStringLiteral("2"),
                              QStringLiteral("2026-11-12"), QStringLiteral("0")}));
        const ChartTable byStaff =
            ChartTables::table(AnalyticsChart::RevenueByStaff, report, QStringLiteral("ZAR"));
        QCOMPARE(byStaff.header.at(1), QStringLiteral("revenue_ZAR"));
        QVERIFY(byStaff.rows.contains(
            QStringList{QStringLiteral("Thandi"), QStringLiteral("5.00"), QStringLiteral("2")}));
        const ChartTable noShows =
            ChartTables::table(AnalyticsChart::NoShows, report, QStringLiteral("ZAR"));
        QCOMPARE(noShows.rows, (QList<QStringList>{{QStringLiteral("Thursday"),
                                                    QStringLiteral("14"), QStringLiteral("1")}}));
        for (int chart = 0; chart < kAnalyticsChartCount; ++chart) {
            const ChartTable table =
                ChartTables::table(AnalyticsChart(chart), report, QStringLiteral("ZAR"));
            QVERIFY(!table.header.isEmpty());
            for (const QStringList &row : table.rows)
                QCOMPARE(row.size(), table.header.size());
        }

        // The model's texts for the new cards.
        KpiModel model(QStringLiteral("ZAR"), QLocale::c());
        model.setCounts(earlier, counts, 7);
        QCOMPARE(
            model.index(KpiModel::rowOf(Kpi::NewClients), KpiModel::ValueColumn).data().toString(),
            QStringLiteral("2"));
        QCOMPARE(model.index(KpiModel::rowOf(Kpi::HandoffConversion), KpiModel::ValueColumn)
                     .data()
                     .toString(),
                 QStringLiteral("33.3 %"));
        QVERIFY(model.index(KpiModel::rowOf(Kpi::LateCancellationRate), KpiModel::ValueColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("24 hours")));
        d = QSqlDatabase();
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
        // a4 has no cancellation in its history, so its last change (now, after its start)
        // dates the cancellation: late. Every booking was made a day ahead at the desk.
        expected.lateCancelled = 1;
        expected.leadBookings = 5;
        expected.leadSecondsTotal = 5 * 86400;
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
