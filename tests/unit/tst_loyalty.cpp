#include "core/Loyalty.h"

#include <QTest>

using namespace Chairside;

namespace {

// Deliberately not in threshold order.
QList<LoyaltyTier> salonTiers()
{
    return {
        {3, QStringLiteral("Gold"), 1500},     {1, QStringLiteral("Bronze"), 0},
        {5, QStringLiteral("Diamond"), 10000}, {2, QStringLiteral("Silver"), 500},
        {4, QStringLiteral("Platinum"), 4000},
    };
}

QString tierName(qint64 points, const QList<LoyaltyTier> &tiers)
{
    const qsizetype index = tierIndexFor(points, tiers);
    return index < 0 ? QString() : tiers.at(index).name;
}

} // namespace

class TestLoyalty : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tierForPoints_data()
    {
        QTest::addColumn<qint64>("points");
        QTest::addColumn<QString>("tier");
        QTest::newRow("new member") << qint64(0) << "Bronze";
        QTest::newRow("one below Silver") << qint64(499) << "Bronze";
        QTest::newRow("exactly Silver") << qint64(500) << "Silver";
        QTest::newRow("between") << qint64(1499) << "Silver";
        QTest::newRow("exactly Gold") << qint64(1500) << "Gold";
        QTest::newRow("exactly Platinum") << qint64(4000) << "Platinum";
        QTest::newRow("one below Diamond") << qint64(9999) << "Platinum";
        QTest::newRow("exactly Diamond") << qint64(10000) << "Diamond";
        QTest::newRow("far beyond the top") << qint64(5000000) << "Diamond";
        QTest::newRow("negative (after a correction)") << qint64(-20) << "";
    }

    void tierForPoints()
    {
        QFETCH(qint64, points);
        QFETCH(QString, tier);
        QCOMPARE(tierName(points, salonTiers()), tier);
    }

    void noTiers()
    {
        const QList<LoyaltyTier> none;
        QCOMPARE(tierIndexFor(0, none), qsizetype(-1));
        QCOMPARE(tierIndexFor(123456, none), qsizetype(-1));
        // Without tiers there is nothing to progress towards.
        QCOMPARE(progressToNextTier(0, none), 1.0);
        QCOMPARE(progressToNextTier(800, none), 1.0);
    }

    void noEntryTier()
    {
        // A programme whose first tier needs 500 points: below it there is no tier yet.
        const QList<LoyaltyTier> tiers = {{2, QStringLiteral("Gold"), 1500},
                                          {1, QStringLiteral("Silver"), 500}};
        QCOMPARE(tierIndexFor(100, tiers), qsizetype(-1));
        QCOMPARE(tierName(500, tiers), QStringLiteral("Silver"));
        QCOMPARE(progressToNextTier(100, tiers), 0.2); // 100 of the first 500
        QCOMPARE(progressToNextTier(1000, tiers), 0.5);
    }

    void progress_data()
    {
        QTest::addColumn<qint64>("points");
        QTest::addColumn<double>("progress");
        QTest::newRow("start") << qint64(0) << 0.0;
        QTest::newRow("half way to Silver") << qint64(250) << 0.5;
        QTest::newRow("exactly Silver starts again") << qint64(500) << 0.0;
        QTest::newRow("half way to Gold") << qint64(1000) << 0.5;
        QTest::newRow("a quarter to Diamond") << qint64(5500) << 0.25;
        QTest::newRow("at the top") << qint64(10000) << 1.0;
        QTest::newRow("beyond the top") << qint64(25000) << 1.0;
        QTest::newRow("negative stays at zero") << qint64(-50) << 0.0;
    }

    void progress()
    {
        QFETCH(qint64, points);
        QFETCH(double, progress);
        QCOMPARE(progressToNextTier(points, salonTiers()), progress);
    }

    void progressNeverLeavesTheUnitInterval()
    {
        const QList<LoyaltyTier> tiers = salonTiers();
        for (qint64 points = -100; points <= 12000; points += 37) {
            const double p = progressToNextTier(points, tiers);
            QVERIFY2(p >= 0.0 && p <= 1.0, qPrintable(QString::number(points)));
        }
    }

    void pointsEarned_data()
    {
        QTest::addColumn<qint64>("bill");
        QTest::addColumn<qint64>("minorPerPoint");
        QTest::addColumn<qint64>("points");
        QTest::newRow("R450 at R10 a point") << qint64(45000) << qint64(1000) << qint64(45);
        QTest::newRow("rounded down") << qint64(45999) << qint64(1000) << qint64(45);
        QTest::newRow("less than one point") << qint64(999) << qint64(1000) << qint64(0);
        QTest::newRow("exactly one point") << qint64(1000) << qint64(1000) << qint64(1);
        QTest::newRow("2,900 baht at 50 baht a point")
            << qint64(290000) << qint64(5000) << qint64(58);
        QTest::newRow("free visit") << qint64(0) << qint64(1000) << qint64(0);
        QTest::newRow("refund") << qint64(-45000) << qint64(1000) << qint64(0);
        QTest::newRow("programme switched off") << qint64(45000) << qint64(0) << qint64(0);
        QTest::newRow("nonsense rate") << qint64(45000) << qint64(-10) << qint64(0);
    }

    void pointsEarned()
    {
        QFETCH(qint64, bill);
        QFETCH(qint64, minorPerPoint);
        QFETCH(qint64, points);
        QCOMPARE(Chairside::pointsEarned(bill, minorPerPoint), points);
    }
};

QTEST_GUILESS_MAIN(TestLoyalty)
#include "tst_loyalty.moc"
