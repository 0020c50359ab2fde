// Loyalty and privacy end to end against chairside-localbase (real PostgreSQL, TLS, two
// signed-in desks): the owner's and the admin's desks both redeem all of a customer's points at
// the same moment (each cache still shows the points, so both desks accept it locally). The
// server books exactly one; the other comes back as an insufficient_points sync issue with the
// server's sentence, its optimistic ledger row is taken back, and both caches end at zero.
// Then an erasure made at one desk reaches the server (personal data gone, points kept) and the
// other desk; completing a visit at a desk earns its points once, under the same line id on the
// desk and on the server; a merge made at one desk moves everything on the server and reaches the
// other desk, whose stale award for the merged customer follows it; and two expiry runs at the
// same moment write one expire line. Needs the Secret Service: run under scripts/run-tests.sh.

#include "LocalbaseProcess.h"
#include "SignedInDesk.h"
#include "core/Loyalty.h"
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
// Anika Botha at Protea: 50 points, a booking, a conversation with a handoff; merged into Lerato.
const QString kAnika = QStringLiteral("a4000000-0000-4000-8000-000000000003");
// Lerato's gel manicure today (R320, arrived): 32 points at R10 per point.
const QString kManicure = QStringLiteral("a5000000-0000-4000-8000-000000000004");
// Beatriz Costa at Azulejo (points expire after 24 months there).
const QString kBeatriz = QStringLiteral("b4000000-0000-4000-8000-000000000001");

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
    void completionEarnsOnceOnBothSides();
    void mergeRoundTrips();
    void twoExpiryRunsAtOnceWriteOneLine();

private:
    std::unique_ptr<Desk> openDesk(const QString &email);
    QSqlDatabase serverDb();
    QSqlDatabase deskDb(const Desk &desk) { return desk.db(); }
    QVariant deskValue(const Desk &desk, const QString &sql, const QString &id);
    QVariant serverValue(const QString &sql, const QString &id);
    bool enqueue(Desk &desk, const Mutation &mutation);
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

bool TstLoyaltyRace::enqueue(Desk &desk, const Mutation &mutation)
{
    QSqlDatabase db = deskDb(desk);
    const OutboxResult result =
        Outbox(db).enqueue(mutation, LocalActor{desk.context.staffId, desk.context.role});
    if (!result.ok)
        qWarning() << mutation.kind << "refused at the desk:" << result.error;
    return result.ok;
}

void TstLoyaltyRace::completionEarnsOnceOnBothSides()
{
    const QString balanceSql = QStringLiteral(
        "SELECT COALESCE(SUM(points), 0) FROM loyalty_ledger WHERE customer_id = ? AND "
        "deleted_at IS NULL");
    const qint64 before = deskValue(*m_owner, balanceSql, kLerato).toLongLong();
    const QString lineId = earnLineId(kManicure);
    QVERIFY(enqueue(*m_owner,
                    Mutations::setAppointmentStatus(kManicure, AppointmentStatus::InService)));
    QVERIFY(enqueue(*m_owner,
                    Mutations::setAppointmentStatus(kManicure, AppointmentStatus::Completed)));
    // At once on the desk: the line the server will write, under the same id.
    QCOMPARE(deskValue(*m_owner, QStringLiteral("SELECT points FROM loyalty_ledger WHERE id = ?"),
                       lineId)
                 .toLongLong(),
             32);
    QCOMPARE(deskValue(*m_owner, balanceSql, kLerato).toLongLong(), before + 32);
    const int issuesBefore = m_owner->service->status().issues;
    QVERIFY(syncOnce(*m_owner));
    QCOMPARE(m_owner->service->status().issues, issuesBefore);

    // The server wrote it itself: one line, that id, in the name of who completed the visit.
    QCOMPARE(serverValue(QStringLiteral("select count(*) from public.loyalty_ledger where "
                                        "appointment_id = ?::uuid and kind = 'earn'"),
                         kManicure)
                 .toInt(),
             1);
    QCOMPARE(serverValue(QStringLiteral("select id::text || ':' || points || ':' || reason || ':' "
                                        "|| created_by from public.loyalty_ledger where "
                                        "appointment_id = ?::uuid and kind = 'earn'"),
                         kManicure)
                 .toString(),
             lineId + QStringLiteral(":32:Gel manicure:") + m_owner->context.staffId);
    // Both desks end with exactly that line, the server's version of it.
    QVERIFY(syncOnce(*m_admin));
    for (Desk *desk : {m_owner.get(), m_admin.get()}) {
        QCOMPARE(deskValue(*desk,
                           QStringLiteral("SELECT count(*) || ':' || MIN(version) FROM "
                                          "loyalty_ledger WHERE appointment_id = ? AND "
                                          "kind = 'earn'"),
                           kManicure)
                     .toString(),
                 QStringLiteral("1:1"));
        QCOMPARE(deskValue(*desk, balanceSql, kLerato).toLongLong(), before + 32);
    }
}

void TstLoyaltyRace::mergeRoundTrips()
{
    const QString balanceSql = QStringLiteral(
        "SELECT COALESCE(SUM(points), 0) FROM loyalty_ledger WHERE customer_id = ? AND "
        "deleted_at IS NULL");
    const qint64 lerato = deskValue(*m_admin, balanceSql, kLerato).toLongLong();
    QCOMPARE(deskValue(*m_admin, balanceSql, kAnika).toLongLong(), 50);
    // The owner's desk has not heard of the merge yet and awards Anika a stamp.
    QVERIFY(enqueue(*m_owner, Mutations::awardPoints(kAnika, 5, QStringLiteral("Stamp card"))));

    // The admin merges Anika into Lerato.
    QVERIFY(enqueue(*m_admin, Mutations::mergeCustomers(kLerato, kAnika)));
    QCOMPARE(deskValue(*m_admin, balanceSql, kLerato).toLongLong(), lerato + 50);
    const QString expectedNotes = QStringLiteral(
        "Prefers Thandi\nMerged from Anika Botha: +27 84 555 0103, anika@mail.example");
    QCOMPARE(
        deskValue(*m_admin, QStringLiteral("SELECT notes FROM customers WHERE id = ?"), kLerato)
            .toString(),
        expectedNotes);
    const int adminIssues = m_admin->service->status().issues;
    QVERIFY(syncOnce(*m_admin));
    QCOMPARE(m_admin->service->status().issues, adminIssues);

    // On the server everything of Anika's is Lerato's now.
    QCOMPARE(serverValue(QStringLiteral("select merged_into::text from public.customers where "
                                        "id = ?::uuid and deleted_at is not null"),
                         kAnika)
                 .toString(),
             kLerato);
    for (const char *table : {"appointments", "ai_conversations", "ai_handoffs",
                              "outbound_messages", "loyalty_ledger"}) {
        QCOMPARE(serverValue(QStringLiteral("select count(*) from public.%1 where "
                                            "customer_id = ?::uuid")
                                 .arg(QLatin1String(table)),
                             kAnika)
                     .toInt(),
                 0);
    }
    QCOMPARE(serverValue(QStringLiteral("select notes || '|' || allergy_notes from "
                                        "public.customers where id = ?::uuid"),
                         kLerato)
                 .toString(),
             expectedNotes + QStringLiteral("|PPD allergy: patch test before colour"));
    QCOMPARE(serverValue(QStringLiteral("select count(*) from public.audit_log where action = "
                                        "'customer.merge' and row_id = ?::uuid"),
                         kLerato)
                 .toInt(),
             1);
    // The admin's cache holds the server's rows: the same notes, the tombstone, the bookings.
    QCOMPARE(deskValue(*m_admin, QStringLiteral("SELECT merged_into FROM customers WHERE id = ?"),
                       kAnika)
                 .toString(),
             kLerato);
    QCOMPARE(deskValue(*m_admin,
                       QStringLiteral("SELECT count(*) FROM appointments WHERE customer_id = ?"),
                       kAnika)
                 .toInt(),
             0);

    // The owner's desk syncs: its award for Anika is booked for Lerato, and it learns the merge.
    const int ownerIssues = m_owner->service->status().issues;
    QVERIFY(syncOnce(*m_owner));
    QCOMPARE(m_owner->service->status().issues, ownerIssues);
    QCOMPARE(serverValue(QStringLiteral("select count(*) from public.loyalty_ledger where "
                                        "customer_id = ?::uuid and reason = 'Stamp card'"),
                         kLerato)
                 .toInt(),
             1);
    QVERIFY(syncOnce(*m_admin));
    for (Desk *desk : {m_owner.get(), m_admin.get()}) {
        QCOMPARE(deskValue(*desk, balanceSql, kLerato).toLongLong(), lerato + 55);
        QCOMPARE(deskValue(*desk, balanceSql, kAnika).toLongLong(), 0);
        QCOMPARE(
            deskValue(*desk, QStringLiteral("SELECT notes FROM customers WHERE id = ?"), kLerato)
                .toString(),
            expectedNotes);
    }
    QCOMPARE(serverValue(QStringLiteral("select coalesce(sum(points), 0) from "
                                        "public.loyalty_ledger where customer_id = ?::uuid"),
                         kLerato)
                 .toLongLong(),
             lerato + 55);
}

void TstLoyaltyRace::twoExpiryRunsAtOnceWriteOneLine()
{
    // Beatriz gets a lot booked 25 months ago; Azulejo keeps points for 24.
    QSqlQuery setup(serverDb());
    setup.prepare(QStringLiteral(
        "insert into public.loyalty_ledger (business_id, customer_id, kind, points, reason, "
        "created_at) select business_id, id, 'award', 40, 'Old card', now() - interval "
        "'25 months' from public.customers where id = ?::uuid"));
    setup.addBindValue(kBeatriz);
    QVERIFY2(setup.exec(), qPrintable(setup.lastError().text()));

    // Two sessions run the job at the same moment: the first holds its transaction open.
    {
        QSqlDatabase first = serverDb();
        QSqlDatabase second = Fixtures::serverDatabase(m_server, QStringLiteral("loyaltyrace-pg2"));
        QVERIFY2(second.isOpen(), qPrintable(second.lastError().text()));
        QSqlQuery guard(second);
        // A run that waited for the other would fail here instead of hanging the test.
        QVERIFY(guard.exec(QStringLiteral("set statement_timeout = '20s'")));
        QVERIFY(first.transaction());
        QSqlQuery run1(first);
        QVERIFY2(run1.exec(QStringLiteral("select private.expire_loyalty_points(now())"))
                     && run1.next(),
                 qPrintable(run1.lastError().text()));
        QCOMPARE(run1.value(0).toInt(), 1);
        run1.finish();
        QSqlQuery run2(second);
        QVERIFY2(run2.exec(QStringLiteral("select private.expire_loyalty_points(now())"))
                     && run2.next(),
                 qPrintable(run2.lastError().text()));
        QCOMPARE(run2.value(0).toInt(), 0); // Beatriz is being handled: skipped, not waited for
        run2.finish();
        QVERIFY(first.commit());
        QVERIFY(run2.exec(QStringLiteral("select private.expire_loyalty_points(now())"))
                && run2.next());
        QCOMPARE(run2.value(0).toInt(), 0); // and afterwards there is nothing left to expire
    }
    QSqlDatabase::removeDatabase(QStringLiteral("loyaltyrace-pg2"));
    QCOMPARE(serverValue(QStringLiteral("select string_agg(points::text, ',') from "
                                        "public.loyalty_ledger where customer_id = ?::uuid and "
                                        "kind = 'expire'"),
                         kBeatriz)
                 .toString(),
             QStringLiteral("-40"));
}

QTEST_GUILESS_MAIN(TstLoyaltyRace)
#include "tst_loyaltyrace.moc"
