#pragma once

#include "RestService.h"
#include "ServerContext.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QSqlDriver>
#include <QTimer>
#include <QWebSocket>

#include <map>
#include <memory>

class QThreadPool;

namespace Chairside::Localbase {

// Realtime at /realtime/v1/websocket: Phoenix channels (vsn 1.0.0 objects or 2.0.0 arrays) with
// postgres_changes. Changes come from a trigger on every public table (pg_notify with the
// primary key); each subscriber gets the row re-read under its own role and claims, so RLS
// decides what it sees (protocol notes section 3). Lives on the GUI thread.
class RealtimeHub final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RealtimeHub)

public:
    RealtimeHub(const ServerContext &context, QThreadPool *pool, QObject *parent = nullptr);
    ~RealtimeHub() override;

    static QString triggerSql(); // function + triggers on every public base table
    bool startListening(QString *error);
    void addSocket(std::unique_ptr<QWebSocket> socket);
    void closeAll();

private:
    struct Binding
    {
        qint64 id = 0;
        QString event; // INSERT, UPDATE, DELETE or *
        QString schema;
        QString table;
        QString filter; // as given: column=op.value
        QString filterColumn;
        QString filterExpression;
    };
    struct Channel
    {
        QString topic;
        QString joinRef;
        QList<Binding> bindings;
        RestService::Caller caller;
        QByteArray token;
    };
    struct Client
    {
        std::unique_ptr<QWebSocket> socket;
        bool arrays = false; // vsn 2.0.0
        RestService::Caller socketCaller;
        QByteArray socketToken;
        QHash<QString, Channel> channels;
        qint64 lastSeenMs = 0;
    };

    void onMessage(QWebSocket *socket, const QString &text);
    void onDisconnected(QWebSocket *socket);
    void onNotification(const QString &name, QSqlDriver::NotificationSource source,
                        const QVariant &payload);
    void send(Client &client, const QString &topic, const QString &event, const QJsonValue &payload,
              const QJsonValue &ref, const QJsonValue &joinRef);
    void join(Client &client, const QString &topic, const QJsonObject &payload,
              const QJsonValue &ref, const QJsonValue &joinRef);
    void tick();
    Client *findClient(QWebSocket *socket);

    const ServerContext &m_context;
    QThreadPool *m_pool;
    std::map<QWebSocket *, Client> m_clients;
    QTimer m_ticker;
    QString m_listenConnection;
};

} // namespace Chairside::Localbase
