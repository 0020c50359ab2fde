// Loyalty and privacy end to end against chairside-localbase (real PostgreSQL, TLS, two
// signed-in desks): the owner's and the admin's desks both redeem all of a customer's points at
// the same moment (each cache still shows the points, so both desks accept it locally). The
// server books exactly one; the other comes back as an insufficient_points sync issue with the
// server's sentence, its optimistic ledger row is taken back, and both caches end at zero.
// Then an erasure made at one desk reaches the server (personal data gone, points kept) and the
// other desk. Needs the Secret Service: run under scripts/run-tests.sh.

#include "LocalbaseProcess.h"
#include "SignedInDesk.h"
#include "store/BusinessContext.h"
#include "store/Database.h"
#include "sync/Mutation.h"
#include "sync/Outbox.h"
#include "sync/SyncService.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Chairside;
using Chairside::Fixtures::LocalbaseProcess;

namespace {

// Lerato Khumalo at Protea: 450 earned + 100 awarded - 200 redeemed = 350 points in the seed.
const QString kLerato = QStringLiteral("a4000000-0000-4000-8000-000000000001");
// Sipho Ndlovu at Protea, erased in the second test.
const QString kSipho = QStringLiteral("a4000000-0000-4000-8000-000000000002");

using Desk = Chairside::Fixtures::SignedInDesk;

} // namespace

class TstLoyaltyRace final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void twoDesksRedeemTheLastPointsOneWins();
    void erasureRoundTrips();

private:
    std::unique_ptr<Desk> openDesk(const QString &email);
    QSqlDatabase serverDb();
    QSqlDatabase deskDb(const Desk &desk) { return desk.db(); }
    QVariant deskValue(const Desk &desk, const QString &sql, const QString &id);
    QVariant serverValue(const QString &sql, const QString &id);
    bool syncOnce(Desk &desk);

    QTemporaryDir m_dir;
    LocalbaseProcess m_server;
    const QString m_vault =
        QStringLiteral("Chairside-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    int m_desks = 0;
    std::unique_ptr<Desk> m_owner;
    std::unique_ptr<Desk> m_admin;
};

void TstLoyaltyRace::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    const QJsonObject info = m_server.start(m_dir.filePath(QStringLiteral("state")), {}, &error);
    QVERIFY2(!info.isEmpty(), qPrintable(error));
    QVERIFY2(serverDb().isOpen(), qPrintable(serverDb().lastError().text()));
    m_owner = openDesk(QStringLiteral("owner@protea.example"));
    m_admin = openDesk(QStringLiteral("admin@protea.example"));
    QVERIFY(m_owner && m_admin);
}

void TstLoyaltyRace::cleanupTestCase()
{
    m_owner.reset();
    m_admin.reset();
    QSqlDatabase::removeDatabase(QStringLiteral("loyaltyrace-pg"));
    m_server.stop();
}

QSqlDatabase TstLoyaltyRace::serverDb()
{
    return Fixtures::serverDatabase(m_server, QStringLiteral("loyaltyrace-pg"));
}

std::unique_ptr<Desk> TstLoyaltyRace::openDesk(const QString &email)
{
    return Fixtures::openSignedInDesk(
        m_server, m_vault, email, m_dir.filePath(QStringLiteral("desk-%1.sqlite").arg(++m_desks)));
}

QVariant TstLoyaltyRace::deskValue(const Desk &desk, const QString &sql, const QString &id)
{
    QSqlQuery query(deskDb(desk));
    query.prepare(sql);
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0) : QVariant();
}

QVariant TstLoyaltyRace::serverValue(const QString &sql, const QString &id)
{
    QSqlQuery query(serverDb());
    query.prepare(sql);
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0) : QVariant();
}

bool TstLoyaltyRace::syncOnce(Desk &desk)
{
    const qsizetype before = desk.cycles->size();
    desk.service->requestSync();
    return QTest::qWaitFor([&] { return desk.cycles->size() > before; }, 120000)
           && desk.cycles->last().first().toBool();
}

void TstLoyaltyRace::twoDesksRedeemTheLastPointsOneWins()
{
    const QString balanceSql = QStringLiteral(
        "SELECT COALESCE(SUM(points), 0) FROM loyalty_ledger WHERE customer_id = ? AND "
        "deleted_at IS NULL");
    QCOMPARE(serverValue(QStringLiteral("select coalesce(sum(points), 0) from "
                                        "public.loyalty_ledger where customer_id = ?::uuid and "
                                        "deleted_at is null"),
                         kLerato)
                 .toLongLong(),
             350);

    // Both desks redeem all 350 points; each cache still has them, so both accept it locally.
    const QString reasons[] = {QStringLiteral("Gift voucher (owner's desk)"),
                               QStringLiteral("Gift voucher (admin's desk)")};
    int i = 0;
    for (Desk *desk : {m_owner.get(), m_admin.get()}) {
        QCOMPARE(deskValue(*desk, balanceSql, kLerato).toLongLong(), 350);
        QSqlDatabase db = deskDb(*desk);
        const OutboxResult queued =
            Outbox(db).enqueue(Mutations::redeemPoints(kLerato, 350, reasons[i++]),
                               LocalActor{desk->context.staffId, desk->context.role});
        QVERIFY2(queued.ok, qPrintable(queued.error));
        QCOMPARE(deskValue(*desk, balanceSql, kLerato).toLongLong(), 0);
        // A second redemption at the same desk is refused there at once.
        const OutboxResult again =
            Outbox(db).enqueue(Mutations::redeemPoints(kLerato, 1, QStringLiteral("One more")),
                               LocalActor{desk->context.staffId, desk->context.role});
        QVERIFY(!again.ok);
        QCOMPARE(again.error,
                 QStringLiteral("The customer has 0 points, so 1 cannot be taken off."));
    }

    // Both push at once.
    const qsizetype ownerBefore = m_owner->cycles->size();
    const qsizetype adminBefore = m_admin->cycles->size();
    m_owner->service->requestSync();
    m_admin->service->requestSync();
    QTRY_VERIFY_WITH_TIMEOUT(
        m_owner->cycles->size() > ownerBefore && m_admin->cycles->size() > adminBefore, 120000);
    // Once more each, so both caches hold the winner's row.
    QVERIFY(syncOnce(*m_owner));
    QVERIFY(syncOnce(*m_admin));

    // Exactly one redemption is on the server, and the balance is zero, not below.
    QSqlQuery booked(serverDb());
    booked.prepare(QStringLiteral("select count(*), min(reason), min(created_by::text) from "
                                  "public.loyalty_ledger where customer_id = ?::uuid and "
                                  "kind = 'redeem' and points = -350"));
    booked.addBindValue(kLerato);
    QVERIFY(booked.exec() && booked.next());
    QCOMPARE(booked.value(0).toInt(), 1);
    const QString winningReason = booked.value(1).toString();
    const QString winnerId = booked.value(2).toString();
    booked.finish();
    QVERIFY(winnerId == m_owner->context.staffId || winnerId == m_admin->context.staffId);
    QCOMPARE(winningReason, winnerId == m_owner->context.staffId ? reasons[0] : reasons[1]);
    QCOMPARE(serverValue(QStringLiteral("select coalesce(sum(points), 0) from "
                                        "public.loyalty_ledger where customer_id = ?::uuid and "
                                        "deleted_at is null"),
                         kLerato)
                 .toLongLong(),
             0);
    // The server's audit says who redeemed, and why.
    QCOMPARE(serverValue(QStringLiteral("select detail ->> 'reason' from public.audit_log where "
                                        "action = 'loyalty.redeem' and actor_staff_id = ?::uuid"),
                         winnerId)
                 .toString(),
             winningReason);

    Desk *winner = winnerId == m_owner->context.staffId ? m_owner.get() : m_admin.get();
    Desk *loser = winner == m_owner.get() ? m_admin.get() : m_owner.get();
    QCOMPARE(winner->service->status().issues, 0);
    QCOMPARE(loser->service->status().issues, 1);
    {
        QSqlDatabase db = deskDb(*loser);
        const IssuesResult issues = Outbox(db).issues();
        QVERIFY2(issues.error.isEmpty(), qPrintable(issues.error));
        QCOMPARE(issues.issues.size(), 1);
        QCOMPARE(issues.issues.first().kind, QStringLiteral("loyalty.redeem"));
        QCOMPARE(issues.issues.first().state, QStringLiteral("rejected"));
        QCOMPARE(issues.issues.first().code, QStringLiteral("insufficient_points"));
        QCOMPARE(issues.issues.first().reason,
                 QStringLiteral("The customer has 0 points, so 350 cannot be taken off."));
    }
    // Both caches agree with the server: one redemption, zero left.
    for (Desk *desk : {winner, loser}) {
        QCOMPARE(deskValue(*desk, balanceSql, kLerato).toLongLong(), 0);
        QCOMPARE(deskValue(*desk,
                           QStringLiteral("SELECT count(*) FROM loyalty_ledger WHERE "
                                          "customer_id = ? AND kind = 'redeem' AND points = -350"),
                           kLerato)
                     .toInt(),
                 1);
    }
}

void TstLoyaltyRace::erasureRoundTrips()
{
    const qint64 bookingsBefore =
        serverValue(QStringLiteral("select count(*) from public.appointments where "
                                   "customer_id = ?::uuid"),
                    kSipho)
            .toLongLong();
    const int issuesBefore = m_owner->service->status().issues; // the race may have left one
    {
        QSqlDatabase db = deskDb(*m_owner);
        const OutboxResult erased =
            Outbox(db).enqueue(Mutations::eraseCustomer(kSipho),
                               LocalActor{m_owner->context.staffId, m_owner->context.role});
        QVERIFY2(erased.ok, qPrintable(erased.error));
    }
    QVERIFY(syncOnce(*m_owner));
    QCOMPARE(m_owner->service->status().issues, issuesBefore);
    QCOMPARE(serverValue(QStringLiteral("select full_name from public.customers where "
                                        "id = ?::uuid"),
                         kSipho)
                 .toString(),
             QStringLiteral("Erased customer"));
    QVERIFY(
        serverValue(QStringLiteral("select phone from public.customers where id = ?::uuid"), kSipho)
            .isNull());
    QVERIFY(!serverValue(QStringLiteral("select deleted_at from public.customers where "
                                        "id = ?::uuid"),
                         kSipho)
                 .isNull());
    QCOMPARE(serverValue(QStringLiteral("select count(*) from public.audit_log where "
                                        "action = 'customer.erase' and row_id = ?::uuid"),
                         kSipho)
                 .toInt(),
             1);
    // Aggregates are kept: the bookings stay, without a name.
    QCOMPARE(serverValue(QStringLiteral("select count(*) from public.appointments where "
                                        "customer_id = ?::uuid"),
                         kSipho)
                 .toLongLong(),
             bookingsBefore);
    // The other desk pulls the erasure.
    QVERIFY(syncOnce(*m_admin));
    QCOMPARE(
        deskValue(*m_admin, QStringLiteral("SELECT full_name FROM customers WHERE id = ?"), kSipho)
            .toString(),
        QStringLiteral("Erased customer"));
    QVERIFY(deskValue(*m_admin, QStringLiteral("SELECT phone FROM customers WHERE id = ?"), kSipho)
                .isNull());
    QVERIFY(!deskValue(*m_admin, QStringLiteral("SELECT deleted_at FROM customers WHERE id = ?"),
                       kSipho)
                 .isNull());
}

QTEST_GUILESS_MAIN(TstLoyaltyRace)
#include "tst_loyaltyrace.moc"
