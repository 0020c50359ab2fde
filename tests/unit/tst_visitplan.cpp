#include "models/appointments/VisitPlan.h"

#include <QDateTime>
#include <QTest>

using namespace Chairside;

namespace {

qint64 utc(const char *iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    t.setTimeZone(QTimeZone::utc());
    return t.toSecsSinceEpoch();
}

} // namespace

// A visit's bookings: services back to back, repeated at the same wall-clock time.
class TestVisitPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void servicesFollowEachOther()
    {
        const QTimeZone joburg("Africa/Johannesburg");
        const QList<VisitPlan::Booking> bookings =
            VisitPlan::plan({{QStringLiteral("cut"), 45}, {QStringLiteral("blow-dry"), 30}},
                            QDate(2026, 3, 10), 9 * 60, std::nullopt, joburg);
        QCOMPARE(bookings.size(), 2);
        QCOMPARE(bookings[0].serviceId, QStringLiteral("cut"));
        QCOMPARE(bookings[0].startsAt, utc("2026-03-10T07:00:00"));
        QCOMPARE(bookings[0].endsAt, utc("2026-03-10T07:45:00"));
        QCOMPARE(bookings[1].serviceId, QStringLiteral("blow-dry"));
        QCOMPARE(bookings[1].startsAt, bookings[0].endsAt);
        QCOMPARE(bookings[1].endsAt, utc("2026-03-10T08:15:00"));
        QCOMPARE(bookings[1].visit, 0);
    }

    // Every two weeks from 15 March in London: the visit on 29 March (the morning the clocks go
    // forward) and 12 April is still at 09:00 on the salon's clock, an hour earlier in UTC.
    void aSeriesKeepsItsLocalTimeAcrossTheChange()
    {
        RecurrenceRule fortnightly;
        fortnightly.everyWeeks = 2;
        fortnightly.count = 3;
        const QList<VisitPlan::Booking> bookings =
            VisitPlan::plan({{QStringLiteral("colour"), 90}, {QStringLiteral("cut"), 30}},
                            QDate(2026, 3, 15), 9 * 60, fortnightly, QTimeZone("Europe/London"));
        QCOMPARE(bookings.size(), 6);
        QCOMPARE(bookings[0].startsAt, utc("2026-03-15T09:00:00"));
        QCOMPARE(bookings[1].startsAt, utc("2026-03-15T10:30:00"));
        QCOMPARE(bookings[2].date, QDate(2026, 3, 29));
        QCOMPARE(bookings[2].visit, 1);
        QCOMPARE(bookings[2].startsAt, utc("2026-03-29T08:00:00"));
        QCOMPARE(bookings[3].startsAt, utc("2026-03-29T09:30:00"));
        QCOMPARE(bookings[4].date, QDate(2026, 4, 12));
        QCOMPARE(bookings[5].endsAt, utc("2026-04-12T10:00:00"));
    }

    void nothingToPlan()
    {
        const QTimeZone bangkok("Asia/Bangkok");
        QVERIFY(VisitPlan::plan({}, QDate(2026, 3, 10), 600, std::nullopt, bangkok).isEmpty());
        QVERIFY(VisitPlan::plan({{QStringLiteral("x"), 0}}, QDate(2026, 3, 10), 600, std::nullopt,
                                bangkok)
                    .isEmpty());
        RecurrenceRule untilBefore;
        untilBefore.until = QDate(2026, 3, 1);
        QVERIFY(VisitPlan::plan({{QStringLiteral("x"), 30}}, QDate(2026, 3, 10), 600, untilBefore,
                                bangkok)
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestVisitPlan)
#include "tst_visitplan.moc"
