// Reminder rules and the audit log end to end against chairside-localbase (real PostgreSQL, the
// real migrations, TLS): the owner changes a reminder channel on the Reminder rules page of one
// desk; the edit reaches the server, a second desk of the same owner and the admin's desk; the
// second desk's audit log shows it, in words, with the owner's name, and the admin's cache holds
// no audit log (owners only). Then an edit made on a desk that had not yet pulled a newer
// version is refused by the server, and the page keeps the owner's values and says why.
// Needs the Secret Service: run under scripts/run-tests.sh.

#include "LocalbaseProcess.h"
#include "SignedInDesk.h"
#include "models/business/AuditPresentation.h"
#include "models/common/DeskEdits.h"
#include "store/StoreExecutor.h"
#include "store/repositories/AuditLogRepository.h"
#include "sync/SyncService.h"
#include "ui/business/ReminderRulesPage.h"

#include <QCheckBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QUuid>

#include <algorithm>
#include <memory>

using namespace Chairside;
using Chairside::Fixtures::LocalbaseProcess;
using Desk = Chairside::Fixtures::SignedInDesk;

namespace {

const QString kProtea = QStringLiteral("a0000000-0000-4000-8000-000000000001");

// A desk as the window runs it: the page's store thread on the desk's cache, edits queued in
// the outbox, and the sync service's changes announced to the page.
struct DeskWindow
{
    std::unique_ptr<StoreExecutor> store;
    std::unique_ptr<DeskEdits> edits;
    std::unique_ptr<ReminderRulesPage> page;
};

} // namespace

class TstRulesSync final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void reminderEditReachesTheOtherDesksAndTheAuditLog();
    void aStaleEditIsRefusedAndTheValuesStay();

private:
    std::unique_ptr<Desk> openDesk(const QString &email);
    std::unique_ptr<DeskWindow> openWindow(Desk &desk);
    bool syncOnce(Desk &desk);
    QVariant deskValue(const Desk &desk, const QString &sql);
    QVariant serverValue(const QString &sql);

    QTemporaryDir m_dir;
    LocalbaseProcess m_server;
    int m_desks = 0;
    std::unique_ptr<Desk> m_ownerHere;
    std::unique_ptr<Desk> m_ownerThere; // the same owner on another computer
    std::unique_ptr<Desk> m_admin;
};

void TstRulesSync::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    const QJsonObject info = m_server.start(m_dir.filePath(QStringLiteral("state")), {}, &error);
    QVERIFY2(!info.isEmpty(), qPrintable(error));
    m_ownerHere = openDesk(QStringLiteral("owner@protea.example"));
    m_ownerThere = openDesk(QStringLiteral("owner@protea.example"));
    m_admin = openDesk(QStringLiteral("admin@protea.example"));
    QVERIFY(m_ownerHere && m_ownerThere && m_admin);
    QCOMPARE(m_ownerHere->context.role, StaffRole::Owner);
    // Every desk has the rules from its first sync.
    for (Desk *desk : {m_ownerHere.get(), m_ownerThere.get(), m_admin.get()})
        QCOMPARE(deskValue(*desk, QStringLiteral("SELECT count(*) FROM reminder_rules")).toInt(),
                 1);
}

void TstRulesSync::cleanupTestCase()
{
    m_ownerHere.reset();
    m_ownerThere.reset();
    m_admin.reset();
    QSqlDatabase::removeDatabase(QStringLiteral("rulessync-pg"));
    m_server.stop();
}

std::unique_ptr<Desk> TstRulesSync::openDesk(const QString &email)
{
    // Each desk keeps its refresh token apart, as two computers would.
    const int n = ++m_desks;
    return Fixtures::openSignedInDesk(m_server,
                                      QStringLiteral("Chairside-test-%1-%2")
                                          .arg(QUuid::createUuid().toString(QUuid::WithoutBraces))
                                          .arg(n),
                                      email,
                                      m_dir.filePath(QStringLiteral("desk-%1.sqlite").arg(n)));
}

std::unique_ptr<DeskWindow> TstRulesSync::openWindow(Desk &desk)
{
    auto window = std::make_unique<DeskWindow>();
    window->store = std::make_unique<StoreExecutor>(desk.path);
    window->edits = std::make_unique<DeskEdits>(window->store.get(),
                                                LocalActor{desk.context.staffId, desk.context.role},
                                                Outbox::Mode::Queue);
    StoreExecutor *store = window->store.get();
    QObject::connect(desk.service.get(), &SyncService::tablesChanged, store,
                     [store](const QStringList &tables) { store->notifyTablesChanged(tables); });
    window->page = std::make_unique<ReminderRulesPage>(store, desk.context, window->edits.get());
    QSignalSpy loaded(window->page.get(), &ReminderRulesPage::loaded);
    window->page->show();
    if (!QTest::qWaitForWindowExposed(window->page.get())
        || !(loaded.size() > 0 || loaded.wait(10000)))
        return nullptr;
    return window;
}

bool TstRulesSync::syncOnce(Desk &desk)
{
    const qsizetype before = desk.cycles->size();
    desk.service->requestSync();
    return QTest::qWaitFor([&] { return desk.cycles->size() > before; }, 120000)
           && desk.cycles->last().first().toBool();
}

QVariant TstRulesSync::deskValue(const Desk &desk, const QString &sql)
{
    QSqlQuery query(desk.db());
    return query.exec(sql) && query.next() ? query.value(0) : QVariant();
}

QVariant TstRulesSync::serverValue(const QString &sql)
{
    QSqlQuery query(Fixtures::serverDatabase(m_server, QStringLiteral("rulessync-pg")));
    return query.exec(sql) && query.next() ? query.value(0) : QVariant();
}

void TstRulesSync::reminderEditReachesTheOtherDesksAndTheAuditLog()
{
    auto here = openWindow(*m_ownerHere);
    QVERIFY(here);
    auto *sms2h = here->page->findChild<QCheckBox *>(QStringLiteral("reminder_2h_sms"));
    QVERIFY(sms2h && sms2h->isChecked());
    QTest::mouseClick(sms2h, Qt::LeftButton);
    QSignalSpy saved(here->page.get(), &ReminderRulesPage::saved);
    QTest::mouseClick(here->page->findChild<QPushButton *>(QStringLiteral("saveRules")),
                      Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    QCOMPARE(here->page->message(), QStringLiteral("Saved; the server will confirm it shortly."));
    QVERIFY(syncOnce(*m_ownerHere));
    QTRY_COMPARE(here->page->message(), QStringLiteral("Saved."));
    QCOMPARE(m_ownerHere->service->status().issues, 0);
    QCOMPARE(serverValue(QStringLiteral("select reminder_2h_sms from public.reminder_rules "
                                        "where business_id = '%1'")
                             .arg(kProtea))
                 .toBool(),
             false);

    // The owner's other desk: the new rules, and the audit line with the owner's name.
    QVERIFY(syncOnce(*m_ownerThere));
    QCOMPARE(deskValue(*m_ownerThere, QStringLiteral("SELECT reminder_2h_sms FROM reminder_rules"))
                 .toInt(),
             0);
    AuditFilter filter;
    filter.businessId = kProtea;
    filter.tables = {QStringLiteral("reminder_rules")};
    QSqlDatabase there = m_ownerThere->db();
    const AuditWindow window = AuditLogRepository(there).window(filter, std::nullopt, 10);
    QVERIFY(!window.error);
    // The rules row's creation (by the seed, nobody's) and the owner's change: times are whole
    // seconds in the cache, so both may share one.
    QCOMPARE(window.rows.size(), 2);
    const auto change =
        std::find_if(window.rows.cbegin(), window.rows.cend(),
                     [](const AuditEntry &e) { return e.action == u"reminder_rules.update"; });
    QVERIFY(change != window.rows.cend());
    const AuditLine line = presentAudit(*change, m_ownerThere->context);
    QCOMPARE(line.who, QStringLiteral("Naledi"));
    QCOMPARE(line.what, QStringLiteral("Changed the reminder rules: 2 h SMS off"));
    QCOMPARE(line.record, QStringLiteral("Reminder rules"));
    QCOMPARE(line.raw.actorStaffId, m_ownerHere->context.staffId);
    // The cache holds exactly the server's audit lines (the convergence audit agrees).
    QCOMPARE(
        deskValue(*m_ownerThere, QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong(),
        serverValue(QStringLiteral("select count(*) from public.audit_log where business_id "
                                   "= '%1'")
                        .arg(kProtea))
            .toLongLong());

    // The admin's desk: the rules (staff read them), but no audit log (owners only).
    QVERIFY(syncOnce(*m_admin));
    QCOMPARE(
        deskValue(*m_admin, QStringLiteral("SELECT reminder_2h_sms FROM reminder_rules")).toInt(),
        0);
    QCOMPARE(deskValue(*m_admin, QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), 0);
}

void TstRulesSync::aStaleEditIsRefusedAndTheValuesStay()
{
    // Both owner desks are up to date; the page on the second one is open.
    QVERIFY(syncOnce(*m_ownerThere));
    auto there = openWindow(*m_ownerThere);
    QVERIFY(there);

    // The first desk moves the quiet hours and syncs...
    {
        auto here = openWindow(*m_ownerHere);
        QVERIFY(here);
        here->page->findChild<QTimeEdit *>(QStringLiteral("quietStart"))->setTime(QTime(22, 0));
        QSignalSpy saved(here->page.get(), &ReminderRulesPage::saved);
        here->page->save();
        QVERIFY(saved.wait(10000));
        QVERIFY(syncOnce(*m_ownerHere));
        QCOMPARE(m_ownerHere->service->status().issues, 0);
    }
    // ...while the second, not yet pulled, changes them too, from its older version.
    auto *start = there->page->findChild<QTimeEdit *>(QStringLiteral("quietStart"));
    start->setTime(QTime(19, 30));
    QSignalSpy saved(there->page.get(), &ReminderRulesPage::saved);
    QSignalSpy refused(there->page.get(), &ReminderRulesPage::refused);
    there->page->save();
    QVERIFY(saved.wait(10000));
    QVERIFY(syncOnce(*m_ownerThere));
    QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 20000);
    QCOMPARE(refused.first().first().toString(),
             QStringLiteral("Someone else changed the reminder rules first."));
    QVERIFY2(there->page->message().startsWith(
                 QStringLiteral("The server did not accept \u201cChange the reminder rules\u201d: "
                                "Someone else changed the reminder rules first.")),
             qPrintable(there->page->message()));
    // The owner's value is still on the page, the cache has the server's.
    QCOMPARE(start->time(), QTime(19, 30));
    QTRY_VERIFY(there->page->hasUnsavedChanges());
    QCOMPARE(
        deskValue(*m_ownerThere, QStringLiteral("SELECT quiet_start_minute FROM reminder_rules"))
            .toInt(),
        22 * 60);
    QCOMPARE(serverValue(QStringLiteral("select quiet_start_minute from public.reminder_rules "
                                        "where business_id = '%1'")
                             .arg(kProtea))
                 .toInt(),
             22 * 60);
}

QTEST_MAIN(TstRulesSync)
#include "tst_rulessync.moc"
