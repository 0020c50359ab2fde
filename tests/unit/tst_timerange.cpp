#include "core/TimeRange.h"

#include <QTest>

using namespace Chairside;

// The rules are constexpr, so the basic facts are checked by the compiler as well.
static_assert(!TimeRange{0, 600}.overlaps(TimeRange{600, 1200}));
static_assert(TimeRange{0, 600}.contains(TimeRange{0, 600}));

class TestTimeRange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void overlaps_data()
    {
        QTest::addColumn<qint64>("aStart");
        QTest::addColumn<qint64>("aEnd");
        QTest::addColumn<qint64>("bStart");
        QTest::addColumn<qint64>("bEnd");
        QTest::addColumn<bool>("overlap");
        // Back-to-back bookings: 09:00-10:00 then 10:00-11:00.
        QTest::newRow("touching") << qint64(32400) << qint64(36000) << qint64(36000)
                                  << qint64(39600) << false;
        QTest::newRow("one second of overlap")
            << qint64(32400) << qint64(36001) << qint64(36000) << qint64(39600) << true;
        QTest::newRow("apart") << qint64(0) << qint64(100) << qint64(200) << qint64(300) << false;
        QTest::newRow("partly") << qint64(0) << qint64(100) << qint64(50) << qint64(150) << true;
        QTest::newRow("inside") << qint64(0) << qint64(100) << qint64(20) << qint64(30) << true;
        QTest::newRow("same") << qint64(0) << qint64(100) << qint64(0) << qint64(100) << true;
        QTest::newRow("same start") << qint64(0) << qint64(100) << qint64(0) << qint64(10) << true;
        QTest::newRow("same end") << qint64(0) << qint64(100) << qint64(90) << qint64(100) << true;
        // An empty range holds no time, even inside another one.
        QTest::newRow("empty inside")
            << qint64(0) << qint64(100) << qint64(50) << qint64(50) << false;
        QTest::newRow("inverted inside")
            << qint64(0) << qint64(100) << qint64(60) << qint64(40) << false;
    }

    void overlaps()
    {
        QFETCH(qint64, aStart);
        QFETCH(qint64, aEnd);
        QFETCH(qint64, bStart);
        QFETCH(qint64, bEnd);
        QFETCH(bool, overlap);
        const TimeRange a{aStart, aEnd};
        const TimeRange b{bStart, bEnd};
        QCOMPARE(a.overlaps(b), overlap);
        QCOMPARE(b.overlaps(a), overlap); // symmetric
    }

    void contains_data()
    {
        QTest::addColumn<qint64>("outerStart");
        QTest::addColumn<qint64>("outerEnd");
        QTest::addColumn<qint64>("innerStart");
        QTest::addColumn<qint64>("innerEnd");
        QTest::addColumn<bool>("contained");
        // Working hours 08:30-17:00 and a booking.
        QTest::newRow("inside") << qint64(30600) << qint64(61200) << qint64(36000) << qint64(39600)
                                << true;
        QTest::newRow("first slot")
            << qint64(30600) << qint64(61200) << qint64(30600) << qint64(34200) << true;
        QTest::newRow("last slot ends at closing")
            << qint64(30600) << qint64(61200) << qint64(57600) << qint64(61200) << true;
        QTest::newRow("runs past closing")
            << qint64(30600) << qint64(61200) << qint64(59400) << qint64(63000) << false;
        QTest::newRow("starts before opening")
            << qint64(30600) << qint64(61200) << qint64(28800) << qint64(32400) << false;
        QTest::newRow("wider than the day")
            << qint64(30600) << qint64(61200) << qint64(0) << qint64(86400) << false;
        QTest::newRow("itself") << qint64(30600) << qint64(61200) << qint64(30600) << qint64(61200)
                                << true;
    }

    void contains()
    {
        QFETCH(qint64, outerStart);
        QFETCH(qint64, outerEnd);
        QFETCH(qint64, innerStart);
        QFETCH(qint64, innerEnd);
        QFETCH(bool, contained);
        QCOMPARE((TimeRange{outerStart, outerEnd}.contains(TimeRange{innerStart, innerEnd})),
                 contained);
    }

    void validityAndLength()
    {
        QVERIFY(TimeRange({0, 1}).isValid());
        QVERIFY(!TimeRange({5, 5}).isValid());
        QVERIFY(!TimeRange({10, 5}).isValid());
        QVERIFY(!TimeRange{}.isValid());
        QCOMPARE(TimeRange({32400, 36000}).seconds(), qint64(3600));
        QCOMPARE((TimeRange{1, 2}), (TimeRange{1, 2}));
        QVERIFY(!(TimeRange{1, 2} == TimeRange{1, 3}));
    }
};

QTEST_GUILESS_MAIN(TestTimeRange)
#include "tst_timerange.moc"
