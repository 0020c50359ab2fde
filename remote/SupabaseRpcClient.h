#pragma once

#include "remote/BackendConfig.h"
#include "remote/RpcChannel.h"

#include <QSslConfiguration>

#include <chrono>

class QNetworkAccessManager;

namespace Chairside {

class Session;
struct ReplyOutcome;

// RpcChannel over PostgREST: `POST /rest/v1/rpc/<function>` as the session's person.
// A 401 leads to exactly one token refresh and one retry; every other outcome is sorted into an
// RpcResult status with a sentence for people.
class SupabaseRpcClient final : public RpcChannel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupabaseRpcClient)

public:
    // `network` and `session` are not owned and must outlive the client.
    SupabaseRpcClient(BackendConfig config, QSslConfiguration ssl, QNetworkAccessManager *network,
                      Session *session, QObject *parent = nullptr);

    void call(const QString &function, const QByteArray &jsonBody, Done done) override;
    void callReadOnly(const QString &function, const QJsonObject &arguments, Done done,
                      Peek peek = {}, Body body = Body::Json) override;

    // The caller's staff_members row (JSON object) or `null` when the account is not set up.
    void currentStaff(Done done);

    // No progress for this long ends a request with Timeout (default 30 s).
    void setTransferTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // HTTP requests sent (a retried call counts twice).
    int requestCount() const { return m_requestCount; }

private:
    // Sends as soon as a fresh access token is at hand.
    void sendWithToken(const QString &function, const QByteArray &jsonBody, bool readOnly,
                       Done done, Peek peek = {}, Body body = Body::Json);
    // A POST with `jsonBody`, or with `readOnly` a GET with the body's members as the query.
    void send(const QString &function, const QByteArray &jsonBody, const QString &accessToken,
              bool isRetry, Done done, bool readOnly = false, Peek peek = {},
              Body body = Body::Json);
    RpcResult interpret(const ReplyOutcome &outcome, Body body) const;

    BackendConfig m_config;
    QSslConfiguration m_ssl;
    QNetworkAccessManager *m_network;
    Session *m_session;
    std::chrono::milliseconds m_timeout{30000};
    int m_requestCount = 0;
};

} // namespace Chairside
