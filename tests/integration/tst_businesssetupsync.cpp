// Business setup end to end against chairside-localbase (real PostgreSQL and the real
// apply_mutations, TLS, signed-in desks): the owner's service edit round-trips (server row,
// audit log in the owner's name, cache at the server's version) and a new day of working hours
// leaves one row in the cache, not the optimistic one beside the server's; a staff member's
// setup change is rejected by the server (forbidden) and taken back at their desk; working hours
// that would strand a booking are asked about at the desk before anything is queued, and when
// the server knows a booking the desk has not pulled yet, its strands_appointments answer is
// asked about and the change sent again confirmed. Which services a staff member does
// (staff.services_set) round-trips under the server's own row ids, reaches a staff member's desk,
// and a forged change from a staff desk is refused and taken back. Run under
// scripts/run-tests.sh (keychain).

#include "LocalbaseProcess.h"
#include "SignedInDesk.h"
#include "core/business/StaffServices.h"
#include "models/business/SetupMutations.h"
#include "models/business/SetupSubmitter.h"
#include "models/common/DeskEdits.h"
#include "store/StoreExecutor.h"
#include "sync/Outbox.h"
#include "sync/SyncService.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Chairside;
using Chairside::Fixtures::LocalbaseProcess;
using Desk = Chairside::Fixtures::SignedInDesk;

namespace {

const QString kCut = QStringLiteral("a3000000-0000-4000-8000-000000000001");
const QString kColour = QStringLiteral("a3000000-0000-4000-8000-000000000002");
const QString kThandi = QStringLiteral("a2000000-0000-4000-8000-000000000003");
// Thandi's requested booking tomorrow at 10:00 in the salon's zone (seed).
const QString kTomorrow = QStringLiteral("a5000000-0000-4000-8000-000000000005");

} // namespace

class TstBusinessSetupSync final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void ownersServiceEditRoundTrips();
    void newWorkingDayLeavesOneRow();
    void staffChangeIsRejectedByTheServer();
    void hoursThatStrandABookingAreAskedAbout();
    void staffServicesRoundTrip();

private:
    std::unique_ptr<Desk> openDesk(const QString &email);
    QSqlDatabase serverDb();
    QVariant deskValue(const Desk &desk, const QString &sql, const QString &id);
    QVariant serverValue(const QString &sql, const QString &id);
    bool syncOnce(Desk &desk);
    int pendingAt(const Desk &desk)
    {
        QSqlDatabase db = desk.db();
        return Outbox(db).pendingCount();
    }

    QTemporaryDir m_dir;
    LocalbaseProcess m_server;
    const QString m_vault =
        QStringLiteral("Chairside-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    int m_desks = 0;
    std::unique_ptr<Desk> m_owner;
    std::unique_ptr<Desk> m_staff;
};

void TstBusinessSetupSync::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    const QJsonObject info = m_server.start(m_dir.filePath(QStringLiteral("state")), {}, &error);
    QVERIFY2(!info.isEmpty(), qPrintable(error));
    QVERIFY2(serverDb().isOpen(), qPrintable(serverDb().lastError().text()));
    m_owner = openDesk(QStringLiteral("owner@protea.example"));
    m_staff = openDesk(QStringLiteral("staff@protea.example"));
    QVERIFY(m_owner && m_staff);
    QCOMPARE(m_owner->context.role, StaffRole::Owner);
    QCOMPARE(m_staff->context.role, StaffRole::Staff);
}

void TstBusinessSetupSync::cleanupTestCase()
{
    m_owner.reset();
    m_staff.reset();
    QSqlDatabase::removeDatabase(QStringLiteral("businesssetup-pg"));
    m_server.stop();
}

std::unique_ptr<Desk> TstBusinessSetupSync::openDesk(const QString &email)
{
    return Fixtures::openSignedInDesk(
        m_server, m_vault, email, m_dir.filePath(QStringLiteral("desk-%1.sqlite").arg(++m_desks)));
}

QSqlDatabase TstBusinessSetupSync::serverDb()
{
    return Fixtures::serverDatabase(m_server, QStringLiteral("businesssetup-pg"));
}

QVariant TstBusinessSetupSync::deskValue(const Desk &desk, const QString &sql, const QString &id)
{
    QSqlQuery query(desk.db());
    query.prepare(sql);
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0) : QVariant();
}

QVariant TstBusinessSetupSync::serverValue(const QString &sql, const QString &id)
{
    QSqlQuery query(serverDb());
    query.prepare(sql);
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0) : QVariant();
}

bool TstBusinessSetupSync::syncOnce(Desk &desk)
{
    const qsizetype before = desk.cycles->size();
    desk.service->requestSync();
    return QTest::qWaitFor([&] { return desk.cycles->size() > before; }, 120000)
           && desk.cycles->last().first().toBool();
}

void TstBusinessSetupSync::ownersServiceEditRoundTrips()
{
    SetupService before{.id = kCut, .name = QStringLiteral("Cut & blow-dry"), .priceMinor = 45000};
    SetupService after = before;
    after.priceMinor = 47500;
    after.bufferMinutes = 10;
    before.bufferMinutes = 15;
    {
        QSqlDatabase db = m_owner->db();
        const OutboxResult queued =
            Outbox(db).enqueue(SetupMutations::upsertService(before, after),
                               LocalActor{m_owner->context.staffId, m_owner->context.role});
        QVERIFY2(queued.ok, qPrintable(queued.error));
    }
    QCOMPARE(
        deskValue(*m_owner, QStringLiteral("SELECT price_minor FROM services WHERE id = ?"), kCut)
            .toLongLong(),
        47500); // at once, before the server has seen it
    QVERIFY(syncOnce(*m_owner));
    QCOMPARE(m_owner->service->status().issues, 0);
    QCOMPARE(serverValue(QStringLiteral("select price_minor || '/' || buffer_minutes || '/' || "
                                        "version from public.services where id = ?::uuid"),
                         kCut)
                 .toString(),
             QStringLiteral("47500/10/2"));
    QCOMPARE(deskValue(*m_owner,
                       QStringLiteral("SELECT price_minor || '/' || buffer_minutes || '/' || "
                                      "version FROM services WHERE id = ?"),
                       kCut)
                 .toString(),
             QStringLiteral("47500/10/2"));
    QCOMPARE(serverValue(QStringLiteral("select count(*) from public.audit_log where action = "
                                        "'services.update' and actor_staff_id = ?::uuid"),
                         m_owner->context.staffId)
                 .toInt(),
             1);
    // The staff member's desk pulls the new price.
    QVERIFY(syncOnce(*m_staff));
    QCOMPARE(
        deskValue(*m_staff, QStringLiteral("SELECT price_minor FROM services WHERE id = ?"), kCut)
            .toLongLong(),
        47500);
}

void TstBusinessSetupSync::newWorkingDayLeavesOneRow()
{
    // The seed has Tuesday to Saturday: Thandi starts working Mondays, 08:00-18:00 (nothing
    // of hers is booked on a Monday that this would strand).
    const SetupDayHours monday{.weekday = 1, .works = true, .startMinute = 480, .endMinute = 1080};
    {
        QSqlDatabase db = m_owner->db();
        const OutboxResult queued =
            Outbox(db).enqueue(SetupMutations::setWorkingHours(kThandi, monday),
                               LocalActor{m_owner->context.staffId, m_owner->context.role});
        QVERIFY2(queued.ok, qPrintable(queued.error));
    }
    const QString mondays = QStringLiteral("SELECT count(*) FROM working_hours WHERE staff_id = ? "
                                           "AND weekday = 1 AND deleted_at IS NULL");
    QCOMPARE(deskValue(*m_owner, mondays, kThandi).toInt(), 1); // the optimistic row
    QVERIFY(syncOnce(*m_owner));
    QCOMPARE(m_owner->service->status().issues, 0);
    QCOMPARE(serverValue(QStringLiteral("select count(*) from public.working_hours where "
                                        "staff_id = ?::uuid and weekday = 1 and deleted_at is "
                                        "null"),
                         kThandi)
                 .toInt(),
             1);
    // One row, the server's (same id on both sides).
    QCOMPARE(deskValue(*m_owner, mondays, kThandi).toInt(), 1);
    QCOMPARE(deskValue(*m_owner,
                       QStringLiteral("SELECT id FROM working_hours WHERE staff_id = ? AND "
                                      "weekday = 1 AND deleted_at IS NULL"),
                       kThandi)
                 .toString(),
             serverValue(QStringLiteral("select id::text from public.working_hours where staff_id "
                                        "= ?::uuid and weekday = 1 and deleted_at is null"),
                         kThandi)
                 .toString());
}

void TstBusinessSetupSync::staffChangeIsRejectedByTheServer()
{
    // At the staff member's own desk the change is refused before it is queued ...
    const Mutation cheaper = SetupMutations::upsertService(
        SetupService{.id = kCut, .priceMinor = 47500}, SetupService{.id = kCut, .priceMinor = 100});
    {
        QSqlDatabase db = m_staff->db();
        const OutboxResult refused = Outbox(db).enqueue(
            cheaper, LocalActor{m_staff->context.staffId, m_staff->context.role});
        QVERIFY(!refused.ok);
        QCOMPARE(refused.error, QStringLiteral("Only an owner can change the business setup."));
    }
    // ... and the server is the authority: a desk that still believes it may (a cache from
    // before a demotion, say) queues it, and the server refuses it.
    {
        QSqlDatabase db = m_staff->db();
        const OutboxResult queued =
            Outbox(db).enqueue(cheaper, LocalActor{m_staff->context.staffId, StaffRole::Owner});
        QVERIFY2(queued.ok, qPrintable(queued.error));
    }
    QCOMPARE(
        deskValue(*m_staff, QStringLiteral("SELECT price_minor FROM services WHERE id = ?"), kCut)
            .toLongLong(),
        100);
    QVERIFY(syncOnce(*m_staff));
    QCOMPARE(m_staff->service->status().issues, 1);
    {
        QSqlDatabase db = m_staff->db();
        const IssuesResult issues = Outbox(db).issues();
        QCOMPARE(issues.issues.size(), 1);
        QCOMPARE(issues.issues.first().kind, QStringLiteral("service.upsert"));
        QCOMPARE(issues.issues.first().state, QStringLiteral("rejected"));
        QCOMPARE(issues.issues.first().code, QStringLiteral("forbidden"));
        QCOMPARE(issues.issues.first().reason,
                 QStringLiteral("Only an owner can change the business setup."));
    }
    // Taken back at the desk; unchanged on the server.
    QCOMPARE(
        deskValue(*m_staff, QStringLiteral("SELECT price_minor FROM services WHERE id = ?"), kCut)
            .toLongLong(),
        47500);
    QCOMPARE(serverValue(QStringLiteral("select price_minor from public.services where id = "
                                        "?::uuid"),
                         kCut)
                 .toLongLong(),
             47500);
}

void TstBusinessSetupSync::hoursThatStrandABookingAreAskedAbout()
{
    StoreExecutor store(m_owner->path);
    connect(m_owner->service.get(), &SyncService::tablesChanged, &store,
            &StoreExecutor::notifyTablesChanged);
    DeskEdits edits(&store, LocalActor{m_owner->context.staffId, m_owner->context.role},
                    Outbox::Mode::Queue);
    const QTimeZone zone = m_owner->context.timeZone;
    SetupSubmitter submitter(&store, &edits, zone);
    QStringList asked;
    bool answer = false;
    submitter.setConfirm([&](const QString &question) {
        asked.append(question);
        return answer;
    });
    const auto submit = [&](const Mutation &m) {
        std::optional<SetupOutcome> outcome;
        submitter.submit(m, false, this, [&](const SetupOutcome &o) { outcome = o; });
        return QTest::qWaitFor([&] { return outcome.has_value(); }, 20000) ? outcome : std::nullopt;
    };

    // 1. The desk knows Thandi's 10:00 booking tomorrow: noon-to-five hours strand it, and the
    //    owner is asked before anything is queued. No: nothing queued.
    const qint64 starts =
        deskValue(*m_owner, QStringLiteral("SELECT starts_at FROM appointments WHERE id = ?"),
                  kTomorrow)
            .toLongLong();
    QVERIFY(starts > QDateTime::currentSecsSinceEpoch());
    const int weekday = QDateTime::fromSecsSinceEpoch(starts, zone).date().dayOfWeek();
    const SetupDayHours afternoons{
        .weekday = weekday, .works = true, .startMinute = 720, .endMinute = 1020};
    auto outcome = submit(SetupMutations::setWorkingHours(kThandi, afternoons));
    QVERIFY(outcome);
    QCOMPARE(outcome->state, SetupOutcome::State::Cancelled);
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.first().startsWith(QStringLiteral(
                 "1 upcoming appointment of Thandi would fall outside these hours (the first on ")),
             qPrintable(asked.first()));
    QVERIFY(asked.first().contains(QStringLiteral("at 10:00)")));
    QCOMPARE(pendingAt(*m_owner), 0);

    // 2. A booking the desk has not pulled yet: 08:00 the day after tomorrow, made straight on
    //    the server. Hours from nine that day pass the desk's own check, reach the server, and
    //    come back as strands_appointments; the owner is asked again (yes) and the change goes
    //    out confirmed.
    const qint64 later = starts + 86400 - 2 * 3600; // 08:00 the next day
    const int laterWeekday = QDateTime::fromSecsSinceEpoch(later, zone).date().dayOfWeek();
    {
        QSqlQuery insert(serverDb());
        insert.prepare(QStringLiteral(
            "insert into public.appointments (id, business_id, customer_id, staff_id, service_id, "
            "starts_at, ends_at, status, source) values ('a5000000-0000-4000-8000-0000000000b1', "
            "?::uuid, 'a4000000-0000-4000-8000-000000000003', ?::uuid, ?::uuid, "
            "to_timestamp(?), to_timestamp(?), 'confirmed', 'phone')"));
        insert.addBindValue(m_owner->context.businessId);
        insert.addBindValue(kThandi);
        insert.addBindValue(kCut);
        insert.addBindValue(later);
        insert.addBindValue(later + 3600);
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    }
    QSignalSpy refused(&submitter, &SetupSubmitter::serverRefused);
    answer = true;
    const SetupDayHours fromNine{
        .weekday = laterWeekday, .works = true, .startMinute = 540, .endMinute = 1020};
    outcome = submit(SetupMutations::setWorkingHours(kThandi, fromNine));
    QVERIFY(outcome);
    QCOMPARE(outcome->state, SetupOutcome::State::Saved); // the desk saw nothing stranded
    QCOMPARE(asked.size(), 1);
    QVERIFY(syncOnce(*m_owner)); // the server refuses it: strands_appointments
    QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 2, 20000);
    QVERIFY2(asked.last().startsWith(QStringLiteral(
                 "1 upcoming appointment of Thandi would fall outside these hours (the first on ")),
             qPrintable(asked.last()));
    QVERIFY(asked.last().contains(QStringLiteral("at 08:00)")));
    QVERIFY(refused.isEmpty());
    // The confirmed change is queued again; the issue is gone.
    QTRY_COMPARE_WITH_TIMEOUT(pendingAt(*m_owner), 1, 20000);
    QVERIFY(syncOnce(*m_owner));
    QCOMPARE(m_owner->service->status().issues, 0);
    QCOMPARE(serverValue(QStringLiteral("select string_agg(weekday || ':' || start_minute, ',') "
                                        "from public.working_hours where staff_id = ?::uuid and "
                                        "weekday = %1 and deleted_at is null")
                             .arg(laterWeekday),
                         kThandi)
                 .toString(),
             QStringLiteral("%1:540").arg(laterWeekday));
    QCOMPARE(serverValue(QStringLiteral("select count(*) from public.audit_log where action like "
                                        "'working_hours.%' and actor_staff_id = ?::uuid"),
                         m_owner->context.staffId)
                 .toInt(),
             2); // Monday's new row and this one
    store.waitForIdle();
}

void TstBusinessSetupSync::staffServicesRoundTrip()
{
    const QString live =
        QStringLiteral("SELECT count(*) || ':' || ifnull(group_concat(id || '/' || version), '') "
                       "FROM staff_services WHERE staff_id = ? AND deleted_at IS NULL");
    const QString serverLive = QStringLiteral(
        "select count(*) || ':' || coalesce(string_agg(id::text || '/' || version, ','), '') "
        "from public.staff_services where staff_id = ?::uuid and deleted_at is null");
    const QString rowId = StaffServices::rowId(kThandi, kColour);
    const auto queue = [](Desk &desk, const Mutation &m, StaffRole role) {
        QSqlDatabase db = desk.db();
        return Outbox(db).enqueue(m, LocalActor{desk.context.staffId, role});
    };

    // 1. The owner: Thandi does colour only. The optimistic row already has the server's id, so
    //    after the round trip there is one row, at the server's version.
    OutboxResult queued =
        queue(*m_owner, SetupMutations::setStaffServices(kThandi, {{kColour}}), StaffRole::Owner);
    QVERIFY2(queued.ok, qPrintable(queued.error));
    QCOMPARE(deskValue(*m_owner, live, kThandi).toString(), QStringLiteral("1:%1/1").arg(rowId));
    QVERIFY(syncOnce(*m_owner));
    QCOMPARE(m_owner->service->status().issues, 0);
    QCOMPARE(serverValue(serverLive, kThandi).toString(), QStringLiteral("1:%1/1").arg(rowId));
    QCOMPARE(deskValue(*m_owner,
                       QStringLiteral("SELECT count(*) FROM staff_services WHERE "
                                      "staff_id = ?"),
                       kThandi)
                 .toInt(),
             1);
    QCOMPARE(deskValue(*m_owner,
                       QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = "
                                      "'staff_services' AND actor_staff_id = ?"),
                       m_owner->context.staffId)
                 .toInt(),
             1); // the server's audit line, pulled by the owner

    // 2. Thandi's own desk learns her list.
    QVERIFY(syncOnce(*m_staff));
    QCOMPARE(deskValue(*m_staff, live, kThandi).toString(), QStringLiteral("1:%1/1").arg(rowId));

    // 3. A staff desk that believes it may change it: the server refuses, the desk takes its
    //    optimistic tombstone back.
    const int issuesBefore = m_staff->service->status().issues;
    queued =
        queue(*m_staff, SetupMutations::setStaffServices(kThandi, std::nullopt), StaffRole::Owner);
    QVERIFY2(queued.ok, qPrintable(queued.error));
    QCOMPARE(deskValue(*m_staff, live, kThandi).toString(), QStringLiteral("0:"));
    QVERIFY(syncOnce(*m_staff));
    QCOMPARE(m_staff->service->status().issues, issuesBefore + 1);
    QCOMPARE(deskValue(*m_staff, live, kThandi).toString(), QStringLiteral("1:%1/1").arg(rowId));
    QCOMPARE(serverValue(serverLive, kThandi).toString(), QStringLiteral("1:%1/1").arg(rowId));

    // 4. The owner: every service again. The row becomes a tombstone on both sides.
    queued =
        queue(*m_owner, SetupMutations::setStaffServices(kThandi, std::nullopt), StaffRole::Owner);
    QVERIFY2(queued.ok, qPrintable(queued.error));
    QVERIFY(syncOnce(*m_owner));
    QCOMPARE(serverValue(serverLive, kThandi).toString(), QStringLiteral("0:"));
    QCOMPARE(deskValue(*m_owner,
                       QStringLiteral("SELECT version || '/' || (deleted_at IS NOT NULL) FROM "
                                      "staff_services WHERE id = ?"),
                       rowId)
                 .toString(),
             QStringLiteral("2/1"));
}

QTEST_MAIN(TstBusinessSetupSync)
#include "tst_businesssetupsync.moc"
