// DeskEdits: the panes' one way to change data. On a real store file through the real
// StoreExecutor thread: the demo applies locally only, an account queues in the outbox and asks
// for a sync, a refused edit writes nothing and says why.

#include "models/common/DeskEdits.h"
#include "store/StoreExecutor.h"
#include "tests/support/fixtures/DeskSalonTest.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <optional>

using namespace Chairside;
using namespace Chairside::Fixtures;
namespace Desk = Chairside::Fixtures::DeskSalon;

class TestDeskEdits final : public DeskSalonTest
{
    Q_OBJECT

    qint64 count(const QString &sql)
    {
        std::optional<qint64> answer;
        store()->run(
            this,
            [sql](QSqlDatabase &db) {
                QSqlQuery query(db);
                return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
            },
            [&answer](qint64 value) { answer = value; });
        return QTest::qWaitFor([&] { return answer.has_value(); }, 10000) ? *answer : -2;
    }

    std::optional<OutboxResult> submit(DeskEdits &edits, const Mutation &mutation)
    {
        std::optional<OutboxResult> answer;
        edits.submit(mutation, this, [&answer](const OutboxResult &result) { answer = result; });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 10000))
            return std::nullopt;
        return answer;
    }

private Q_SLOTS:
    void demoAppliesLocallyOnly()
    {
        QVERIFY(openStore());
        DeskEdits edits(store(), LocalActor{Desk::kAnna, StaffRole::Owner},
                        Outbox::Mode::LocalOnly);
        QSignalSpy queued(&edits, &DeskEdits::queued);
        QSignalSpy changed(store(), &StoreExecutor::tablesChanged);
        const auto result = submit(
            edits, Mutations::awardPoints(Desk::kThandi, 25, QStringLiteral("Welcome gift")));
        QVERIFY(result && result->ok);
        QCOMPARE(count(QStringLiteral(
                     "SELECT count(*) FROM loyalty_ledger WHERE reason = 'Welcome gift'")),
                 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), 0);
        QVERIFY(queued.isEmpty());
        QTRY_VERIFY(!changed.isEmpty()); // the models hear about it
    }

    void accountQueuesAndAsksForASync()
    {
        QVERIFY(openStore());
        DeskEdits edits(store(), LocalActor{Desk::kAnna, StaffRole::Owner}, Outbox::Mode::Queue);
        QSignalSpy queued(&edits, &DeskEdits::queued);
        const auto result = submit(
            edits, Mutations::awardPoints(Desk::kThandi, 25, QStringLiteral("Welcome gift")));
        QVERIFY(result && result->ok);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), 1);
        QCOMPARE(queued.size(), 1);
    }

    void refusedEditWritesNothing()
    {
        QVERIFY(openStore());
        DeskEdits edits(store(), LocalActor{Desk::kAnna, StaffRole::Owner}, Outbox::Mode::Queue);
        QSignalSpy queued(&edits, &DeskEdits::queued);
        // More points than the customer has.
        const auto result = submit(
            edits, Mutations::redeemPoints(Desk::kThandi, 1000000, QStringLiteral("Too much")));
        QVERIFY(result);
        QVERIFY(!result->ok);
        QVERIFY(!result->error.isEmpty());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), 0);
        QVERIFY(queued.isEmpty());
    }
};

QTEST_MAIN(TestDeskEdits)
#include "tst_deskedits.moc"
