// The remote/ layer against chairside-localbase over verified TLS (no mocks): configuration
// checks, TLS, the Auth session with its single-flight refresh and keychain-only refresh token,
// the PostgREST RPC client's outcome mapping (401 retry once, 429, 5xx, truncation, drops,
// timeouts) and Realtime change signals. Needs the Secret Service: run under
// scripts/run-tests.sh.

#include "LocalbaseProcess.h"
#include "remote/AuthClient.h"
#include "remote/BackendConfig.h"
#include "remote/RealtimeClient.h"
#include "remote/Session.h"
#include "remote/SupabaseRpcClient.h"
#include "remote/TlsSetup.h"
#include "remote/TokenVault.h"
#include "store/AppSettings.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
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

QString anonLikeKey(const QString &role)
{
    const auto url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
    return QString::fromLatin1(
        QByteArrayLiteral(R"({"alg":"HS256","typ":"JWT"})").toBase64(url) + '.'
        + QJsonDocument(QJsonObject{{QStringLiteral("iss"), QStringLiteral("supabase")},
                                    {QStringLiteral("role"), role},
                                    {QStringLiteral("exp"), 4102444800LL}})
              .toJson(QJsonDocument::Compact)
              .toBase64(url)
        + ".c2lnbmF0dXJl");
}

} // namespace

class TstRemote final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void configValidation();
    void configFromSettings();
    void tlsSetupErrors();
    void tlsWithoutTheCaFails();
    void wrongPasswordIsASentence();
    void signInAndCurrentStaff();
    void unauthorizedOnceIsRetriedOnce();
    void persistentUnauthorizedDoesNotLoop();
    void rateLimitAndServerErrors();
    void truncatedDroppedAndSlowReplies();
    void requestErrorsCarryTheCode();
    void signedOutCallsAreRefused();
    void signOutRevokesAndErasesTheVault();
    void restoreFromTheVaultAcrossSessions();
    void refusedRefreshSignsOut();
    void networkFailureDuringRefreshKeepsTheSession();
    void realtimeSignalsChanges();
    // On a second server whose access tokens live 4 s.
    void concurrentCallersShareOneRefresh();
    void expiredTokenIsRefreshedOnceBeforeTheCall();
    void timerRefreshesAheadOfExpiry();

private:
    BackendConfig config() const;
    std::unique_ptr<Session> newSession();
    bool signIn(Session &session, const QString &email);
    RpcResult rpc(SupabaseRpcClient &client, const QString &function, const QByteArray &body);
    TokenResult freshToken(Session &session);
    VaultResult vaultRead(const QString &key);
    void useShortLivedServer();
    std::unique_ptr<SupabaseRpcClient> newClient(Session &session)
    {
        return std::make_unique<SupabaseRpcClient>(config(), m_ssl, &m_network, &session);
    }

    QTemporaryDir m_dir;
    LocalbaseProcess m_server;
    LocalbaseProcess m_shortServer;
    LocalbaseProcess *m_active = &m_server;
    QNetworkAccessManager m_network;
    QSslConfiguration m_ssl;
    // A keychain service of its own so a developer's real entries are never touched.
    TokenVault m_vault{QStringLiteral("Chairside-test-")
                       + QUuid::createUuid().toString(QUuid::WithoutBraces)};
};

void TstRemote::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    const QJsonObject info = m_server.start(m_dir.filePath(QStringLiteral("state")),
                                            {QStringLiteral("--refresh-reuse-interval"),
                                             QStringLiteral("0"), QStringLiteral("--faults")},
                                            &error);
    QVERIFY2(!info.isEmpty(), qPrintable(error));
    const auto ssl = TlsSetup::configuration(m_server.caFile(), &error);
    QVERIFY2(ssl.has_value(), qPrintable(error));
    m_ssl = *ssl;

    // The vault must work here, or every sign-in test would only half run.
    std::optional<VaultResult> probe;
    m_vault.write(QStringLiteral("probe"), QStringLiteral("x"),
                  [&probe](const VaultResult &result) { probe = result; });
    QTRY_VERIFY_WITH_TIMEOUT(probe.has_value(), 30000);
    QVERIFY2(probe->isOk(),
             qPrintable(QStringLiteral("run under scripts/run-tests.sh: ") + probe->message));
}

void TstRemote::cleanupTestCase()
{
    m_shortServer.stop();
    m_server.stop();
}

void TstRemote::cleanup()
{
    if (m_active->info().isEmpty())
        return;
    QString error;
    QVERIFY2(m_active->clearFaults(&error), qPrintable(error));
}

BackendConfig TstRemote::config() const
{
    return BackendConfig{QUrl(m_active->url()), m_active->anonKey(), m_active->caFile()};
}

std::unique_ptr<Session> TstRemote::newSession()
{
    return std::make_unique<Session>(config(), m_ssl, &m_network, &m_vault);
}

bool TstRemote::signIn(Session &session, const QString &email)
{
    QSignalSpy signedIn(&session, &Session::signedIn);
    QSignalSpy failed(&session, &Session::signInFailed);
    session.signIn(email, LocalbaseProcess::password());
    if (!QTest::qWaitFor([&] { return !signedIn.isEmpty() || !failed.isEmpty(); }, 30000))
        return false;
    if (!failed.isEmpty())
        qWarning("sign-in failed: %s", qPrintable(failed.first().first().toString()));
    return !signedIn.isEmpty() && session.isSignedIn();
}

RpcResult TstRemote::rpc(SupabaseRpcClient &client, const QString &function, const QByteArray &body)
{
    std::optional<RpcResult> answer;
    int answers = 0;
    client.call(function, body, [&](const RpcResult &result) {
        answer = result;
        ++answers;
    });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 60000)) {
        RpcResult none;
        none.message = QStringLiteral("no answer");
        return none;
    }
    QTest::qWait(50); // a second answer would be a bug
    if (answers != 1)
        qWarning("done was called %d times", answers);
    return answers == 1 ? *answer : RpcResult{};
}

TokenResult TstRemote::freshToken(Session &session)
{
    std::optional<TokenResult> answer;
    session.withFreshToken([&answer](const TokenResult &result) { answer = result; });
    [[maybe_unused]] const bool answered =
        QTest::qWaitFor([&] { return answer.has_value(); }, 30000);
    return answer.value_or(TokenResult{RpcResult::Status::Timeout, {}, {}});
}

VaultResult TstRemote::vaultRead(const QString &key)
{
    std::optional<VaultResult> answer;
    m_vault.read(key, [&answer](const VaultResult &result) { answer = result; });
    [[maybe_unused]] const bool answered =
        QTest::qWaitFor([&] { return answer.has_value(); }, 30000);
    return answer.value_or(VaultResult{});
}

void TstRemote::useShortLivedServer()
{
    if (m_active == &m_shortServer)
        return;
    QString error;
    const QJsonObject info = m_shortServer.start(m_dir.filePath(QStringLiteral("short")),
                                                 {QStringLiteral("--jwt-exp"), QStringLiteral("4"),
                                                  QStringLiteral("--refresh-reuse-interval"),
                                                  QStringLiteral("0"), QStringLiteral("--faults")},
                                                 &error);
    QVERIFY2(!info.isEmpty(), qPrintable(error));
    const auto ssl = TlsSetup::configuration(m_shortServer.caFile(), &error);
    QVERIFY2(ssl.has_value(), qPrintable(error));
    m_ssl = *ssl;
    m_active = &m_shortServer;
}

void TstRemote::configValidation()
{
    const QString anon = anonLikeKey(QStringLiteral("anon"));
    const QUrl https(QStringLiteral("https://abc.supabase.co"));
    QVERIFY2(BackendConfig({https, anon, {}}).isValid(),
             qPrintable(BackendConfig({https, anon, {}}).validate()));
    QVERIFY(BackendConfig({https, QStringLiteral("sb_publishable_abc123"), {}}).isValid());

    const QString http =
        BackendConfig({QUrl(QStringLiteral("http://abc.supabase.co")), anon, {}}).validate();
    QVERIFY(http.contains(QStringLiteral("https://")));
    QVERIFY(!BackendConfig({QUrl(QStringLiteral("http://127.0.0.1:8080")), anon, {}}).isValid());
    QVERIFY(!BackendConfig({QUrl(QStringLiteral("https://")), anon, {}}).isValid());
    QVERIFY(!BackendConfig({QUrl(), anon, {}}).isValid());

    const QString service =
        BackendConfig({https, anonLikeKey(QStringLiteral("service_role")), {}}).validate();
    QVERIFY(service.contains(QStringLiteral("service-role")));
    const QString secret =
        BackendConfig({https, QStringLiteral("sb_secret_abc123"), {}}).validate();
    QVERIFY(secret.contains(QStringLiteral("secret key")));
    QVERIFY(!BackendConfig({https, anonLikeKey(QStringLiteral("authenticated")), {}}).isValid());
    QVERIFY(!BackendConfig({https, QStringLiteral("not-a-key"), {}}).isValid());
    QVERIFY(!BackendConfig({https, QString(), {}}).isValid());

    // The real server's key passes too.
    QVERIFY2(config().isValid(), qPrintable(config().validate()));
    QCOMPARE(BackendConfig({https, anon, {}}).hostKey(), QStringLiteral("abc.supabase.co"));
    QCOMPARE(BackendConfig({https, anon, {}}).endpoint(QStringLiteral("/rest/v1/rpc/x")),
             QUrl(QStringLiteral("https://abc.supabase.co/rest/v1/rpc/x")));
}

void TstRemote::configFromSettings()
{
    QSettings qsettings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    AppSettings settings(&qsettings);
    settings.setBackendUrl(QUrl(m_server.url()));
    settings.setAnonKey(m_server.anonKey());
    settings.setCaCertificateFile(m_server.caFile());
    settings.setLastSignInEmail(kOwner);
    const BackendConfig loaded = BackendConfig::fromSettings(settings);
    QCOMPARE(loaded.url, QUrl(m_server.url()));
    QCOMPARE(loaded.anonKey, m_server.anonKey());
    QCOMPARE(loaded.caFile, m_server.caFile());
    QVERIFY(loaded.isValid());
    QCOMPARE(settings.lastSignInEmail(), kOwner);
}

void TstRemote::tlsSetupErrors()
{
    QString error;
    QVERIFY(!TlsSetup::configuration(m_dir.filePath(QStringLiteral("missing.pem")), &error));
    QVERIFY(error.contains(QStringLiteral("cannot be read")));
    QFile junk(m_dir.filePath(QStringLiteral("junk.pem")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("not a certificate\n");
    junk.close();
    error.clear();
    QVERIFY(!TlsSetup::configuration(junk.fileName(), &error));
    QVERIFY(error.contains(QStringLiteral("no certificate")));
    const auto system = TlsSetup::configuration({}, &error);
    QVERIFY(system.has_value());
    QCOMPARE(system->peerVerifyMode(), QSslSocket::VerifyPeer);
    QCOMPARE(m_ssl.peerVerifyMode(), QSslSocket::VerifyPeer);
}

void TstRemote::tlsWithoutTheCaFails()
{
    // System CAs only: the test CA is unknown, so the handshake must fail, never be bypassed.
    QString error;
    const auto systemOnly = TlsSetup::configuration({}, &error);
    QVERIFY(systemOnly.has_value());
    // A manager of its own: QNetworkAccessManager reuses connections per host regardless of the
    // TLS settings of the request (the app uses one configuration per manager).
    QNetworkAccessManager untrustedNetwork;
    AuthClient untrusted(config(), *systemOnly, &untrustedNetwork);
    std::optional<AuthResult> refused;
    untrusted.signInWithPassword(kOwner, LocalbaseProcess::password(),
                                 [&refused](const AuthResult &result) { refused = result; });
    QTRY_VERIFY_WITH_TIMEOUT(refused.has_value(), 30000);
    QCOMPARE(refused->status, AuthResult::Status::TlsError);
    QCOMPARE(refused->rpcStatus(), RpcResult::Status::TlsError);
    QVERIFY(refused->message.contains(QStringLiteral("certificate")));

    AuthClient trusted(config(), m_ssl, &m_network);
    std::optional<AuthResult> accepted;
    trusted.signInWithPassword(kOwner, LocalbaseProcess::password(),
                               [&accepted](const AuthResult &result) { accepted = result; });
    QTRY_VERIFY_WITH_TIMEOUT(accepted.has_value(), 30000);
    QVERIFY2(accepted->isOk(), qPrintable(accepted->message));
    QCOMPARE(accepted->session.email, kOwner);
    QVERIFY(!accepted->session.userId.isEmpty());
    QVERIFY(accepted->session.expiresIn > 0);
    QVERIFY(accepted->session.localExpiry > QDateTime::currentDateTimeUtc());

    // An RPC with a session that signed in fine but a client without the CA: TlsError too.
    auto session = newSession();
    QVERIFY(signIn(*session, kOwner));
    SupabaseRpcClient client(config(), *systemOnly, &untrustedNetwork, session.get());
    QCOMPARE(rpc(client, QStringLiteral("current_staff"), "{}").status,
             RpcResult::Status::TlsError);
}

void TstRemote::wrongPasswordIsASentence()
{
    AuthClient auth(config(), m_ssl, &m_network);
    std::optional<AuthResult> result;
    auth.signInWithPassword(kOwner, QStringLiteral("not-the-password"),
                            [&result](const AuthResult &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
    QCOMPARE(result->status, AuthResult::Status::InvalidCredentials);
    QCOMPARE(result->code, QStringLiteral("invalid_credentials"));
    QCOMPARE(result->message, QStringLiteral("Wrong e-mail or password."));

    auto session = newSession();
    QSignalSpy failed(session.get(), &Session::signInFailed);
    session->signIn(QStringLiteral("nobody@protea.example"), QStringLiteral("whatever"));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30000);
    QCOMPARE(failed.first().at(0).toString(), QStringLiteral("Wrong e-mail or password."));
    QCOMPARE(failed.first().at(1).toBool(), false);
    QCOMPARE(session->state(), Session::State::SignedOut);
}

void TstRemote::signInAndCurrentStaff()
{
    auto session = newSession();
    QSignalSpy signedIn(session.get(), &Session::signedIn);
    QSignalSpy states(session.get(), &Session::stateChanged);
    session->signIn(QStringLiteral("  Owner@Protea.example "), LocalbaseProcess::password());
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 30000);
    QCOMPARE(signedIn.first().at(1).toString(), kOwner);
    QCOMPARE(signedIn.first().at(0).toString(), session->userId());
    QCOMPARE(states.size(), 2); // SigningIn, SignedIn
    QCOMPARE(session->state(), Session::State::SignedIn);

    auto client = newClient(*session);
    std::optional<RpcResult> staff;
    client->currentStaff([&staff](const RpcResult &result) { staff = result; });
    QTRY_VERIFY_WITH_TIMEOUT(staff.has_value(), 30000);
    QVERIFY2(staff->isOk(), qPrintable(staff->message));
    QCOMPARE(staff->httpStatus, 200);
    const QJsonObject row = QJsonDocument::fromJson(staff->body).object();
    // The answer comes parsed as well, so a large one (a sync page) is parsed once.
    QVERIFY(staff->json.isObject());
    QCOMPARE(staff->json.object(), row);
    QCOMPARE(row.value(QStringLiteral("role")).toString(), QStringLiteral("owner"));
    QCOMPARE(row.value(QStringLiteral("user_id")).toString(), session->userId());
    QCOMPARE(client->requestCount(), 1);
    QCOMPARE(session->refreshCount(), 0);

    // The refresh token went to the vault and nowhere else.
    const VaultResult saved = vaultRead(session->vaultKey());
    QVERIFY2(saved.isOk(), qPrintable(saved.message));
    QVERIFY(!saved.secret.isEmpty());
    QVERIFY(session->vaultKey().endsWith(QStringLiteral("|owner@protea.example")));
    QVERIFY(session->vaultKey().startsWith(QStringLiteral("127.0.0.1:")));
}

void TstRemote::unauthorizedOnceIsRetriedOnce()
{
    auto session = newSession();
    QVERIFY(signIn(*session, kOwner));
    auto client = newClient(*session);
    QSignalSpy tokens(session.get(), &Session::accessTokenChanged);
    QVERIFY(m_active->setFault(
        QJsonObject{{QStringLiteral("path_prefix"), QStringLiteral("/rest/v1/rpc/current_staff")},
                    {QStringLiteral("kind"), QStringLiteral("status")},
                    {QStringLiteral("status"), 401},
                    {QStringLiteral("count"), 1}}));
    const RpcResult result = rpc(*client, QStringLiteral("current_staff"), "{}");
    QVERIFY2(result.isOk(), qPrintable(result.message));
    QCOMPARE(client->requestCount(), 2);
    QCOMPARE(session->refreshCount(), 1);
    QCOMPARE(tokens.size(), 1);
    QVERIFY(m_active->faults().isEmpty());
}

void TstRemote::persistentUnauthorizedDoesNotLoop()
{
    auto session = newSession();
    QVERIFY(signIn(*session, kOwner));
    auto client = newClient(*session);
    QVERIFY(m_active->setFault(
        QJsonObject{{QStringLiteral("path_prefix"), QStringLiteral("/rest/v1/rpc")},
                    {QStringLiteral("kind"), QStringLiteral("status")},
                    {QStringLiteral("status"), 401},
                    {QStringLiteral("count"), 5}}));
    const RpcResult result = rpc(*client, QStringLiteral("current_staff"), "{}");
    QCOMPARE(result.status, RpcResult::Status::Unauthorized);
    QCOMPARE(result.httpStatus, 401);
    QVERIFY(!result.message.isEmpty());
    QCOMPARE(client->requestCount(), 2);
    QCOMPARE(session->refreshCount(), 1);
    // The server saw exactly two requests: 5 armed, 3 left.
    const QJsonArray faults = m_active->faults();
    QCOMPARE(faults.size(), 1);
    QCOMPARE(faults.at(0).toObject().value(QStringLiteral("count")).toInt(), 3);
    QVERIFY(session->isSignedIn()); // a 401 on data is not a reason to drop the sign-in
}

void TstRemote::rateLimitAndServerErrors()
{
    auto session = newSession();
    QVERIFY(signIn(*session, kOwner));
    auto client = newClient(*session);
    QVERIFY(m_active->setFault(QJsonObject{
        {QStringLiteral("faults"),
         QJsonArray{QJsonObject{{QStringLiteral("path_prefix"), QStringLiteral("/rest/v1/rpc")},
                                {QStringLiteral("kind"), QStringLiteral("rate_limit")},
                                {QStringLiteral("retry_after"), 7}},
                    QJsonObject{{QStringLiteral("path_prefix"), QStringLiteral("/rest/v1/rpc")},
                                {QStringLiteral("kind"), QStringLiteral("status")},
                                {QStringLiteral("status"), 503}}}}}));
    const RpcResult limited = rpc(*client, QStringLiteral("current_staff"), "{}");
    QCOMPARE(limited.status, RpcResult::Status::RateLimited);
    QCOMPARE(limited.httpStatus, 429);
    QVERIFY(limited.retryAfter.has_value());
    QCOMPARE(limited.retryAfter->count(), 7);
    QVERIFY(limited.isTransient());

    const RpcResult unavailable = rpc(*client, QStringLiteral("current_staff"), "{}");
    QCOMPARE(unavailable.status, RpcResult::Status::ServerError);
    QCOMPARE(unavailable.httpStatus, 503);
    QVERIFY(unavailable.isTransient());

    QVERIFY(rpc(*client, QStringLiteral("current_staff"), "{}").isOk());
    QCOMPARE(session->refreshCount(), 0);
}

void TstRemote::truncatedDroppedAndSlowReplies()
{
    auto session = newSession();
    QVERIFY(signIn(*session, kOwner));
    auto client = newClient(*session);

    QVERIFY(m_active->setFault(
        QJsonObject{{QStringLiteral("path_prefix"), QStringLiteral("/rest/v1/rpc/current_staff")},
                    {QStringLiteral("kind"), QStringLiteral("truncate")}}));
    const RpcResult truncated = rpc(*client, QStringLiteral("current_staff"), "{}");
    QCOMPARE(truncated.status, RpcResult::Status::MalformedReply);
    QVERIFY(!truncated.message.isEmpty());
    QVERIFY(truncated.json.isNull());

    // QNetworkAccessManager resends once by itself when a kept-alive connection drops.
    QVERIFY(m_active->setFault(
        QJsonObject{{QStringLiteral("path_prefix"), QStringLiteral("/rest/v1/rpc/current_staff")},
                    {QStringLiteral("kind"), QStringLiteral("drop")},
                    {QStringLiteral("count"), 5}}));
    const RpcResult dropped = rpc(*client, QStringLiteral("current_staff"), "{}");
    QCOMPARE(dropped.status, RpcResult::Status::NetworkError);
    QCOMPARE(dropped.httpStatus, 0);
    QVERIFY(!dropped.message.isEmpty());
    QVERIFY(m_active->clearFaults());

    QVERIFY(m_active->setFault(
        QJsonObject{{QStringLiteral("path_prefix"), QStringLiteral("/rest/v1/rpc/current_staff")},
                    {QStringLiteral("kind"), QStringLiteral("latency")},
                    {QStringLiteral("latency_ms"), 5000}}));
    client->setTransferTimeout(std::chrono::milliseconds(1000));
    const RpcResult slow = rpc(*client, QStringLiteral("current_staff"), "{}");
    QCOMPARE(slow.status, RpcResult::Status::Timeout);
    QVERIFY(slow.isTransient());
}

void TstRemote::requestErrorsCarryTheCode()
{
    auto session = newSession();
    QVERIFY(signIn(*session, kOwner));
    auto client = newClient(*session);
    const RpcResult unknown = rpc(*client, QStringLiteral("no_such_function"), "{}");
    QCOMPARE(unknown.status, RpcResult::Status::RequestError);
    QCOMPARE(unknown.httpStatus, 404);
    QCOMPARE(unknown.code, QStringLiteral("PGRST202"));
    QVERIFY(!unknown.message.isEmpty());
    QVERIFY(!unknown.isTransient());

    const RpcResult badCursor =
        rpc(*client, QStringLiteral("sync_pull"), R"({"cursor":{"since":"garbage"},"limit":10})");
    QCOMPARE(badCursor.status, RpcResult::Status::RequestError);
    QCOMPARE(badCursor.code, QStringLiteral("22023"));
}

void TstRemote::signedOutCallsAreRefused()
{
    auto session = newSession();
    auto client = newClient(*session);
    const RpcResult result = rpc(*client, QStringLiteral("current_staff"), "{}");
    QCOMPARE(result.status, RpcResult::Status::SignedOut);
    QCOMPARE(client->requestCount(), 0);
}

void TstRemote::signOutRevokesAndErasesTheVault()
{
    auto session = newSession();
    QVERIFY(signIn(*session, kOwner));
    const QString key = session->vaultKey();
    QTRY_VERIFY_WITH_TIMEOUT(vaultRead(key).isOk(), 30000);
    const QString refreshToken = vaultRead(key).secret;
    QVERIFY(!refreshToken.isEmpty());

    QSignalSpy signedOut(session.get(), &Session::signedOut);
    bool done = false;
    session->signOut([&done] { done = true; });
    QCOMPARE(session->state(), Session::State::SignedOut);
    QVERIFY(session->currentAccessToken().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
    QCOMPARE(signedOut.size(), 1);
    QCOMPARE(vaultRead(key).status, VaultResult::Status::NotFound);

    // The server forgot the session: the old refresh token is refused.
    AuthClient auth(config(), m_ssl, &m_network);
    std::optional<AuthResult> refreshed;
    auth.refresh(refreshToken, [&refreshed](const AuthResult &result) { refreshed = result; });
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.has_value(), 30000);
    QCOMPARE(refreshed->status, AuthResult::Status::TokenRefused);
    QVERIFY(!refreshed->message.isEmpty());

    QCOMPARE(freshToken(*session).status, RpcResult::Status::SignedOut);
}

void TstRemote::restoreFromTheVaultAcrossSessions()
{
    QString key;
    QString firstToken;
    {
        auto first = newSession();
        QVERIFY(signIn(*first, kAdmin));
        key = first->vaultKey();
        QTRY_VERIFY_WITH_TIMEOUT(vaultRead(key).isOk(), 30000);
        firstToken = vaultRead(key).secret;
    } // gone without signing out, like a closed app

    auto second = newSession();
    QSignalSpy signedIn(second.get(), &Session::signedIn);
    second->restore(kAdmin);
    QCOMPARE(second->state(), Session::State::SigningIn);
    // A call made while restoring waits for it.
    auto client = newClient(*second);
    std::optional<RpcResult> staff;
    client->currentStaff([&staff](const RpcResult &result) { staff = result; });
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 30000);
    QCOMPARE(signedIn.first().at(1).toString(), kAdmin);
    QCOMPARE(second->refreshCount(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(staff.has_value(), 30000);
    QVERIFY2(staff->isOk(), qPrintable(staff->message));
    QCOMPARE(QJsonDocument::fromJson(staff->body).object().value(QStringLiteral("role")).toString(),
             QStringLiteral("admin"));
    // Rotated, and the new token replaced the old one in the vault.
    QTRY_VERIFY_WITH_TIMEOUT(vaultRead(key).secret != firstToken, 30000);
    QVERIFY(!vaultRead(key).secret.isEmpty());

    // Nothing saved for this account: a sentence, no session.
    auto third = newSession();
    QSignalSpy failed(third.get(), &Session::signInFailed);
    third->restore(QStringLiteral("staff@azulejo.example"));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30000);
    QVERIFY(!failed.first().at(0).toString().isEmpty());
    QCOMPARE(third->state(), Session::State::SignedOut);
}

void TstRemote::refusedRefreshSignsOut()
{
    auto session = newSession();
    QVERIFY(signIn(*session, kOwner));
    const QString key = session->vaultKey();
    QTRY_VERIFY_WITH_TIMEOUT(vaultRead(key).isOk(), 30000);

    // Another device (or the owner) ends this session on the server.
    AuthClient other(config(), m_ssl, &m_network);
    std::optional<bool> loggedOut;
    other.logout(session->currentAccessToken(),
                 [&loggedOut](bool ok, const QString &) { loggedOut = ok; });
    QTRY_VERIFY_WITH_TIMEOUT(loggedOut.has_value(), 30000);
    QVERIFY(*loggedOut);

    QSignalSpy signedOut(session.get(), &Session::signedOut);
    std::optional<TokenResult> token;
    session->refreshAfterUnauthorized(session->currentAccessToken(),
                                      [&token](const TokenResult &result) { token = result; });
    QTRY_VERIFY_WITH_TIMEOUT(token.has_value(), 30000);
    QCOMPARE(token->status, RpcResult::Status::SignedOut);
    QCOMPARE(signedOut.size(), 1);
    QVERIFY(signedOut.first().at(0).toString().contains(QStringLiteral("sign in again")));
    QCOMPARE(session->state(), Session::State::SignedOut);
    QTRY_COMPARE_WITH_TIMEOUT(vaultRead(key).status, VaultResult::Status::NotFound, 30000);
}

void TstRemote::networkFailureDuringRefreshKeepsTheSession()
{
    auto session = newSession();
    QVERIFY(signIn(*session, kOwner));
    session->setAutoRefresh(false);
    QVERIFY(m_active->setFault(
        QJsonObject{{QStringLiteral("path_prefix"), QStringLiteral("/auth/v1/token")},
                    {QStringLiteral("kind"), QStringLiteral("drop")},
                    {QStringLiteral("count"), 5}}));
    QSignalSpy transient(session.get(), &Session::transientProblem);
    QSignalSpy signedOut(session.get(), &Session::signedOut);
    std::optional<TokenResult> token;
    session->refreshAfterUnauthorized(session->currentAccessToken(),
                                      [&token](const TokenResult &result) { token = result; });
    QTRY_VERIFY_WITH_TIMEOUT(token.has_value(), 30000);
    QCOMPARE(token->status, RpcResult::Status::NetworkError);
    QCOMPARE(transient.size(), 1);
    QCOMPARE(signedOut.size(), 0);
    QVERIFY(session->isSignedIn());

    // Once the network is back the same session refreshes fine.
    QVERIFY(m_active->clearFaults());
    token.reset();
    session->refreshAfterUnauthorized(session->currentAccessToken(),
                                      [&token](const TokenResult &result) { token = result; });
    QTRY_VERIFY_WITH_TIMEOUT(token.has_value(), 30000);
    QVERIFY2(token->isOk(), qPrintable(token->message));
    QCOMPARE(session->refreshCount(), 2);
}

void TstRemote::realtimeSignalsChanges()
{
    auto listener = newSession();
    QVERIFY(signIn(*listener, QStringLiteral("staff@protea.example")));
    RealtimeClient realtime(config(), m_ssl, listener.get());
    QSignalSpy connected(&realtime, &RealtimeClient::connected);
    QSignalSpy subscribed(&realtime, &RealtimeClient::subscribed);
    QSignalSpy changed(&realtime, &RealtimeClient::changed);
    realtime.start();
    QTRY_COMPARE_WITH_TIMEOUT(subscribed.size(), 1, 30000);
    QCOMPARE(connected.size(), 1);
    QVERIFY(realtime.isSubscribed());
    // One catch-up signal after subscribing, then quiet.
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 10000);
    QTest::qWait(500);
    QCOMPARE(changed.size(), 1);
    changed.clear();

    // The owner, in another session, changes a customer of the same salon.
    auto writer = newSession();
    QVERIFY(signIn(*writer, kOwner));
    auto client = newClient(*writer);
    const QString customerId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject batch{
        {QStringLiteral("batch"),
         QJsonArray{QJsonObject{
             {QStringLiteral("mutation_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
             {QStringLiteral("kind"), QStringLiteral("customer.upsert")},
             {QStringLiteral("payload"),
              QJsonObject{{QStringLiteral("id"), customerId},
                          {QStringLiteral("full_name"), QStringLiteral("Realtime Test")}}}}}}};
    const RpcResult applied = rpc(*client, QStringLiteral("apply_mutations"),
                                  QJsonDocument(batch).toJson(QJsonDocument::Compact));
    QVERIFY2(applied.isOk(), qPrintable(applied.message + QString::fromUtf8(applied.body)));
    QCOMPARE(QJsonDocument::fromJson(applied.body)
                 .array()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("applied"));
    QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 1, 30000);

    // A refreshed token is pushed to the channel; the subscription stays up.
    QSignalSpy disconnected(&realtime, &RealtimeClient::disconnected);
    std::optional<TokenResult> token;
    listener->refreshAfterUnauthorized(listener->currentAccessToken(),
                                       [&token](const TokenResult &result) { token = result; });
    QTRY_VERIFY_WITH_TIMEOUT(token.has_value(), 30000);
    QVERIFY(token->isOk());
    changed.clear();
    const QJsonObject second{
        {QStringLiteral("batch"),
         QJsonArray{QJsonObject{
             {QStringLiteral("mutation_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
             {QStringLiteral("kind"), QStringLiteral("customer.upsert")},
             {QStringLiteral("payload"),
              QJsonObject{{QStringLiteral("id"), customerId},
                          {QStringLiteral("notes"), QStringLiteral("after the refresh")}}}}}}};
    QVERIFY(rpc(*client, QStringLiteral("apply_mutations"),
                QJsonDocument(second).toJson(QJsonDocument::Compact))
                .isOk());
    QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 1, 30000);
    QCOMPARE(disconnected.size(), 0);

    // Signing out stops it for good.
    listener->signOut();
    QVERIFY(!realtime.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(disconnected.size(), 1, 30000);
}

void TstRemote::concurrentCallersShareOneRefresh()
{
    useShortLivedServer();
    auto session = newSession();
    session->setAutoRefresh(false);
    QVERIFY(signIn(*session, kOwner));
    const QString first = session->currentAccessToken();
    // Tokens live 4 s; at half their life they count as expiring.
    QTest::qWait(2500);
    std::optional<TokenResult> a;
    std::optional<TokenResult> b;
    session->withFreshToken([&a](const TokenResult &result) { a = result; });
    session->withFreshToken([&b](const TokenResult &result) { b = result; });
    QTRY_VERIFY_WITH_TIMEOUT(a.has_value() && b.has_value(), 30000);
    QVERIFY2(a->isOk(), qPrintable(a->message));
    QVERIFY2(b->isOk(), qPrintable(b->message));
    QCOMPARE(session->refreshCount(), 1);
    QCOMPARE(a->accessToken, b->accessToken);
    QVERIFY(a->accessToken != first);
    QVERIFY(session->isSignedIn());
    // A fresh token is handed out without another refresh.
    QVERIFY(freshToken(*session).isOk());
    QCOMPARE(session->refreshCount(), 1);
}

void TstRemote::expiredTokenIsRefreshedOnceBeforeTheCall()
{
    useShortLivedServer();
    auto session = newSession();
    session->setAutoRefresh(false);
    QVERIFY(signIn(*session, kOwner));
    auto client = newClient(*session);
    QTest::qWait(5000); // the access token has expired
    const RpcResult result = rpc(*client, QStringLiteral("current_staff"), "{}");
    QVERIFY2(result.isOk(), qPrintable(result.message));
    QCOMPARE(session->refreshCount(), 1);
    QCOMPARE(client->requestCount(), 1);
}

void TstRemote::timerRefreshesAheadOfExpiry()
{
    useShortLivedServer();
    auto session = newSession();
    QSignalSpy tokens(session.get(), &Session::accessTokenChanged);
    QVERIFY(signIn(*session, kOwner));
    const QString key = session->vaultKey();
    QTRY_VERIFY_WITH_TIMEOUT(vaultRead(key).isOk(), 30000);
    const QString firstRefreshToken = vaultRead(key).secret;
    QTRY_VERIFY_WITH_TIMEOUT(session->refreshCount() >= 2, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(tokens.size() >= 3, 30000); // the sign-in's, then each refresh's
    QVERIFY(session->isSignedIn());
    // Every rotation lands in the vault.
    QTRY_VERIFY_WITH_TIMEOUT(vaultRead(key).secret != firstRefreshToken, 30000);
    auto client = newClient(*session);
    QVERIFY(rpc(*client, QStringLiteral("current_staff"), "{}").isOk());
}

QTEST_GUILESS_MAIN(TstRemote)
#include "tst_remote.moc"
