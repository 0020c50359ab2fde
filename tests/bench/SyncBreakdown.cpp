#include "BenchCommands.h"
#include "remote/BackendConfig.h"
#include "remote/Session.h"
#include "remote/SupabaseRpcClient.h"
#include "remote/TlsSetup.h"
#include "remote/TokenVault.h"
#include "store/Database.h"
#include "sync/Outbox.h"
#include "sync/PullApplier.h"
#include "sync/PullPage.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <QTimer>

#include <vector>

namespace Chairside::Bench {

namespace {

double seconds(qint64 ns)
{
    return double(ns) / 1e9;
}

struct Totals
{
    qint64 pages = 0, rows = 0, bytes = 0;
    qint64 loopNs = 0;  // the whole pull as SyncEngine does it
    qint64 rpcNs = 0;   // call() until the answer is handed over: localbase, TLS, Qt network
    qint64 parseNs = 0; // PullPage::parse
    qint64 applyNs = 0; // PullApplier::apply with the engine's afterRows (outbox re-apply)
    qint64 pgNs = 0;    // the same sync_pull_page calls straight in PostgreSQL (replay)
    qint64 pgPages = 0;
};

// Replays the recorded sync_pull_page requests in PostgreSQL as the signed-in user would make them
// through localbase (role authenticated, the user's claims, one read-only transaction each), so
// the database's share of the request time is known.
bool replayInPostgres(const QStringList &args, const QString &userId,
                      const std::vector<QByteArray> &requests, Totals *totals, QString *error)
{
    const QString connection = QStringLiteral("bench-pg");
    bool ok = true;
    {
        QSqlDatabase pg = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        pg.setHostName(optionValue(args, QStringLiteral("--pg-host"), QStringLiteral("127.0.0.1")));
        pg.setPort(optionValue(args, QStringLiteral("--pg-port")).toInt());
        pg.setDatabaseName(
            optionValue(args, QStringLiteral("--pg-database"), QStringLiteral("chairside")));
        pg.setUserName(optionValue(args, QStringLiteral("--pg-user"), QStringLiteral("postgres")));
        if (!pg.open()) {
            *error = pg.lastError().text();
            ok = false;
        }
        const QString claims = QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("sub"), userId},
                                      {QStringLiteral("role"), QStringLiteral("authenticated")}})
                .toJson(QJsonDocument::Compact));
        QElapsedTimer clock;
        for (const QByteArray &request : requests) {
            if (!ok)
                break;
            const QJsonObject body = QJsonDocument::fromJson(request).object();
            const QJsonValue cursor = body.value(QStringLiteral("cursor"));
            const QVariant cursorText =
                cursor.isObject() ? QVariant(QString::fromUtf8(
                    QJsonDocument(cursor.toObject()).toJson(QJsonDocument::Compact)))
                                  : QVariant(QMetaType(QMetaType::QString));
            clock.start();
            QSqlQuery query(pg);
            ok = query.exec(QStringLiteral("begin isolation level read committed read only"));
            if (ok) {
                query.prepare(
                    QStringLiteral("select set_config('search_path', 'public, extensions', true),"
                                   " set_config('role', 'authenticated', true),"
                                   " set_config('request.jwt.claims', ?, true)"));
                query.addBindValue(claims);
                ok = query.exec();
            }
            if (ok) {
                query.prepare(QStringLiteral("select public.sync_pull_page(?::jsonb, ?)::text"));
                query.addBindValue(cursorText);
                query.addBindValue(body.value(QStringLiteral("page_size")).toInt());
                ok = query.exec() && query.next() && !query.value(0).toString().isEmpty();
            }
            if (!ok)
                *error = query.lastError().text();
            query.finish();
            QSqlQuery(pg).exec(QStringLiteral("commit"));
            totals->pgNs += clock.nsecsElapsed();
            ++totals->pgPages;
        }
        pg.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

} // namespace

// A first sync done step by step with the very classes SyncService/SyncEngine use, in the same
// order (SyncEngine::pullNext / onPulled): sync_pull_page (GET) through SupabaseRpcClient with a
// fresh access token from Session, PullPage::parse, PullApplier::apply with the outbox re-apply
// inside the transaction, next page. Each step is timed; nothing else runs meanwhile.
int breakdown(const QStringList &args)
{
    BackendConfig backend;
    backend.url = QUrl(optionValue(args, QStringLiteral("--url")));
    backend.anonKey = optionValue(args, QStringLiteral("--anon-key"));
    backend.caFile = optionValue(args, QStringLiteral("--ca-file"));
    const QString email = optionValue(args, QStringLiteral("--email"));
    const QString storePath = optionValue(args, QStringLiteral("--store"));
    const int pageSize =
        optionValue(args, QStringLiteral("--page-size"), QStringLiteral("500")).toInt();
    if (!backend.isValid() || email.isEmpty() || storePath.isEmpty() || pageSize < 1
        || !hasOption(args, QStringLiteral("--password-stdin")))
        return failWith(QStringLiteral("usage: breakdown --url U --anon-key K --ca-file CA "
                                       "--email E --password-stdin --store NEW [--page-size N] "
                                       "[--pg-host H --pg-port P --pg-database D --pg-user U]"));
    const QString password = QTextStream(stdin).readLine();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(storePath + suffix);

    QString error;
    const auto ssl = TlsSetup::configuration(backend.caFile, &error);
    if (!ssl)
        return failWith(error);
    QNetworkAccessManager network;
    const QString service = qEnvironmentVariable("CHAIRSIDE_KEYCHAIN_SERVICE");
    TokenVault vault(service.isEmpty() ? QStringLiteral("Chairside-bench") : service);
    Session session(backend, *ssl, &network, &vault);
    SupabaseRpcClient rpc(backend, *ssl, &network, &session);

    {
        QEventLoop wait;
        QObject::connect(&session, &Session::signedIn, &wait, [&wait] { wait.quit(); });
        QObject::connect(&session, &Session::signInFailed, &wait,
                         [&wait, &error](const QString &message) {
                             error = message;
                             wait.quit();
                         });
        session.signIn(email, password);
        wait.exec();
        if (!session.isSignedIn())
            return failWith(QStringLiteral("sign-in failed: %1").arg(error));
    }

    Totals totals;
    std::vector<QByteArray> requests;
    {
        std::optional<StoreError> openError;
        QSqlDatabase db = Database::connectionForThisThread(storePath, &openError);
        if (openError)
            return failWith(openError->message);

        PullApplier::Options options;
        options.afterRows = [](QSqlDatabase &connection, const QSet<QString> &) {
            return Outbox(connection).reapplyPending();
        };
        QByteArray cursor;
        QElapsedTimer loopClock, clock;
        loopClock.start();
        for (;;) {
            QJsonObject request{{QStringLiteral("page_size"), pageSize}};
            request.insert(QStringLiteral("cursor"),
                           cursor.isEmpty() ? QJsonValue(QJsonValue::Null)
                                            : QJsonValue(QJsonDocument::fromJson(cursor).object()));
            const QByteArray body = QJsonDocument(request).toJson(QJsonDocument::Compact);
            requests.push_back(body);

            clock.start();
            RpcResult answer;
            {
                QEventLoop wait;
                rpc.callReadOnly(
                    QStringLiteral("sync_pull_page"), request,
                    [&wait, &answer](RpcResult result) {
                        answer = std::move(result);
                        wait.quit();
                    },
                    {}, RpcChannel::Body::Raw);
                wait.exec();
            }
            totals.rpcNs += clock.nsecsElapsed();
            if (!answer.isOk())
                return failWith(QStringLiteral("sync_pull_page failed: %1").arg(answer.message));
            totals.bytes += answer.body.size();

            clock.start();
            const PullPage::Parsed parsed = PullPage::parse(answer.body);
            totals.parseNs += clock.nsecsElapsed();
            if (!parsed.page)
                return failWith(parsed.error);

            clock.start();
            // SyncEngine::onPulled makes a new PullApplier for every page; so does this.
            const PullApplier::Result applied = PullApplier(db).apply(*parsed.page, options);
            totals.applyNs += clock.nsecsElapsed();
            if (!applied.ok())
                return failWith(QStringLiteral("apply failed: %1").arg(applied.error));

            ++totals.pages;
            totals.rows += applied.rows;
            cursor = parsed.page->cursor;
            if (!parsed.page->hasMore)
                break;
        }
        totals.loopNs += loopClock.nsecsElapsed();
        db = QSqlDatabase();
    }
    Database::closeForThisThread(storePath);

    if (hasOption(args, QStringLiteral("--pg-port"))
        && !replayInPostgres(args, session.userId(), requests, &totals, &error))
        return failWith(QStringLiteral("replay in PostgreSQL failed: %1").arg(error));

    // Leave no keychain write behind (the rotated refresh token).
    for (int i = 0; i < 100 && session.pendingVaultWrites() > 0; ++i) {
        QEventLoop wait;
        QTimer::singleShot(50, &wait, &QEventLoop::quit);
        wait.exec();
    }

    printJson(QJsonObject{{QStringLiteral("page_size"), pageSize},
                          {QStringLiteral("pages"), totals.pages},
                          {QStringLiteral("rows"), totals.rows},
                          {QStringLiteral("bytes"), totals.bytes},
                          {QStringLiteral("loop_seconds"), seconds(totals.loopNs)},
                          {QStringLiteral("rpc_seconds"), seconds(totals.rpcNs)},
                          {QStringLiteral("parse_seconds"), seconds(totals.parseNs)},
                          {QStringLiteral("apply_seconds"), seconds(totals.applyNs)},
                          {QStringLiteral("pg_seconds"), seconds(totals.pgNs)},
                          {QStringLiteral("pg_pages"), totals.pgPages}});
    return 0;
}

} // namespace Chairside::Bench
