// Reminders end to end: chairside-localbase runs public.queue_due_reminders() on its timer
// (--reminders-every, pg_cron's job on a hosted project); an appointment that becomes due gets
// exactly one queued message, which the desktop's pull (GET /rpc/sync_pull_page, PullPage,
// PullApplier into a real cache file) brings in; a reschedule withdraws it on the desk too and
// re-arms the reminder for the new time. The loyalty expiry job runs on its own timer the same way
// (--expiry-every, pg_cron's hourly job): an old lot is written off once, and the desk pulls the
// expire line. No keychain: the test signs in over plain HTTP.

#include "LocalbaseProcess.h"
#include "store/Database.h"
#include "sync/PullApplier.h"
#include "sync/PullPage.h"

#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

#include <memory>

using namespace Chairside;
using Chairside::Fixtures::LocalbaseProcess;

namespace {

const QString kBusiness = QStringLiteral("a0000000-0000-4000-8000-000000000001");
const QString kLerato = QStringLiteral("a4000000-0000-4000-8000-000000000001"); // WhatsApp: yes
const QString kService = QStringLiteral("a3000000-0000-4000-8000-000000000001");
const QString kStylist = QStringLiteral("c2000000-0000-4000-8000-0000000000aa");
const QString kAppointment = QStringLiteral("c5000000-0000-4000-8000-0000000000aa");

struct Reply
{
    int status = 0;
    QByteArray body;
};

} // namespace

class TstLocalbaseReminders final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void dueAppointmentGetsOneReminderThatTheDeskPulls();
    void rescheduleWithdrawsOnTheDeskAndRearms();
    void expiryJobWritesOffOldPointsOnce();

private:
    Reply call(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {});
    // Pulls until has_more is false into the desk's cache; false (with a warning) on failure.
    bool pullAll();
    QSqlDatabase serverDb();
    QSqlDatabase deskDb() { return m_desk; }
    // Live/all reminder rows of the test appointment on the server and in the desk's cache.
    int serverReminders(bool liveOnly);
    int deskReminders(bool liveOnly);
    bool serverExec(const QString &sql, const QVariantList &values = {});

    QTemporaryDir m_dir;
    LocalbaseProcess m_server;
    QNetworkAccessManager m_network;
    QString m_token;
    QString m_deskPath;
    QSqlDatabase m_desk;
    std::unique_ptr<PullApplier> m_applier;
};

void TstLocalbaseReminders::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QFile::setPermissions(m_dir.path(), QFile::permissions(m_dir.path()) | QFileDevice::ExeOther);
    QString error;
    const QJsonObject info =
        m_server.start(m_dir.filePath(QStringLiteral("state")),
                       {QStringLiteral("--reminders-every"), QStringLiteral("0.5"),
                        QStringLiteral("--expiry-every"), QStringLiteral("0.5")},
                       &error);
    QVERIFY2(!info.isEmpty(), qPrintable(error));
    QSqlDatabase pg = serverDb();
    QVERIFY2(pg.isOpen(), qPrintable(pg.lastError().text()));
    // The real clock decides, so no quiet hours for the seeded salon, and a stylist of its own.
    QVERIFY(serverExec(QStringLiteral("update public.reminder_rules set quiet_start_minute = null, "
                                      "quiet_end_minute = null where business_id = ?"),
                       {kBusiness}));
    QVERIFY(
        serverExec(QStringLiteral("insert into public.staff_members (id, business_id, "
                                  "display_name, role) values (?, ?, 'Reminder test', 'staff')"),
                   {kStylist, kBusiness}));

    // The desk: staff of the salon, signed in over HTTP, with a migrated cache file.
    const Reply signIn = call(
        "POST", QStringLiteral("/auth/v1/token?grant_type=password"),
        QJsonDocument(QJsonObject{{QStringLiteral("email"), QStringLiteral("staff@protea.example")},
                                  {QStringLiteral("password"), LocalbaseProcess::password()}})
            .toJson(QJsonDocument::Compact));
    QCOMPARE(signIn.status, 200);
    m_token = QJsonDocument::fromJson(signIn.body)
                  .object()
                  .value(QStringLiteral("access_token"))
                  .toString();
    QVERIFY(!m_token.isEmpty());
    m_deskPath = m_dir.filePath(QStringLiteral("desk.sqlite"));
    std::optional<StoreError> storeError;
    m_desk = Database::connectionForThisThread(m_deskPath, &storeError);
    QVERIFY2(m_desk.isOpen(), storeError ? qPrintable(storeError->message) : "no cache");
    m_applier = std::make_unique<PullApplier>(m_desk); // keeps a reference to m_desk
    QVERIFY(pullAll());
}

void TstLocalbaseReminders::cleanupTestCase()
{
    m_applier.reset();
    m_desk = QSqlDatabase();
    Database::closeForThisThread(m_deskPath);
    QSqlDatabase::removeDatabase(QStringLiteral("reminders-pg"));
    m_server.stop();
}

Reply TstLocalbaseReminders::call(const QByteArray &method, const QString &pathAndQuery,
                                  const QByteArray &body)
{
    QNetworkRequest request(QUrl(m_server.url() + pathAndQuery));
    request.setSslConfiguration(m_server.sslConfiguration());
    request.setRawHeader("apikey", m_server.anonKey().toUtf8());
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timeout, &QTimer::timeout, reply, &QNetworkReply::abort);
    timeout.start(60000);
    if (!reply->isFinished())
        loop.exec();
    Reply result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                 reply->readAll()};
    reply->deleteLater();
    return result;
}

bool TstLocalbaseReminders::pullAll()
{
    for (int page = 0; page < 100; ++page) {
        QUrlQuery query;
        const QByteArray cursor = m_applier->storedCursor();
        if (!cursor.isEmpty())
            query.addQueryItem(QStringLiteral("cursor"), QString::fromUtf8(QUrl::toPercentEncoding(
                                                             QString::fromUtf8(cursor))));
        query.addQueryItem(QStringLiteral("page_size"), QStringLiteral("1000"));
        const Reply reply = call("GET", QStringLiteral("/rest/v1/rpc/sync_pull_page?")
                                            + query.query(QUrl::FullyEncoded));
        if (reply.status != 200) {
            qWarning("pull: HTTP %d %s", reply.status, reply.body.left(300).constData());
            return false;
        }
        const PullPage::Parsed parsed = PullPage::parse(reply.body);
        if (!parsed.page) {
            qWarning("pull: the desk refused the page: %s", qPrintable(parsed.error));
            return false;
        }
        const PullApplier::Result applied = m_applier->apply(*parsed.page);
        if (!applied.ok()) {
            qWarning("pull: not applied: %s", qPrintable(applied.error));
            return false;
        }
        if (!parsed.page->hasMore)
            return true;
    }
    return false;
}

QSqlDatabase TstLocalbaseReminders::serverDb()
{
    const QString name = QStringLiteral("reminders-pg");
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    const QJsonObject pg = m_server.info().value(QStringLiteral("pg")).toObject();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(pg.value(QStringLiteral("host")).toString());
    db.setPort(pg.value(QStringLiteral("port")).toInt());
    db.setDatabaseName(pg.value(QStringLiteral("database")).toString());
    db.setUserName(pg.value(QStringLiteral("user")).toString());
    db.open();
    return db;
}

bool TstLocalbaseReminders::serverExec(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(serverDb());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        qWarning("server: %s", qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

int TstLocalbaseReminders::serverReminders(bool liveOnly)
{
    QSqlQuery query(serverDb());
    query.prepare(QStringLiteral("select count(*) from public.outbound_messages where "
                                 "appointment_id = ? and kind = 'reminder_24h'")
                  + (liveOnly ? QStringLiteral(" and deleted_at is null") : QString()));
    query.addBindValue(kAppointment);
    return query.exec() && query.next() ? query.value(0).toInt() : -1;
}

int TstLocalbaseReminders::deskReminders(bool liveOnly)
{
    QSqlQuery query(deskDb());
    query.prepare(QStringLiteral("SELECT count(*) FROM outbound_messages WHERE appointment_id = ? "
                                 "AND kind = 'reminder_24h'")
                  + (liveOnly ? QStringLiteral(" AND deleted_at IS NULL") : QString()));
    query.addBindValue(kAppointment);
    return query.exec() && query.next() ? query.value(0).toInt() : -1;
}

void TstLocalbaseReminders::dueAppointmentGetsOneReminderThatTheDeskPulls()
{
    // Booked two days ago for 24 h and 4 s from now: its 24 h reminder falls due in 4 s.
    QVERIFY(serverExec(
        QStringLiteral("insert into public.appointments (id, business_id, customer_id, staff_id, "
                       "service_id, starts_at, ends_at, created_at) values (?, ?, ?, ?, ?, "
                       "now() + interval '24 hours 4 seconds', now() + interval '25 hours', "
                       "now() - interval '2 days')"),
        {kAppointment, kBusiness, kLerato, kStylist, kService}));
    QCOMPARE(serverReminders(true), 0);

    QVERIFY2(QTest::qWaitFor([&] { return serverReminders(true) > 0; }, 30000),
             "the timer queued no reminder");
    QSqlQuery queued(serverDb());
    queued.prepare(QStringLiteral(
        "select m.channel, m.status, m.created_at >= a.starts_at - interval '24 hours' "
        "from public.outbound_messages m join public.appointments a on a.id = m.appointment_id "
        "where m.appointment_id = ? and m.deleted_at is null"));
    queued.addBindValue(kAppointment);
    QVERIFY(queued.exec() && queued.next());
    QCOMPARE(queued.value(0).toString(), QStringLiteral("whatsapp"));
    QCOMPARE(queued.value(1).toString(), QStringLiteral("queued"));
    QVERIFY2(queued.value(2).toBool(), "queued before it was due");

    // Several more ticks: still exactly one.
    QTest::qWait(2500);
    QCOMPARE(serverReminders(false), 1);

    QVERIFY(pullAll());
    QCOMPARE(deskReminders(true), 1);
    QSqlQuery local(deskDb());
    local.prepare(QStringLiteral(
        "SELECT channel, status, customer_id FROM outbound_messages WHERE appointment_id = ?"));
    local.addBindValue(kAppointment);
    QVERIFY(local.exec() && local.next());
    QCOMPARE(local.value(0).toString(), QStringLiteral("whatsapp"));
    QCOMPARE(local.value(1).toString(), QStringLiteral("queued"));
    QCOMPARE(local.value(2).toString(), kLerato);
}

void TstLocalbaseReminders::rescheduleWithdrawsOnTheDeskAndRearms()
{
    // The desk (staff) moves it two days later: the queued reminder is withdrawn.
    const auto reschedule = [&](const QString &startsAt) {
        const QJsonArray batch{QJsonObject{
            {QStringLiteral("mutation_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {QStringLiteral("kind"), QStringLiteral("appointment.reschedule")},
            {QStringLiteral("payload"), QJsonObject{{QStringLiteral("id"), kAppointment},
                                                    {QStringLiteral("starts_at"), startsAt}}}}};
        const Reply reply = call("POST", QStringLiteral("/rest/v1/rpc/apply_mutations"),
                                 QJsonDocument(QJsonObject{{QStringLiteral("batch"), batch}})
                                     .toJson(QJsonDocument::Compact));
        const QJsonArray answers = QJsonDocument::fromJson(reply.body).array();
        return reply.status == 200 && !answers.isEmpty()
               && answers.first().toObject().value(QStringLiteral("status")).toString()
                      == QStringLiteral("applied");
    };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(reschedule(now.addDays(2).toString(Qt::ISODate)));
    QCOMPARE(serverReminders(true), 0);
    QVERIFY(pullAll());
    QCOMPARE(deskReminders(false), 1);
    QCOMPARE(deskReminders(true), 0); // the desk has the tombstone

    QTest::qWait(1500); // ticks: the new time is not due yet
    QCOMPARE(serverReminders(false), 1);

    // Back into the 24 h window: the next tick queues one reminder for the new time.
    QVERIFY(reschedule(now.addSecs(20 * 3600).toString(Qt::ISODate)));
    QVERIFY2(QTest::qWaitFor([&] { return serverReminders(true) == 1; }, 30000),
             "no reminder for the new time");
    QTest::qWait(1500);
    QCOMPARE(serverReminders(true), 1);
    QCOMPARE(serverReminders(false), 2);
    QVERIFY(pullAll());
    QCOMPARE(deskReminders(true), 1);
    QCOMPARE(deskReminders(false), 2);
}

void TstLocalbaseReminders::expiryJobWritesOffOldPointsOnce()
{
    const auto expireLines = [this](const QString &customer) {
        QSqlQuery query(serverDb());
        query.prepare(QStringLiteral("select count(*), coalesce(sum(points), 0) from "
                                     "public.loyalty_ledger where customer_id = ? and "
                                     "kind = 'expire'"));
        query.addBindValue(customer);
        return query.exec() && query.next()
                   ? query.value(0).toString() + u':' + query.value(1).toString()
                   : QString();
    };
    // Anika gets a lot booked 13 months ago, older than Protea's 12 months and never used.
    const QString anika = QStringLiteral("a4000000-0000-4000-8000-000000000003");
    QVERIFY(serverExec(QStringLiteral("insert into public.loyalty_ledger (business_id, "
                                      "customer_id, kind, points, reason, created_at) values "
                                      "(?, ?, 'award', 30, 'Old card', now() - interval "
                                      "'13 months')"),
                       {kBusiness, anika}));
    QVERIFY2(QTest::qWaitFor([&] { return expireLines(anika) == u"1:-30"; }, 30000),
             qPrintable(expireLines(anika)));
    // Later runs leave it at one line: a second old lot for Sipho is written off by a later run,
    // and by then Anika still has only hers.
    const QString sipho = QStringLiteral("a4000000-0000-4000-8000-000000000002");
    QVERIFY(serverExec(QStringLiteral("insert into public.loyalty_ledger (business_id, "
                                      "customer_id, kind, points, reason, created_at) values "
                                      "(?, ?, 'award', 20, 'Old card', now() - interval "
                                      "'13 months')"),
                       {kBusiness, sipho}));
    QVERIFY2(QTest::qWaitFor([&] { return expireLines(sipho) == u"1:-20"; }, 30000),
             qPrintable(expireLines(sipho)));
    QCOMPARE(expireLines(anika), QStringLiteral("1:-30"));
    // The desk pulls the line like any other.
    QVERIFY(pullAll());
    QSqlQuery local(deskDb());
    local.prepare(QStringLiteral("SELECT points, reason FROM loyalty_ledger WHERE customer_id = ? "
                                 "AND kind = 'expire'"));
    local.addBindValue(anika);
    QVERIFY(local.exec() && local.next());
    QCOMPARE(local.value(0).toLongLong(), -30);
    QCOMPARE(local.value(1).toString(), QStringLiteral("Points older than 12 months expired"));
}

QTEST_MAIN(TstLocalbaseReminders)
#include "tst_localbase_reminders.moc"
