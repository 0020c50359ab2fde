#include "core/calendar/BusinessTime.h"
#include "core/calendar/Recurrence.h"
#include "core/calendar/ZoneClock.h"

#include <QDateTime>
#include <QTest>

using namespace Chairside;

// The calendar runs on wall-clock time in the business's zone. These cases are worked out by hand
// from the 2026 daylight-saving rules of the five zones Chairside is sold in:
//   Europe/London        GMT+0 / BST+1, forward Sun 29 Mar 01:00, back Sun 25 Oct 02:00
//   America/New_York     EST-5 / EDT-4, forward Sun 8 Mar 02:00,  back Sun 1 Nov 02:00
//   Australia/Sydney     AEST+10 / AEDT+11, back Sun 5 Apr 03:00, forward Sun 4 Oct 02:00
//   Asia/Bangkok         +7 all year
//   Africa/Johannesburg  +2 all year
namespace {

qint64 utc(const char *iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    t.setTimeZone(QTimeZone::utc());
    return t.toSecsSinceEpoch();
}

QTimeZone zone(const QString &id)
{
    return QTimeZone(id.toLatin1());
}

int minutes(const char *hhmm)
{
    const QTime t = QTime::fromString(QString::fromLatin1(hhmm), QStringLiteral("HH:mm"));
    return t.hour() * 60 + t.minute();
}

} // namespace

class TestBusinessTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        for (const char *id : {"Europe/London", "America/New_York", "Australia/Sydney",
                               "Asia/Bangkok", "Africa/Johannesburg"})
            QVERIFY2(QTimeZone(id).isValid(), id);
    }

    void wallClockToInstant_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("minute");
        QTest::addColumn<qint64>("expected");

        // Ordinary mornings, winter and summer.
        QTest::newRow("London winter") << "Europe/London" << QDate(2026, 1, 14) << minutes("09:00")
                                       << utc("2026-01-14T09:00:00");
        QTest::newRow("London summer") << "Europe/London" << QDate(2026, 7, 14) << minutes("09:00")
                                       << utc("2026-07-14T08:00:00");
        QTest::newRow("New York winter") << "America/New_York" << QDate(2026, 1, 14)
                                         << minutes("09:00") << utc("2026-01-14T14:00:00");
        QTest::newRow("New York summer") << "America/New_York" << QDate(2026, 7, 14)
                                         << minutes("09:00") << utc("2026-07-14T13:00:00");
        QTest::newRow("Sydney summer (January)") << "Australia/Sydney" << QDate(2026, 1, 14)
                                                 << minutes("09:00") << utc("2026-01-13T22:00:00");
        QTest::newRow("Sydney winter (July)") << "Australia/Sydney" << QDate(2026, 7, 14)
                                              << minutes("09:00") << utc("2026-07-13T23:00:00");
        QTest::newRow("Bangkok") << "Asia/Bangkok" << QDate(2026, 3, 29) << minutes("09:00")
                                 << utc("2026-03-29T02:00:00");
        QTest::newRow("Johannesburg") << "Africa/Johannesburg" << QDate(2026, 10, 25)
                                      << minutes("09:00") << utc("2026-10-25T07:00:00");

        // Clocks go forward: the skipped half hour lands after the gap, as on a wall clock.
        QTest::newRow("London gap 01:30") << "Europe/London" << QDate(2026, 3, 29)
                                          << minutes("01:30") << utc("2026-03-29T01:30:00");
        QTest::newRow("London after gap 02:00") << "Europe/London" << QDate(2026, 3, 29)
                                                << minutes("02:00") << utc("2026-03-29T01:00:00");
        QTest::newRow("New York gap 02:30") << "America/New_York" << QDate(2026, 3, 8)
                                            << minutes("02:30") << utc("2026-03-08T07:30:00");
        QTest::newRow("Sydney gap 02:30") << "Australia/Sydney" << QDate(2026, 10, 4)
                                          << minutes("02:30") << utc("2026-10-03T16:30:00");

        // Clocks go back: the repeated half hour is its first occurrence (summer time).
        QTest::newRow("London repeat 01:30") << "Europe/London" << QDate(2026, 10, 25)
                                             << minutes("01:30") << utc("2026-10-25T00:30:00");
        QTest::newRow("New York repeat 01:30") << "America/New_York" << QDate(2026, 11, 1)
                                               << minutes("01:30") << utc("2026-11-01T05:30:00");
        QTest::newRow("Sydney repeat 02:30") << "Australia/Sydney" << QDate(2026, 4, 5)
                                             << minutes("02:30") << utc("2026-04-04T15:30:00");

        // Midnight and the end of the day (minute 1440 is the next midnight).
        QTest::newRow("New York end of a 25-hour day")
            << "America/New_York" << QDate(2026, 11, 1) << 1440 << utc("2026-11-02T05:00:00");
        QTest::newRow("Sydney midnight")
            << "Australia/Sydney" << QDate(2026, 10, 4) << 0 << utc("2026-10-03T14:00:00");
    }

    void wallClockToInstant()
    {
        QFETCH(QString, zone);
        QFETCH(QDate, date);
        QFETCH(int, minute);
        QFETCH(qint64, expected);
        QCOMPARE(BusinessTime::toSeconds(date, minute, ::zone(zone)), expected);
    }

    void instantToWallClock_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<qint64>("instant");
        QTest::addColumn<int>("minute");
        QTest::newRow("London after spring forward")
            << "Europe/London" << QDate(2026, 3, 29) << utc("2026-03-29T09:00:00")
            << minutes("10:00");
        QTest::newRow("London second 01:30 (GMT)")
            << "Europe/London" << QDate(2026, 10, 25) << utc("2026-10-25T01:30:00")
            << minutes("01:30");
        QTest::newRow("Sydney after fall back") << "Australia/Sydney" << QDate(2026, 4, 5)
                                                << utc("2026-04-05T00:00:00") << minutes("10:00");
        QTest::newRow("Bangkok") << "Asia/Bangkok" << QDate(2026, 3, 8)
                                 << utc("2026-03-08T07:30:00") << minutes("14:30");
        QTest::newRow("the day before: clamped to 0")
            << "Africa/Johannesburg" << QDate(2026, 3, 8) << utc("2026-03-07T21:59:00") << 0;
        QTest::newRow("the day after: clamped to 1440")
            << "Africa/Johannesburg" << QDate(2026, 3, 8) << utc("2026-03-08T22:00:00") << 1440;
    }

    void instantToWallClock()
    {
        QFETCH(QString, zone);
        QFETCH(QDate, date);
        QFETCH(qint64, instant);
        QFETCH(int, minute);
        QCOMPARE(BusinessTime::minuteOfDay(instant, date, ::zone(zone)), minute);
    }

    // A booking from 01:30 to 03:30 on the wall clock on the night the clocks change lasts one
    // hour in spring and three in autumn; the day view draws it at its wall-clock minutes.
    void appointmentSpanningTheChange_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("startMinute");
        QTest::addColumn<int>("endMinute");
        QTest::addColumn<int>("realMinutes");
        QTest::newRow("New York spring") << "America/New_York" << QDate(2026, 3, 8)
                                         << minutes("01:30") << minutes("03:30") << 60;
        QTest::newRow("New York autumn") << "America/New_York" << QDate(2026, 11, 1)
                                         << minutes("00:30") << minutes("02:30") << 180;
        QTest::newRow("London spring")
            << "Europe/London" << QDate(2026, 3, 29) << minutes("00:30") << minutes("02:30") << 60;
        QTest::newRow("London autumn") << "Europe/London" << QDate(2026, 10, 25) << minutes("00:30")
                                       << minutes("02:30") << 180;
        QTest::newRow("Sydney autumn (April)") << "Australia/Sydney" << QDate(2026, 4, 5)
                                               << minutes("01:30") << minutes("03:30") << 180;
        QTest::newRow("Sydney spring (October)") << "Australia/Sydney" << QDate(2026, 10, 4)
                                                 << minutes("01:30") << minutes("03:30") << 60;
        QTest::newRow("Bangkok has no change")
            << "Asia/Bangkok" << QDate(2026, 3, 29) << minutes("01:30") << minutes("03:30") << 120;
        QTest::newRow("Johannesburg has no change") << "Africa/Johannesburg" << QDate(2026, 10, 25)
                                                    << minutes("01:30") << minutes("03:30") << 120;
    }

    void appointmentSpanningTheChange()
    {
        QFETCH(QString, zone);
        QFETCH(QDate, date);
        QFETCH(int, startMinute);
        QFETCH(int, endMinute);
        QFETCH(int, realMinutes);
        const QTimeZone tz = ::zone(zone);
        const qint64 start = BusinessTime::toSeconds(date, startMinute, tz);
        const qint64 end = BusinessTime::toSeconds(date, endMinute, tz);
        QCOMPARE((end - start) / 60, qint64(realMinutes));
        // And back: the day view places it where the desk booked it.
        QCOMPARE(BusinessTime::minuteOfDay(start, date, tz), startMinute);
        QCOMPARE(BusinessTime::minuteOfDay(end, date, tz), endMinute);
    }

    // A weekly 09:00 booking keeps its 09:00 across the change; its UTC time moves by the hour.
    void recurrenceCrossingTheChange_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<qint64>("firstUtc");
        QTest::addColumn<qint64>("lastUtc");
        QTest::newRow("London into summer time")
            << "Europe/London" << QDate(2026, 3, 15) << utc("2026-03-15T09:00:00")
            << utc("2026-04-19T08:00:00");
        QTest::newRow("New York into summer time")
            << "America/New_York" << QDate(2026, 2, 22) << utc("2026-02-22T14:00:00")
            << utc("2026-03-29T13:00:00");
        QTest::newRow("Sydney out of summer time")
            << "Australia/Sydney" << QDate(2026, 3, 22) << utc("2026-03-21T22:00:00")
            << utc("2026-04-25T23:00:00");
        QTest::newRow("Sydney into summer time")
            << "Australia/Sydney" << QDate(2026, 9, 20) << utc("2026-09-19T23:00:00")
            << utc("2026-10-24T22:00:00");
        QTest::newRow("Bangkok") << "Asia/Bangkok" << QDate(2026, 3, 15)
                                 << utc("2026-03-15T02:00:00") << utc("2026-04-19T02:00:00");
        QTest::newRow("Johannesburg") << "Africa/Johannesburg" << QDate(2026, 10, 11)
                                      << utc("2026-10-11T07:00:00") << utc("2026-11-15T07:00:00");
    }

    void recurrenceCrossingTheChange()
    {
        QFETCH(QString, zone);
        QFETCH(QDate, first);
        QFETCH(qint64, firstUtc);
        QFETCH(qint64, lastUtc);
        const QTimeZone tz = ::zone(zone);
        RecurrenceRule weekly;
        weekly.count = 6;
        const QList<Occurrence> visits =
            Recurrence::expand(first, minutes("09:00"), 45, weekly, tz);
        QCOMPARE(visits.size(), 6);
        QCOMPARE(visits.first().startsAt, firstUtc);
        QCOMPARE(visits.last().startsAt, lastUtc);
        for (const Occurrence &visit : visits) {
            const QDateTime local = QDateTime::fromSecsSinceEpoch(visit.startsAt, tz);
            QCOMPARE(local.time(), QTime(9, 0));
            QCOMPARE(local.date(), visit.date);
            QCOMPARE(visit.date.dayOfWeek(), first.dayOfWeek());
            QCOMPARE(visit.endsAt - visit.startsAt, qint64(45 * 60));
        }
    }

    void recurrenceRules()
    {
        const QTimeZone tz = zone(QStringLiteral("Africa/Johannesburg"));
        RecurrenceRule fortnightly;
        fortnightly.everyWeeks = 2;
        fortnightly.until = QDate(2026, 12, 31);
        const QList<Occurrence> untilEnd =
            Recurrence::expand(QDate(2026, 11, 2), 600, 60, fortnightly, tz);
        // 2 Nov, 16 Nov, 30 Nov, 14 Dec, 28 Dec.
        QCOMPARE(untilEnd.size(), 5);
        QCOMPARE(untilEnd.last().date, QDate(2026, 12, 28));

        RecurrenceRule tooMany;
        tooMany.count = 500;
        QCOMPARE(Recurrence::expand(QDate(2026, 1, 1), 600, 60, tooMany, tz).size(),
                 RecurrenceRule::kMaxOccurrences);

        RecurrenceRule invalid; // neither a count nor an end
        QVERIFY(Recurrence::expand(QDate(2026, 1, 1), 600, 60, invalid, tz).isEmpty());
        RecurrenceRule everyThirteen;
        everyThirteen.everyWeeks = 13;
        everyThirteen.count = 2;
        QVERIFY(Recurrence::expand(QDate(2026, 1, 1), 600, 60, everyThirteen, tz).isEmpty());
    }

    // ZoneClock reads the same wall clock as QDateTime, inside its span (arithmetic over the
    // offsets it looked up) and outside (asked of the zone), around each zone's changes.
    void zoneClockAgreesWithQDateTime_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<qint64>("from");
        QTest::newRow("London, spring week") << "Europe/London" << utc("2026-03-25T00:00:00");
        QTest::newRow("London, autumn week") << "Europe/London" << utc("2026-10-22T00:00:00");
        QTest::newRow("New York, spring week") << "America/New_York" << utc("2026-03-05T05:00:00");
        QTest::newRow("New York, autumn week") << "America/New_York" << utc("2026-10-29T04:00:00");
        QTest::newRow("Sydney, autumn week") << "Australia/Sydney" << utc("2026-04-01T13:00:00");
        QTest::newRow("Sydney, spring week") << "Australia/Sydney" << utc("2026-10-01T14:00:00");
        QTest::newRow("Bangkok") << "Asia/Bangkok" << utc("2026-03-05T17:00:00");
        QTest::newRow("Johannesburg") << "Africa/Johannesburg" << utc("2026-03-05T22:00:00");
        QTest::newRow("before 1970") << "Africa/Johannesburg" << utc("1969-12-30T22:00:00");
    }

    void zoneClockAgreesWithQDateTime()
    {
        QFETCH(QString, zone);
        QFETCH(qint64, from);
        const QTimeZone tz = ::zone(zone);
        const qint64 to = from + 7 * 86400;
        const ZoneClock clock(tz, from, to);
        // Every 17 minutes across the week, and a day either side of the span.
        for (qint64 secs = from - 86400; secs < to + 86400; secs += 17 * 60 + 7) {
            const QDateTime local = QDateTime::fromSecsSinceEpoch(secs, tz);
            QCOMPARE(clock.offsetAt(secs), local.offsetFromUtc());
            QCOMPARE(clock.dateOf(secs), local.date());
            QCOMPARE(clock.timeOf(secs), local.time());
            const QDate day = QDateTime::fromSecsSinceEpoch(from, tz).date().addDays(2);
            QCOMPARE(clock.minuteOfDay(secs, day), BusinessTime::minuteOfDay(secs, day, tz));
        }
    }

    void clocksDiffer()
    {
        const QTimeZone london = zone(QStringLiteral("Europe/London"));
        const QTimeZone joburg = zone(QStringLiteral("Africa/Johannesburg"));
        const QTimeZone bangkok = zone(QStringLiteral("Asia/Bangkok"));
        QVERIFY(BusinessTime::clocksDiffer(joburg, london, utc("2026-07-01T12:00:00")));
        QVERIFY(BusinessTime::clocksDiffer(joburg, bangkok, utc("2026-07-01T12:00:00")));
        QVERIFY(!BusinessTime::clocksDiffer(joburg, joburg, utc("2026-07-01T12:00:00")));
        // Same offset, different names: the clocks agree.
        QVERIFY(!BusinessTime::clocksDiffer(joburg, QTimeZone("Africa/Maputo"),
                                            utc("2026-07-01T12:00:00")));
        QVERIFY(!BusinessTime::clocksDiffer(joburg, QTimeZone(), utc("2026-07-01T12:00:00")));
    }
};

QTEST_GUILESS_MAIN(TestBusinessTime)
#include "tst_businesstime.moc"
