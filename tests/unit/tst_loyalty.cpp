#include "core/Loyalty.h"

#include <QDateTime>
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

    void nextTier()
    {
        const QList<LoyaltyTier> tiers = salonTiers();
        QCOMPARE(tiers.at(nextTierIndexFor(0, tiers)).name, QStringLiteral("Silver"));
        QCOMPARE(tiers.at(nextTierIndexFor(499, tiers)).name, QStringLiteral("Silver"));
        QCOMPARE(tiers.at(nextTierIndexFor(500, tiers)).name, QStringLiteral("Gold"));
        QCOMPARE(tiers.at(nextTierIndexFor(9999, tiers)).name, QStringLiteral("Diamond"));
        QCOMPARE(nextTierIndexFor(10000, tiers), qsizetype(-1));
        QCOMPARE(nextTierIndexFor(0, {}), qsizetype(-1));
    }

    void totalsFromTheLedger()
    {
        // Earned 600, awarded 100, redeemed 200, corrected down 30 and up 5, 40 expired:
        // balance 600 + 100 - 200 - 30 + 5 - 40 = 435; lifetime 600 + 100 = 700.
        const QList<LedgerPoints> ledger = {
            {1, QStringLiteral("earn"), 600},    {2, QStringLiteral("award"), 100},
            {3, QStringLiteral("redeem"), -200}, {4, QStringLiteral("adjust"), -30},
            {5, QStringLiteral("adjust"), 5},    {6, QStringLiteral("expire"), -40},
        };
        const LedgerTotals totals = totalsFromLedger(ledger);
        QCOMPARE(totals.balance, qint64(435));
        QCOMPARE(totals.lifetime, qint64(700));
        QCOMPARE(totalsFromLedger({}).balance, qint64(0));
        QCOMPARE(totalsFromLedger({}).lifetime, qint64(0));
    }

    void redeemNeverBelowZero_data()
    {
        QTest::addColumn<qint64>("balance");
        QTest::addColumn<qint64>("cost");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("plenty") << qint64(500) << qint64(200) << true;
        QTest::newRow("the last points exactly") << qint64(200) << qint64(200) << true;
        QTest::newRow("one short") << qint64(199) << qint64(200) << false;
        QTest::newRow("nothing left") << qint64(0) << qint64(1) << false;
        QTest::newRow("already negative after a correction") << qint64(-5) << qint64(1) << false;
        QTest::newRow("a free reward is not a redemption") << qint64(500) << qint64(0) << false;
    }

    void redeemNeverBelowZero()
    {
        QFETCH(qint64, balance);
        QFETCH(qint64, cost);
        QFETCH(bool, allowed);
        QCOMPARE(canRedeem(balance, cost), allowed);
    }

    void expiryFirstInFirstOut()
    {
        const QTimeZone zone("Africa/Johannesburg");
        const auto at = [&zone](int y, int m, int d) {
            return QDateTime(QDate(y, m, d), QTime(10, 0), zone).toSecsSinceEpoch();
        };
        // 600 earned 15 Jan 2025 (expires 15 Jan 2026), 100 awarded 1 Jun 2025 (1 Jun 2026),
        // 200 redeemed 1 Jul 2025 from the oldest lot (400 of the 600 left), 300 earned
        // 20 Dec 2025 (20 Dec 2026).
        QList<LedgerPoints> ledger = {
            {at(2025, 1, 15), QStringLiteral("earn"), 600},
            {at(2025, 7, 1), QStringLiteral("redeem"), -200}, // out of order on purpose
            {at(2025, 6, 1), QStringLiteral("award"), 100},
            {at(2025, 12, 20), QStringLiteral("earn"), 300},
        };
        // On 1 Dec 2025 nothing has expired; the first 400 go on 15 Jan 2026.
        PointsExpiry e = pointsExpiry(ledger, 12, at(2025, 12, 1), zone);
        QCOMPARE(e.overdue, qint64(0));
        QCOMPARE(e.nextAt, at(2026, 1, 15));
        QCOMPARE(e.nextPoints, qint64(400));
        // On 1 Feb 2026 those 400 are overdue; next are the 100 on 1 Jun 2026.
        e = pointsExpiry(ledger, 12, at(2026, 2, 1), zone);
        QCOMPARE(e.overdue, qint64(400));
        QCOMPARE(e.nextAt, at(2026, 6, 1));
        QCOMPARE(e.nextPoints, qint64(100));
        // Exactly at the expiry instant the lot has expired.
        e = pointsExpiry(ledger, 12, at(2026, 1, 15), zone);
        QCOMPARE(e.overdue, qint64(400));
        // Written off (an expire line of -400), nothing is overdue any more.
        ledger.append({at(2026, 1, 16), QStringLiteral("expire"), -400});
        e = pointsExpiry(ledger, 12, at(2026, 2, 1), zone);
        QCOMPARE(e.overdue, qint64(0));
        QCOMPARE(e.nextPoints, qint64(100));
        QCOMPARE(totalsFromLedger(ledger).balance, qint64(400)); // 100 + 300
        // A redemption of 250 on 2 Feb 2026 empties the 100 lot and takes 150 of the 300.
        ledger.append({at(2026, 2, 2), QStringLiteral("redeem"), -250});
        e = pointsExpiry(ledger, 12, at(2026, 3, 1), zone);
        QCOMPARE(e.nextAt, at(2026, 12, 20));
        QCOMPARE(e.nextPoints, qint64(150));
        // Nothing expires when the business keeps points for ever.
        e = pointsExpiry(ledger, 0, at(2030, 1, 1), zone);
        QCOMPARE(e.overdue, qint64(0));
        QCOMPARE(e.nextAt, qint64(0));
    }

    void earnLineIdIsTheServers()
    {
        // private.earn_line_id('a5000000-0000-4000-8000-000000000004') in PostgreSQL
        // (supabase/tests/database/12_loyalty_server.test.sql checks the same value).
        QCOMPARE(earnLineId(QStringLiteral("a5000000-0000-4000-8000-000000000004")),
                 QStringLiteral("3fe9ed78-bf02-3b6b-9610-52d4e8a3fce7"));
        QCOMPARE(earnLineId(QStringLiteral("A5000000-0000-4000-8000-000000000004")),
                 earnLineId(QStringLiteral("a5000000-0000-4000-8000-000000000004")));
        QVERIFY(earnLineId(QStringLiteral("a5000000-0000-4000-8000-000000000005"))
                != earnLineId(QStringLiteral("a5000000-0000-4000-8000-000000000004")));
    }

    void expiryCountsCalendarMonths()
    {
        const QTimeZone zone("Africa/Johannesburg");
        const qint64 booked = QDateTime(QDate(2025, 1, 31), QTime(9, 0), zone).toSecsSinceEpoch();
        // One month after 31 January 2025 is 28 February 2025 (no 29th that year).
        const PointsExpiry e =
            pointsExpiry({{booked, QStringLiteral("award"), 50}}, 1, booked, zone);
        QCOMPARE(e.nextAt, QDateTime(QDate(2025, 2, 28), QTime(9, 0), zone).toSecsSinceEpoch());
        QCOMPARE(e.nextPoints, qint64(50));
        // A downward correction larger than everything left leaves nothing to expire.
        const PointsExpiry gone = pointsExpiry(
            {{booked, QStringLiteral("award"), 50}, {booked + 1, QStringLiteral("adjust"), -80}}, 1,
            booked, zone);
        QCOMPARE(gone.nextAt, qint64(0));
        QCOMPARE(gone.overdue, qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestLoyalty)
#include "tst_loyalty.moc"
