#include "remote/RealtimeClient.h"

#include "remote/RemoteLog.h"
#include "remote/Session.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QUrlQuery>

#include <algorithm>

namespace Chairside {

namespace {
const QString kTopic = QStringLiteral("realtime:chairside");
}

RealtimeClient::RealtimeClient(BackendConfig config, QSslConfiguration ssl, Session *session,
                               QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_ssl(std::move(ssl))
    , m_session(session)
    , m_socket(QString(), QWebSocketProtocol::VersionLatest, this)
    , m_heartbeat(this)
    , m_reconnect(this)
    , m_debounce(this)
{
    m_heartbeat.setInterval(std::chrono::seconds(25));
    m_reconnect.setSingleShot(true);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(std::chrono::milliseconds(250));
    connect(&m_heartbeat, &QTimer::timeout, this, &RealtimeClient::sendHeartbeat);
    connect(&m_reconnect, &QTimer::timeout, this, &RealtimeClient::open);
    connect(&m_debounce, &QTimer::timeout, this, &RealtimeClient::changed);
    connect(&m_socket, &QWebSocket::connected, this, &RealtimeClient::onConnected);
    connect(&m_socket, &QWebSocket::disconnected, this, &RealtimeClient::onDisconnected);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &RealtimeClient::onMessage);
    connect(&m_socket, &QWebSocket::sslErrors, this, [](const QList<QSslError> &errors) {
        // Never ignored: the handshake fails and we reconnect later.
        for (const QSslError &error : errors)
            qCWarning(lcRemote) << "realtime TLS error:" << error.errorString();
    });
    connect(m_session, &Session::accessTokenChanged, this, &RealtimeClient::pushToken);
    connect(m_session, &Session::signedOut, this, &RealtimeClient::stop);
}

RealtimeClient::~RealtimeClient()
{
    m_running = false;
    disconnect(&m_socket, nullptr, this, nullptr); // no signals from a half-destroyed client
    m_socket.abort();
}

void RealtimeClient::setHeartbeatInterval(std::chrono::milliseconds interval)
{
    m_heartbeat.setInterval(interval);
}

void RealtimeClient::start()
{
    if (m_running)
        return;
    m_running = true;
    m_failures = 0;
    open();
}

void RealtimeClient::stop()
{
    m_running = false;
    m_reconnect.stop();
    m_heartbeat.stop();
    m_debounce.stop();
    if (m_socket.state() != QAbstractSocket::UnconnectedState) {
        if (!m_joinRef.isEmpty())
            send(kTopic, QStringLiteral("phx_leave"), {}, true);
        m_socket.close();
    }
}

QString RealtimeClient::nextRef()
{
    return QString::number(++m_ref);
}

void RealtimeClient::open()
{
    if (!m_running || m_socket.state() != QAbstractSocket::UnconnectedState)
        return;
    ++m_attempts;
    m_session->withFreshToken(
        [this, guard = QPointer<RealtimeClient>(this)](const TokenResult &token) {
            if (!guard || !m_running)
                return;
            if (!token.isOk()) {
                qCInfo(lcRemote) << "realtime waits for a session:" << token.message;
                if (token.status == RpcResult::Status::SignedOut)
                    stop();
                else
                    scheduleReconnect();
                return;
            }
            m_token = token.accessToken;
            QUrl url = m_config.endpoint(QStringLiteral("/realtime/v1/websocket"));
            url.setScheme(QStringLiteral("wss"));
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("apikey"), m_config.anonKey);
            query.addQueryItem(QStringLiteral("vsn"), QStringLiteral("1.0.0"));
            url.setQuery(query);
            m_socket.setSslConfiguration(m_ssl);
            m_socket.open(url);
        });
}

void RealtimeClient::onConnected()
{
    qCInfo(lcRemote) << "realtime connected";
    m_heartbeatRef.clear();
    m_heartbeat.start();
    Q_EMIT connected();
    const QJsonObject change{{QStringLiteral("event"), QStringLiteral("*")},
                             {QStringLiteral("schema"), QStringLiteral("public")}};
    const QJsonObject config{
        {QStringLiteral("broadcast"),
         QJsonObject{{QStringLiteral("ack"), false}, {QStringLiteral("self"), false}}},
        {QStringLiteral("presence"),
         QJsonObject{{QStringLiteral("key"), QString()}, {QStringLiteral("enabled"), false}}},
        {QStringLiteral("postgres_changes"), QJsonArray{change}},
        {QStringLiteral("private"), false}};
    m_joinRef = nextRef();
    const QJsonObject message{
        {QStringLiteral("topic"), kTopic},
        {QStringLiteral("event"), QStringLiteral("phx_join")},
        {QStringLiteral("ref"), m_joinRef},
        {QStringLiteral("join_ref"), m_joinRef},
        {QStringLiteral("payload"), QJsonObject{{QStringLiteral("config"), config},
                                                {QStringLiteral("access_token"), m_token}}}};
    m_socket.sendTextMessage(
        QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

void RealtimeClient::onDisconnected()
{
    const QString reason = m_socket.errorString();
    qCInfo(lcRemote) << "realtime disconnected:" << reason;
    m_heartbeat.stop();
    m_joinRef.clear();
    m_heartbeatRef.clear();
    const bool wasSubscribed = std::exchange(m_subscribed, false);
    if (!wasSubscribed)
        ++m_failures;
    Q_EMIT disconnected(reason);
    if (m_running)
        scheduleReconnect();
}

void RealtimeClient::scheduleReconnect()
{
    if (!m_running || m_reconnect.isActive())
        return;
    // 1 s, 2 s, 4 s ... 60 s, each ±25 % so that many desks do not reconnect in step.
    const int step = std::min(m_failures, 6);
    const double base = std::min(60.0, double(1 << step));
    const double jitter = 0.75 + 0.5 * QRandomGenerator::global()->generateDouble();
    m_reconnect.start(std::chrono::milliseconds(qint64(base * jitter * 1000)));
}

void RealtimeClient::dropConnection(const QString &reason)
{
    qCInfo(lcRemote) << "realtime drops the connection:" << reason;
    m_socket.abort(); // disconnected() follows and schedules the reconnect
}

void RealtimeClient::send(const QString &topic, const QString &event, const QJsonObject &payload,
                          bool withJoinRef)
{
    QJsonObject message{{QStringLiteral("topic"), topic},
                        {QStringLiteral("event"), event},
                        {QStringLiteral("payload"), payload},
                        {QStringLiteral("ref"), nextRef()}};
    if (withJoinRef)
        message.insert(QStringLiteral("join_ref"), m_joinRef);
    m_socket.sendTextMessage(
        QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

void RealtimeClient::sendHeartbeat()
{
    if (!m_heartbeatRef.isEmpty()) {
        dropConnection(QStringLiteral("heartbeat not answered"));
        return;
    }
    m_heartbeatRef = QString::number(m_ref + 1);
    send(QStringLiteral("phoenix"), QStringLiteral("heartbeat"), {}, false);
}

void RealtimeClient::pushToken(const QString &accessToken)
{
    if (accessToken.isEmpty() || accessToken == m_token)
        return;
    m_token = accessToken; // a rejoin uses it too
    if (!m_joinRef.isEmpty() && m_socket.state() == QAbstractSocket::ConnectedState)
        send(kTopic, QStringLiteral("access_token"),
             QJsonObject{{QStringLiteral("access_token"), accessToken}}, true);
}

void RealtimeClient::onMessage(const QString &text)
{
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString event = message.value(QStringLiteral("event")).toString();
    const QString ref = message.value(QStringLiteral("ref")).toString();
    const QJsonObject payload = message.value(QStringLiteral("payload")).toObject();
    const QString status = payload.value(QStringLiteral("status")).toString();

    if (event == QLatin1String("phx_reply")) {
        if (!ref.isEmpty() && ref == m_heartbeatRef) {
            m_heartbeatRef.clear();
        } else if (!ref.isEmpty() && ref == m_joinRef && status != QLatin1String("ok")) {
            const QString reason = payload.value(QStringLiteral("response"))
                                       .toObject()
                                       .value(QStringLiteral("reason"))
                                       .toString();
            ++m_failures;
            dropConnection(QStringLiteral("join refused: ") + reason);
        }
        return;
    }
    if (message.value(QStringLiteral("topic")).toString() != kTopic)
        return;
    if (event == QLatin1String("postgres_changes")) {
        if (!m_debounce.isActive())
            m_debounce.start();
    } else if (event == QLatin1String("system")) {
        if (status == QLatin1String("ok")) {
            if (!m_subscribed) {
                m_subscribed = true;
                m_failures = 0;
                qCInfo(lcRemote) << "realtime subscribed";
                Q_EMIT subscribed();
                // Whatever changed while we were away is picked up by one pull.
                m_debounce.start();
            }
        } else {
            qCInfo(lcRemote) << "realtime system error:"
                             << payload.value(QStringLiteral("message")).toString();
            if (payload.value(QStringLiteral("extension")).toString() == QLatin1String("system"))
                dropConnection(payload.value(QStringLiteral("message")).toString());
        }
    } else if (event == QLatin1String("phx_close") || event == QLatin1String("phx_error")) {
        dropConnection(event);
    }
}

} // namespace Chairside
