// chairside-localbase: a small Supabase look-alike for tests and for trying sync locally.
//   chairside-localbase --state-dir DIR --port N [--seed demo|empty] [--faults]
//                       [--reminders-every SECONDS] [--expiry-every SECONDS]
// Prints one JSON line when ready (url, anon_key, ca_file, jwt_secret, users) and runs until
// SIGTERM/SIGINT, then stops the PostgreSQL cluster it started.

#include "AuthService.h"
#include "Jwt.h"
#include "LocalbaseServer.h"
#include "PgCluster.h"
#include "PgConnections.h"
#include "RealtimeHub.h"
#include "ScheduledJob.h"
#include "ServerContext.h"
#include "TlsMaterial.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSocketNotifier>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslConfiguration>
#include <QTcpServer>

#include <csignal>
#include <cstdio>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <unistd.h>

#ifndef LOCALBASE_SOURCE_DIR
#define LOCALBASE_SOURCE_DIR "."
#endif

using namespace Chairside::Localbase;

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

void fail(const QString &message)
{
    std::fprintf(stderr, "chairside-localbase: %s\n", qPrintable(message));
}

int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

QByteArray readOrCreateSecret(const QString &path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray secret = file.readAll().trimmed();
        if (secret.size() >= 32)
            return secret;
        file.close();
    }
    const QByteArray secret = AuthService::randomToken(48);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.write(secret + '\n');
    }
    return secret;
}

bool execAll(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

QSqlDatabase openAdmin(const QString &name, const QString &database)
{
    const auto settings = PgConnections::settings();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(settings.host);
    db.setPort(settings.port);
    db.setDatabaseName(database);
    db.setUserName(settings.adminUser);
    if (db.open())
        PgConnections::quiet(db);
    return db;
}

// SHA-256 over the migrations and the seed, in file-name order: which schema a database has.
QString schemaFingerprint(const QString &projectDir)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QDir migrations(projectDir + QStringLiteral("/supabase/migrations"));
    QStringList files;
    for (const QString &name :
         migrations.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name))
        files.append(migrations.filePath(name));
    files.append(projectDir + QStringLiteral("/supabase/seed.sql"));
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            hash.addData(QFileInfo(path).fileName().toUtf8());
            hash.addData(file.readAll());
        }
    }
    return QString::fromLatin1(hash.result().toHex());
}

// The users the seed created and the password it gives them (seed.sql: 'chairside-demo-1').
QJsonArray seededUsers(QSqlDatabase &db, const QString &password)
{
    QJsonArray users;
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("select u.email, coalesce(s.role, ''), coalesce(s.business_id::text, '')"
                       " from auth.users u left join public.staff_members s on s.user_id = u.id "
                       "and s.deleted_at is null"
                       " where u.encrypted_password = extensions.crypt(?, u.encrypted_password)"
                       " order by s.business_id nulls last, s.sort_order, u.email"));
    query.addBindValue(password);
    if (!query.exec()) {
        fail(QStringLiteral("cannot list seeded users: %1").arg(query.lastError().text()));
        return users;
    }
    while (query.next()) {
        users.append(QJsonObject{{QStringLiteral("email"), query.value(0).toString()},
                                 {QStringLiteral("password"), password},
                                 {QStringLiteral("role"), query.value(1).toString()},
                                 {QStringLiteral("business_id"), query.value(2).toString()}});
    }
    return users;
}

} // namespace

int main(int argc, char *argv[])
{
    // Tests start us as a child: never outlive them (and leave no PostgreSQL running).
    ::prctl(PR_SET_PDEATHSIG, SIGTERM);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("chairside-localbase"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Supabase-compatible local test server for Chairside"));
    parser.addHelpOption();
    const QCommandLineOption stateDirOption(
        QStringLiteral("state-dir"), QStringLiteral("State directory."), QStringLiteral("dir"));
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("HTTPS port (0: any free port)."),
                                        QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("demo or empty."),
                                        QStringLiteral("kind"), QStringLiteral("demo"));
    const QCommandLineOption faultsOption(QStringLiteral("faults"),
                                          QStringLiteral("Enable the /__faults control endpoint."));
    const QCommandLineOption tlsDirOption(
        QStringLiteral("tls-dir"),
        QStringLiteral("Directory of the test CA and certificate (default DIR/tls)."),
        QStringLiteral("dir"));
    const QCommandLineOption initTlsOption(
        QStringLiteral("init-tls"),
        QStringLiteral("Only create the TLS material in --tls-dir and exit."));
    const QCommandLineOption maxRowsOption(QStringLiteral("max-rows"),
                                           QStringLiteral("PostgREST max-rows."),
                                           QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption jwtExpOption(QStringLiteral("jwt-exp"),
                                          QStringLiteral("Access token lifetime (s)."),
                                          QStringLiteral("seconds"), QStringLiteral("3600"));
    const QCommandLineOption reuseOption(QStringLiteral("refresh-reuse-interval"),
                                         QStringLiteral("Refresh token reuse interval (s)."),
                                         QStringLiteral("seconds"), QStringLiteral("10"));
    const QCommandLineOption threadsOption(QStringLiteral("threads"),
                                           QStringLiteral("Worker threads."), QStringLiteral("n"),
                                           QStringLiteral("8"));
    const QCommandLineOption projectOption(
        QStringLiteral("project-dir"),
        QStringLiteral("Chairside source tree (supabase/, scripts/)."), QStringLiteral("dir"),
        QStringLiteral(LOCALBASE_SOURCE_DIR));
    const QCommandLineOption remindersOption(
        QStringLiteral("reminders-every"),
        QStringLiteral("Run public.queue_due_reminders() every N seconds (pg_cron's job on a "
                       "hosted project; 0: never, the default)."),
        QStringLiteral("seconds"), QStringLiteral("0"));
    const QCommandLineOption expiryOption(
        QStringLiteral("expiry-every"),
        QStringLiteral("Run public.expire_loyalty_points() every N seconds (pg_cron's hourly job "
                       "on a hosted project; 0: never, the default)."),
        QStringLiteral("seconds"), QStringLiteral("0"));
    parser.addOptions({stateDirOption, portOption, seedOption, faultsOption, tlsDirOption,
                       initTlsOption, maxRowsOption, jwtExpOption, reuseOption, threadsOption,
                       projectOption, remindersOption, expiryOption});
    parser.process(app);

    QString error;
    if (parser.isSet(initTlsOption)) {
        if (!parser.isSet(tlsDirOption)) {
            fail(QStringLiteral("--init-tls needs --tls-dir"));
            return 2;
        }
        if (!TlsMaterial::ensure(QDir(parser.value(tlsDirOption)).absolutePath(), &error)) {
            fail(error);
            return 1;
        }
        return 0;
    }
    if (!parser.isSet(stateDirOption)) {
        fail(QStringLiteral("--state-dir is required"));
        return 2;
    }
    const QString seed = parser.value(seedOption);
    if (seed != QStringLiteral("demo") && seed != QStringLiteral("empty")) {
        fail(QStringLiteral("--seed must be demo or empty"));
        return 2;
    }
    bool ok = false;
    const int port = parser.value(portOption).toInt(&ok);
    if (!ok || port < 0 || port > 65535) {
        fail(QStringLiteral("invalid --port"));
        return 2;
    }
    const double remindersEvery = parser.value(remindersOption).toDouble(&ok);
    if (!ok || remindersEvery < 0 || remindersEvery > 86400) {
        fail(QStringLiteral("invalid --reminders-every"));
        return 2;
    }
    const double expiryEvery = parser.value(expiryOption).toDouble(&ok);
    if (!ok || expiryEvery < 0 || expiryEvery > 86400) {
        fail(QStringLiteral("invalid --expiry-every"));
        return 2;
    }

    const QString stateDir = QDir(parser.value(stateDirOption)).absolutePath();
    if (!QDir().mkpath(stateDir)) {
        fail(QStringLiteral("cannot create %1").arg(stateDir));
        return 1;
    }
    // PostgreSQL runs as user postgres when we are root: it must be able to reach DIR/pg.
    QFile::setPermissions(stateDir, QFile::permissions(stateDir) | QFileDevice::ExeOther
                                        | QFileDevice::ExeGroup);
    if (::geteuid() == 0) {
        // pg-cluster.sh runs PostgreSQL as user postgres, which must reach DIR/pg.
        const int reachable = QProcess::execute(QStringLiteral("runuser"),
                                                {QStringLiteral("-u"), QStringLiteral("postgres"),
                                                 QStringLiteral("--"), QStringLiteral("test"),
                                                 QStringLiteral("-x"), stateDir});
        if (reachable != 0) {
            fail(QStringLiteral("user postgres cannot enter %1: make it and its parents "
                                "traversable (chmod o+x)")
                     .arg(stateDir));
            return 1;
        }
    }
    const QString projectDir = QDir(parser.value(projectOption)).absolutePath();
    const QString tlsDir = parser.isSet(tlsDirOption)
                               ? QDir(parser.value(tlsDirOption)).absolutePath()
                               : stateDir + QStringLiteral("/tls");

    ServerContext context;
    context.faultsEnabled = parser.isSet(faultsOption);
    context.maxRows = std::max(1, parser.value(maxRowsOption).toInt());
    context.jwtExpirySeconds = std::max(1, parser.value(jwtExpOption).toInt());
    context.refreshReuseSeconds = std::max(0, parser.value(reuseOption).toInt());
    context.jwtSecret = readOrCreateSecret(stateDir + QStringLiteral("/jwt_secret"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 tenYears = 10LL * 365 * 24 * 3600;
    context.anonKey = Jwt::sign(QJsonObject{{QStringLiteral("iss"), QStringLiteral("supabase")},
                                            {QStringLiteral("ref"), QStringLiteral("localbase")},
                                            {QStringLiteral("role"), QStringLiteral("anon")},
                                            {QStringLiteral("iat"), now},
                                            {QStringLiteral("exp"), now + tenYears}},
                                context.jwtSecret);
    context.serviceKey =
        Jwt::sign(QJsonObject{{QStringLiteral("iss"), QStringLiteral("supabase")},
                              {QStringLiteral("ref"), QStringLiteral("localbase")},
                              {QStringLiteral("role"), QStringLiteral("service_role")},
                              {QStringLiteral("iat"), now},
                              {QStringLiteral("exp"), now + tenYears}},
                  context.jwtSecret);

    QSslConfiguration ssl;
    if (!TlsMaterial::ensure(tlsDir, &error) || !TlsMaterial::load(tlsDir, &ssl, &error)) {
        fail(error);
        return 1;
    }

    // Signals: handled through the event loop so shutdown always stops PostgreSQL.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0) {
        fail(QStringLiteral("socketpair failed"));
        return 1;
    }
    QSocketNotifier signalNotifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&signalNotifier, &QSocketNotifier::activated, &app, [] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(signalPipe[0], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGHUP, &action, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    const QString pgDir = stateDir + QStringLiteral("/pg");
    PgCluster cluster(projectDir + QStringLiteral("/scripts/pg-cluster.sh"), pgDir);
    // A port found free can be taken by another process (a test running beside this one)
    // before PostgreSQL binds it: then try another.
    int pgPort = 0;
    for (int attempt = 0; attempt < 5; ++attempt) {
        error.clear();
        pgPort = freePort();
        if (pgPort != 0 && cluster.start(pgPort, &error))
            break;
        pgPort = 0;
        if (!error.contains(QLatin1String("Address already in use")))
            break;
    }
    if (pgPort == 0) {
        fail(error.isEmpty() ? QStringLiteral("no free port for PostgreSQL") : error);
        return 1;
    }
    PgConnections::configure({QStringLiteral("127.0.0.1"), pgPort, QStringLiteral("chairside"),
                              QStringLiteral("authenticator"), QStringLiteral("postgres")});

    int exitCode = 0;
    {
        std::unique_ptr<LocalbaseServer> server;
        std::unique_ptr<ScheduledJob> reminders;
        std::unique_ptr<ScheduledJob> expiry;
        const QString marker = pgDir + QStringLiteral("/localbase-database.json");
        // The database is rebuilt when the migrations or the seed changed since it was made (a
        // state dir kept across `git pull`s would otherwise lack new functions).
        const QString schemaKey = schemaFingerprint(projectDir);
        const auto markerMatches = [&] {
            QFile file(marker);
            if (!file.open(QIODevice::ReadOnly))
                return false;
            const QJsonObject made = QJsonDocument::fromJson(file.readAll()).object();
            return made.value(QStringLiteral("seed")).toString() == seed
                   && made.value(QStringLiteral("schema")).toString() == schemaKey;
        };
        auto setUp = [&]() -> bool {
            if (!markerMatches()) {
                {
                    QSqlDatabase maintenance = openAdmin(QStringLiteral("localbase-maintenance"),
                                                         QStringLiteral("postgres"));
                    if (!maintenance.isOpen()
                        || !execAll(maintenance,
                                    QStringLiteral("drop database if exists chairside"), &error)) {
                        error = QStringLiteral("cannot prepare the database: %1")
                                    .arg(error.isEmpty() ? maintenance.lastError().text() : error);
                    }
                    maintenance.close();
                }
                QSqlDatabase::removeDatabase(QStringLiteral("localbase-maintenance"));
                if (!error.isEmpty())
                    return false;
                if (!cluster.createDatabase(pgPort, QStringLiteral("chairside"),
                                            seed == QStringLiteral("demo"), &error))
                    return false;
                QFile file(marker);
                if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
                    file.write(QJsonDocument(QJsonObject{{QStringLiteral("seed"), seed},
                                                         {QStringLiteral("schema"), schemaKey}})
                                   .toJson());
            }
            QJsonArray users;
            {
                QSqlDatabase admin =
                    openAdmin(QStringLiteral("localbase-setup"), QStringLiteral("chairside"));
                if (!admin.isOpen()) {
                    error = admin.lastError().text();
                } else if (execAll(admin, AuthService::bootstrapSql(), &error)
                           && execAll(admin, RealtimeHub::triggerSql(), &error)) {
                    const QString schemaError = context.schema.load(admin);
                    if (!schemaError.isEmpty())
                        error = schemaError;
                    users = seededUsers(admin, QStringLiteral("chairside-demo-1"));
                }
                admin.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("localbase-setup"));
            if (!error.isEmpty())
                return false;

            server = std::make_unique<LocalbaseServer>(
                context, std::max(2, parser.value(threadsOption).toInt()));
            server->sslSetup(ssl);
            const quint16 bound = server->listen(QHostAddress::LocalHost, quint16(port));
            if (bound == 0) {
                error = QStringLiteral("cannot listen on 127.0.0.1:%1").arg(port);
                return false;
            }
            context.publicUrl = QStringLiteral("https://127.0.0.1:%1").arg(bound);
            if (!server->realtime()->startListening(&error))
                return false;
            if (remindersEvery > 0) {
                reminders = std::make_unique<ScheduledJob>(
                    QStringLiteral("reminders"),
                    QStringLiteral("select public.queue_due_reminders()"), QStringLiteral("queued"),
                    std::chrono::milliseconds(
                        std::max<qint64>(100, qint64(remindersEvery * 1000))));
                reminders->start();
            }
            if (expiryEvery > 0) {
                expiry = std::make_unique<ScheduledJob>(
                    QStringLiteral("loyalty expiry"),
                    QStringLiteral("select public.expire_loyalty_points()"),
                    QStringLiteral("customers with expired points:"),
                    std::chrono::milliseconds(std::max<qint64>(100, qint64(expiryEvery * 1000))));
                expiry->start();
            }

            const QJsonObject ready{
                {QStringLiteral("url"), context.publicUrl},
                {QStringLiteral("anon_key"), QString::fromLatin1(context.anonKey)},
                {QStringLiteral("ca_file"), QString(tlsDir + QStringLiteral("/ca.pem"))},
                {QStringLiteral("jwt_secret"), QString::fromLatin1(context.jwtSecret)},
                {QStringLiteral("users"), users},
                // For tests that need a second PostgreSQL session of their own (as superuser).
                {QStringLiteral("pg"),
                 QJsonObject{{QStringLiteral("host"), PgConnections::settings().host},
                             {QStringLiteral("port"), PgConnections::settings().port},
                             {QStringLiteral("database"), PgConnections::settings().database},
                             {QStringLiteral("user"), PgConnections::settings().adminUser}}}};
            const QByteArray line = QJsonDocument(ready).toJson(QJsonDocument::Compact) + '\n';
            std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
            std::fflush(stdout);
            return true;
        };
        if (setUp()) {
            exitCode = QCoreApplication::exec();
        } else {
            fail(error);
            exitCode = 1;
        }
        reminders.reset(); // before PostgreSQL goes away
        expiry.reset();
        if (server)
            server->shutdown();
    }
    cluster.stop();
    return exitCode;
}
