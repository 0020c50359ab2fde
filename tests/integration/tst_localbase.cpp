// Drives chairside-localbase over verified TLS the way the desktop's remote/ layer will:
// Auth grants and errors, PostgREST reads/RPCs/errors, RLS, concurrency and Realtime.

#include "LocalbaseProcess.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>
#include <QWebSocket>

#include <memory>

namespace {

struct Reply
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QNetworkReply::NetworkError error = QNetworkReply::NoError;

    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

} // namespace

class TstLocalbase final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void gatewayNeedsApiKey();
    void passwordGrantAndBothErrorFormats();
    void refreshRotationAndReuseDetection();
    void userAndLogout();
    void rpcCalls();
    void tableReadsWithFiltersOrderAndRanges();
    void rangeNotSatisfiable();
    void expiredAndForgedTokens();
    void rlsHidesRowsFromStaff();
    void malformedAndOversizedBodies();
    void constraintViolationIsConflict();
    void concurrentRefreshesAreSerialised();
    void faultsCanBeInjected();
    void realtimeDeliversVisibleInserts();

private:
    Reply call(const QByteArray &method, const QString &pathAndQuery, const Headers &headers = {},
               const QByteArray &body = {}, bool withApiKey = true);
    QNetworkReply *send(const QByteArray &method, const QString &pathAndQuery,
                        const Headers &headers, const QByteArray &body, bool withApiKey);
    static Reply collect(QNetworkReply *reply);
    QJsonObject signIn(const QString &email);
    Reply refresh(const QString &token);
    QByteArray mint(const QJsonObject &claims) const;
    QString userEmail(const QString &role, const QString &businessPrefix) const;
    Headers bearer(const QString &token) const
    {
        return {{"Authorization", "Bearer " + token.toUtf8()}};
    }

    QTemporaryDir m_dir;
    Chairside::Fixtures::LocalbaseProcess m_server;
    QNetworkAccessManager m_network;
    QSslConfiguration m_ssl;
    QString m_url;
    QByteArray m_anonKey;
};

void TstLocalbase::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // As root, PostgreSQL runs as user postgres and must be able to traverse into the state dir.
    QFile::setPermissions(m_dir.path(), QFile::permissions(m_dir.path()) | QFileDevice::ExeOther);
    QString error;
    const QJsonObject info = m_server.start(m_dir.filePath(QStringLiteral("state")),
                                            {QStringLiteral("--refresh-reuse-interval"),
                                             QStringLiteral("0"), QStringLiteral("--faults")},
                                            &error);
    QVERIFY2(!info.isEmpty(), qPrintable(error));
    m_url = m_server.url();
    m_anonKey = m_server.anonKey().toUtf8();
    QVERIFY(m_url.startsWith(QStringLiteral("https://127.0.0.1:")));
    QVERIFY(!m_anonKey.isEmpty());
    QCOMPARE(m_server.users().size(), 6);

    // Verified TLS with the generated test CA: no ignoreSslErrors anywhere.
    QCOMPARE(QSslCertificate::fromPath(m_server.caFile()).size(), 1);
    m_ssl = m_server.sslConfiguration();
}

void TstLocalbase::cleanupTestCase()
{
    m_server.stop();
}

QNetworkReply *TstLocalbase::send(const QByteArray &method, const QString &pathAndQuery,
                                  const Headers &headers, const QByteArray &body, bool withApiKey)
{
    QNetworkRequest request(QUrl(m_url + pathAndQuery));
    request.setSslConfiguration(m_ssl);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (withApiKey)
        request.setRawHeader("apikey", m_anonKey);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    return m_network.sendCustomRequest(request, method, body);
}

Reply TstLocalbase::collect(QNetworkReply *reply)
{
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timeout, &QTimer::timeout, reply, &QNetworkReply::abort);
    timeout.start(60000);
    if (!reply->isFinished())
        loop.exec();
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.error = reply->error();
    const auto pairs = reply->rawHeaderPairs();
    for (const auto &[name, value] : pairs)
        result.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return result;
}

Reply TstLocalbase::call(const QByteArray &method, const QString &pathAndQuery,
                         const Headers &headers, const QByteArray &body, bool withApiKey)
{
    return collect(send(method, pathAndQuery, headers, body, withApiKey));
}

QString TstLocalbase::userEmail(const QString &role, const QString &businessPrefix) const
{
    const QJsonArray users = m_server.users();
    for (const auto &value : users) {
        const QJsonObject user = value.toObject();
        if (user.value(QStringLiteral("role")).toString() == role
            && user.value(QStringLiteral("business_id")).toString().startsWith(businessPrefix))
            return user.value(QStringLiteral("email")).toString();
    }
    return {};
}

QJsonObject TstLocalbase::signIn(const QString &email)
{
    const Reply reply = call(
        "POST", QStringLiteral("/auth/v1/token?grant_type=password"), {},
        QJsonDocument(QJsonObject{{QStringLiteral("email"), email},
                                  {QStringLiteral("password"), QStringLiteral("chairside-demo-1")}})
            .toJson(QJsonDocument::Compact));
    if (reply.status != 200)
        qWarning("sign-in of %s failed: %d %s", qPrintable(email), reply.status,
                 reply.body.constData());
    return reply.object();
}

Reply TstLocalbase::refresh(const QString &token)
{
    return call("POST", QStringLiteral("/auth/v1/token?grant_type=refresh_token"),
                {{"X-Supabase-Api-Version", "2024-01-01"}},
                QJsonDocument(QJsonObject{{QStringLiteral("refresh_token"), token}})
                    .toJson(QJsonDocument::Compact));
}

QByteArray TstLocalbase::mint(const QJsonObject &claims) const
{
    return m_server.mint(claims);
}

void TstLocalbase::gatewayNeedsApiKey()
{
    const Reply missing = call("GET", QStringLiteral("/rest/v1/businesses"), {}, {}, false);
    QCOMPARE(missing.status, 401);
    QCOMPARE(missing.object().value(QStringLiteral("message")).toString(),
             QStringLiteral("No API key found in request"));
    const Reply wrong =
        call("GET", QStringLiteral("/rest/v1/businesses"), {{"apikey", "not-a-key"}}, {}, false);
    QCOMPARE(wrong.status, 401);
    QCOMPARE(wrong.object().value(QStringLiteral("message")).toString(),
             QStringLiteral("Invalid API key"));
}

void TstLocalbase::passwordGrantAndBothErrorFormats()
{
    const QByteArray wrongPassword =
        QByteArrayLiteral(R"({"email":"staff@protea.example","password":"not-the-password"})");
    const Reply legacy =
        call("POST", QStringLiteral("/auth/v1/token?grant_type=password"), {}, wrongPassword);
    QCOMPARE(legacy.status, 400);
    QCOMPARE(legacy.object().value(QStringLiteral("code")).toInt(), 400);
    QCOMPARE(legacy.object().value(QStringLiteral("error_code")).toString(),
             QStringLiteral("invalid_credentials"));
    QCOMPARE(legacy.object().value(QStringLiteral("msg")).toString(),
             QStringLiteral("Invalid login credentials"));
    QCOMPARE(legacy.header("x-sb-error-code"), QByteArray("invalid_credentials"));

    const Reply versioned = call("POST", QStringLiteral("/auth/v1/token?grant_type=password"),
                                 {{"X-Supabase-Api-Version", "2024-01-01"}}, wrongPassword);
    QCOMPARE(versioned.status, 400);
    QCOMPARE(versioned.object().value(QStringLiteral("code")).toString(),
             QStringLiteral("invalid_credentials"));
    QCOMPARE(versioned.object().value(QStringLiteral("message")).toString(),
             QStringLiteral("Invalid login credentials"));
    QCOMPARE(versioned.header("x-supabase-api-version"), QByteArray("2024-01-01"));
    QCOMPARE(versioned.header("x-sb-error-code"), QByteArray("invalid_credentials"));

    const QJsonObject session = signIn(QStringLiteral("staff@protea.example"));
    QCOMPARE(session.value(QStringLiteral("token_type")).toString(), QStringLiteral("bearer"));
    QCOMPARE(session.value(QStringLiteral("expires_in")).toInt(), 3600);
    QVERIFY(session.value(QStringLiteral("expires_at")).toDouble()
            > QDateTime::currentSecsSinceEpoch());
    QVERIFY(session.value(QStringLiteral("refresh_token")).toString().size() >= 12);
    const QJsonObject user = session.value(QStringLiteral("user")).toObject();
    QCOMPARE(user.value(QStringLiteral("email")).toString(),
             QStringLiteral("staff@protea.example"));
    QCOMPARE(user.value(QStringLiteral("aud")).toString(), QStringLiteral("authenticated"));

    // The access token carries GoTrue's claims, aud as a plain string.
    const QList<QByteArray> parts =
        session.value(QStringLiteral("access_token")).toString().toUtf8().split('.');
    QCOMPARE(parts.size(), 3);
    const QJsonObject claims =
        QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding))
            .object();
    QCOMPARE(claims.value(QStringLiteral("role")).toString(), QStringLiteral("authenticated"));
    QCOMPARE(claims.value(QStringLiteral("aud")).toString(), QStringLiteral("authenticated"));
    QCOMPARE(claims.value(QStringLiteral("sub")).toString(),
             user.value(QStringLiteral("id")).toString());
    QVERIFY(!claims.value(QStringLiteral("session_id")).toString().isEmpty());

    const Reply unsupported =
        call("POST", QStringLiteral("/auth/v1/token?grant_type=magic"), {}, "{}");
    QCOMPARE(unsupported.status, 400);
}

void TstLocalbase::refreshRotationAndReuseDetection()
{
    const QString first = signIn(QStringLiteral("admin@protea.example"))
                              .value(QStringLiteral("refresh_token"))
                              .toString();
    QVERIFY(!first.isEmpty());

    const Reply rotated = refresh(first);
    QCOMPARE(rotated.status, 200);
    const QString second = rotated.object().value(QStringLiteral("refresh_token")).toString();
    QVERIFY(!second.isEmpty());
    QVERIFY(second != first);
    QVERIFY(!rotated.object().value(QStringLiteral("access_token")).toString().isEmpty());
    QCOMPARE(rotated.object()
                 .value(QStringLiteral("user"))
                 .toObject()
                 .value(QStringLiteral("email"))
                 .toString(),
             QStringLiteral("admin@protea.example"));

    // The parent of the active token is tolerated: the client may have lost the answer.
    const Reply again = refresh(first);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.object().value(QStringLiteral("refresh_token")).toString(), second);

    const Reply third = refresh(second);
    QCOMPARE(third.status, 200);
    const QString thirdToken = third.object().value(QStringLiteral("refresh_token")).toString();

    // An older token outside the reuse window (0 s here) revokes the whole family.
    const Reply reused = refresh(first);
    QCOMPARE(reused.status, 400);
    QCOMPARE(reused.object().value(QStringLiteral("code")).toString(),
             QStringLiteral("refresh_token_already_used"));
    QCOMPARE(reused.object().value(QStringLiteral("message")).toString(),
             QStringLiteral("Invalid Refresh Token: Already Used"));
    const Reply familyGone = refresh(thirdToken);
    QCOMPARE(familyGone.status, 400);
    QCOMPARE(familyGone.object().value(QStringLiteral("code")).toString(),
             QStringLiteral("refresh_token_already_used"));

    const Reply unknown = refresh(QStringLiteral("abcdefghijklmnopqrstuvwxyz"));
    QCOMPARE(unknown.status, 400);
    QCOMPARE(unknown.object().value(QStringLiteral("code")).toString(),
             QStringLiteral("refresh_token_not_found"));
    const Reply tooShort = refresh(QStringLiteral("short"));
    QCOMPARE(tooShort.object().value(QStringLiteral("code")).toString(),
             QStringLiteral("validation_failed"));
}

void TstLocalbase::userAndLogout()
{
    const QJsonObject session = signIn(QStringLiteral("owner@azulejo.example"));
    const QString access = session.value(QStringLiteral("access_token")).toString();
    const QString refreshToken = session.value(QStringLiteral("refresh_token")).toString();

    const Reply me = call("GET", QStringLiteral("/auth/v1/user"), bearer(access));
    QCOMPARE(me.status, 200);
    QCOMPARE(me.object().value(QStringLiteral("email")).toString(),
             QStringLiteral("owner@azulejo.example"));

    const Reply noBearer = call("GET", QStringLiteral("/auth/v1/user"));
    QCOMPARE(noBearer.status, 401);
    QCOMPARE(noBearer.object().value(QStringLiteral("error_code")).toString(),
             QStringLiteral("no_authorization"));

    const Reply logout = call("POST", QStringLiteral("/auth/v1/logout"), bearer(access));
    QCOMPARE(logout.status, 204);
    QVERIFY(logout.body.isEmpty());

    const Reply afterLogout = call("GET", QStringLiteral("/auth/v1/user"), bearer(access));
    QCOMPARE(afterLogout.status, 403);
    QCOMPARE(afterLogout.object().value(QStringLiteral("error_code")).toString(),
             QStringLiteral("session_not_found"));
    const Reply refreshAfter = refresh(refreshToken);
    QCOMPARE(refreshAfter.status, 400);
    QCOMPARE(refreshAfter.object().value(QStringLiteral("code")).toString(),
             QStringLiteral("refresh_token_not_found"));
}

void TstLocalbase::rpcCalls()
{
    const QString access = signIn(QStringLiteral("staff@protea.example"))
                               .value(QStringLiteral("access_token"))
                               .toString();
    const Reply pulled = call("POST", QStringLiteral("/rest/v1/rpc/sync_pull"), bearer(access),
                              QByteArrayLiteral(R"({"cursor":null,"limit":50})"));
    QCOMPARE(pulled.status, 200);
    const QJsonObject page = pulled.object();
    QVERIFY(page.contains(QStringLiteral("cursor")));
    const QJsonArray businesses =
        page.value(QStringLiteral("rows")).toObject().value(QStringLiteral("businesses")).toArray();
    QCOMPARE(businesses.size(), 1); // only the caller's salon: RLS inside the RPC
    QCOMPARE(businesses.at(0).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Protea Hair & Beauty"));

    const Reply applied = call("POST", QStringLiteral("/rest/v1/rpc/apply_mutations"),
                               bearer(access), QByteArrayLiteral(R"({"batch":[]})"));
    QCOMPARE(applied.status, 200);
    QCOMPARE(applied.array().size(), 0);

    const Reply unknown =
        call("POST", QStringLiteral("/rest/v1/rpc/no_such_function"), bearer(access), "{}");
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.object().value(QStringLiteral("code")).toString(), QStringLiteral("PGRST202"));
    const Reply wrongArgs = call("POST", QStringLiteral("/rest/v1/rpc/sync_pull"), bearer(access),
                                 QByteArrayLiteral(R"({"nonsense":1})"));
    QCOMPARE(wrongArgs.status, 404);
    QCOMPARE(wrongArgs.object().value(QStringLiteral("code")).toString(),
             QStringLiteral("PGRST202"));

    // Anonymous callers may not execute the RPCs: 42501 as anon is a 401.
    const Reply anonymous = call("POST", QStringLiteral("/rest/v1/rpc/sync_pull"), {}, "{}");
    QCOMPARE(anonymous.status, 401);
    QCOMPARE(anonymous.object().value(QStringLiteral("code")).toString(), QStringLiteral("42501"));
}

void TstLocalbase::tableReadsWithFiltersOrderAndRanges()
{
    const QString access = signIn(QStringLiteral("owner@protea.example"))
                               .value(QStringLiteral("access_token"))
                               .toString();
    const Reply all =
        call("GET",
             QStringLiteral("/rest/v1/services?select=id,name,price_minor&order=price_minor.desc"),
             bearer(access));
    QCOMPARE(all.status, 200);
    QCOMPARE(all.array().size(), 3);
    QCOMPARE(all.array().at(0).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Full colour"));
    QCOMPARE(all.array().at(0).toObject().keys().size(), 3);
    QCOMPARE(all.header("content-range"), QByteArray("0-2/*"));

    const Reply filtered = call("GET",
                                QStringLiteral("/rest/v1/services?select=name&price_minor=gte.40000"
                                               "&name=ilike.*colour*&active=is.true"),
                                bearer(access));
    QCOMPARE(filtered.status, 200);
    QCOMPARE(filtered.array().size(), 1);

    const Reply listed =
        call("GET",
             QStringLiteral(
                 "/rest/v1/services?select=label:name&id=in.(a3000000-0000-4000-8000-000000000001,"
                 "a3000000-0000-4000-8000-000000000003)&order=name.asc"),
             bearer(access));
    QCOMPARE(listed.status, 200);
    QCOMPARE(listed.array().size(), 2);
    QCOMPARE(listed.array().at(0).toObject().value(QStringLiteral("label")).toString(),
             QStringLiteral("Cut & blow-dry"));

    const Reply negated =
        call("GET", QStringLiteral("/rest/v1/services?select=name&name=not.eq.Full%20colour"),
             bearer(access));
    QCOMPARE(negated.array().size(), 2);

    const Reply counted =
        call("GET", QStringLiteral("/rest/v1/services?select=name&order=name&limit=2&offset=1"),
             {{"Authorization", "Bearer " + access.toUtf8()}, {"Prefer", "count=exact"}});
    QCOMPARE(counted.status, 206);
    QCOMPARE(counted.header("content-range"), QByteArray("1-2/3"));
    QCOMPARE(counted.array().size(), 2);

    const Reply ranged = call("GET", QStringLiteral("/rest/v1/services?select=name&order=name"),
                              {{"Authorization", "Bearer " + access.toUtf8()},
                               {"Range", "0-0"},
                               {"Prefer", "count=exact"}});
    QCOMPARE(ranged.status, 206);
    QCOMPARE(ranged.header("content-range"), QByteArray("0-0/3"));

    const Reply whole =
        call("GET", QStringLiteral("/rest/v1/services?select=name"),
             {{"Authorization", "Bearer " + access.toUtf8()}, {"Prefer", "count=exact"}});
    QCOMPARE(whole.status, 200);
    QCOMPARE(whole.header("content-range"), QByteArray("0-2/3"));

    const Reply single = call("GET", QStringLiteral("/rest/v1/businesses?select=name"),
                              {{"Authorization", "Bearer " + access.toUtf8()},
                               {"Accept", "application/vnd.pgrst.object+json"}});
    QCOMPARE(single.status, 200);
    QCOMPARE(single.object().value(QStringLiteral("name")).toString(),
             QStringLiteral("Protea Hair & Beauty"));

    const Reply unknownColumn =
        call("GET", QStringLiteral("/rest/v1/services?select=nope"), bearer(access));
    QCOMPARE(unknownColumn.status, 400);
    QCOMPARE(unknownColumn.object().value(QStringLiteral("code")).toString(),
             QStringLiteral("42703"));
    const Reply injection =
        call("GET", QStringLiteral("/rest/v1/services?select=name&%22name%22%3Bdrop=eq.1"),
             bearer(access));
    QCOMPARE(injection.status, 400);
    QCOMPARE(injection.object().value(QStringLiteral("code")).toString(),
             QStringLiteral("PGRST100"));
    const Reply unknownTable =
        call("GET", QStringLiteral("/rest/v1/no_such_table"), bearer(access));
    QCOMPARE(unknownTable.status, 404);
    QCOMPARE(unknownTable.object().value(QStringLiteral("code")).toString(),
             QStringLiteral("PGRST205"));
    const Reply badOperator =
        call("GET", QStringLiteral("/rest/v1/services?name=near.x"), bearer(access));
    QCOMPARE(badOperator.status, 400);
    QCOMPARE(badOperator.object().value(QStringLiteral("code")).toString(),
             QStringLiteral("PGRST100"));
    const Reply badValue =
        call("GET", QStringLiteral("/rest/v1/services?id=eq.not-a-uuid"), bearer(access));
    QCOMPARE(badValue.status, 400);
    QCOMPARE(badValue.object().value(QStringLiteral("code")).toString(), QStringLiteral("22P02"));
}

void TstLocalbase::rangeNotSatisfiable()
{
    const QString access = signIn(QStringLiteral("owner@protea.example"))
                               .value(QStringLiteral("access_token"))
                               .toString();
    const Reply reply =
        call("GET", QStringLiteral("/rest/v1/services?offset=50"),
             {{"Authorization", "Bearer " + access.toUtf8()}, {"Prefer", "count=exact"}});
    QCOMPARE(reply.status, 416);
    QCOMPARE(reply.object().value(QStringLiteral("code")).toString(), QStringLiteral("PGRST103"));
    QCOMPARE(reply.object().value(QStringLiteral("details")).toString(),
             QStringLiteral("An offset of 50 was requested, but there are only 3 rows."));
    QCOMPARE(reply.header("content-range"), QByteArray("*/3"));
}

void TstLocalbase::expiredAndForgedTokens()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QByteArray expired = mint(
        QJsonObject{{QStringLiteral("sub"), QStringLiteral("a1000000-0000-4000-8000-000000000003")},
                    {QStringLiteral("role"), QStringLiteral("authenticated")},
                    {QStringLiteral("aud"), QStringLiteral("authenticated")},
                    {QStringLiteral("iat"), now - 7200},
                    {QStringLiteral("exp"), now - 3600}});
    const Reply rest = call("GET", QStringLiteral("/rest/v1/businesses"),
                            {{"Authorization", "Bearer " + expired}});
    QCOMPARE(rest.status, 401);
    QCOMPARE(rest.object().value(QStringLiteral("code")).toString(), QStringLiteral("PGRST303"));
    QCOMPARE(rest.object().value(QStringLiteral("message")).toString(),
             QStringLiteral("JWT expired"));
    QVERIFY(rest.header("www-authenticate").contains("invalid_token"));

    const Reply auth =
        call("GET", QStringLiteral("/auth/v1/user"), {{"Authorization", "Bearer " + expired}});
    QCOMPARE(auth.status, 403); // GoTrue uses 403 bad_jwt for expired tokens
    QCOMPARE(auth.object().value(QStringLiteral("error_code")).toString(),
             QStringLiteral("bad_jwt"));

    QByteArray forged = mint(QJsonObject{{QStringLiteral("role"), QStringLiteral("service_role")},
                                         {QStringLiteral("exp"), now + 600}});
    forged.chop(2);
    forged += "AA";
    const Reply forgedReply =
        call("GET", QStringLiteral("/rest/v1/businesses"), {{"Authorization", "Bearer " + forged}});
    QCOMPARE(forgedReply.status, 401);
    QCOMPARE(forgedReply.object().value(QStringLiteral("code")).toString(),
             QStringLiteral("PGRST301"));
    const Reply garbage =
        call("GET", QStringLiteral("/rest/v1/businesses"), {{"Authorization", "Bearer x.y"}});
    QCOMPARE(garbage.status, 401);
    QCOMPARE(garbage.object().value(QStringLiteral("code")).toString(), QStringLiteral("PGRST301"));

    // A genuine service-role token bypasses RLS: both salons.
    const QByteArray service =
        mint(QJsonObject{{QStringLiteral("role"), QStringLiteral("service_role")},
                         {QStringLiteral("exp"), now + 600}});
    const Reply everything = call("GET", QStringLiteral("/rest/v1/businesses?select=id"),
                                  {{"Authorization", "Bearer " + service}});
    QCOMPARE(everything.status, 200);
    QCOMPARE(everything.array().size(), 2);
}

void TstLocalbase::rlsHidesRowsFromStaff()
{
    const QString staff = signIn(QStringLiteral("staff@protea.example"))
                              .value(QStringLiteral("access_token"))
                              .toString();
    const Reply hidden =
        call("GET", QStringLiteral("/rest/v1/ai_handoffs?select=id"), bearer(staff));
    QCOMPARE(hidden.status, 200);
    QCOMPARE(hidden.array().size(), 0); // RLS filters SELECT silently

    const QString admin = signIn(QStringLiteral("admin@protea.example"))
                              .value(QStringLiteral("access_token"))
                              .toString();
    const Reply visible =
        call("GET", QStringLiteral("/rest/v1/ai_handoffs?select=id,business_id"), bearer(admin));
    QCOMPARE(visible.status, 200);
    QCOMPARE(visible.array().size(), 1);
    QCOMPARE(visible.array().at(0).toObject().value(QStringLiteral("business_id")).toString(),
             QStringLiteral("a0000000-0000-4000-8000-000000000001"));

    // Writing into another salon is refused by the policy's WITH CHECK.
    const Reply foreign = call(
        "POST", QStringLiteral("/rest/v1/customers"), bearer(staff),
        QByteArrayLiteral(
            R"({"business_id":"b0000000-0000-4000-8000-000000000001","full_name":"Intruder"})"));
    QCOMPARE(foreign.status, 403);
    QCOMPARE(foreign.object().value(QStringLiteral("code")).toString(), QStringLiteral("42501"));
}

void TstLocalbase::malformedAndOversizedBodies()
{
    const QString access = signIn(QStringLiteral("staff@protea.example"))
                               .value(QStringLiteral("access_token"))
                               .toString();
    const Reply malformed =
        call("POST", QStringLiteral("/rest/v1/rpc/sync_pull"), bearer(access), "{\"cursor\":");
    QCOMPARE(malformed.status, 400);
    QCOMPARE(malformed.object().value(QStringLiteral("code")).toString(),
             QStringLiteral("PGRST102"));

    const Reply authMalformed =
        call("POST", QStringLiteral("/auth/v1/token?grant_type=password"), {}, "{nope");
    QCOMPARE(authMalformed.status, 400);
    QCOMPARE(authMalformed.object().value(QStringLiteral("error_code")).toString(),
             QStringLiteral("bad_json"));

    const QByteArray huge = "{\"batch\":\"" + QByteArray(2 * 1024 * 1024, 'x') + "\"}";
    const Reply tooBig =
        call("POST", QStringLiteral("/rest/v1/rpc/apply_mutations"), bearer(access), huge);
    QCOMPARE(tooBig.status, 413);

    // The server is still fine afterwards.
    const Reply after =
        call("GET", QStringLiteral("/rest/v1/services?select=id&limit=1"), bearer(access));
    QCOMPARE(after.status, 200);
}

void TstLocalbase::constraintViolationIsConflict()
{
    const QString access = signIn(QStringLiteral("staff@protea.example"))
                               .value(QStringLiteral("access_token"))
                               .toString();
    const QByteArray duplicate = QByteArrayLiteral(
        R"({"id":"a4000000-0000-4000-8000-000000000001","business_id":"a0000000-0000-4000-8000-000000000001","full_name":"Copy"})");
    const Reply conflict =
        call("POST", QStringLiteral("/rest/v1/customers"), bearer(access), duplicate);
    QCOMPARE(conflict.status, 409);
    QCOMPARE(conflict.object().value(QStringLiteral("code")).toString(), QStringLiteral("23505"));
    // PostgreSQL leaves the key out of DETAIL on RLS tables, so PostgREST reports details null.
    QVERIFY(conflict.object().contains(QStringLiteral("details")));

    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const Reply created =
        call("POST", QStringLiteral("/rest/v1/customers?select=id,full_name"),
             {{"Authorization", "Bearer " + access.toUtf8()}, {"Prefer", "return=representation"}},
             QJsonDocument(QJsonObject{{QStringLiteral("id"), id},
                                       {QStringLiteral("business_id"),
                                        QStringLiteral("a0000000-0000-4000-8000-000000000001")},
                                       {QStringLiteral("full_name"), QStringLiteral("New Client")}})
                 .toJson(QJsonDocument::Compact));
    QCOMPARE(created.status, 201);
    QCOMPARE(created.array().size(), 1);
    QCOMPARE(created.array().at(0).toObject().value(QStringLiteral("id")).toString(), id);
    const Reply unknownColumn = call("POST", QStringLiteral("/rest/v1/customers"), bearer(access),
                                     QByteArrayLiteral(R"({"nope":1})"));
    QCOMPARE(unknownColumn.status, 400);
    QCOMPARE(unknownColumn.object().value(QStringLiteral("code")).toString(),
             QStringLiteral("PGRST204"));
}

void TstLocalbase::concurrentRefreshesAreSerialised()
{
    const QString token = signIn(QStringLiteral("staff@azulejo.example"))
                              .value(QStringLiteral("refresh_token"))
                              .toString();
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 8; ++i) {
        replies.append(send(
            "POST", QStringLiteral("/auth/v1/token?grant_type=refresh_token"), {},
            QJsonDocument(QJsonObject{{QStringLiteral("refresh_token"), token}}).toJson(), true));
    }
    QSet<QString> issued;
    for (QNetworkReply *reply : std::as_const(replies)) {
        const Reply result = collect(reply);
        QCOMPARE(result.status, 200);
        issued.insert(result.object().value(QStringLiteral("refresh_token")).toString());
    }
    // One rotation; every other racer got the already-issued child (parent-of-active rule).
    QCOMPARE(issued.size(), 1);
    QVERIFY(!issued.contains(token));
}

void TstLocalbase::faultsCanBeInjected()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QByteArray service =
        mint(QJsonObject{{QStringLiteral("role"), QStringLiteral("service_role")},
                         {QStringLiteral("exp"), now + 600}});
    const Reply refused =
        call("POST", QStringLiteral("/__faults"), {},
             QByteArrayLiteral(R"({"path_prefix":"/rest/v1/","kind":"status","status":503})"));
    QCOMPARE(refused.status, 403); // the anon key may not script faults
    const Reply armed = call(
        "POST", QStringLiteral("/__faults"), {{"apikey", service}},
        QByteArrayLiteral(
            R"({"faults":[{"path_prefix":"/rest/v1/businesses","kind":"rate_limit","retry_after":7},)"
            R"({"path_prefix":"/rest/v1/businesses","kind":"status","status":503}]})"),
        false);
    QCOMPARE(armed.status, 200);
    const Reply limited = call("GET", QStringLiteral("/rest/v1/businesses"));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("retry-after"), QByteArray("7"));
    const Reply unavailable = call("GET", QStringLiteral("/rest/v1/businesses"));
    QCOMPARE(unavailable.status, 503);
    const Reply normal = call("GET", QStringLiteral("/rest/v1/businesses"));
    QCOMPARE(normal.status, 401); // back to the real answer: anon may not read businesses

    // QNetworkAccessManager silently resends once when a reused connection drops, so arm a few.
    call("POST", QStringLiteral("/__faults"), {{"apikey", service}},
         QByteArrayLiteral(R"({"path_prefix":"/rest/v1/businesses","kind":"drop","count":5})"),
         false);
    const Reply dropped = call("GET", QStringLiteral("/rest/v1/businesses"));
    QVERIFY(dropped.error != QNetworkReply::NoError);
    QCOMPARE(dropped.status, 0);
    const Reply cleared =
        call("DELETE", QStringLiteral("/__faults"), {{"apikey", service}}, {}, false);
    QCOMPARE(cleared.status, 204);
    QCOMPARE(call("GET", QStringLiteral("/rest/v1/businesses")).status, 401);
}

void TstLocalbase::realtimeDeliversVisibleInserts()
{
    const QString staff = signIn(QStringLiteral("staff@protea.example"))
                              .value(QStringLiteral("access_token"))
                              .toString();
    const QString admin = signIn(QStringLiteral("admin@protea.example"))
                              .value(QStringLiteral("access_token"))
                              .toString();
    const QString foreignAdmin = signIn(QStringLiteral("admin@azulejo.example"))
                                     .value(QStringLiteral("access_token"))
                                     .toString();

    QWebSocket socket;
    socket.setSslConfiguration(m_ssl);
    QList<QJsonObject> messages;
    connect(&socket, &QWebSocket::textMessageReceived, this, [&messages](const QString &text) {
        messages.append(QJsonDocument::fromJson(text.toUtf8()).object());
    });
    QUrl url(m_url);
    url.setScheme(QStringLiteral("wss"));
    url.setPath(QStringLiteral("/realtime/v1/websocket"));
    url.setQuery(QStringLiteral("apikey=%1&vsn=1.0.0").arg(QString::fromLatin1(m_anonKey)));
    QSignalSpy connected(&socket, &QWebSocket::connected);
    socket.open(url);
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 30000);

    auto findMessage = [&messages](const QString &event,
                                   const QString &ref = {}) -> std::optional<QJsonObject> {
        for (const QJsonObject &message : messages) {
            if (message.value(QStringLiteral("event")).toString() == event
                && (ref.isEmpty() || message.value(QStringLiteral("ref")).toString() == ref))
                return message;
        }
        return std::nullopt;
    };

    socket.sendTextMessage(
        QStringLiteral(R"({"topic":"phoenix","event":"heartbeat","payload":{},"ref":"1"})"));
    QTRY_VERIFY_WITH_TIMEOUT(
        findMessage(QStringLiteral("phx_reply"), QStringLiteral("1")).has_value(), 30000);

    const QJsonObject join{
        {QStringLiteral("topic"), QStringLiteral("realtime:desk")},
        {QStringLiteral("event"), QStringLiteral("phx_join")},
        {QStringLiteral("ref"), QStringLiteral("2")},
        {QStringLiteral("join_ref"), QStringLiteral("2")},
        {QStringLiteral("payload"),
         QJsonObject{
             {QStringLiteral("config"),
              QJsonObject{{QStringLiteral("postgres_changes"),
                           QJsonArray{QJsonObject{
                               {QStringLiteral("event"), QStringLiteral("INSERT")},
                               {QStringLiteral("schema"), QStringLiteral("public")},
                               {QStringLiteral("table"), QStringLiteral("notifications")}}}}}},
             {QStringLiteral("access_token"), staff}}}};
    socket.sendTextMessage(QString::fromUtf8(QJsonDocument(join).toJson(QJsonDocument::Compact)));
    QTRY_VERIFY_WITH_TIMEOUT(
        findMessage(QStringLiteral("phx_reply"), QStringLiteral("2")).has_value(), 30000);
    const QJsonObject reply = *findMessage(QStringLiteral("phx_reply"), QStringLiteral("2"));
    QCOMPARE(reply.value(QStringLiteral("payload"))
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("ok"));
    const QJsonArray bindings = reply.value(QStringLiteral("payload"))
                                    .toObject()
                                    .value(QStringLiteral("response"))
                                    .toObject()
                                    .value(QStringLiteral("postgres_changes"))
                                    .toArray();
    QCOMPARE(bindings.size(), 1);
    const qint64 bindingId =
        qint64(bindings.at(0).toObject().value(QStringLiteral("id")).toDouble());
    QTRY_VERIFY_WITH_TIMEOUT(findMessage(QStringLiteral("system")).has_value(), 30000);
    QCOMPARE(findMessage(QStringLiteral("system"))
                 ->value(QStringLiteral("payload"))
                 .toObject()
                 .value(QStringLiteral("message"))
                 .toString(),
             QStringLiteral("Subscribed to PostgreSQL"));

    // A row of the other salon (invisible to this subscriber), then one of its own salon.
    const Reply foreignInsert =
        call("POST", QStringLiteral("/rest/v1/notifications"), bearer(foreignAdmin),
             QByteArrayLiteral(R"({"business_id":"b0000000-0000-4000-8000-000000000001",)"
                               R"("kind":"notice","title":"Not for Protea"})"));
    QCOMPARE(foreignInsert.status, 201);
    const Reply ownInsert =
        call("POST", QStringLiteral("/rest/v1/notifications"), bearer(admin),
             QByteArrayLiteral(R"({"business_id":"a0000000-0000-4000-8000-000000000001",)"
                               R"("kind":"notice","title":"Colour stock arrived"})"));
    QCOMPARE(ownInsert.status, 201);

    QTRY_VERIFY_WITH_TIMEOUT(findMessage(QStringLiteral("postgres_changes")).has_value(), 30000);
    QTest::qWait(500); // give a wrongly delivered foreign event the chance to show up
    int changes = 0;
    for (const QJsonObject &message : std::as_const(messages)) {
        if (message.value(QStringLiteral("event")).toString() != QStringLiteral("postgres_changes"))
            continue;
        ++changes;
        const QJsonObject payload = message.value(QStringLiteral("payload")).toObject();
        QCOMPARE(qint64(payload.value(QStringLiteral("ids")).toArray().at(0).toDouble()),
                 bindingId);
        const QJsonObject data = payload.value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("type")).toString(), QStringLiteral("INSERT"));
        QCOMPARE(data.value(QStringLiteral("table")).toString(), QStringLiteral("notifications"));
        QCOMPARE(data.value(QStringLiteral("record"))
                     .toObject()
                     .value(QStringLiteral("title"))
                     .toString(),
                 QStringLiteral("Colour stock arrived"));
        QVERIFY(!data.value(QStringLiteral("columns")).toArray().isEmpty());
    }
    QCOMPARE(changes, 1);

    socket.sendTextMessage(QStringLiteral(
        R"({"topic":"realtime:desk","event":"phx_leave","payload":{},"ref":"3","join_ref":"2"})"));
    QTRY_VERIFY_WITH_TIMEOUT(
        findMessage(QStringLiteral("phx_reply"), QStringLiteral("3")).has_value(), 30000);
    socket.close();
}

QTEST_GUILESS_MAIN(TstLocalbase)
#include "tst_localbase.moc"
