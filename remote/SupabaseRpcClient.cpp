#include "remote/SupabaseRpcClient.h"

#include "remote/RemoteLog.h"
#include "remote/ReplyOutcome.h"
#include "remote/Session.h"
#include "remote/TlsSetup.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QUrlQuery>

#include <algorithm>

namespace Chairside {

namespace {

// `body` parsed when it is one complete JSON value (objects, arrays and scalars alike); a
// scalar gives an empty document (QJsonDocument holds only objects and arrays).
std::optional<QJsonDocument> parsedJson(const QByteArray &body)
{
    const auto first = std::find_if_not(body.cbegin(), body.cend(), [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r'; // JSON's whitespace
    });
    QJsonParseError error{};
    if (first != body.cend() && (*first == '{' || *first == '[')) {
        QJsonDocument document = QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError)
            return std::nullopt;
        return document;
    }
    const QJsonDocument wrapped = QJsonDocument::fromJson('[' + body + ']', &error);
    if (error.error != QJsonParseError::NoError || wrapped.array().size() != 1)
        return std::nullopt;
    return QJsonDocument();
}

// The answer to a call that could not get a token (signed out, or the refresh failed).
RpcResult failureFrom(const TokenResult &token)
{
    RpcResult result;
    result.status = token.status;
    result.message = token.message;
    return result;
}

} // namespace

SupabaseRpcClient::SupabaseRpcClient(BackendConfig config, QSslConfiguration ssl,
                                     QNetworkAccessManager *network, Session *session,
                                     QObject *parent)
    : RpcChannel(parent)
    , m_config(std::move(config))
    , m_ssl(std::move(ssl))
    , m_network(network)
    , m_session(session)
{}

void SupabaseRpcClient::call(const QString &function, const QByteArray &jsonBody, Done done)
{
    sendWithToken(function, jsonBody, false, std::move(done));
}

void SupabaseRpcClient::callReadOnly(const QString &function, const QJsonObject &arguments,
                                     Done done, Peek peek, Body body)
{
    sendWithToken(function, QJsonDocument(arguments).toJson(QJsonDocument::Compact), true,
                  std::move(done), std::move(peek), body);
}

void SupabaseRpcClient::sendWithToken(const QString &function, const QByteArray &jsonBody,
                                      bool readOnly, Done done, Peek peek, Body body)
{
    // `done` still comes later, from the reply: only the sending is earlier.
    if (const auto token = m_session->freshTokenNow())
        return send(function, jsonBody, *token, false, std::move(done), readOnly, std::move(peek),
                    body);
    m_session->withFreshToken([this, guard = QPointer<SupabaseRpcClient>(this), function, jsonBody,
                               readOnly, body, done = std::move(done),
                               peek = std::move(peek)](const TokenResult &token) mutable {
        if (!guard)
            return;
        if (!token.isOk())
            return done(failureFrom(token));
        send(function, jsonBody, token.accessToken, false, std::move(done), readOnly,
             std::move(peek), body);
    });
}

void SupabaseRpcClient::currentStaff(Done done)
{
    call(QStringLiteral("current_staff"), QByteArrayLiteral("{}"), std::move(done));
}

namespace {

// A GET's query: PostgREST casts each text value to the argument's type (objects as JSON text).
QUrlQuery queryFrom(const QByteArray &jsonBody)
{
    QUrlQuery query;
    const QJsonObject arguments = QJsonDocument::fromJson(jsonBody).object();
    for (auto it = arguments.begin(); it != arguments.end(); ++it) {
        const QJsonValue value = it.value();
        QString text;
        if (value.isNull() || value.isUndefined())
            continue; // the argument's default
        if (value.isString())
            text = value.toString();
        else if (value.isObject())
            text =
                QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        else if (value.isArray())
            text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        else if (value.isBool())
            text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        else
            text = QString::number(value.toDouble(), 'g', 17);
        query.addQueryItem(it.key(), QString::fromUtf8(QUrl::toPercentEncoding(text)));
    }
    return query;
}

} // namespace

void SupabaseRpcClient::send(const QString &function, const QByteArray &jsonBody,
                             const QString &accessToken, bool isRetry, Done done, bool readOnly,
                             Peek peek, Body body)
{
    QUrl url = m_config.endpoint(QStringLiteral("/rest/v1/rpc/") + function);
    if (readOnly)
        url.setQuery(queryFrom(jsonBody));
    QNetworkRequest request(url);
    TlsSetup::prepare(request, m_ssl);
    request.setTransferTimeout(int(m_timeout.count()));
    request.setRawHeader("apikey", m_config.anonKey.toUtf8());
    request.setRawHeader("Authorization", "Bearer " + accessToken.toUtf8());
    request.setRawHeader("Accept", "application/json");
    ++m_requestCount;
    QNetworkReply *reply = nullptr;
    if (readOnly) {
        reply = m_network->get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        reply = m_network->post(request, jsonBody.isEmpty() ? QByteArrayLiteral("{}") : jsonBody);
    }
    reply->setParent(this); // destroying the client aborts its requests
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, function, jsonBody, accessToken, isRetry, readOnly, body,
             done = std::move(done), peek = std::move(peek)] {
                reply->deleteLater();
                const ReplyOutcome outcome = ReplyOutcome::read(reply, m_config.url.host());
                if (outcome.transport == ReplyOutcome::Transport::Ok && outcome.httpStatus == 401
                    && !isRetry) {
                    qCInfo(lcRemote) << "rpc" << function << "got 401, refreshing once";
                    m_session->refreshAfterUnauthorized(
                        accessToken,
                        [this, guard = QPointer<SupabaseRpcClient>(this), function, jsonBody,
                         readOnly, body, done, peek](const TokenResult &token) {
                            if (!guard)
                                return;
                            if (!token.isOk())
                                return done(failureFrom(token));
                            send(function, jsonBody, token.accessToken, true, done, readOnly, peek,
                                 body);
                        });
                    return;
                }
                if (peek && outcome.transport == ReplyOutcome::Transport::Ok
                    && outcome.httpStatus >= 200 && outcome.httpStatus < 300)
                    peek(outcome.body);
                RpcResult result = interpret(outcome, body);
                if (!result.isOk())
                    qCInfo(lcRemote) << "rpc" << function << "failed:" << int(result.status)
                                     << result.httpStatus << result.code;
                done(std::move(result));
            });
}

RpcResult SupabaseRpcClient::interpret(const ReplyOutcome &outcome, Body body) const
{
    RpcResult result;
    result.httpStatus = outcome.httpStatus;
    result.body = outcome.body;
    result.retryAfter = outcome.retryAfter();
    if (outcome.transport != ReplyOutcome::Transport::Ok) {
        result.status = outcome.transportStatus();
        result.message = outcome.sentence;
        return result;
    }
    const int status = outcome.httpStatus;
    if (status >= 200 && status < 300) {
        // 204: a function returning void.
        if (body == Body::Raw) {
            result.status = RpcResult::Status::Ok; // the caller reads and checks the body
            return result;
        }
        std::optional<QJsonDocument> json;
        if (status != 204)
            json = parsedJson(outcome.body);
        if (status == 204 || json) {
            result.status = RpcResult::Status::Ok;
            if (json)
                result.json = std::move(*json);
        } else {
            result.status = RpcResult::Status::MalformedReply;
            result.message = tr("The server's answer was incomplete or not readable.");
        }
        return result;
    }
    // PostgREST error body: {"code","message","details","hint"}; gateway: {"message","hint"}.
    const QJsonObject error = QJsonDocument::fromJson(outcome.body).object();
    result.code = error.value(QStringLiteral("code")).toString();
    const QString serverText = error.value(QStringLiteral("message")).toString();
    if (status == 401) {
        result.status = RpcResult::Status::Unauthorized;
        result.message = tr("The server did not accept the sign-in, even after renewing it. "
                            "Please sign in again.");
    } else if (status == 403) {
        result.status = RpcResult::Status::Forbidden;
        result.message = serverText.isEmpty()
                             ? tr("Your account is not allowed to do this.")
                             : tr("Your account is not allowed to do this (%1).").arg(serverText);
    } else if (status == 429) {
        result.status = RpcResult::Status::RateLimited;
        result.message = tr("The server is busy with too many requests; Chairside will try "
                            "again shortly.");
    } else if (status >= 500) {
        result.status = RpcResult::Status::ServerError;
        result.message =
            tr("The server had a problem (HTTP %1); Chairside will try again.").arg(status);
    } else {
        result.status = RpcResult::Status::RequestError;
        result.message = serverText.isEmpty()
                             ? tr("The server refused the request (HTTP %1).").arg(status)
                             : serverText;
    }
    return result;
}

} // namespace Chairside
