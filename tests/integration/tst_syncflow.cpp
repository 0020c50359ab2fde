// The sync engine end to end against chairside-localbase (real PostgreSQL, real TLS, real SQLite
// files; no mocks): first sync and the convergence audit, pushing edits, two desks booking the
// same slot offline, a token that expired while offline, a writer transaction held open across
// pulls, Realtime, the mass-delete guard, and the fault sweeps (the i-th HTTP call fails in each
// way a network can fail; separately the i-th SQLite write fails). Needs the Secret Service:
// run under scripts/run-tests.sh.

#include "LocalbaseProcess.h"
#include "core/Role.h"
#include "store/BusinessContext.h"
#include "store/Database.h"
#include "store/DeferredIndexes.h"
#include "sync/LocalAudit.h"
#include "sync/Mutation.h"
#include "sync/Outbox.h"
#include "sync/RowCodec.h"
#include "sync/SyncService.h"
#include "tests/support/fixtures/IndexNames.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

const QString kOwner = QStringLiteral("owner@protea.example");
const QString kAdmin = QStringLiteral("admin@protea.example");

// One desk: its own cache file and its own sync service (worker thread, session, engine).
struct Desk
{
    QString path;
    QString userId;
    std::unique_ptr<SyncService> service;
    std::unique_ptr<QSignalSpy> cycles; // cycleFinished(bool)

    SyncStatus status() const { return service->status(); }
};

// Every Auth and PostgREST call is dropped (the control endpoint /__faults stays reachable).
bool goOffline(const LocalbaseProcess &server)
{
    QJsonArray faults;
    for (const char *prefix : {"/rest/", "/auth/", "/realtime/"})
        faults.append(QJsonObject{{QStringLiteral("path_prefix"), QString::fromLatin1(prefix)},
                                  {QStringLiteral("kind"), QStringLiteral("drop")},
                                  {QStringLiteral("count"), 100000}});
    QString error;
    if (!server.setFault(QJsonObject{{QStringLiteral("faults"), faults}}, &error)) {
        qWarning("cannot go offline: %s", qPrintable(error));
        return false;
    }
    return true;
}

} // namespace

class TstSyncFlow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void firstSyncMatchesTheServer();
    void interruptedFirstSyncResumesFromItsLastBatch();
    void firstSyncBatchEndsAfterItsTime();
    void editIsPushedAndReachesOtherDesks();
    void twoDesksBookTheSameSlotOffline();
    void writerHeldOpenAcrossPullsLosesNoRow();
    void realtimeChangeIsPulledWithoutPolling();
    void massDeleteWaitsForThePerson();
    void httpFaultSweep_data();
    void httpFaultSweep();
    void sqliteWriteFaultSweep();
    void expiredTokenWhileOfflineResumesWithOneRefresh();

private:
    using Tweak = std::function<void(SyncService::Options &)>;
    std::unique_ptr<Desk> openDesk(LocalbaseProcess &server, const QString &email,
                                   const Tweak &tweak = {});
    // Asks for a cycle and waits for the next one to end; its result.
    std::optional<bool> nextCycle(Desk &desk, bool request = true);
    QSqlDatabase deskDb(const Desk &desk);
    // Signs the owner in and starts a first sync of two-row pages whose 16th page request
    // fails; returns once that cycle has failed. Check QTest::currentTestFailed() after.
    void interruptFirstSync(Desk &desk, const Tweak &batching);
    QSqlDatabase serverDb() { return serverDb(m_server, QStringLiteral("syncflow-pg")); }
    static QSqlDatabase serverDb(const LocalbaseProcess &server, const QString &name);
    // Refresh tokens the server has issued (one per sign-in and per successful refresh).
    static int issuedRefreshTokens(const LocalbaseProcess &server);
    QStringList auditDifferences(Desk &desk);
    bool enqueue(Desk &desk, const Mutation &mutation, QString *error = nullptr);
    QString someCustomerId(Desk &desk);
    int serverLedgerRows(const QString &reason);
    int outboxRows(Desk &desk);
    // Indexes a freshly migrated store has and the desk's has not (a first sync sets some
    // aside while it writes and must always build them again).
    QStringList missingIndexes(Desk &desk);

    QTemporaryDir m_dir;
    LocalbaseProcess m_server;
    const QString m_vault =
        QStringLiteral("Chairside-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    int m_desks = 0;
};

void TstSyncFlow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    const QJsonObject info = m_server.start(m_dir.filePath(QStringLiteral("state")),
                                            {QStringLiteral("--faults")}, &error);
    QVERIFY2(!info.isEmpty(), qPrintable(error));
    QVERIFY2(info.contains(QStringLiteral("pg")), "the ready line names the PostgreSQL server");
    QSqlDatabase pg = serverDb();
    QVERIFY2(pg.isOpen(), qPrintable(pg.lastError().text()));
}

void TstSyncFlow::cleanupTestCase()
{
    Database::closeForThisThread(m_dir.filePath(QStringLiteral("reference.sqlite")));
    QSqlDatabase::removeDatabase(QStringLiteral("syncflow-pg"));
    m_server.stop();
}

void TstSyncFlow::cleanup()
{
    QString error;
    if (!m_server.info().isEmpty())
        QVERIFY2(m_server.clearFaults(&error), qPrintable(error));
}

QSqlDatabase TstSyncFlow::serverDb(const LocalbaseProcess &server, const QString &name)
{
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    const QJsonObject pg = server.info().value(QStringLiteral("pg")).toObject();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(pg.value(QStringLiteral("host")).toString());
    db.setPort(pg.value(QStringLiteral("port")).toInt());
    db.setDatabaseName(pg.value(QStringLiteral("database")).toString());
    db.setUserName(pg.value(QStringLiteral("user")).toString());
    db.open();
    return db;
}

std::unique_ptr<Desk> TstSyncFlow::openDesk(LocalbaseProcess &server, const QString &email,
                                            const Tweak &tweak)
{
    auto desk = std::make_unique<Desk>();
    SyncService::Options options;
    options.backend = BackendConfig{QUrl(server.url()), server.anonKey(), server.caFile()};
    options.vaultService = m_vault;
    // The tests decide when to sync (Realtime has a test of its own).
    options.realtime = false;
    options.pollInterval = std::chrono::minutes(10);
    if (tweak)
        tweak(options);
    desk->service = std::make_unique<SyncService>(std::move(options));
    desk->cycles = std::make_unique<QSignalSpy>(desk->service.get(), &SyncService::cycleFinished);

    QSignalSpy signedIn(desk->service.get(), &SyncService::signedIn);
    QSignalSpy failed(desk->service.get(), &SyncService::signInFailed);
    desk->service->signIn(email, LocalbaseProcess::password());
    if (!QTest::qWaitFor([&] { return !signedIn.isEmpty() || !failed.isEmpty(); }, 30000)
        || signedIn.isEmpty()) {
        qWarning("sign-in failed: %s",
                 failed.isEmpty() ? "no answer" : qPrintable(failed.first().first().toString()));
        return nullptr;
    }
    desk->userId = signedIn.first().first().toString();
    desk->path = m_dir.filePath(QStringLiteral("desk-%1.sqlite").arg(++m_desks));
    desk->service->startSync(desk->path);
    if (!QTest::qWaitFor([&] { return !desk->cycles->isEmpty(); }, 120000)
        || !desk->cycles->first().first().toBool()) {
        qWarning("first sync failed: %s", qPrintable(desk->status().lastError));
        return nullptr;
    }
    return desk;
}

std::optional<bool> TstSyncFlow::nextCycle(Desk &desk, bool request)
{
    const qsizetype before = desk.cycles->size();
    if (request)
        desk.service->requestSync();
    if (!QTest::qWaitFor([&] { return desk.cycles->size() > before; }, 120000))
        return std::nullopt;
    return desk.cycles->at(before).first().toBool();
}

QSqlDatabase TstSyncFlow::deskDb(const Desk &desk)
{
    return Database::connectionForThisThread(desk.path);
}

QStringList TstSyncFlow::auditDifferences(Desk &desk)
{
    std::optional<RpcResult> answer;
    desk.service->call(QStringLiteral("sync_audit"), QByteArrayLiteral("{}"),
                       [&answer](const RpcResult &result) { answer = result; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 60000) || !answer->isOk())
        return {QStringLiteral("sync_audit failed: %1")
                    .arg(answer ? answer->message : QStringLiteral("no answer"))};
    QString error;
    const auto server = LocalAudit::fromServer(answer->body, &error);
    QSqlDatabase db = deskDb(desk);
    const auto local = LocalAudit::compute(db, &error);
    if (!server || !local)
        return {error};
    return LocalAudit::differences(*local, *server);
}

bool TstSyncFlow::enqueue(Desk &desk, const Mutation &mutation, QString *error)
{
    QSqlDatabase db = deskDb(desk);
    const auto context = BusinessContext::loadForUser(db, desk.userId);
    if (!context) {
        if (error)
            *error = QStringLiteral("the desk's staff row is not in its cache");
        return false;
    }
    const OutboxResult result =
        Outbox(db).enqueue(mutation, LocalActor{context->staffId, context->role});
    if (error)
        *error = result.error;
    return result.ok;
}

QString TstSyncFlow::someCustomerId(Desk &desk)
{
    QSqlQuery query(deskDb(desk));
    query.exec(
        QStringLiteral("SELECT id FROM customers WHERE deleted_at IS NULL ORDER BY id LIMIT 1"));
    return query.next() ? query.value(0).toString() : QString();
}

int TstSyncFlow::issuedRefreshTokens(const LocalbaseProcess &server)
{
    QSqlQuery query(serverDb(server, QStringLiteral("syncflow-pg-short")));
    if (!query.exec(QStringLiteral("select count(*) from localbase.refresh_tokens"))
        || !query.next())
        return -1;
    return query.value(0).toInt();
}

int TstSyncFlow::serverLedgerRows(const QString &reason)
{
    QSqlQuery query(serverDb());
    query.prepare(QStringLiteral("select count(*) from public.loyalty_ledger where reason = ?"));
    query.addBindValue(reason);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

QStringList TstSyncFlow::missingIndexes(Desk &desk)
{
    const QString reference = m_dir.filePath(QStringLiteral("reference.sqlite"));
    const QStringList expected = Fixtures::indexNames(Database::connectionForThisThread(reference));
    const QStringList present = Fixtures::indexNames(deskDb(desk));
    QStringList missing;
    for (const QString &name : expected) {
        if (!present.contains(name))
            missing.append(name);
    }
    return missing;
}

int TstSyncFlow::outboxRows(Desk &desk)
{
    QSqlDatabase db = deskDb(desk);
    return Outbox(db).pendingCount();
}

void TstSyncFlow::firstSyncMatchesTheServer()
{
    // A fault that changes nothing counts the page requests the server sees.
    const int counted = 100000;
    QVERIFY(m_server.setFault(
        QJsonObject{{QStringLiteral("path_prefix"), QStringLiteral("/rest/v1/rpc/sync_pull")},
                    {QStringLiteral("kind"), QStringLiteral("latency")},
                    {QStringLiteral("latency_ms"), 0},
                    {QStringLiteral("count"), counted}}));
    auto desk = openDesk(m_server, kOwner, [](auto &o) { o.pullPageSize = 7; });
    QVERIFY(desk);
    const SyncStatus status = desk->status();
    QCOMPARE(status.connection, SyncStatus::Connection::Online);
    QVERIFY(status.lastSyncedAt.isValid());
    QVERIFY(status.lastError.isEmpty());
    QCOMPARE(auditDifferences(*desk), QStringList());
    QCOMPARE(missingIndexes(*desk), QStringList()); // set aside while writing, built again
    // The customer search, set aside too, was filled again with every live customer.
    {
        QSqlDatabase store = deskDb(*desk);
        QSqlQuery search(store);
        QVERIFY(search.exec(QStringLiteral(
            "SELECT (SELECT count(*) FROM customer_search), (SELECT count(*) FROM customers "
            "WHERE deleted_at IS NULL)")));
        QVERIFY(search.next());
        QVERIFY(search.value(1).toInt() > 0);
        QCOMPARE(search.value(0).toInt(), search.value(1).toInt());
        QVERIFY(!DeferredIndexes::pending(store));
    }
    // Each page was asked for once, however early (the next page's request leaves before the
    // page it follows is parsed: SyncEngine::askAhead).
    QVERIFY(status.pagesPulledThisCycle > 3);
    const QJsonArray faults = m_server.faults();
    QCOMPARE(faults.size(), 1);
    QCOMPARE(counted - faults.first()[QStringLiteral("count")].toInt(),
             status.pagesPulledThisCycle);
    QVERIFY(m_server.clearFaults());

    // The signed-in person's own staff row gives the role the backend defines.
    QSqlDatabase db = deskDb(*desk);
    const auto context = BusinessContext::loadForUser(db, desk->userId);
    QVERIFY(context);
    QCOMPARE(context->role, StaffRole::Owner);

    // Nothing changed: the next cycle pulls nothing and stays equal.
    QCOMPARE(nextCycle(*desk), std::optional<bool>(true));
    QCOMPARE(desk->status().rowsPulledThisCycle, 0);
    QCOMPARE(auditDifferences(*desk), QStringList());

    // Indexes left aside by a first sync whose process stopped are built by the next cycle.
    std::optional<int> aside;
    {
        QSqlDatabase store = deskDb(*desk);
        QVERIFY(store.transaction());
        aside = DeferredIndexes::setAside(store, RowCodec::syncedTables());
        QVERIFY(store.commit());
    }
    QVERIFY(aside && *aside > 0);
    QCOMPARE(missingIndexes(*desk).size(), qsizetype(*aside));
    QCOMPARE(nextCycle(*desk), std::optional<bool>(true));
    QCOMPARE(missingIndexes(*desk), QStringList());
}

void TstSyncFlow::interruptFirstSync(Desk &desk, const Tweak &batching)
{
    SyncService::Options options;
    options.backend = BackendConfig{QUrl(m_server.url()), m_server.anonKey(), m_server.caFile()};
    options.vaultService = m_vault;
    options.realtime = false;
    options.pollInterval = std::chrono::minutes(10);
    options.pullPageSize = 2;
    batching(options);
    desk.service = std::make_unique<SyncService>(std::move(options));
    desk.cycles = std::make_unique<QSignalSpy>(desk.service.get(), &SyncService::cycleFinished);
    QSignalSpy signedIn(desk.service.get(), &SyncService::signedIn);
    desk.service->signIn(kOwner, LocalbaseProcess::password());
    QTRY_VERIFY_WITH_TIMEOUT(!signedIn.isEmpty(), 30000);
    desk.userId = signedIn.first().first().toString();
    desk.path = m_dir.filePath(QStringLiteral("desk-%1.sqlite").arg(++m_desks));

    QVERIFY(m_server.setFault(
        QJsonObject{{QStringLiteral("path_prefix"), QStringLiteral("/rest/v1/rpc/sync_pull")},
                    {QStringLiteral("kind"), QStringLiteral("status")},
                    {QStringLiteral("status"), 503},
                    {QStringLiteral("skip"), 15},
                    {QStringLiteral("count"), 1}}));
    desk.service->startSync(desk.path);
    QTRY_VERIFY_WITH_TIMEOUT(!desk.cycles->isEmpty(), 120000);
    QCOMPARE(desk.cycles->first().first().toBool(), false);
    QVERIFY(m_server.faults().isEmpty()); // the fault was reached
}

// A first sync commits its pages in batches (here of ten pages); cut off in the middle, it keeps
// the batches it committed and the next cycle goes on from there to the same state as the server.
void TstSyncFlow::interruptedFirstSyncResumesFromItsLastBatch()
{
    // The 16th page request fails: after one committed batch of ten pages and part of the next.
    Desk desk;
    interruptFirstSync(desk, [](SyncService::Options &options) {
        options.firstSyncBatchPages = 10;
        options.firstSyncBatchTime = std::chrono::minutes(10);
    });
    if (QTest::currentTestFailed())
        return;
    {
        QSqlQuery rows(deskDb(desk));
        QVERIFY(rows.exec(QStringLiteral("SELECT (SELECT count(*) FROM sync_state WHERE key = "
                                         "'pull_cursor'), (SELECT count(*) FROM staff_members)")));
        QVERIFY(rows.next());
        QCOMPARE(rows.value(0).toInt(), 1); // the first batch and its cursor were kept
        QVERIFY(rows.value(1).toInt() > 0);
    }
    // The batch committed with the indexes set aside; the failed cycle built them again.
    QCOMPARE(missingIndexes(desk), QStringList());
    QCOMPARE(nextCycle(desk), std::optional<bool>(true));
    QCOMPARE(auditDifferences(desk), QStringList());
    QCOMPARE(missingIndexes(desk), QStringList());
}

// A first sync's transaction ends once it has been open for firstSyncBatchTime, however few
// pages it holds: with no time at all every page is its own batch, and an interruption keeps
// every page written before it (a batch of ten pages would have kept ten).
void TstSyncFlow::firstSyncBatchEndsAfterItsTime()
{
    // The 16th page request fails; page 15 may still have been waiting to be written then.
    Desk desk;
    interruptFirstSync(desk, [](SyncService::Options &options) {
        options.firstSyncBatchTime = std::chrono::milliseconds(0);
    });
    if (QTest::currentTestFailed())
        return;
    int kept = 0;
    for (const QString &table : RowCodec::syncedTables()) {
        QSqlQuery count(deskDb(desk));
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)));
        QVERIFY(count.next());
        kept += count.value(0).toInt();
    }
    QVERIFY2(kept >= 14 * 2, qPrintable(QString::number(kept)));
    QCOMPARE(nextCycle(desk), std::optional<bool>(true));
    QCOMPARE(auditDifferences(desk), QStringList());
}

void TstSyncFlow::editIsPushedAndReachesOtherDesks()
{
    auto owner = openDesk(m_server, kOwner);
    auto admin = openDesk(m_server, kAdmin);
    QVERIFY(owner && admin);
    const QString customer = someCustomerId(*owner);
    QVERIFY(!customer.isEmpty());
    const QString reason = QStringLiteral("Birthday bonus — ünïcødé ✂️ %1")
                               .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    QString error;
    QVERIFY2(enqueue(*owner, Mutations::awardPoints(customer, 40, reason), &error),
             qPrintable(error));
    QCOMPARE(outboxRows(*owner), 1);

    QCOMPARE(nextCycle(*owner), std::optional<bool>(true));
    QCOMPARE(outboxRows(*owner), 0);
    QCOMPARE(owner->status().issues, 0);
    QCOMPARE(serverLedgerRows(reason), 1);
    QCOMPARE(auditDifferences(*owner), QStringList());

    QCOMPARE(nextCycle(*admin), std::optional<bool>(true));
    QSqlQuery query(deskDb(*admin));
    query.prepare(QStringLiteral("SELECT points FROM loyalty_ledger WHERE reason = ?"));
    query.addBindValue(reason);
    QVERIFY(query.exec() && query.next());
    QCOMPARE(query.value(0).toInt(), 40);
    QCOMPARE(auditDifferences(*admin), QStringList());
}

void TstSyncFlow::twoDesksBookTheSameSlotOffline()
{
    auto first = openDesk(m_server, kOwner);
    auto second = openDesk(m_server, kAdmin);
    QVERIFY(first && second);

    // Both desks are offline (every RPC call dropped) while they book the same stylist.
    QVERIFY(goOffline(m_server));
    QSqlQuery pick(deskDb(*first));
    pick.exec(QStringLiteral("SELECT s.id, v.id FROM staff_members s, services v WHERE "
                             "s.deleted_at IS NULL AND v.deleted_at IS NULL AND v.active = 1 "
                             "AND s.business_id = v.business_id ORDER BY s.id, v.id LIMIT 1"));
    QVERIFY(pick.next());
    NewAppointment booking;
    booking.staffId = pick.value(0).toString();
    booking.serviceId = pick.value(1).toString();
    pick.finish();
    // A slot far ahead that nobody else uses: 09:00 UTC in 400 days.
    booking.startsAt = QDateTime(QDate::currentDate().addDays(400), QTime(9, 0), QTimeZone::utc())
                           .toSecsSinceEpoch();
    booking.notes = QStringLiteral("desk one");
    QString error;
    QVERIFY2(enqueue(*first, Mutations::createAppointment(booking), &error), qPrintable(error));
    booking.notes = QStringLiteral("desk two");
    QVERIFY2(enqueue(*second, Mutations::createAppointment(booking), &error), qPrintable(error));
    QCOMPARE(nextCycle(*first), std::optional<bool>(false));
    QCOMPARE(first->status().connection, SyncStatus::Connection::Offline);
    QCOMPARE(outboxRows(*first), 1); // kept, not dropped

    // Back online: the first desk to reach the server wins; the other is told why.
    QVERIFY(m_server.clearFaults());
    QCOMPARE(nextCycle(*first), std::optional<bool>(true));
    QCOMPARE(nextCycle(*second), std::optional<bool>(true));
    QCOMPARE(first->status().issues, 0);
    QCOMPARE(second->status().issues, 1);
    QSqlDatabase db = deskDb(*second);
    const IssuesResult issues = Outbox(db).issues();
    QVERIFY2(issues.error.isEmpty(), qPrintable(issues.error));
    QCOMPARE(issues.issues.size(), 1);
    QCOMPARE(issues.issues.first().code, QStringLiteral("double_booking"));
    QVERIFY2(!issues.issues.first().reason.isEmpty(), "the server's reason is shown");

    // The loser's cache holds the winner's booking only (its own was rolled back).
    QSqlQuery notes(db);
    notes.prepare(QStringLiteral("SELECT notes FROM appointments WHERE staff_id = ? AND notes IN "
                                 "('desk one', 'desk two') AND deleted_at IS NULL"));
    notes.addBindValue(booking.staffId);
    QVERIFY(notes.exec());
    QStringList seen;
    while (notes.next())
        seen << notes.value(0).toString();
    QCOMPARE(seen, QStringList{QStringLiteral("desk one")});
    QCOMPARE(auditDifferences(*first), QStringList());
    QCOMPARE(auditDifferences(*second), QStringList());
}

void TstSyncFlow::writerHeldOpenAcrossPullsLosesNoRow()
{
    auto desk = openDesk(m_server, kOwner, [](auto &o) { o.pullPageSize = 3; });
    QVERIFY(desk);
    QSqlQuery business(deskDb(*desk));
    QVERIFY(business.exec(QStringLiteral("SELECT id FROM businesses LIMIT 1")) && business.next());
    const QString businessId = business.value(0).toString();
    business.finish(); // an unfinished SELECT would keep this connection on an old snapshot

    // A second PostgreSQL session inserts a customer and keeps its transaction open while
    // later transactions commit and the desk pulls past them.
    const QJsonObject pg = m_server.info().value(QStringLiteral("pg")).toObject();
    QSqlDatabase slow = QSqlDatabase::cloneDatabase(serverDb(), QStringLiteral("syncflow-slow"));
    {
        QVERIFY2(slow.open(), qPrintable(slow.lastError().text()));
        QSqlQuery begin(slow);
        QVERIFY(begin.exec(QStringLiteral("begin")));
        QSqlQuery insert(slow);
        insert.prepare(QStringLiteral("insert into public.customers (business_id, full_name) "
                                      "values (?::uuid, 'Held Open') returning id::text"));
        insert.addBindValue(businessId);
        QVERIFY2(insert.exec() && insert.next(), qPrintable(insert.lastError().text()));
        const QString heldId = insert.value(0).toString();

        for (int i = 0; i < 3; ++i) {
            QSqlQuery later(serverDb());
            later.prepare(QStringLiteral("insert into public.customers (business_id, full_name) "
                                         "values (?::uuid, ?)"));
            later.addBindValue(businessId);
            later.addBindValue(QStringLiteral("Committed Later %1").arg(i));
            QVERIFY2(later.exec(), qPrintable(later.lastError().text()));
            QCOMPARE(nextCycle(*desk), std::optional<bool>(true));
        }
        QSqlQuery commit(slow);
        QVERIFY(commit.exec(QStringLiteral("commit")));
        slow.close();

        QCOMPARE(nextCycle(*desk), std::optional<bool>(true));
        QSqlQuery found(deskDb(*desk));
        found.prepare(QStringLiteral("SELECT full_name FROM customers WHERE id = ?"));
        found.addBindValue(heldId);
        QVERIFY(found.exec());
        QVERIFY2(found.next(), "the row committed late was pulled");
        QCOMPARE(found.value(0).toString(), QStringLiteral("Held Open"));
    }
    slow = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("syncflow-slow"));
    QCOMPARE(auditDifferences(*desk), QStringList());
}

void TstSyncFlow::realtimeChangeIsPulledWithoutPolling()
{
    auto desk = openDesk(m_server, kOwner, [](auto &o) { o.realtime = true; });
    QVERIFY(desk);
    const QString customer = someCustomerId(*desk);
    // Let the Realtime subscription settle (its first "subscribed" also asks for a cycle).
    QTest::qWait(1500);
    const qsizetype before = desk->cycles->size();
    QSqlQuery update(serverDb());
    update.prepare(QStringLiteral("update public.customers set notes = 'Prefers Saturdays' "
                                  "where id = ?::uuid"));
    update.addBindValue(customer);
    QVERIFY(update.exec());
    QTRY_VERIFY_WITH_TIMEOUT(desk->cycles->size() > before, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QSqlQuery notes(deskDb(*desk));
            notes.prepare(QStringLiteral("SELECT notes FROM customers WHERE id = ?"));
            notes.addBindValue(customer);
            return notes.exec() && notes.next()
                   && notes.value(0).toString() == u"Prefers Saturdays";
        }(),
        20000);
}

void TstSyncFlow::massDeleteWaitsForThePerson()
{
    auto desk = openDesk(m_server, kOwner);
    QVERIFY(desk);
    QSqlQuery business(deskDb(*desk));
    QVERIFY(business.exec(QStringLiteral("SELECT id FROM businesses LIMIT 1")) && business.next());
    const QString businessId = business.value(0).toString();
    business.finish(); // an unfinished SELECT would keep this connection on an old snapshot
    // Enough customers that a fifth of them is over the guard's floor.
    QSqlQuery many(serverDb());
    many.prepare(QStringLiteral(
        "insert into public.customers (business_id, full_name) select ?::uuid, 'Bulk ' || g "
        "from generate_series(1, 120) g"));
    many.addBindValue(businessId);
    QVERIFY2(many.exec(), qPrintable(many.lastError().text()));
    QCOMPARE(nextCycle(*desk), std::optional<bool>(true));
    auto liveCustomers = [&] {
        QSqlQuery count(deskDb(*desk));
        count.exec(QStringLiteral("SELECT count(*) FROM customers WHERE deleted_at IS NULL"));
        return count.next() ? count.value(0).toInt() : -1;
    };
    const int before = liveCustomers();

    QSqlQuery remove(serverDb());
    QVERIFY(remove.exec(QStringLiteral("update public.customers set deleted_at = now() where "
                                       "full_name like 'Bulk %' and deleted_at is null")));
    QSignalSpy asked(desk->service.get(), &SyncService::massDeleteNeedsConfirmation);
    QCOMPARE(nextCycle(*desk), std::optional<bool>(false));
    QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 1, 10000);
    QCOMPARE(asked.first().at(0).toString(), QStringLiteral("customers"));
    QCOMPARE(desk->status().connection, SyncStatus::Connection::Paused);
    QCOMPARE(liveCustomers(), before); // nothing removed without a yes

    desk->service->resolveMassDelete(true);
    QCOMPARE(nextCycle(*desk, false), std::optional<bool>(true));
    QCOMPARE(liveCustomers(), before - 120);
    QCOMPARE(auditDifferences(*desk), QStringList());
}

void TstSyncFlow::httpFaultSweep_data()
{
    QTest::addColumn<QJsonObject>("fault");
    const auto fault = [](const char *kind) {
        return QJsonObject{{QStringLiteral("path_prefix"), QStringLiteral("/rest/v1/rpc/")},
                           {QStringLiteral("kind"), QString::fromLatin1(kind)},
                           {QStringLiteral("count"), 1}};
    };
    QJsonObject serverError = fault("status");
    serverError.insert(QStringLiteral("status"), 503);
    QTest::newRow("5xx") << serverError;
    QJsonObject limited = fault("rate_limit");
    limited.insert(QStringLiteral("retry_after"), 1);
    QTest::newRow("429") << limited;
    QTest::newRow("dropped connection") << fault("drop");
    QTest::newRow("answer lost after the work") << fault("drop_after");
    QTest::newRow("truncated body") << fault("truncate");
    QJsonObject slow = fault("latency");
    slow.insert(QStringLiteral("latency_ms"), 2500);
    QTest::newRow("timeout") << slow;
}

// For every i, the i-th RPC call of a push+pull cycle fails; the next cycle must bring the desk
// to the state of a run without faults: every edit on the server exactly once, nothing pending,
// no sync issue, and the cache equal to the server.
void TstSyncFlow::httpFaultSweep()
{
    QFETCH(QJsonObject, fault);
    auto desk = openDesk(m_server, kOwner, [](SyncService::Options &options) {
        options.pullPageSize = 1; // several pull calls per cycle
        options.pushBatchSize = 1;
        options.transferTimeout = std::chrono::milliseconds(1000);
    });
    QVERIFY(desk);
    const QString customer = someCustomerId(*desk);

    bool reachedTheEnd = false;
    int sweptCalls = 0;
    for (int i = 0; i < 40 && !reachedTheEnd; ++i) {
        const QString tag = QStringLiteral("sweep %1 %2 %3")
                                .arg(QString::fromLatin1(QTest::currentDataTag()))
                                .arg(i)
                                .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
        QVERIFY(enqueue(*desk, Mutations::awardPoints(customer, 5, tag + QStringLiteral(" a"))));
        QVERIFY(enqueue(*desk, Mutations::awardPoints(customer, 7, tag + QStringLiteral(" b"))));
        QSqlQuery change(serverDb()); // something to pull, made elsewhere
        change.prepare(QStringLiteral("update public.customers set notes = ? where id = ?::uuid"));
        change.addBindValue(tag);
        change.addBindValue(customer);
        QVERIFY(change.exec());

        QJsonObject armed = fault;
        armed.insert(QStringLiteral("skip"), i);
        QString error;
        QVERIFY2(m_server.setFault(armed, &error), qPrintable(error));
        const auto faulty = nextCycle(*desk);
        QVERIFY(faulty.has_value());
        // The fault was never reached: this cycle had fewer than i + 1 calls; the sweep is done.
        const QJsonArray left = m_server.faults();
        reachedTheEnd =
            !left.isEmpty() && left.first().toObject().value(QStringLiteral("count")).toInt() > 0;
        QVERIFY(m_server.clearFaults());
        if (!reachedTheEnd)
            ++sweptCalls;
        // A dropped connection may be retried once by Qt's HTTP stack itself (a reused
        // keep-alive connection that closes is resent); every other fault fails the cycle.
        const bool resentByQt = fault.value(QStringLiteral("kind")).toString().startsWith(u"drop");
        if (!reachedTheEnd && !resentByQt)
            QVERIFY2(!*faulty,
                     qPrintable(QStringLiteral("i=%1: a failed call fails the cycle").arg(i)));

        const auto recovered = nextCycle(*desk);
        QVERIFY2(recovered == std::optional<bool>(true),
                 qPrintable(QStringLiteral("i=%1: %2").arg(i).arg(desk->status().lastError)));
        QCOMPARE(outboxRows(*desk), 0);
        QCOMPARE(desk->status().issues, 0);
        QCOMPARE(serverLedgerRows(tag + QStringLiteral(" a")), 1);
        QCOMPARE(serverLedgerRows(tag + QStringLiteral(" b")), 1);
        QCOMPARE(auditDifferences(*desk), QStringList());
    }
    QVERIFY2(reachedTheEnd, "the sweep covered every call of the cycle");
    qInfo("swept %d calls", sweptCalls);
}

// For every i, the i-th row written by the engine's SQLite connection fails (as a full disk or
// an I/O error would); the transaction around it rolls back and the next cycle recovers.
void TstSyncFlow::sqliteWriteFaultSweep()
{
    // The plan lives in a file of its own that the test changes between cycles; the engine's
    // connection counts its writes there through temporary triggers.
    const QString planPath = m_dir.filePath(QStringLiteral("fault-plan.sqlite"));
    {
        QSqlDatabase plan =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("syncflow-plan"));
        plan.setDatabaseName(planPath);
        QVERIFY(plan.open());
        QSqlQuery create(plan);
        QVERIFY(create.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS fault_plan (fail_at INTEGER "
                                           "NOT NULL, writes INTEGER NOT NULL)")));
        QVERIFY(create.exec(QStringLiteral("DELETE FROM fault_plan")));
        QVERIFY(create.exec(QStringLiteral("INSERT INTO fault_plan VALUES (-1, 0)")));
    }
    const auto setPlan = [](int failAt) {
        QSqlQuery query(QSqlDatabase::database(QStringLiteral("syncflow-plan")));
        query.prepare(QStringLiteral("UPDATE fault_plan SET fail_at = ?, writes = 0"));
        query.addBindValue(failAt);
        return query.exec();
    };
    const auto writesSoFar = [] {
        QSqlQuery query(QSqlDatabase::database(QStringLiteral("syncflow-plan")));
        return query.exec(QStringLiteral("SELECT writes FROM fault_plan")) && query.next()
                   ? query.value(0).toInt()
                   : -1;
    };

    const auto installTriggers = [planPath](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("ATTACH DATABASE ? AS faultplan"));
        query.addBindValue(planPath);
        if (!query.exec())
            qFatal("cannot attach the fault plan: %s", qPrintable(query.lastError().text()));
        QStringList tables = RowCodec::syncedTables();
        tables << QStringLiteral("outbox") << QStringLiteral("sync_state");
        // Trigger bodies may not name a schema; the plan's table name is unique to its file.
        for (const QString &table : tables) {
            for (const char *op : {"INSERT", "UPDATE", "DELETE"}) {
                const QString sql =
                    QStringLiteral("CREATE TEMP TRIGGER fault_%1_%2 BEFORE %2 ON main.%1 BEGIN "
                                   "UPDATE fault_plan SET writes = writes + 1; "
                                   "SELECT RAISE(ABORT, 'injected write failure') "
                                   "FROM fault_plan WHERE writes = fail_at; END")
                        .arg(table, QString::fromLatin1(op));
                if (!query.exec(sql))
                    qFatal("cannot install a fault trigger: %s",
                           qPrintable(query.lastError().text()));
            }
        }
    };
    auto desk = openDesk(m_server, kOwner, [&](SyncService::Options &options) {
        options.pullPageSize = 2;
        options.pushBatchSize = 1;
        options.connectionSetup = installTriggers;
    });
    QVERIFY(desk);
    const QString customer = someCustomerId(*desk);

    int iteration = 0;
    const auto prepareWork = [&](QString *tag) {
        *tag = QStringLiteral("sqlite sweep %1 %2")
                   .arg(++iteration)
                   .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
        bool ok = enqueue(*desk, Mutations::awardPoints(customer, 3, *tag));
        QSqlQuery change(serverDb());
        change.prepare(QStringLiteral("update public.customers set notes = ? where id = ?::uuid"));
        change.addBindValue(*tag);
        change.addBindValue(customer);
        return ok && change.exec();
    };

    // A cycle without faults gives the number of rows the engine writes for this much work.
    QString tag;
    QVERIFY(prepareWork(&tag));
    QVERIFY(setPlan(-1));
    QCOMPARE(nextCycle(*desk), std::optional<bool>(true));
    const int writesPerCycle = writesSoFar();
    QVERIFY2(writesPerCycle >= 4, qPrintable(QString::number(writesPerCycle)));
    qInfo("sweeping %d row writes of one cycle", writesPerCycle);

    for (int i = 1; i <= writesPerCycle; ++i) {
        QVERIFY(prepareWork(&tag));
        QVERIFY(setPlan(i));
        const auto faulty = nextCycle(*desk);
        QVERIFY(faulty.has_value());
        QVERIFY(setPlan(-1));
        const auto recovered = nextCycle(*desk);
        QVERIFY2(recovered == std::optional<bool>(true),
                 qPrintable(QStringLiteral("i=%1: %2").arg(i).arg(desk->status().lastError)));
        QCOMPARE(outboxRows(*desk), 0);
        QCOMPARE(desk->status().issues, 0);
        QCOMPARE(serverLedgerRows(tag), 1);
        QCOMPARE(auditDifferences(*desk), QStringList());
    }
    desk.reset();
    QSqlDatabase::removeDatabase(QStringLiteral("syncflow-plan"));
}

// A desk left running through an outage longer than its access token lives (20 s on this
// server, standing in for a day): once the network is back, sync resumes with exactly one
// refresh, no 401 loop, and the cache converges.
void TstSyncFlow::expiredTokenWhileOfflineResumesWithOneRefresh()
{
    LocalbaseProcess shortLived;
    QString error;
    QVERIFY2(
        !shortLived
             .start(m_dir.filePath(QStringLiteral("short-state")),
                    {QStringLiteral("--faults"), QStringLiteral("--jwt-exp"), QStringLiteral("20")},
                    &error)
             .isEmpty(),
        qPrintable(error));
    auto desk = openDesk(shortLived, kOwner);
    QVERIFY(desk);

    // Offline: every call is dropped until the access token has expired.
    QVERIFY(goOffline(shortLived));
    QCOMPARE(nextCycle(*desk), std::optional<bool>(false));
    QTest::qWait(21000);
    // Counted where the refreshes land: the desk also retries in the background while offline
    // (5, 10, 20 s apart), and a retry dropped just before the faults are cleared is an attempt
    // of its own on the desk's count (this test failed that way under load).
    const int before = issuedRefreshTokens(shortLived);
    QVERIFY(before > 0);
    QVERIFY(shortLived.clearFaults());
    QCOMPARE(nextCycle(*desk), std::optional<bool>(true));
    QCOMPARE(issuedRefreshTokens(shortLived) - before, 1);
    QCOMPARE(auditDifferences(*desk), QStringList());
    desk.reset();
    QSqlDatabase::removeDatabase(QStringLiteral("syncflow-pg-short"));
    shortLived.stop();
}

QTEST_MAIN(TstSyncFlow)
#include "tst_syncflow.moc"
