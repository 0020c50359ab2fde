// The escalation rules in core/: the business-hours clock behind the SLA (closing hours, days,
// weekends, daylight saving), the amber/red thresholds, the queue's order, the numbers strip's
// formulas and the WhatsApp reply window. Every expected value is worked out by hand in the
// comment beside it.
#include "core/escalations/BusinessHours.h"
#include "core/escalations/HandoffMetrics.h"
#include "core/escalations/HandoffOutcome.h"
#include "core/escalations/HandoffQueueOrder.h"
#include "core/escalations/HandoffSla.h"

#include <QDateTime>
#include <QTest>

#include <algorithm>

using namespace Chairside;

namespace {

const QTimeZone kJohannesburg("Africa/Johannesburg"); // UTC+2, no daylight saving

// Mon–Fri 09:00–17:00, Sat 09:00–13:00, Sunday closed: 5 × 8 h + 4 h = 44 h a week.
BusinessHours salonHours()
{
    BusinessHours hours(kJohannesburg);
    for (int weekday = 1; weekday <= 5; ++weekday)
        hours.addInterval(weekday, 9 * 60, 17 * 60);
    hours.addInterval(6, 9 * 60, 13 * 60);
    return hours;
}

// 2026-03-02 is a Monday. at(0, 10, 0) = Monday 10:00 in Johannesburg.
qint64 at(int dayOffset, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 3, 2).addDays(dayOffset), QTime(hour, minute), kJohannesburg)
        .toSecsSinceEpoch();
}

constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 3600;

} // namespace

class TestEscalationCore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openSeconds_data()
    {
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("within a morning") << at(0, 10) << at(0, 10, 45) << 45 * kMinute;
        // 16:30–17:00 Monday + 09:00–09:30 Tuesday.
        QTest::newRow("across closing") << at(0, 16, 30) << at(1, 9, 30) << 60 * kMinute;
        // Fri 16:00–17:00 (1 h) + Sat 09:00–13:00 (4 h) + Sunday closed + Mon 09:00–10:00 (1 h).
        QTest::newRow("across the weekend") << at(4, 16) << at(7, 10) << 6 * kHour;
        // Sat 12:00–13:00, nothing on Sunday or before Monday's opening.
        QTest::newRow("saturday to monday opening") << at(5, 12) << at(7, 9) << 1 * kHour;
        QTest::newRow("all of sunday") << at(6, 0) << at(7, 0) << qint64(0);
        QTest::newRow("before opening") << at(0, 7) << at(0, 8) << qint64(0);
        QTest::newRow("after closing") << at(0, 17) << at(0, 23, 59) << qint64(0);
        QTest::newRow("a whole monday") << at(0, 8) << at(0, 18) << 8 * kHour;
        // Monday 09:00 to Monday 09:00 four weeks later: 4 × 44 h (the whole-week shortcut).
        QTest::newRow("four weeks") << at(0, 9) << at(28, 9) << 4 * 44 * kHour;
        // Three weeks from Wednesday 12:00: 3 × 44 h, shortcut plus the day-by-day rest.
        QTest::newRow("three weeks from midweek") << at(2, 12) << at(23, 12) << 3 * 44 * kHour;
        QTest::newRow("backwards") << at(0, 12) << at(0, 10) << qint64(0);
        QTest::newRow("empty") << at(0, 12) << at(0, 12) << qint64(0);
    }

    void openSeconds()
    {
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QFETCH(qint64, expected);
        QCOMPARE(salonHours().openSecondsBetween(from, to), expected);
    }

    // The shortcut for long spans and the day-by-day count agree with a minute-by-minute walk.
    void openSecondsMatchAMinuteWalk()
    {
        const BusinessHours hours = salonHours();
        for (const auto &[from, to] :
             {std::pair{at(0, 8, 7), at(25, 14, 31)}, std::pair{at(3, 16, 59), at(40, 9, 1)},
              std::pair{at(5, 12, 13), at(19, 12, 14)}}) {
            qint64 walked = 0;
            for (qint64 t = from; t < to; t += kMinute)
                walked += hours.isOpenAt(t) ? kMinute : 0;
            QCOMPARE(hours.openSecondsBetween(from, to), walked);
        }
    }

    void intervalsMerge()
    {
        BusinessHours hours(kJohannesburg);
        // Two shifts with a lunch break, and a third person covering the break.
        hours.addInterval(1, 9 * 60, 12 * 60);
        hours.addInterval(1, 13 * 60, 17 * 60);
        hours.addInterval(1, 11 * 60 + 30, 13 * 60 + 30);
        hours.addInterval(2, 9 * 60, 12 * 60);
        hours.addInterval(2, 13 * 60, 17 * 60);
        hours.addInterval(8, 0, 60);            // no such weekday: ignored
        hours.addInterval(3, 10 * 60, 10 * 60); // empty: ignored
        QCOMPARE(hours.day(1), (QList<OpeningInterval>{{9 * 60, 17 * 60}}));
        QCOMPARE(hours.day(2), (QList<OpeningInterval>{{9 * 60, 12 * 60}, {13 * 60, 17 * 60}}));
        QVERIFY(hours.day(3).isEmpty());
        QCOMPARE(hours.weeklyOpenSeconds(), 8 * kHour + 7 * kHour);
        // Tuesday's lunch hour does not count.
        QCOMPARE(hours.openSecondsBetween(at(1, 11), at(1, 14)), 2 * kHour);
    }

    void unknownHoursCountEverySecond()
    {
        const BusinessHours hours(kJohannesburg);
        QVERIFY(hours.isUnknown());
        QCOMPARE(hours.openSecondsBetween(at(6, 1), at(6, 4)), 3 * kHour);
        QCOMPARE(hours.instantAfterOpenSeconds(at(6, 1), 30 * kMinute), at(6, 1, 30));
    }

    // Spring forward in London, Sunday 29 March 2026 at 01:00 → 02:00: that Sunday has 23 hours.
    void daylightSaving()
    {
        const QTimeZone london("Europe/London");
        BusinessHours hours(london);
        hours.addInterval(7, 0, 1440);
        const auto local = [&london](int day, int hour) {
            return QDateTime(QDate(2026, 3, day), QTime(hour, 0), london).toSecsSinceEpoch();
        };
        QCOMPARE(hours.openSecondsBetween(local(28, 12), local(30, 12)), 23 * kHour);
        // Open 00:00 to 03:00 local on that Sunday is two real hours.
        BusinessHours early(london);
        early.addInterval(7, 0, 3 * 60);
        QCOMPARE(early.openSecondsBetween(local(28, 0), local(30, 0)), 2 * kHour);
    }

    void instantAfterOpenSeconds_data()
    {
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("same morning") << at(0, 10) << 30 * kMinute << at(0, 10, 30);
        // Fri 16:30–17:00 uses 30 min; the other 90 run from Saturday 09:00.
        QTest::newRow("over friday night") << at(4, 16, 30) << 2 * kHour << at(5, 10, 30);
        // Sat 12:30–13:00 uses 30 min; Sunday is closed; Monday 09:00 + 90 min.
        QTest::newRow("over the weekend") << at(5, 12, 30) << 2 * kHour << at(7, 10, 30);
        QTest::newRow("from a closed night") << at(0, 22) << 15 * kMinute << at(1, 9, 15);
        QTest::newRow("exactly to closing") << at(0, 16) << 1 * kHour << at(0, 17);
        QTest::newRow("nothing") << at(6, 10) << qint64(0) << at(6, 10);
    }

    void instantAfterOpenSeconds()
    {
        QFETCH(qint64, from);
        QFETCH(qint64, seconds);
        QFETCH(qint64, expected);
        const BusinessHours hours = salonHours();
        QCOMPARE(hours.instantAfterOpenSeconds(from, seconds), std::optional<qint64>(expected));
        QCOMPARE(hours.openSecondsBetween(from, expected), seconds);
    }

    void instantBeyondTheHorizon()
    {
        BusinessHours hours(kJohannesburg);
        hours.addInterval(1, 9 * 60, 10 * 60); // one hour a week
        QCOMPARE(hours.instantAfterOpenSeconds(at(0, 9), 20 * kHour, 60), std::nullopt);
    }

    void slaLevels()
    {
        const BusinessHours hours = salonHours();
        const SlaPolicy policy; // amber at 30 min, red at 2 h of open time

        // Raised Friday 16:50, read Saturday 09:15: 10 + 15 = 25 open minutes over a 16 h 25 m
        // wait. Amber at Saturday 09:20, red at 09:20 + 90 min = 10:50.
        SlaReading r = readSla(hours, policy, at(4, 16, 50), at(5, 9, 15));
        QCOMPARE(r.elapsedSeconds, 16 * kHour + 25 * kMinute);
        QCOMPARE(r.businessSeconds, 25 * kMinute);
        QCOMPARE(r.level, SlaLevel::Fine);
        QVERIFY(r.openNow);
        QCOMPARE(r.amberAt, std::optional<qint64>(at(5, 9, 20)));
        QCOMPARE(r.redAt, std::optional<qint64>(at(5, 10, 50)));

        // Raised Saturday 12:20, read Monday 09:00: 40 open minutes — amber, although it waited
        // almost two days; red after another 80 open minutes, Monday 10:20.
        r = readSla(hours, policy, at(5, 12, 20), at(7, 9));
        QCOMPARE(r.businessSeconds, 40 * kMinute);
        QCOMPARE(r.level, SlaLevel::Amber);
        QCOMPARE(r.amberAt, std::nullopt);
        QCOMPARE(r.redAt, std::optional<qint64>(at(7, 10, 20)));

        // Raised Friday 16:45, read Monday 09:10: 15 + 240 + 10 = 265 open minutes — red.
        r = readSla(hours, policy, at(4, 16, 45), at(7, 9, 10));
        QCOMPARE(r.businessSeconds, 265 * kMinute);
        QCOMPARE(r.level, SlaLevel::Red);
        QCOMPARE(r.redAt, std::nullopt);

        // Raised Monday 16:45, read Tuesday 08:59: the clock stopped at closing (15 min) and is
        // not running; amber when Tuesday has run 15 more open minutes.
        r = readSla(hours, policy, at(0, 16, 45), at(1, 8, 59));
        QCOMPARE(r.businessSeconds, 15 * kMinute);
        QCOMPARE(r.level, SlaLevel::Fine);
        QVERIFY(!r.openNow);
        QCOMPARE(r.amberAt, std::optional<qint64>(at(1, 9, 15)));

        // Exactly on the thresholds.
        QCOMPARE(slaLevelFor(policy, 30 * kMinute - 1), SlaLevel::Fine);
        QCOMPARE(slaLevelFor(policy, 30 * kMinute), SlaLevel::Amber);
        QCOMPARE(slaLevelFor(policy, 2 * kHour), SlaLevel::Red);

        // A resolved handoff stops its clock and is nobody's worry any more.
        r = readSla(hours, policy, at(0, 10), at(3, 10), at(0, 13));
        QCOMPARE(r.businessSeconds, 3 * kHour);
        QCOMPARE(r.level, SlaLevel::Fine);
    }

    void queueOrder()
    {
        QList<HandoffQueueKey> keys{
            {.resolved = true,
             .priority = 1,
             .createdAt = 100,
             .resolvedAt = 500,
             .id = QStringLiteral("r-old")},
            {.resolved = false,
             .priority = 3,
             .createdAt = 50,
             .id = QStringLiteral("normal-older")},
            {.resolved = false,
             .priority = 1,
             .createdAt = 300,
             .id = QStringLiteral("urgent-newer")},
            {.resolved = true,
             .priority = 4,
             .createdAt = 200,
             .resolvedAt = 900,
             .id = QStringLiteral("r-new")},
            {.resolved = false,
             .priority = 1,
             .createdAt = 200,
             .id = QStringLiteral("urgent-older")},
            {.resolved = false,
             .priority = 3,
             .createdAt = 60,
             .id = QStringLiteral("normal-newer")},
            {.resolved = false,
             .priority = 1,
             .createdAt = 200,
             .id = QStringLiteral("urgent-older-b")},
            // No resolution time: placed by when it was raised.
            {.resolved = true,
             .priority = 2,
             .createdAt = 700,
             .resolvedAt = 0,
             .id = QStringLiteral("r-mid")},
        };
        std::sort(keys.begin(), keys.end(), handoffQueueLess);
        QStringList ids;
        for (const HandoffQueueKey &key : std::as_const(keys))
            ids.append(key.id);
        QCOMPARE(ids.join(u' '), QStringLiteral("urgent-older urgent-older-b urgent-newer "
                                                "normal-older normal-newer r-new r-mid r-old"));
        QVERIFY(!handoffQueueLess(keys.first(), keys.first()));
    }

    void medianSpans()
    {
        QCOMPARE(medianSpanSeconds({}), std::nullopt);
        // 10, 20, 40 min → 20 min.
        QCOMPARE(medianSpanSeconds({{0, 600}, {1000, 3400}, {0, 1200}}),
                 std::optional<double>(1200));
        // 10 and 20 min → 15 min; the span that ends before it starts is left out.
        QCOMPARE(medianSpanSeconds({{0, 600}, {0, 1200}, {500, 100}}), std::optional<double>(900));
    }

    void conversion()
    {
        HandoffOutcomeTally tally;
        QCOMPARE(bookingConversion(tally), std::nullopt);
        for (const char *key : {"booked", "booked", "booked", "rescheduled", "spam", "spam",
                                "answered", "complaint", "returned_to_ai", "no_action"})
            tally.add(QString::fromLatin1(key));
        // (3 booked + 1 rescheduled) ÷ (10 resolved − 2 spam) = 4 ÷ 8.
        QCOMPARE(tally.resolved, 10);
        QCOMPARE(bookingConversion(tally), std::optional<double>(0.5));
        HandoffOutcomeTally spamOnly;
        spamOnly.add(QStringLiteral("spam"));
        QCOMPARE(bookingConversion(spamOnly), std::nullopt);
    }

    void whatsAppReplyWindow()
    {
        const qint64 last = at(0, 10);
        ReplyWindow w = replyWindow(QStringLiteral("whatsapp"), last, at(1, 9, 59));
        QVERIFY(w.applies);
        QVERIFY(w.open);
        QCOMPARE(w.closesAt, std::optional<qint64>(at(1, 10)));
        w = replyWindow(QStringLiteral("whatsapp"), last, at(1, 10));
        QVERIFY(!w.open);
        w = replyWindow(QStringLiteral("whatsapp"), std::nullopt, at(1, 10));
        QVERIFY(w.applies);
        QVERIFY(!w.open);
        w = replyWindow(QStringLiteral("web"), last, at(9, 10));
        QVERIFY(!w.applies);
        QVERIFY(w.open);
    }

    void outcomeKeys()
    {
        QCOMPARE(resolvableOutcomes().size(), 7);
        QVERIFY(!resolvableOutcomes().contains(HandoffOutcome::ReturnedToAi));
        for (HandoffOutcome outcome : resolvableOutcomes() + QList{HandoffOutcome::ReturnedToAi}) {
            QCOMPARE(handoffOutcomeFromKey(handoffOutcomeKey(outcome)), outcome);
            QVERIFY(!handoffOutcomeLabel(outcome).isEmpty());
        }
        QCOMPARE(handoffOutcomeKey(HandoffOutcome::NoAction), QStringLiteral("no_action"));
        QCOMPARE(handoffOutcomeFromKey(QStringLiteral("nonsense")), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestEscalationCore)
#include "tst_escalationcore.moc"
