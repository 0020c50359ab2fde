// Handoffs end to end against chairside-localbase (real PostgreSQL, TLS, two signed-in desks):
// the owner and an admin claim the same handoff at the same moment; the server lets exactly one
// have it, the other desk's claim comes back as a sync issue that says who has it, its cache
// shows the winner, and a second try is refused at the desk with the same sentence. Then the
// winner resolves with an outcome and a note, which reach the server and the other desk.
// Needs the Secret Service: run under scripts/run-tests.sh.

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
#include <optional>

using namespace Chairside;
using Chairside::Fixtures::LocalbaseProcess;

namespace {

using Desk = Chairside::Fixtures::SignedInDesk;

} // namespace

class TstHandoffRace final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void twoDesksClaimAtOnceOneWins();

private:
    std::unique_ptr<Desk> openDesk(const QString &email);
    QSqlDatabase serverDb();
    QSqlDatabase deskDb(const Desk &desk) { return desk.db(); }
    QVariant deskValue(const Desk &desk, const QString &sql, const QString &id);

    QTemporaryDir m_dir;
    LocalbaseProcess m_server;
    const QString m_vault =
        QStringLiteral("Chairside-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    int m_desks = 0;
};

void TstHandoffRace::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    const QJsonObject info = m_server.start(m_dir.filePath(QStringLiteral("state")), {}, &error);
    QVERIFY2(!info.isEmpty(), qPrintable(error));
    QVERIFY2(serverDb().isOpen(), qPrintable(serverDb().lastError().text()));
}

void TstHandoffRace::cleanupTestCase()
{
    QSqlDatabase::removeDatabase(QStringLiteral("handoffrace-pg"));
    m_server.stop();
}

QSqlDatabase TstHandoffRace::serverDb()
{
    return Fixtures::serverDatabase(m_server, QStringLiteral("handoffrace-pg"));
}

std::unique_ptr<Desk> TstHandoffRace::openDesk(const QString &email)
{
    return Fixtures::openSignedInDesk(
        m_server, m_vault, email, m_dir.filePath(QStringLiteral("desk-%1.sqlite").arg(++m_desks)));
}

QVariant TstHandoffRace::deskValue(const Desk &desk, const QString &sql, const QString &id)
{
    QSqlQuery query(deskDb(desk));
    query.prepare(sql);
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0) : QVariant();
}

void TstHandoffRace::twoDesksClaimAtOnceOneWins()
{
    auto owner = openDesk(QStringLiteral("owner@protea.example"));
    auto admin = openDesk(QStringLiteral("admin@protea.example"));
    QVERIFY(owner && admin);

    QSqlQuery pick(serverDb());
    QVERIFY(pick.exec(QStringLiteral("select id::text from public.ai_handoffs where not resolved "
                                     "and assigned_to is null and deleted_at is null "
                                     "order by id limit 1")));
    QVERIFY2(pick.next(), "the seed has an unclaimed handoff");
    const QString handoff = pick.value(0).toString();
    pick.finish();

    // Both desks claim it (each cache still shows it free, so both take it locally) ...
    for (Desk *desk : {owner.get(), admin.get()}) {
        QSqlDatabase db = deskDb(*desk);
        const OutboxResult queued =
            Outbox(db).enqueue(Mutations::claimHandoff(handoff),
                               LocalActor{desk->context.staffId, desk->context.role});
        QVERIFY2(queued.ok, qPrintable(queued.error));
        QCOMPARE(deskValue(*desk,
                           QStringLiteral("SELECT assigned_to FROM ai_handoffs WHERE id = ?"),
                           handoff)
                     .toString(),
                 desk->context.staffId);
    }
    // ... and both push at once.
    const qsizetype ownerBefore = owner->cycles->size();
    const qsizetype adminBefore = admin->cycles->size();
    owner->service->requestSync();
    admin->service->requestSync();
    QTRY_VERIFY_WITH_TIMEOUT(
        owner->cycles->size() > ownerBefore && admin->cycles->size() > adminBefore, 120000);
    // A cycle that ended with a losing edit still succeeded; sync once more so both desks have
    // pulled the winner's row.
    for (Desk *desk : {owner.get(), admin.get()}) {
        const qsizetype before = desk->cycles->size();
        desk->service->requestSync();
        QTRY_VERIFY_WITH_TIMEOUT(desk->cycles->size() > before, 120000);
        QVERIFY(desk->cycles->last().first().toBool());
    }

    // Exactly one has it on the server.
    QSqlQuery assigned(serverDb());
    assigned.prepare(QStringLiteral("select assigned_to::text from public.ai_handoffs where "
                                    "id = ?::uuid"));
    assigned.addBindValue(handoff);
    QVERIFY(assigned.exec() && assigned.next());
    const QString winnerId = assigned.value(0).toString();
    assigned.finish();
    QVERIFY(winnerId == owner->context.staffId || winnerId == admin->context.staffId);
    Desk *winner = winnerId == owner->context.staffId ? owner.get() : admin.get();
    Desk *loser = winner == owner.get() ? admin.get() : owner.get();
    QCOMPARE(winner->service->status().issues, 0);
    QCOMPARE(loser->service->status().issues, 1);

    // The loser hears who has it, and its cache says so too.
    const QString sentence =
        QStringLiteral("%1 is already handling this conversation.").arg(winner->context.staffName);
    {
        QSqlDatabase db = deskDb(*loser);
        const IssuesResult issues = Outbox(db).issues();
        QVERIFY2(issues.error.isEmpty(), qPrintable(issues.error));
        QCOMPARE(issues.issues.size(), 1);
        QCOMPARE(issues.issues.first().kind, QStringLiteral("handoff.claim"));
        QCOMPARE(issues.issues.first().code, QStringLiteral("already_claimed"));
        QCOMPARE(issues.issues.first().reason, sentence);
    }
    QCOMPARE(deskValue(*loser, QStringLiteral("SELECT assigned_to FROM ai_handoffs WHERE id = ?"),
                       handoff)
                 .toString(),
             winnerId);
    // Trying again at the desk is refused there, in the server's words.
    {
        QSqlDatabase db = deskDb(*loser);
        const OutboxResult again = Outbox(db).enqueue(
            Mutations::claimHandoff(handoff), LocalActor{loser->context.staffId, StaffRole::Admin});
        QVERIFY(!again.ok);
        QCOMPARE(again.error, sentence);
    }

    // The winner resolves it with an outcome and a note; both reach the server and the other
    // desk.
    {
        QSqlDatabase db = deskDb(*winner);
        const OutboxResult resolved = Outbox(db).enqueue(
            Mutations::resolveHandoff(handoff, QStringLiteral("booked"),
                                      QStringLiteral("Booked a colour for Friday 10:00")),
            LocalActor{winner->context.staffId, winner->context.role});
        QVERIFY2(resolved.ok, qPrintable(resolved.error));
    }
    for (Desk *desk : {winner, loser}) {
        const qsizetype before = desk->cycles->size();
        desk->service->requestSync();
        QTRY_VERIFY_WITH_TIMEOUT(desk->cycles->size() > before, 120000);
        QVERIFY(desk->cycles->last().first().toBool());
    }
    QSqlQuery server(serverDb());
    server.prepare(QStringLiteral("select resolved, outcome, resolution_note, "
                                  "resolved_by::text from public.ai_handoffs where id = ?::uuid"));
    server.addBindValue(handoff);
    QVERIFY(server.exec() && server.next());
    QCOMPARE(server.value(0).toBool(), true);
    QCOMPARE(server.value(1).toString(), QStringLiteral("booked"));
    QCOMPARE(server.value(2).toString(), QStringLiteral("Booked a colour for Friday 10:00"));
    QCOMPARE(server.value(3).toString(), winnerId);
    server.finish();
    QCOMPARE(deskValue(*loser,
                       QStringLiteral("SELECT resolved || ' ' || outcome || ' ' || "
                                      "resolution_note FROM ai_handoffs WHERE id = ?"),
                       handoff)
                 .toString(),
             QStringLiteral("1 booked Booked a colour for Friday 10:00"));
    QCOMPARE(winner->service->status().issues, 0);
}

QTEST_GUILESS_MAIN(TstHandoffRace)
#include "tst_handoffrace.moc"
