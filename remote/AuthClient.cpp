#include "remote/AuthClient.h"

#include "remote/RemoteLog.h"
#include "remote/ReplyOutcome.h"
#include "remote/TlsSetup.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

namespace Chairside {

namespace {

const auto kApiVersion = QByteArrayLiteral("2024-01-01");

// GoTrue's two error formats, the OAuth2 one and the gateway's, reduced to code + server text.
void parseError(const QJsonObject &body, QString *code, QString *text)
{
    const QJsonValue codeValue = body.value(QStringLiteral("code"));
    *code = codeValue.isString() ? codeValue.toString()
                                 : body.value(QStringLiteral("error_code")).toString();
    if (code->isEmpty())
        *code = body.value(QStringLiteral("error")).toString();
    for (const auto *key : {"msg", "message", "error_description", "error"}) {
        const QJsonValue value = body.value(QLatin1String(key));
        if (value.isString() && !value.toString().isEmpty()) {
            *text = value.toString();
            return;
        }
    }
}

AuthSession parseSession(const QJsonObject &body)
{
    AuthSession session;
    session.accessToken = body.value(QStringLiteral("access_token")).toString();
    session.refreshToken = body.value(QStringLiteral("refresh_token")).toString();
    session.expiresIn = body.value(QStringLiteral("expires_in")).toInteger();
    session.expiresAt = body.value(QStringLiteral("expires_at")).toInteger();
    const QJsonObject user = body.value(QStringLiteral("user")).toObject();
    session.userId = user.value(QStringLiteral("id")).toString();
    session.email = user.value(QStringLiteral("email")).toString();
    return session;
}

} // namespace

RpcResult::Status AuthResult::rpcStatus() const
{
    switch (status) {
    case Status::Ok:
        return RpcResult::Status::Ok;
    case Status::InvalidCredentials:
    case Status::TokenRefused:
        return RpcResult::Status::SignedOut;
    case Status::RateLimited:
        return RpcResult::Status::RateLimited;
    case Status::ServerError:
        return RpcResult::Status::ServerError;
    case Status::RequestError:
        return RpcResult::Status::RequestError;
    case Status::NetworkError:
        return RpcResult::Status::NetworkError;
    case Status::TlsError:
        return RpcResult::Status::TlsError;
    case Status::Timeout:
        return RpcResult::Status::Timeout;
    case Status::MalformedReply:
        return RpcResult::Status::MalformedReply;
    }
    return RpcResult::Status::NetworkError;
}

AuthClient::AuthClient(BackendConfig config, QSslConfiguration ssl, QNetworkAccessManager *network,
                       QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_ssl(std::move(ssl))
    , m_network(network)
{}

QNetworkReply *AuthClient::post(const QString &path, const QString &query, const QByteArray &body,
                                const QString &bearer)
{
    QUrl url = m_config.endpoint(path);
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest request(url);
    TlsSetup::prepare(request, m_ssl);
    request.setTransferTimeout(int(m_timeout.count()));
    request.setRawHeader("apikey", m_config.anonKey.toUtf8());
    request.setRawHeader("X-Supabase-Api-Version", kApiVersion);
    request.setRawHeader("Accept", "application/json");
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_network->post(request, body);
    // Owned here so that destroying the client aborts what it started.
    reply->setParent(this);
    return reply;
}

void AuthClient::signInWithPassword(const QString &email, const QString &password, Done done)
{
    qCInfo(lcRemote) << "signing in" << maskEmail(email);
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("email"), email},
                                                      {QStringLiteral("password"), password}})
                                .toJson(QJsonDocument::Compact);
    grant(QStringLiteral("password"), body, std::move(done));
}

void AuthClient::refresh(const QString &refreshToken, Done done)
{
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("refresh_token"), refreshToken}})
            .toJson(QJsonDocument::Compact);
    grant(QStringLiteral("refresh_token"), body, std::move(done));
}

void AuthClient::grant(const QString &grantType, const QByteArray &body, Done done)
{
    const bool isPassword = grantType == QLatin1String("password");
    QNetworkReply *reply =
        post(QStringLiteral("/auth/v1/token"), QStringLiteral("grant_type=") + grantType, body, {});
    const QString host = m_config.url.host();
    connect(
        reply, &QNetworkReply::finished, this, [reply, isPassword, host, done = std::move(done)] {
            reply->deleteLater();
            const ReplyOutcome outcome = ReplyOutcome::read(reply, host);
            AuthResult result;
            result.httpStatus = outcome.httpStatus;
            switch (outcome.transport) {
            case ReplyOutcome::Transport::Ok:
                break;
            case ReplyOutcome::Transport::Tls:
                result.status = AuthResult::Status::TlsError;
                break;
            case ReplyOutcome::Transport::Timeout:
                result.status = AuthResult::Status::Timeout;
                break;
            case ReplyOutcome::Transport::Truncated:
                result.status = AuthResult::Status::MalformedReply;
                break;
            case ReplyOutcome::Transport::Network:
                result.status = AuthResult::Status::NetworkError;
                break;
            }
            if (outcome.transport != ReplyOutcome::Transport::Ok) {
                result.message = outcome.sentence;
                done(std::move(result));
                return;
            }
            QJsonParseError parseError{};
            const QJsonDocument document = QJsonDocument::fromJson(outcome.body, &parseError);
            const QJsonObject object = document.object();
            const int status = outcome.httpStatus;
            if (status == 200) {
                result.session = parseSession(object);
                if (result.session.accessToken.isEmpty() || result.session.refreshToken.isEmpty()
                    || result.session.expiresIn <= 0) {
                    result.status = AuthResult::Status::MalformedReply;
                    result.message = AuthClient::tr("The sign-in service sent an answer Chairside "
                                                    "cannot read.");
                } else {
                    result.status = AuthResult::Status::Ok;
                    result.session.localExpiry =
                        QDateTime::currentDateTimeUtc().addSecs(result.session.expiresIn);
                }
                done(std::move(result));
                return;
            }
            QString serverText;
            Chairside::parseError(object, &result.code, &serverText);
            if (status == 429) {
                result.status = AuthResult::Status::RateLimited;
                result.message = AuthClient::tr(
                    "Too many sign-in attempts in a short time; wait a minute and try again.");
            } else if (status >= 500) {
                result.status = AuthResult::Status::ServerError;
                result.message =
                    AuthClient::tr("The sign-in service has a problem (HTTP %1); try again "
                                   "in a few minutes.")
                        .arg(status);
            } else if (status == 409) {
                // Concurrent refreshes of one token: transient by GoTrue's own description.
                result.status = AuthResult::Status::ServerError;
                result.message = AuthClient::tr("The sign-in service is busy; try again.");
            } else if (status == 401 && result.code.isEmpty()) {
                // The gateway, not Auth: the app's key is wrong.
                result.status = AuthResult::Status::RequestError;
                result.message = AuthClient::tr("The backend refused the app's anon key; check "
                                                "the backend settings.");
            } else if (isPassword) {
                result.status = AuthResult::Status::InvalidCredentials;
                if (result.code == QLatin1String("email_not_confirmed"))
                    result.message = AuthClient::tr(
                        "This e-mail address has not been confirmed yet; open the link in "
                        "the invitation e-mail first.");
                else if (result.code == QLatin1String("user_banned"))
                    result.message = AuthClient::tr(
                        "This account is blocked; ask the salon owner to unblock it.");
                else if (result.code == QLatin1String("email_provider_disabled"))
                    result.message = AuthClient::tr(
                        "Signing in with e-mail and password is turned off for this salon.");
                else
                    result.message = AuthClient::tr("Wrong e-mail or password.");
            } else {
                result.status = AuthResult::Status::TokenRefused;
                result.message = AuthClient::tr("Your sign-in has ended (it was signed out "
                                                "elsewhere or expired). Please sign in again.");
            }
            qCInfo(lcRemote) << "auth grant refused: HTTP" << status << result.code;
            done(std::move(result));
        });
}

void AuthClient::logout(const QString &accessToken,
                        std::function<void(bool ok, QString message)> done)
{
    QNetworkReply *reply =
        post(QStringLiteral("/auth/v1/logout"), QStringLiteral("scope=local"), {}, accessToken);
    const QString host = m_config.url.host();
    connect(reply, &QNetworkReply::finished, this, [reply, host, done = std::move(done)] {
        reply->deleteLater();
        const ReplyOutcome outcome = ReplyOutcome::read(reply, host);
        if (outcome.transport != ReplyOutcome::Transport::Ok) {
            done(false, outcome.sentence);
            return;
        }
        const int status = outcome.httpStatus;
        // An already ended session (401/403/404) is as signed out as it gets.
        const bool ok =
            (status >= 200 && status < 300) || status == 401 || status == 403 || status == 404;
        done(ok,
             ok ? QString()
                : AuthClient::tr("The server could not end the session (HTTP %1).").arg(status));
    });
}

} // namespace Chairside
