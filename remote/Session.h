#pragma once

#include "remote/AuthClient.h"
#include "remote/BackendConfig.h"
#include "remote/RpcChannel.h"

#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QString>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace Chairside {

class TokenVault;

// An access token handed out by the session, or why there is none.
struct TokenResult
{
    RpcResult::Status status = RpcResult::Status::SignedOut; // Ok, SignedOut or a transient one
    QString accessToken;
    QString message; // a sentence for people when not Ok

    bool isOk() const { return status == RpcResult::Status::Ok; }
};

// The signed-in person on one backend: keeps the access token fresh, rotates the refresh token
// and keeps it in the vault only. At most one refresh is in flight; everyone who needs a token
// meanwhile waits for that one. Thread-agnostic: lives and answers on the thread it belongs to.
class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    enum class State { SignedOut, SigningIn, SignedIn };
    Q_ENUM(State)

    using TokenCallback = std::function<void(TokenResult)>;

    // `network` and `vault` are not owned and must outlive the session.
    Session(BackendConfig config, QSslConfiguration ssl, QNetworkAccessManager *network,
            TokenVault *vault, QObject *parent = nullptr);
    ~Session() override;

    // Outcome: signedIn or signInFailed.
    void signIn(const QString &email, const QString &password);
    // Signs in again with the refresh token saved for `email` on this backend.
    // Outcome: signedIn or signInFailed.
    void restore(const QString &email);
    // Ends the session on the server (best effort), erases the saved token and forgets everything.
    // `done` runs once the server and the keychain have answered.
    void signOut(std::function<void()> done = {});

    // Hands out an access token valid for at least the refresh margin, refreshing first if needed.
    // Always answers asynchronously, exactly once (unless the session is destroyed first).
    void withFreshToken(TokenCallback callback);
    // The access token when it is fresh and no refresh is running, at once; else nothing (then
    // use withFreshToken). Lets a request go out without waiting for a turn of the event loop.
    std::optional<QString> freshTokenNow() const;
    // The server refused `rejectedToken`: refresh (once, shared with concurrent callers) unless the
    // token has already been replaced meanwhile, then hand out the current one.
    void refreshAfterUnauthorized(const QString &rejectedToken, TokenCallback callback);

    State state() const { return m_state; }
    bool isSignedIn() const { return m_state == State::SignedIn; }
    QString userId() const { return m_session.userId; }
    QString email() const { return m_email; }
    QString vaultKey() const;
    // The current access token without any freshness check (for pushing it to Realtime).
    QString currentAccessToken() const { return m_session.accessToken; }

    // Refresh tokens handed to the keychain whose write has not been confirmed yet. A process
    // that ends before they are done would start next time with an outdated token.
    int pendingVaultWrites() const { return m_pendingVaultWrites; }
    // The keychain refused the last refresh token it was given.
    bool lastVaultWriteFailed() const { return m_vaultWriteFailed; }

    // Refresh grants sent since construction (for tests and diagnostics).
    int refreshCount() const { return m_refreshCount; }

    // Refresh when the token expires within this margin (default 60 s). Tokens that live shorter
    // than twice the margin are refreshed at half their life instead, so they never storm.
    void setRefreshMargin(std::chrono::seconds margin) { m_margin = margin; }
    // Whether a timer refreshes ahead of expiry without anyone asking (default on).
    void setAutoRefresh(bool enabled);

    AuthClient *authClient() const { return m_auth; }

Q_SIGNALS:
    void signedIn(const QString &userId, const QString &email);
    void signInFailed(const QString &message, bool transient);
    void signedOut(const QString &reason);
    void stateChanged(Chairside::Session::State state);
    // A new access token after sign-in or a refresh (Realtime pushes it to the server).
    void accessTokenChanged(const QString &accessToken);
    // The keychain answered one write of the refresh token.
    void refreshTokenSaved(bool ok);
    // A refresh failed for a passing reason (network, server); the session is kept.
    void transientProblem(const QString &message);

private:
    void setState(State state);
    void adopt(const AuthSession &session);
    void startRefresh();
    void onRefreshed(const AuthResult &result);
    void flush(const TokenResult &result);
    void deliver(TokenCallback callback, TokenResult result);
    void forget();
    void scheduleRefresh();
    void saveRefreshToken();
    std::chrono::seconds effectiveMargin() const;
    bool tokenIsFresh() const;

    BackendConfig m_config;
    AuthClient *m_auth;
    TokenVault *m_vault;
    QTimer m_refreshTimer;
    State m_state = State::SignedOut;
    AuthSession m_session;
    QString m_email;
    QList<TokenCallback> m_waiting;
    bool m_refreshing = false;
    bool m_refreshForced = false; // the running refresh answers a 401: the old token is dead
    bool m_autoRefresh = true;
    int m_refreshCount = 0;
    int m_pendingVaultWrites = 0;
    bool m_vaultWriteFailed = false;
    int m_transientFailures = 0;
    quint64 m_generation = 0; // bumped on sign-in/out so late answers of an old session are dropped
    std::chrono::seconds m_margin{60};
};

} // namespace Chairside
