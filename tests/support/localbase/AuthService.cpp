#include "AuthService.h"

#include "Gateway.h"
#include "Jwt.h"
#include "PgConnections.h"
#include "PgError.h"
#include "RestService.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <optional>
#include <variant>

namespace Chairside::Localbase {

namespace {

// A transaction on the admin connection that rolls back unless committed.
class AdminTransaction final
{
public:
    AdminTransaction()
    {
        m_db = PgConnections::connection(PgConnections::Purpose::Admin, &m_error);
        if (m_db.isValid() && m_db.isOpen())
            m_open = exec(QStringLiteral("begin"), {}).has_value() == false;
    }
    ~AdminTransaction()
    {
        if (m_open)
            exec(QStringLiteral("rollback"), {});
    }
    AdminTransaction(const AdminTransaction &) = delete;
    AdminTransaction &operator=(const AdminTransaction &) = delete;

    bool isOpen() const { return m_open; }
    QString openError() const { return m_error; }

    std::optional<PgError> exec(const QString &sql, const QVariantList &params,
                                QSqlQuery *out = nullptr)
    {
        auto error = RestService::run(m_db, sql, params, out);
        if (error && error->isConnectionFailure())
            PgConnections::discard(PgConnections::Purpose::Admin);
        return error;
    }
    std::optional<PgError> commit()
    {
        m_open = false;
        return exec(QStringLiteral("commit"), {});
    }

private:
    QSqlDatabase m_db;
    QString m_error;
    bool m_open = false;
};

HttpResponse serverError(const HttpRequest &request, const QString &detail)
{
    qWarning("localbase auth: %s", qPrintable(detail));
    return AuthService::error(
        request, 500, QStringLiteral("unexpected_failure"),
        QStringLiteral("Unexpected failure, please check server logs for more information"));
}

QJsonObject jsonObject(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

} // namespace

AuthService::AuthService(const ServerContext &context)
    : m_context(context)
{}

QString AuthService::bootstrapSql()
{
    return QStringLiteral(R"SQL(
create schema if not exists localbase;
revoke all on schema localbase from public;
create table if not exists localbase.sessions (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  created_at timestamptz not null default now(),
  refreshed_at timestamptz
);
create table if not exists localbase.refresh_tokens (
  id bigserial primary key,
  token text not null unique,
  session_id uuid not null references localbase.sessions (id) on delete cascade,
  parent text,
  revoked boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index if not exists refresh_tokens_session on localbase.refresh_tokens (session_id, id);
revoke all on all tables in schema localbase from public;
create or replace function localbase.ts(t timestamptz) returns text
language sql immutable as $$ select to_char(t at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') $$;
create or replace function localbase.user_json(uid uuid) returns jsonb
language sql stable as $$
  select jsonb_build_object(
    'id', u.id, 'aud', coalesce(u.aud, 'authenticated'), 'role', coalesce(nullif(u.role, ''), 'authenticated'),
    'email', coalesce(u.email, ''), 'phone', coalesce(u.phone, ''),
    'app_metadata', coalesce(u.raw_app_meta_data, '{"provider":"email","providers":["email"]}'::jsonb),
    'user_metadata', coalesce(u.raw_user_meta_data, '{}'::jsonb),
    'identities', '[]'::jsonb, 'is_anonymous', coalesce(u.is_anonymous, false))
    || jsonb_strip_nulls(jsonb_build_object(
    'email_confirmed_at', localbase.ts(u.email_confirmed_at),
    'phone_confirmed_at', localbase.ts(u.phone_confirmed_at),
    'confirmed_at', localbase.ts(coalesce(u.email_confirmed_at, u.phone_confirmed_at)),
    'last_sign_in_at', localbase.ts(u.last_sign_in_at),
    'created_at', localbase.ts(u.created_at), 'updated_at', localbase.ts(u.updated_at)))
  from auth.users u where u.id = uid
$$;
)SQL");
}

QByteArray AuthService::randomToken(int length)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QByteArray token(length, Qt::Uninitialized);
    for (int i = 0; i < length; ++i)
        token[i] = alphabet[QRandomGenerator::system()->bounded(36)];
    return token;
}

HttpResponse AuthService::error(const HttpRequest &request, int status, const QString &code,
                                const QString &message)
{
    const QByteArray version = request.header("x-supabase-api-version");
    HttpResponse response;
    if (!version.isEmpty() && version >= "2024-01-01") {
        response = HttpResponse::json(status, QJsonObject{{QStringLiteral("code"), code},
                                                          {QStringLiteral("message"), message}});
        response.setHeader("X-Supabase-Api-Version", version);
    } else {
        QJsonObject body{{QStringLiteral("code"), status},
                         {QStringLiteral("error_code"), code},
                         {QStringLiteral("msg"), message}};
        if (status >= 500)
            body.insert(QStringLiteral("error_id"),
                        QUuid::createUuid().toString(QUuid::WithoutBraces));
        response = HttpResponse::json(status, body);
    }
    response.setHeader("x-sb-error-code", code.toUtf8());
    return response;
}

HttpResponse AuthService::handle(const HttpRequest &request) const
{
    const QString route = request.path.mid(QStringLiteral("/auth/v1").size());
    if (route == QStringLiteral("/token") && request.method == "POST") {
        QJsonParseError parseError;
        const QByteArray raw =
            request.body.trimmed().isEmpty() ? QByteArrayLiteral("{}") : request.body;
        const QJsonDocument document = QJsonDocument::fromJson(raw, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return error(request, 400, QStringLiteral("bad_json"),
                         QStringLiteral("Could not parse request body as JSON: %1")
                             .arg(parseError.error != QJsonParseError::NoError
                                      ? parseError.errorString()
                                      : QStringLiteral("expected an object")));
        const QString grant = request.queryValue(QStringLiteral("grant_type"));
        if (grant == QStringLiteral("password"))
            return passwordGrant(request, document.object());
        if (grant == QStringLiteral("refresh_token"))
            return refreshGrant(request, document.object());
        return error(request, 400, QStringLiteral("invalid_credentials"),
                     QStringLiteral("unsupported_grant_type"));
    }
    if (route == QStringLiteral("/user") && request.method == "GET")
        return user(request);
    if (route == QStringLiteral("/logout") && request.method == "POST")
        return logout(request);
    if (route == QStringLiteral("/.well-known/jwks.json") && request.method == "GET") {
        HttpResponse response = HttpResponse::json(200, QByteArrayLiteral(R"({"keys":[]})"));
        response.setHeader("Cache-Control", "public, max-age=600");
        return response;
    }
    if (route == QStringLiteral("/health") && request.method == "GET")
        return HttpResponse::json(
            200,
            QByteArrayLiteral(
                R"({"version":"localbase","name":"GoTrue","description":"chairside-localbase"})"));
    return error(request, 404, QStringLiteral("not_found"), QStringLiteral("Not Found"));
}

QJsonObject AuthService::accessClaims(const QJsonObject &user, const QString &sessionId,
                                      qint64 now) const
{
    return QJsonObject{
        {QStringLiteral("iss"), QString(m_context.publicUrl + QStringLiteral("/auth/v1"))},
        {QStringLiteral("sub"), user.value(QStringLiteral("id"))},
        {QStringLiteral("aud"), user.value(QStringLiteral("aud"))},
        {QStringLiteral("exp"), now + m_context.jwtExpirySeconds},
        {QStringLiteral("iat"), now},
        {QStringLiteral("email"), user.value(QStringLiteral("email"))},
        {QStringLiteral("phone"), user.value(QStringLiteral("phone"))},
        {QStringLiteral("app_metadata"), user.value(QStringLiteral("app_metadata"))},
        {QStringLiteral("user_metadata"), user.value(QStringLiteral("user_metadata"))},
        {QStringLiteral("role"), user.value(QStringLiteral("role"))},
        {QStringLiteral("aal"), QStringLiteral("aal1")},
        {QStringLiteral("amr"),
         QJsonArray{QJsonObject{{QStringLiteral("method"), QStringLiteral("password")},
                                {QStringLiteral("timestamp"), now}}}},
        {QStringLiteral("session_id"), sessionId},
        {QStringLiteral("is_anonymous"), user.value(QStringLiteral("is_anonymous"))}};
}

HttpResponse AuthService::sessionResponse(const QJsonObject &user, const QString &sessionId,
                                          const QString &refreshToken) const
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QByteArray accessToken =
        Jwt::sign(accessClaims(user, sessionId, now), m_context.jwtSecret);
    HttpResponse response = HttpResponse::json(
        200, QJsonObject{{QStringLiteral("access_token"), QString::fromLatin1(accessToken)},
                         {QStringLiteral("token_type"), QStringLiteral("bearer")},
                         {QStringLiteral("expires_in"), m_context.jwtExpirySeconds},
                         {QStringLiteral("expires_at"), now + m_context.jwtExpirySeconds},
                         {QStringLiteral("refresh_token"), refreshToken},
                         {QStringLiteral("user"), user}});
    response.setHeader("sb-auth-user-id", user.value(QStringLiteral("id")).toString().toUtf8());
    response.setHeader("sb-auth-session-id", sessionId.toUtf8());
    return response;
}

HttpResponse AuthService::passwordGrant(const HttpRequest &request, const QJsonObject &body) const
{
    const QString email = body.value(QStringLiteral("email")).toString().trimmed();
    const QString phone = body.value(QStringLiteral("phone")).toString().trimmed();
    const QString password = body.value(QStringLiteral("password")).toString();
    if (!email.isEmpty() && !phone.isEmpty())
        return error(
            request, 400, QStringLiteral("validation_failed"),
            QStringLiteral("Only an email address or phone number should be provided on login."));
    if (email.isEmpty() && phone.isEmpty())
        return error(request, 400, QStringLiteral("validation_failed"),
                     QStringLiteral("missing email or phone"));
    auto invalid = [&] {
        return error(request, 400, QStringLiteral("invalid_credentials"),
                     QStringLiteral("Invalid login credentials"));
    };
    if (email.isEmpty() || password.isEmpty())
        return invalid();

    AdminTransaction tx;
    if (!tx.isOpen())
        return serverError(request, tx.openError());
    QSqlQuery query;
    if (auto e =
            tx.exec(QStringLiteral(
                        "select u.id::text, u.email_confirmed_at is not null,"
                        " coalesce(u.banned_until > now(), false)"
                        " from auth.users u"
                        " where lower(u.email) = lower(?) and u.deleted_at is null"
                        "   and u.encrypted_password like '$2%'"
                        "   and u.encrypted_password = extensions.crypt(?, u.encrypted_password)"),
                    {email, password}, &query))
        return serverError(request, e->message);
    if (!query.next())
        return invalid();
    const QString userId = query.value(0).toString();
    if (!query.value(1).toBool())
        return error(request, 400, QStringLiteral("email_not_confirmed"),
                     QStringLiteral("Email not confirmed"));
    if (query.value(2).toBool())
        return error(request, 400, QStringLiteral("user_banned"), QStringLiteral("User is banned"));

    QSqlQuery session;
    if (auto e = tx.exec(
            QStringLiteral(
                "insert into localbase.sessions (user_id) values (?::uuid) returning id::text"),
            {userId}, &session))
        return serverError(request, e->message);
    session.next();
    const QString sessionId = session.value(0).toString();
    const QString refreshToken = QString::fromLatin1(randomToken(32));
    if (auto e = tx.exec(
            QStringLiteral(
                "insert into localbase.refresh_tokens (token, session_id) values (?, ?::uuid)"),
            {refreshToken, sessionId}))
        return serverError(request, e->message);
    QSqlQuery userRow;
    if (auto e = tx.exec(
            QStringLiteral("update auth.users set last_sign_in_at = now() where id = ?::uuid"),
            {userId}))
        return serverError(request, e->message);
    if (auto e = tx.exec(QStringLiteral("select localbase.user_json(?::uuid)::text"), {userId},
                         &userRow))
        return serverError(request, e->message);
    userRow.next();
    const QJsonObject userJson = jsonObject(userRow.value(0));
    if (auto e = tx.commit())
        return serverError(request, e->message);
    return sessionResponse(userJson, sessionId, refreshToken);
}

HttpResponse AuthService::refreshGrant(const HttpRequest &request, const QJsonObject &body) const
{
    const QString presented = body.value(QStringLiteral("refresh_token")).toString();
    if (presented.size() < 12)
        return error(request, 400, QStringLiteral("validation_failed"),
                     QStringLiteral("Refresh token is not valid"));
    AdminTransaction tx;
    if (!tx.isOpen())
        return serverError(request, tx.openError());
    // The row lock serialises concurrent refreshes of one token, like GoTrue's.
    QSqlQuery row;
    if (auto e = tx.exec(
            QStringLiteral(
                "select r.session_id::text, r.revoked, s.user_id::text,"
                " extract(epoch from now() - r.updated_at)::float8"
                " from localbase.refresh_tokens r join localbase.sessions s on s.id = r.session_id"
                " where r.token = ? for update of r"),
            {presented}, &row))
        return serverError(request, e->message);
    if (!row.next())
        return error(request, 400, QStringLiteral("refresh_token_not_found"),
                     QStringLiteral("Invalid Refresh Token: Refresh Token Not Found"));
    const QString sessionId = row.value(0).toString();
    const bool revoked = row.value(1).toBool();
    const QString userId = row.value(2).toString();
    const double secondsSinceRevocation = row.value(3).toDouble();

    QString issued;
    if (!revoked) {
        issued = QString::fromLatin1(randomToken(32));
        if (auto e =
                tx.exec(QStringLiteral(
                            "update localbase.refresh_tokens set revoked = true, updated_at = now()"
                            " where token = ?"),
                        {presented}))
            return serverError(request, e->message);
        if (auto e = tx.exec(
                QStringLiteral("insert into localbase.refresh_tokens (token, session_id, parent)"
                               " values (?, ?::uuid, ?)"),
                {issued, sessionId, presented}))
            return serverError(request, e->message);
    } else {
        QSqlQuery active;
        if (auto e = tx.exec(
                QStringLiteral("select token, coalesce(parent, '') from localbase.refresh_tokens"
                               " where session_id = ?::uuid and not revoked"
                               " order by id desc limit 1 for update"),
                {sessionId}, &active))
            return serverError(request, e->message);
        const bool hasActive = active.next();
        const bool parentOfActive = hasActive && active.value(1).toString() == presented;
        const bool withinReuseWindow =
            hasActive && secondsSinceRevocation < double(m_context.refreshReuseSeconds);
        if (parentOfActive || withinReuseWindow) {
            issued = active.value(0).toString();
        } else {
            // Reuse outside the window: revoke the whole family (GoTrue with rotation on).
            if (auto e =
                    tx.exec(QStringLiteral(
                                "update localbase.refresh_tokens set revoked = true,"
                                " updated_at = now() where session_id = ?::uuid and not revoked"),
                            {sessionId}))
                return serverError(request, e->message);
            if (auto e = tx.commit())
                return serverError(request, e->message);
            return error(request, 400, QStringLiteral("refresh_token_already_used"),
                         QStringLiteral("Invalid Refresh Token: Already Used"));
        }
    }
    if (auto e = tx.exec(
            QStringLiteral("update localbase.sessions set refreshed_at = now() where id = ?::uuid"),
            {sessionId}))
        return serverError(request, e->message);
    QSqlQuery userRow;
    if (auto e = tx.exec(QStringLiteral("select localbase.user_json(?::uuid)::text"), {userId},
                         &userRow))
        return serverError(request, e->message);
    if (!userRow.next() || userRow.value(0).isNull())
        return error(request, 400, QStringLiteral("session_not_found"),
                     QStringLiteral("Invalid Refresh Token: No Valid Session Found"));
    const QJsonObject userJson = jsonObject(userRow.value(0));
    if (auto e = tx.commit())
        return serverError(request, e->message);
    return sessionResponse(userJson, sessionId, issued);
}

namespace {

struct BearerUser
{
    QString userId;
    QString sessionId;
};

// GoTrue's requireAuthentication: 401 without a bearer, 403 for bad tokens (no leeway).
std::variant<BearerUser, HttpResponse> requireUser(const ServerContext &context,
                                                   const HttpRequest &request)
{
    const QByteArray token = Gateway::bearerToken(request);
    if (token.isEmpty())
        return AuthService::error(request, 401, QStringLiteral("no_authorization"),
                                  QStringLiteral("This endpoint requires a valid Bearer token"));
    const auto verified =
        Jwt::verify(token, context.jwtSecret, QDateTime::currentSecsSinceEpoch(), 0);
    if (verified.status == Jwt::Status::Expired)
        return AuthService::error(
            request, 403, QStringLiteral("bad_jwt"),
            QStringLiteral("invalid JWT: unable to parse or verify signature, "
                           "token has invalid claims: token is expired"));
    if (verified.status != Jwt::Status::Valid)
        return AuthService::error(
            request, 403, QStringLiteral("bad_jwt"),
            QStringLiteral("invalid JWT: unable to parse or verify signature, %1")
                .arg(verified.message));
    BearerUser who;
    who.userId = verified.claims.value(QStringLiteral("sub")).toString();
    who.sessionId = verified.claims.value(QStringLiteral("session_id")).toString();
    if (who.userId.isEmpty())
        return AuthService::error(request, 403, QStringLiteral("bad_jwt"),
                                  QStringLiteral("invalid claim: missing sub claim"));
    if (QUuid::fromString(who.userId).isNull()
        || (!who.sessionId.isEmpty() && QUuid::fromString(who.sessionId).isNull()))
        return AuthService::error(
            request, 403, QStringLiteral("bad_jwt"),
            QStringLiteral("invalid JWT: unable to parse or verify signature, invalid claims"));
    return who;
}

} // namespace

HttpResponse AuthService::user(const HttpRequest &request) const
{
    auto required = requireUser(m_context, request);
    if (auto *response = std::get_if<HttpResponse>(&required))
        return *response;
    const BearerUser who = std::get<BearerUser>(required);
    AdminTransaction tx;
    if (!tx.isOpen())
        return serverError(request, tx.openError());
    QSqlQuery query;
    if (auto e =
            tx.exec(QStringLiteral("select localbase.user_json(?::uuid)::text,"
                                   " ?::text = '' or exists (select 1 from localbase.sessions s"
                                   "   where s.id::text = ?::text)"),
                    {who.userId, who.sessionId, who.sessionId}, &query))
        return serverError(request, e->message);
    query.next();
    if (query.value(0).isNull())
        return error(request, 403, QStringLiteral("user_not_found"),
                     QStringLiteral("User from sub claim in JWT does not exist"));
    if (!query.value(1).toBool())
        return error(request, 403, QStringLiteral("session_not_found"),
                     QStringLiteral("Session from session_id claim in JWT does not exist"));
    return HttpResponse::json(200, query.value(0).toString().toUtf8());
}

HttpResponse AuthService::logout(const HttpRequest &request) const
{
    QString scope = request.queryValue(QStringLiteral("scope"));
    if (scope.isEmpty())
        scope = QStringLiteral("global");
    if (scope != QStringLiteral("global") && scope != QStringLiteral("local")
        && scope != QStringLiteral("others"))
        return error(request, 400, QStringLiteral("validation_failed"),
                     QStringLiteral("Unsupported logout scope \"%1\"").arg(scope));
    auto required = requireUser(m_context, request);
    if (auto *response = std::get_if<HttpResponse>(&required))
        return *response;
    const BearerUser who = std::get<BearerUser>(required);
    AdminTransaction tx;
    if (!tx.isOpen())
        return serverError(request, tx.openError());
    QSqlQuery query;
    if (auto e = tx.exec(
            QStringLiteral(
                "select exists (select 1 from localbase.sessions s where s.id::text = ?::text)"),
            {who.sessionId}, &query))
        return serverError(request, e->message);
    query.next();
    if (!query.value(0).toBool())
        return error(request, 403, QStringLiteral("session_not_found"),
                     QStringLiteral("Session from session_id claim in JWT does not exist"));
    QString sql;
    if (scope == QStringLiteral("global"))
        sql = QStringLiteral(
            "delete from localbase.sessions where user_id = ?::uuid and ?::text is not null");
    else if (scope == QStringLiteral("local"))
        sql = QStringLiteral(
            "delete from localbase.sessions where ?::text is not null and id::text = ?::text");
    else
        sql = QStringLiteral(
            "delete from localbase.sessions where user_id = ?::uuid and id::text <> ?::text");
    const QVariantList params{who.userId, who.sessionId};
    if (auto e = tx.exec(sql, params))
        return serverError(request, e->message);
    if (auto e = tx.commit())
        return serverError(request, e->message);
    return HttpResponse::empty(204);
}

} // namespace Chairside::Localbase
