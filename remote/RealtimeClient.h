#pragma once

#include "remote/BackendConfig.h"

#include <QObject>
#include <QSslConfiguration>
#include <QTimer>
#include <QWebSocket>

#include <chrono>

namespace Chairside {

class Session;

// Supabase Realtime (Phoenix channels, vsn 1.0.0) subscribed to every postgres change in schema
// public that the signed-in person may see. Only says "something changed" (debounced); the sync
// engine then pulls. Keeps itself connected: heartbeats, pushes refreshed tokens, reconnects
// with backoff.
class RealtimeClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RealtimeClient)

public:
    // `session` is not owned and must outlive the client.
    RealtimeClient(BackendConfig config, QSslConfiguration ssl, Session *session,
                   QObject *parent = nullptr);
    ~RealtimeClient() override;

    void start();
    void stop();

    bool isRunning() const { return m_running; }
    bool isSubscribed() const { return m_subscribed; }
    int connectionAttempts() const { return m_attempts; }

    void setHeartbeatInterval(std::chrono::milliseconds interval);
    void setDebounce(std::chrono::milliseconds delay) { m_debounce.setInterval(delay); }

Q_SIGNALS:
    void connected();
    // The channel is joined and the database subscription is live.
    void subscribed();
    void disconnected(const QString &reason);
    // Rows visible to this person changed on the server (coalesced).
    void changed();

private:
    void open();
    void onConnected();
    void onDisconnected();
    void onMessage(const QString &text);
    void send(const QString &topic, const QString &event, const QJsonObject &payload,
              bool withJoinRef);
    void sendHeartbeat();
    void pushToken(const QString &accessToken);
    void dropConnection(const QString &reason);
    void scheduleReconnect();
    QString nextRef();

    BackendConfig m_config;
    QSslConfiguration m_ssl;
    Session *m_session;
    QWebSocket m_socket;
    QTimer m_heartbeat;
    QTimer m_reconnect;
    QTimer m_debounce;
    quint64 m_ref = 0;
    QString m_joinRef;
    QString m_heartbeatRef; // sent and not yet answered
    QString m_token;        // the token the channel holds
    bool m_running = false;
    bool m_subscribed = false;
    int m_failures = 0;
    int m_attempts = 0;
};

} // namespace Chairside
