// `chairside sync --watch` killed with SIGKILL at 200 random moments while the desk keeps
// making edits: after every restart the cache must still open and converge, and in the end
// every edit the desk accepted is on the server exactly once and the convergence audit
// (`chairside status --audit`) finds no difference. Real binary, real keychain (run under
// scripts/run-tests.sh), real PostgreSQL behind chairside-localbase over TLS.

#include "LocalbaseProcess.h"
#include "store/BusinessContext.h"
#include "store/Database.h"
#include "sync/Mutation.h"
#include "sync/Outbox.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Chairside;
using Chairside::Fixtures::LocalbaseProcess;

namespace {

const QString kOwner = QStringLiteral("owner@protea.example");

struct Run
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;

    // For a failed check: how the run ended and everything it printed (a login once ended
    // with a non-zero code and nothing said on stderr).
    QByteArray report() const
    {
        const QByteArray end = crashed
                                   ? QByteArrayLiteral("crashed")
                                   : QByteArrayLiteral("exit code ") + QByteArray::number(exitCode);
        return end + "\nstdout: " + out + "\nstderr: " + err;
    }
};

} // namespace

class TstSyncKill final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void killedAtRandomMomentsLosesNothing();
    void corruptCacheIsRebuiltAndItsEditsReplayed();

private:
    QProcessEnvironment environment() const;
    Run chairside(const QStringList &arguments, const QByteArray &input = {});
    QString storePath() const;
    int serverLedgerRows(const QString &reason);

    QTemporaryDir m_dir;
    LocalbaseProcess m_server;
    QString m_dataDir;
    const QString m_vault =
        QStringLiteral("Chairside-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
};

void TstSyncKill::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(!m_server.start(m_dir.filePath(QStringLiteral("state")), {}, &error).isEmpty(),
             qPrintable(error));
    m_dataDir = m_dir.filePath(QStringLiteral("desk"));
    const Run login =
        chairside({QStringLiteral("login"), QStringLiteral("--email"), kOwner,
                   QStringLiteral("--password-stdin"), QStringLiteral("--backend-url"),
                   m_server.url(), QStringLiteral("--anon-key"), m_server.anonKey(),
                   QStringLiteral("--ca-file"), m_server.caFile()},
                  LocalbaseProcess::password().toUtf8() + '\n');
    QVERIFY2(login.exitCode == 0, login.report().constData());
    QVERIFY(login.out.contains("Signed in as owner@protea.example"));
    // The password and tokens are nowhere in the settings.
    QFile settings(QDir(m_dataDir).filePath(QStringLiteral("settings.ini")));
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray stored = settings.readAll();
    QVERIFY(!stored.contains(LocalbaseProcess::password().toUtf8()));
    QVERIFY(!stored.contains("refresh"));

    const Run first = chairside({QStringLiteral("sync"), QStringLiteral("--once")});
    QVERIFY2(first.exitCode == 0, first.report().constData());
    QVERIFY(QFile::exists(storePath()));
}

void TstSyncKill::cleanupTestCase()
{
    QSqlDatabase::removeDatabase(QStringLiteral("synckill-pg"));
    m_server.stop();
}

QProcessEnvironment TstSyncKill::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CHAIRSIDE_KEYCHAIN_SERVICE"), m_vault);
    return env;
}

Run TstSyncKill::chairside(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(CHAIRSIDE_BINARY),
                  QStringList{QStringLiteral("--data-dir"), m_dataDir} + arguments);
    Run run;
    if (!process.waitForStarted(30000))
        return run;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.crashed = process.exitStatus() != QProcess::NormalExit;
    run.exitCode = run.crashed ? -1 : process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString TstSyncKill::storePath() const
{
    QDirIterator it(QDir(m_dataDir).filePath(QStringLiteral("accounts")),
                    {QStringLiteral("chairside.sqlite")}, QDir::Files,
                    QDirIterator::Subdirectories);
    return it.hasNext() ? it.next() : QString();
}

int TstSyncKill::serverLedgerRows(const QString &reason)
{
    const QString name = QStringLiteral("synckill-pg");
    if (!QSqlDatabase::contains(name)) {
        const QJsonObject pg = m_server.info().value(QStringLiteral("pg")).toObject();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(pg.value(QStringLiteral("host")).toString());
        db.setPort(pg.value(QStringLiteral("port")).toInt());
        db.setDatabaseName(pg.value(QStringLiteral("database")).toString());
        db.setUserName(pg.value(QStringLiteral("user")).toString());
        if (!db.open())
            return -1;
    }
    QSqlQuery query(QSqlDatabase::database(name));
    query.prepare(QStringLiteral("select count(*) from public.loyalty_ledger where reason = ?"));
    query.addBindValue(reason);
    return query.exec() && query.next() ? query.value(0).toInt() : -1;
}

void TstSyncKill::killedAtRandomMomentsLosesNothing()
{
    const QString path = storePath();
    QSqlDatabase db = Database::connectionForThisThread(path);
    QVERIFY(db.isOpen());
    QString userId = path.section(QLatin1Char('/'), -2, -2);
    const auto context = BusinessContext::loadForUser(db, userId);
    QVERIFY(context);
    const LocalActor actor{context->staffId, context->role};
    QString customer;
    {
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral(
            "SELECT id FROM customers WHERE deleted_at IS NULL ORDER BY id LIMIT 1")));
        QVERIFY(query.next());
        customer = query.value(0).toString();
    }

    const int kills = qEnvironmentVariableIntValue("CHAIRSIDE_KILLS") > 0
                          ? qEnvironmentVariableIntValue("CHAIRSIDE_KILLS")
                          : 200;
    QRandomGenerator random(20261202);
    QStringList accepted; // every edit the desk took (committed to its outbox)
    int killedWhilePending = 0;
    for (int round = 0; round < kills; ++round) {
        QProcess watcher;
        watcher.setProcessEnvironment(environment());
        watcher.start(QStringLiteral(CHAIRSIDE_BINARY),
                      {QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("sync"),
                       QStringLiteral("--watch"), QStringLiteral("--poll"), QStringLiteral("0.1")});
        QVERIFY(watcher.waitForStarted(30000));
        // Edits arrive while the watcher starts, pushes and pulls; it is killed at a random
        // moment of that (from right after exec to well into a cycle).
        QTest::qWait(int(random.bounded(300)));
        const int edits = 1 + int(random.bounded(3));
        for (int e = 0; e < edits; ++e) {
            const QString reason = QStringLiteral("kill %1.%2").arg(round).arg(e);
            const OutboxResult result =
                Outbox(db).enqueue(Mutations::awardPoints(customer, 1 + e, reason), actor);
            QVERIFY2(result.ok, qPrintable(result.error));
            accepted << reason;
            QTest::qWait(int(random.bounded(60)));
        }
        QTest::qWait(int(random.bounded(120)));
        if (Outbox(db).pendingCount() > 0)
            ++killedWhilePending;
        watcher.kill(); // SIGKILL
        QVERIFY(watcher.waitForFinished(30000));
        QCOMPARE(watcher.exitStatus(), QProcess::CrashExit);

        if (round % 20 == 19) {
            // The cache still opens and converges after this kill.
            const Run once = chairside({QStringLiteral("sync"), QStringLiteral("--once")});
            QVERIFY2(once.exitCode == 0, once.report().constData());
            const Run audit = chairside({QStringLiteral("status"), QStringLiteral("--audit")});
            QVERIFY2(audit.exitCode == 0, qPrintable(QStringLiteral("round %1: %2 %3")
                                                         .arg(round)
                                                         .arg(QString::fromUtf8(audit.out),
                                                              QString::fromUtf8(audit.err))));
        }
    }
    qInfo("%d kills, %d while edits were waiting to be sent, %lld edits", kills, killedWhilePending,
          qint64(accepted.size()));
    QVERIFY2(killedWhilePending > kills / 10, "some kills happen with edits in flight");

    const Run last = chairside({QStringLiteral("sync"), QStringLiteral("--once")});
    QVERIFY2(last.exitCode == 0, last.report().constData());
    const Run status =
        chairside({QStringLiteral("status"), QStringLiteral("--audit"), QStringLiteral("--json")});
    QVERIFY2(status.exitCode == 0, status.report().constData());
    const QJsonObject report = QJsonDocument::fromJson(status.out).object();
    QCOMPARE(report.value(QStringLiteral("pending_edits")).toInt(-1), 0);
    QCOMPARE(report.value(QStringLiteral("sync_issues")).toInt(-1), 0);
    QVERIFY(
        report.value(QStringLiteral("audit")).toObject().value(QStringLiteral("equal")).toBool());

    QStringList wrong;
    for (const QString &reason : std::as_const(accepted)) {
        const int rows = serverLedgerRows(reason);
        if (rows != 1)
            wrong << QStringLiteral("%1: %2 rows").arg(reason).arg(rows);
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QStringLiteral("; "))));
    db = QSqlDatabase();
    Database::closeForThisThread(path);
}

// The cache file is damaged while three edits wait to be sent: the next start sets the file
// aside, salvages the edits, downloads everything again, sends the edits once and says so.
void TstSyncKill::corruptCacheIsRebuiltAndItsEditsReplayed()
{
    const QString path = storePath();
    QStringList reasons;
    int damagedPage = 0;
    {
        QSqlDatabase db = Database::connectionForThisThread(path);
        QVERIFY(db.isOpen());
        const auto context =
            BusinessContext::loadForUser(db, path.section(QLatin1Char('/'), -2, -2));
        QVERIFY(context);
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral(
            "SELECT id FROM customers WHERE deleted_at IS NULL ORDER BY id LIMIT 1")));
        QVERIFY(query.next());
        const QString customer = query.value(0).toString();
        query.finish();
        for (int i = 0; i < 3; ++i) {
            reasons << QStringLiteral("salvaged %1 %2")
                           .arg(i)
                           .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
            const OutboxResult result =
                Outbox(db).enqueue(Mutations::awardPoints(customer, 2, reasons.last()),
                                   LocalActor{context->staffId, context->role});
            QVERIFY2(result.ok, qPrintable(result.error));
        }
        // The ledger (hundreds of rows by now) is damaged; the small outbox is not.
        QVERIFY(query.exec(
            QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = 'loyalty_ledger'")));
        QVERIFY(query.next());
        damagedPage = query.value(0).toInt();
        query.finish();
        QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    Database::closeForThisThread(path);
    QVERIFY(damagedPage > 1);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(qint64(damagedPage - 1) * 4096));
        QByteArray garbage(4096, '\0');
        for (int i = 0; i < garbage.size(); ++i)
            garbage[i] = char((i * 131 + 7) & 0xff);
        QCOMPARE(file.write(garbage), qint64(garbage.size()));
    }

    const Run sync = chairside({QStringLiteral("sync"), QStringLiteral("--once")});
    QVERIFY2(sync.exitCode == 0, sync.report().constData());
    QVERIFY2(sync.out.contains(".corrupt-"), sync.out.constData()); // the person is told where
    QDir folder = QFileInfo(path).dir();
    const QStringList setAside =
        folder.entryList({QStringLiteral("chairside.sqlite.corrupt-*")}, QDir::Files)
            .filter(QRegularExpression(QStringLiteral("corrupt-\\d{8}-\\d{6}$")));
    QCOMPARE(setAside.size(), 1);
    const Run audit = chairside({QStringLiteral("status"), QStringLiteral("--audit")});
    QVERIFY2(audit.exitCode == 0, audit.report().constData());
    for (const QString &reason : std::as_const(reasons))
        QCOMPARE(serverLedgerRows(reason), 1);
    // The rebuilt cache was downloaded with its indexes set aside; they are all back.
    {
        QSqlDatabase db = Database::connectionForThisThread(path);
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral(
            "SELECT (SELECT count(*) FROM sync_state WHERE key = 'deferred_indexes'), "
            "(SELECT count(*) FROM sqlite_schema WHERE type = 'index' "
            "AND name = 'idx_appointments_business_period')")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        QCOMPARE(query.value(1).toInt(), 1);
    }
    Database::closeForThisThread(path);
}

QTEST_MAIN(TstSyncKill)
#include "tst_synckill.moc"
