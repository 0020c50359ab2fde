#include "remote/Session.h"

#include "remote/RemoteLog.h"
#include "remote/TokenVault.h"

#include <QDateTime>
#include <QPointer>

#include <algorithm>
#include <memory>
#include <utility>

namespace Chairside {

Session::Session(BackendConfig config, QSslConfiguration ssl, QNetworkAccessManager *network,
                 TokenVault *vault, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_auth(new AuthClient(std::move(config), std::move(ssl), network, this))
    , m_vault(vault)
    , m_refreshTimer(this) // a child, so it follows the session to another thread
{
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        if (m_autoRefresh && m_state == State::SignedIn && !m_refreshing)
            startRefresh();
    });
}

Session::~Session() = default;

QString Session::vaultKey() const
{
    return TokenVault::keyFor(m_config.hostKey(), m_email);
}

void Session::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void Session::setAutoRefresh(bool enabled)
{
    m_autoRefresh = enabled;
    if (!enabled)
        m_refreshTimer.stop();
    else if (m_state == State::SignedIn)
        scheduleRefresh();
}

std::chrono::seconds Session::effectiveMargin() const
{
    return std::min(m_margin, std::chrono::seconds(m_session.expiresIn / 2));
}

bool Session::tokenIsFresh() const
{
    if (m_session.accessToken.isEmpty())
        return false;
    return QDateTime::currentDateTimeUtc().addSecs(effectiveMargin().count())
           < m_session.localExpiry;
}

void Session::deliver(TokenCallback callback, TokenResult result)
{
    // Always asynchronous, so callers never see their callback run inside their own call.
    QTimer::singleShot(0, this, [callback = std::move(callback), result = std::move(result)] {
        callback(result);
    });
}

void Session::flush(const TokenResult &result)
{
    const QList<TokenCallback> waiting = std::exchange(m_waiting, {});
    for (const TokenCallback &callback : waiting)
        callback(result);
}

void Session::adopt(const AuthSession &session)
{
    const QString userId = m_session.userId;
    m_session = session;
    // A refresh answer may leave the user out; the account did not change.
    if (m_session.userId.isEmpty())
        m_session.userId = userId;
    if (!session.email.isEmpty())
        m_email = session.email.trimmed().toLower();
    m_transientFailures = 0;
    saveRefreshToken();
    scheduleRefresh();
    Q_EMIT accessTokenChanged(m_session.accessToken);
}

void Session::saveRefreshToken()
{
    if (!m_vault)
        return;
    ++m_pendingVaultWrites;
    // The vault may outlive the session (it is not owned): answer only a session still there.
    m_vault->write(vaultKey(), m_session.refreshToken,
                   [self = QPointer<Session>(this)](const VaultResult &result) {
                       // The session goes on in memory; next start the person signs in again.
                       if (!result.isOk())
                           qCWarning(lcRemote)
                               << "could not save the refresh token:" << result.message;
                       if (!self)
                           return;
                       Session *const session = self.data();
                       --session->m_pendingVaultWrites;
                       session->m_vaultWriteFailed = !result.isOk();
                       Q_EMIT session->refreshTokenSaved(result.isOk());
                   });
}

void Session::scheduleRefresh()
{
    m_refreshTimer.stop();
    if (!m_autoRefresh || m_state != State::SignedIn)
        return;
    qint64 seconds =
        QDateTime::currentDateTimeUtc().secsTo(m_session.localExpiry) - effectiveMargin().count();
    if (m_transientFailures > 0) {
        // Retry a failed refresh with backoff: 5 s, 10 s, 20 s ... at most 5 min.
        const qint64 backoff = std::min<qint64>(300, 5LL << std::min(m_transientFailures - 1, 6));
        seconds = std::max(seconds, backoff);
    }
    m_refreshTimer.start(std::chrono::seconds(std::max<qint64>(1, seconds)));
}

void Session::signIn(const QString &email, const QString &password)
{
    forget();
    ++m_generation;
    m_email = email.trimmed().toLower();
    setState(State::SigningIn);
    const quint64 generation = m_generation;
    m_auth->signInWithPassword(m_email, password, [this, generation](const AuthResult &result) {
        if (generation != m_generation)
            return;
        if (!result.isOk()) {
            setState(State::SignedOut);
            flush({result.rpcStatus(), {}, result.message});
            Q_EMIT signInFailed(result.message, result.isTransient());
            return;
        }
        setState(State::SignedIn);
        adopt(result.session);
        qCInfo(lcRemote) << "signed in" << maskEmail(m_email);
        flush({RpcResult::Status::Ok, m_session.accessToken, {}});
        Q_EMIT signedIn(m_session.userId, m_email);
    });
}

void Session::restore(const QString &email)
{
    forget();
    ++m_generation;
    m_email = email.trimmed().toLower();
    setState(State::SigningIn);
    const quint64 generation = m_generation;
    const auto fail = [this](const TokenResult &result, bool transient) {
        setState(State::SignedOut);
        flush(result);
        Q_EMIT signInFailed(result.message, transient);
    };
    if (!m_vault) {
        fail({RpcResult::Status::SignedOut, {}, tr("There is no saved sign-in.")}, false);
        return;
    }
    m_vault->read(vaultKey(), [this, guard = QPointer<Session>(this), generation,
                               fail](const VaultResult &saved) {
        if (!guard || generation != m_generation)
            return;
        if (!saved.isOk() || saved.secret.isEmpty()) {
            fail({RpcResult::Status::SignedOut, {}, saved.message}, false);
            return;
        }
        ++m_refreshCount;
        m_auth->refresh(saved.secret, [this, generation, fail](const AuthResult &result) {
            if (generation != m_generation)
                return;
            if (!result.isOk()) {
                if (result.status == AuthResult::Status::TokenRefused && m_vault)
                    m_vault->remove(vaultKey(), [](const VaultResult &) {});
                fail({result.rpcStatus(), {}, result.message}, result.isTransient());
                return;
            }
            setState(State::SignedIn);
            adopt(result.session);
            qCInfo(lcRemote) << "restored the sign-in of" << maskEmail(m_email);
            flush({RpcResult::Status::Ok, m_session.accessToken, {}});
            Q_EMIT signedIn(m_session.userId, m_email);
        });
    });
}

void Session::forget()
{
    m_refreshTimer.stop();
    m_refreshing = false;
    m_session = {};
    m_transientFailures = 0;
    flush({RpcResult::Status::SignedOut, {}, tr("You are signed out.")});
}

void Session::signOut(std::function<void()> done)
{
    const QString accessToken = m_session.accessToken;
    const QString key = vaultKey();
    const bool hadSession = m_state != State::SignedOut;
    ++m_generation;
    forget();
    setState(State::SignedOut);
    qCInfo(lcRemote) << "signing out" << maskEmail(m_email);

    // Two best-effort steps; `done` runs after both answered.
    auto remaining = std::make_shared<int>(2);
    auto step = [remaining, done] {
        if (--*remaining == 0 && done)
            done();
    };
    if (accessToken.isEmpty()) {
        step();
    } else {
        m_auth->logout(accessToken, [step](bool ok, const QString &message) {
            if (!ok)
                qCInfo(lcRemote) << "server sign-out failed:" << message;
            step();
        });
    }
    if (m_vault && !m_email.isEmpty()) {
        m_vault->remove(key, [step](const VaultResult &result) {
            if (!result.isOk() && result.status != VaultResult::Status::NotFound)
                qCWarning(lcRemote) << "could not erase the saved sign-in:" << result.message;
            step();
        });
    } else {
        step();
    }
    m_email.clear();
    if (hadSession)
        Q_EMIT signedOut(tr("You signed out."));
}

std::optional<QString> Session::freshTokenNow() const
{
    if (m_state != State::SignedIn || m_refreshing || !tokenIsFresh())
        return std::nullopt;
    return m_session.accessToken;
}

void Session::withFreshToken(TokenCallback callback)
{
    switch (m_state) {
    case State::SignedOut:
        deliver(std::move(callback), {RpcResult::Status::SignedOut, {}, tr("You are signed out.")});
        return;
    case State::SigningIn:
        m_waiting.append(std::move(callback));
        return;
    case State::SignedIn:
        break;
    }
    if (m_refreshing) {
        m_waiting.append(std::move(callback));
        return;
    }
    if (tokenIsFresh()) {
        deliver(std::move(callback), {RpcResult::Status::Ok, m_session.accessToken, {}});
        return;
    }
    m_waiting.append(std::move(callback));
    startRefresh();
}

void Session::refreshAfterUnauthorized(const QString &rejectedToken, TokenCallback callback)
{
    if (m_state != State::SignedIn || m_refreshing) {
        withFreshToken(std::move(callback));
        return;
    }
    if (m_session.accessToken != rejectedToken) {
        // Someone refreshed since that request left: the current token is new.
        deliver(std::move(callback), {RpcResult::Status::Ok, m_session.accessToken, {}});
        return;
    }
    m_waiting.append(std::move(callback));
    startRefresh();
    m_refreshForced = true;
}

void Session::startRefresh()
{
    Q_ASSERT(!m_refreshing);
    m_refreshing = true;
    m_refreshForced = false;
    m_refreshTimer.stop();
    ++m_refreshCount;
    const quint64 generation = m_generation;
    m_auth->refresh(m_session.refreshToken, [this, generation](const AuthResult &result) {
        if (generation == m_generation)
            onRefreshed(result);
    });
}

void Session::onRefreshed(const AuthResult &result)
{
    m_refreshing = false;
    if (result.isOk()) {
        adopt(result.session);
        flush({RpcResult::Status::Ok, m_session.accessToken, {}});
        return;
    }
    if (result.isTransient()) {
        ++m_transientFailures;
        qCInfo(lcRemote) << "token refresh failed for now:" << result.message;
        scheduleRefresh();
        // Refreshed early and the token still works: let the callers use it meanwhile.
        if (!m_refreshForced && QDateTime::currentDateTimeUtc() < m_session.localExpiry)
            flush({RpcResult::Status::Ok, m_session.accessToken, {}});
        else
            flush({result.rpcStatus(), {}, result.message});
        Q_EMIT transientProblem(result.message);
        return;
    }
    // The server refused the refresh token: this sign-in is over.
    qCInfo(lcRemote) << "refresh refused (" << result.code << "), signing out"
                     << maskEmail(m_email);
    if (m_vault)
        m_vault->remove(vaultKey(), [](const VaultResult &) {});
    ++m_generation;
    m_refreshTimer.stop();
    m_session = {};
    setState(State::SignedOut);
    flush({RpcResult::Status::SignedOut, {}, result.message});
    Q_EMIT signedOut(result.message);
}

} // namespace Chairside
