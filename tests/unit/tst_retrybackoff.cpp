#include "sync/RetryBackoff.h"

#include <QTest>

using namespace Chairside;
using namespace std::chrono_literals;

class TestRetryBackoff final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void delaysDoubleFromOneSecondToAMinute()
    {
        // Each delay lies in the upper half of 1 s, 2 s, 4 s ... capped at 60 s.
        const qint64 ceilings[] = {1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000};
        for (quint32 seed = 1; seed <= 50; ++seed) {
            RetryBackoff backoff(seed);
            for (qint64 ceiling : ceilings) {
                const qint64 delay = backoff.next().count();
                QVERIFY2(delay >= ceiling / 2 && delay <= ceiling,
                         qPrintable(QStringLiteral("%1 not in [%2, %3]")
                                        .arg(delay)
                                        .arg(ceiling / 2)
                                        .arg(ceiling)));
            }
        }
    }

    void jitterSpreadsDesksApart()
    {
        QSet<qint64> seen;
        for (quint32 seed = 1; seed <= 20; ++seed) {
            RetryBackoff backoff(seed);
            for (int i = 0; i < 4; ++i)
                backoff.next();
            seen.insert(backoff.next().count()); // the fifth failure: 8 s..16 s
        }
        QVERIFY(seen.size() > 10);
    }

    void retryAfterIsHonouredButBounded()
    {
        RetryBackoff backoff(7);
        QCOMPARE(backoff.next(30s), std::chrono::milliseconds(30000)); // more than the 1 s step
        QVERIFY(backoff.next(0s) >= 1000ms);                           // never below the step
        QCOMPARE(backoff.next(std::chrono::seconds(24 * 3600)), RetryBackoff::kLongestRetryAfter);
    }

    void resetStartsOver()
    {
        RetryBackoff backoff(3);
        for (int i = 0; i < 10; ++i)
            backoff.next();
        QCOMPARE(backoff.failures(), 10);
        backoff.reset();
        QVERIFY(backoff.next() <= 1000ms);
    }
};

QTEST_GUILESS_MAIN(TestRetryBackoff)
#include "tst_retrybackoff.moc"
