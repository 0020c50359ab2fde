#pragma once

#include "remote/BackendConfig.h"
#include "remote/RpcChannel.h"

#include <QDateTime>
#include <QObject>
#include <QSslConfiguration>
#include <QString>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Chairside {

// A signed-in Supabase session as the Auth server handed it out.
struct AuthSession
{
    QString accessToken;
    QString refreshToken;
    qint64 expiresIn = 0; // seconds the access token lives
    qint64 expiresAt = 0; // server clock, Unix seconds (informational)
    // Local clock time the access token expires: received-at + expires_in, so a wrong local
    // clock does not make every token look expired.
    QDateTime localExpiry;
    QString userId;
    QString email;
};

struct AuthResult
{
    enum class Status {
        Ok,
        InvalidCredentials, // wrong e-mail or password, or not allowed to sign in
        TokenRefused,       // the refresh token is unknown, reused, revoked or its session ended
        RateLimited,        // 429: try later, the session is still fine
        ServerError,        // 5xx
        RequestError,       // any other refusal
        NetworkError,
        TlsError,
        Timeout,
        MalformedReply,
    };

    Status status = Status::NetworkError;
    int httpStatus = 0;
    QString code;    // GoTrue error_code ("invalid_credentials", "refresh_token_already_used")
    QString message; // a sentence for people
    AuthSession session;

    bool isOk() const { return status == Status::Ok; }
    // Worth trying again later with the same credentials.
    bool isTransient() const
    {
        return status == Status::RateLimited || status == Status::ServerError
               || status == Status::NetworkError || status == Status::Timeout
               || status == Status::MalformedReply;
    }
    // How an RPC caller waiting for this result should see it.
    RpcResult::Status rpcStatus() const;
};

// Supabase Auth (GoTrue) token grants and logout. Every call answers exactly once through its
// callback, on this object's thread; nothing is answered after the client is destroyed.
class AuthClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthClient)

public:
    using Done = std::function<void(AuthResult)>;

    AuthClient(BackendConfig config, QSslConfiguration ssl, QNetworkAccessManager *network,
               QObject *parent = nullptr);

    void signInWithPassword(const QString &email, const QString &password, Done done);
    void refresh(const QString &refreshToken, Done done);
    // Ends the session on the server (scope "local": other devices stay signed in). Success and
    // the 401/403/404 of an already ended session both count as done.
    void logout(const QString &accessToken, std::function<void(bool ok, QString message)> done);

    void setTransferTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

private:
    QNetworkReply *post(const QString &path, const QString &query, const QByteArray &body,
                        const QString &bearer);
    void grant(const QString &grantType, const QByteArray &body, Done done);

    BackendConfig m_config;
    QSslConfiguration m_ssl;
    QNetworkAccessManager *m_network;
    std::chrono::milliseconds m_timeout{30000};
};

} // namespace Chairside
