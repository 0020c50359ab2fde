#include "RealtimeHub.h"

#include "Gateway.h"
#include "PgConnections.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QThreadPool>
#include <QUrlQuery>
#include <QtConcurrent/QtConcurrentRun>

namespace Chairside::Localbase {

namespace {

const QString kNotifyChannel = QStringLiteral("localbase_realtime");
constexpr qint64 kIdleTimeoutMs = 60000;

QString channelName(const QString &topic)
{
    return topic.startsWith(QStringLiteral("realtime:")) ? topic.mid(9) : topic;
}

QString expiredReason(qint64 expiresAt)
{
    return QStringLiteral("Token has expired %1 seconds ago")
        .arg(std::max<qint64>(0, QDateTime::currentSecsSinceEpoch() - expiresAt));
}

// One subscriber's view of a changed row, computed on a worker thread.
struct RowCheck
{
    bool ok = false;
    QJsonObject record;
    QList<bool> matches;
};

} // namespace

RealtimeHub::RealtimeHub(const ServerContext &context, QThreadPool *pool, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_pool(pool)
{
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &RealtimeHub::tick);
    m_ticker.start();
}

RealtimeHub::~RealtimeHub()
{
    closeAll();
    if (!m_listenConnection.isEmpty()) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_listenConnection, false);
            if (db.isOpen())
                db.driver()->unsubscribeFromNotification(kNotifyChannel);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_listenConnection);
    }
}

QString RealtimeHub::triggerSql()
{
    return QStringLiteral(R"SQL(
create schema if not exists localbase;
create or replace function localbase.realtime_notify() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  r jsonb;
  pk jsonb;
begin
  if tg_op = 'DELETE' then r := to_jsonb(old); else r := to_jsonb(new); end if;
  select coalesce(jsonb_object_agg(a.attname::text, r -> a.attname::text), '{}'::jsonb) into pk
  from pg_catalog.pg_index i
  join pg_catalog.pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
  where i.indrelid = tg_relid and i.indisprimary;
  if pk = '{}'::jsonb then
    return null;
  end if;
  perform pg_notify('localbase_realtime', jsonb_build_object(
    'schema', tg_table_schema, 'table', tg_table_name, 'type', tg_op, 'pk', pk,
    'commit_timestamp', to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))::text);
  return null;
end
$$;
revoke all on all functions in schema localbase from public;
grant usage on schema localbase to anon, authenticated, service_role;
grant execute on function localbase.realtime_notify() to anon, authenticated, service_role;
do $$
declare
  t record;
begin
  for t in select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
           where n.nspname = 'public' and c.relkind in ('r', 'p')
  loop
    execute format('drop trigger if exists localbase_realtime on public.%I', t.relname);
    execute format('create trigger localbase_realtime after insert or update or delete on public.%I '
                   'for each row execute function localbase.realtime_notify()', t.relname);
  end loop;
end
$$;
)SQL");
}

bool RealtimeHub::startListening(QString *error)
{
    const auto settings = PgConnections::settings();
    m_listenConnection = QStringLiteral("localbase-listen");
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_listenConnection);
    db.setHostName(settings.host);
    db.setPort(settings.port);
    db.setDatabaseName(settings.database);
    db.setUserName(settings.adminUser);
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    PgConnections::quiet(db);
    connect(db.driver(), &QSqlDriver::notification, this, &RealtimeHub::onNotification);
    if (!db.driver()->subscribeToNotification(kNotifyChannel)) {
        *error = db.driver()->lastError().text();
        return false;
    }
    return true;
}

void RealtimeHub::addSocket(std::unique_ptr<QWebSocket> socket)
{
    const QUrl url = socket->requestUrl();
    const QUrlQuery query(url);
    const QByteArray apikey =
        query.queryItemValue(QStringLiteral("apikey"), QUrl::FullyDecoded).toUtf8();
    if (url.path() != QStringLiteral("/realtime/v1/websocket")) {
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("Not found"));
        socket.release()->deleteLater();
        return;
    }
    if (!Gateway::keyRole(m_context, apikey)) {
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                      apikey.isEmpty() ? QStringLiteral("API key is missing")
                                       : QStringLiteral("Failed to validate JWT signature"));
        socket.release()->deleteLater();
        return;
    }
    QWebSocket *raw = socket.get();
    Client client;
    client.arrays = query.queryItemValue(QStringLiteral("vsn")) == QStringLiteral("2.0.0");
    client.socketToken = apikey;
    auto caller = RestService::authenticate(m_context, apikey);
    if (auto *ok = std::get_if<RestService::Caller>(&caller))
        client.socketCaller = *ok;
    client.lastSeenMs = QDateTime::currentMSecsSinceEpoch();
    client.socket = std::move(socket);
    connect(raw, &QWebSocket::textMessageReceived, this,
            [this, raw](const QString &text) { onMessage(raw, text); });
    connect(raw, &QWebSocket::disconnected, this, [this, raw] { onDisconnected(raw); });
    m_clients.emplace(raw, std::move(client));
}

void RealtimeHub::closeAll()
{
    for (auto &[raw, client] : m_clients) {
        raw->disconnect(this);
        raw->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("Server shutting down"));
        client.socket.release()->deleteLater();
    }
    m_clients.clear();
}

RealtimeHub::Client *RealtimeHub::findClient(QWebSocket *socket)
{
    const auto it = m_clients.find(socket);
    return it == m_clients.end() ? nullptr : &it->second;
}

void RealtimeHub::onDisconnected(QWebSocket *socket)
{
    const auto it = m_clients.find(socket);
    if (it == m_clients.end())
        return;
    socket->disconnect(this);
    it->second.socket.release()->deleteLater(); // we are inside one of its signals
    m_clients.erase(it);
}

void RealtimeHub::send(Client &client, const QString &topic, const QString &event,
                       const QJsonValue &payload, const QJsonValue &ref, const QJsonValue &joinRef)
{
    QByteArray text;
    if (client.arrays) {
        text = QJsonDocument(QJsonArray{joinRef, ref, topic, event, payload})
                   .toJson(QJsonDocument::Compact);
    } else {
        text = QJsonDocument(QJsonObject{{QStringLiteral("topic"), topic},
                                         {QStringLiteral("event"), event},
                                         {QStringLiteral("payload"), payload},
                                         {QStringLiteral("ref"), ref}})
                   .toJson(QJsonDocument::Compact);
    }
    client.socket->sendTextMessage(QString::fromUtf8(text));
}

void RealtimeHub::onMessage(QWebSocket *socket, const QString &text)
{
    Client *client = findClient(socket);
    if (!client)
        return;
    client->lastSeenMs = QDateTime::currentMSecsSinceEpoch();
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    QJsonValue joinRef;
    QJsonValue ref;
    QString topic;
    QString event;
    QJsonObject payload;
    if (document.isArray() && document.array().size() == 5) {
        const QJsonArray array = document.array();
        joinRef = array.at(0);
        ref = array.at(1);
        topic = array.at(2).toString();
        event = array.at(3).toString();
        payload = array.at(4).toObject();
    } else if (document.isObject()) {
        const QJsonObject object = document.object();
        joinRef = object.value(QStringLiteral("join_ref"));
        ref = object.value(QStringLiteral("ref"));
        topic = object.value(QStringLiteral("topic")).toString();
        event = object.value(QStringLiteral("event")).toString();
        payload = object.value(QStringLiteral("payload")).toObject();
    } else {
        return; // not a Phoenix message: ignore like the real server's serializer would fail it
    }
    if (joinRef.isUndefined())
        joinRef = QJsonValue::Null;
    if (ref.isUndefined())
        ref = QJsonValue::Null;
    const QJsonObject ok{{QStringLiteral("status"), QStringLiteral("ok")},
                         {QStringLiteral("response"), QJsonObject{}}};

    if (topic == QStringLiteral("phoenix") && event == QStringLiteral("heartbeat")) {
        send(*client, topic, QStringLiteral("phx_reply"), ok, ref, joinRef);
        return;
    }
    if (event == QStringLiteral("phx_join")) {
        join(*client, topic, payload, ref, joinRef);
        return;
    }
    const auto channel = client->channels.find(topic);
    if (event == QStringLiteral("phx_leave")) {
        send(*client, topic, QStringLiteral("phx_reply"), ok, ref, joinRef);
        if (channel != client->channels.end()) {
            send(*client, topic, QStringLiteral("phx_close"), QJsonObject{}, QJsonValue::Null,
                 joinRef);
            client->channels.erase(channel);
        }
        return;
    }
    if (event == QStringLiteral("access_token")) {
        if (channel == client->channels.end())
            return;
        const QByteArray token = payload.value(QStringLiteral("access_token")).toString().toUtf8();
        if (token.isEmpty() || token == channel->token || token.startsWith("sb_"))
            return;
        auto verified = RestService::authenticate(m_context, token);
        if (auto *caller = std::get_if<RestService::Caller>(&verified)) {
            channel->caller = *caller;
            channel->token = token;
            return;
        }
        const QString joined = channel->joinRef;
        send(*client, topic, QStringLiteral("system"),
             QJsonObject{{QStringLiteral("extension"), QStringLiteral("system")},
                         {QStringLiteral("status"), QStringLiteral("error")},
                         {QStringLiteral("message"), QStringLiteral("Invalid JWT token")},
                         {QStringLiteral("channel"), channelName(topic)}},
             QJsonValue::Null, joined);
        send(*client, topic, QStringLiteral("phx_close"), QJsonObject{}, QJsonValue::Null, joined);
        client->channels.erase(channel);
        return;
    }
    if (!ref.isNull())
        send(*client, topic, QStringLiteral("phx_reply"), ok, ref, joinRef); // broadcast, presence
}

void RealtimeHub::join(Client &client, const QString &topic, const QJsonObject &payload,
                       const QJsonValue &ref, const QJsonValue &joinRef)
{
    auto replyError = [&](const QString &reason) {
        send(client, topic, QStringLiteral("phx_reply"),
             QJsonObject{
                 {QStringLiteral("status"), QStringLiteral("error")},
                 {QStringLiteral("response"), QJsonObject{{QStringLiteral("reason"), reason}}}},
             ref, joinRef);
    };
    if (!topic.startsWith(QStringLiteral("realtime:"))
        || topic == QStringLiteral("realtime:realtime")) {
        replyError(QStringLiteral("TopicNameRequired: You must provide a topic name"));
        return;
    }
    QByteArray token = payload.value(QStringLiteral("access_token")).toString().toUtf8();
    if (token.isEmpty() || token.startsWith("sb_"))
        token = client.socketToken;
    auto verified = RestService::authenticate(m_context, token);
    if (auto *failure = std::get_if<HttpResponse>(&verified)) {
        const auto body = QJsonDocument::fromJson(failure->body).object();
        const QString message = body.value(QStringLiteral("message")).toString();
        if (message == QStringLiteral("JWT expired")) {
            // The token is invalid as a whole; report how long ago it expired when we can read it.
            const QList<QByteArray> parts = token.split('.');
            const auto claims =
                QJsonDocument::fromJson(
                    QByteArray::fromBase64(parts.value(1), QByteArray::Base64UrlEncoding))
                    .object();
            replyError(QStringLiteral("InvalidJWTToken: ")
                       + expiredReason(
                           static_cast<qint64>(claims.value(QStringLiteral("exp")).toDouble())));
        } else {
            replyError(QStringLiteral("InvalidJWTToken: ") + message);
        }
        return;
    }
    Channel channel;
    channel.topic = topic;
    channel.joinRef = joinRef.isString() ? joinRef.toString() : ref.toString();
    channel.caller = std::get<RestService::Caller>(verified);
    channel.token = token;

    QJsonArray replied;
    QStringList problems;
    const QJsonArray changes = payload.value(QStringLiteral("config"))
                                   .toObject()
                                   .value(QStringLiteral("postgres_changes"))
                                   .toArray();
    for (const auto &value : changes) {
        const QJsonObject spec = value.toObject();
        Binding binding;
        binding.id = QRandomGenerator::global()->bounded(1, 1 << 30);
        binding.event = spec.value(QStringLiteral("event")).toString(QStringLiteral("*")).toUpper();
        binding.schema = spec.value(QStringLiteral("schema")).toString(QStringLiteral("public"));
        binding.table = spec.value(QStringLiteral("table")).toString(QStringLiteral("*"));
        binding.filter = spec.value(QStringLiteral("filter")).toString();
        QJsonObject reply{{QStringLiteral("id"), binding.id},
                          {QStringLiteral("event"),
                           spec.value(QStringLiteral("event")).toString(QStringLiteral("*"))},
                          {QStringLiteral("schema"), binding.schema},
                          {QStringLiteral("table"), binding.table}};
        if (spec.contains(QStringLiteral("filter")))
            reply.insert(QStringLiteral("filter"), binding.filter);
        replied.append(reply);

        const QStringList events{QStringLiteral("*"), QStringLiteral("INSERT"),
                                 QStringLiteral("UPDATE"), QStringLiteral("DELETE")};
        if (!events.contains(binding.event)) {
            problems.append(QStringLiteral("invalid event \"%1\"").arg(binding.event));
            continue;
        }
        if (binding.table != QStringLiteral("*") && !m_context.schema.table(binding.table)) {
            problems.append(
                QStringLiteral("unknown table %1.%2").arg(binding.schema, binding.table));
            continue;
        }
        if (!binding.filter.isEmpty()) {
            const qsizetype equals = binding.filter.indexOf(QLatin1Char('='));
            binding.filterColumn = binding.filter.left(equals);
            binding.filterExpression = binding.filter.mid(equals + 1);
            const auto table = m_context.schema.table(binding.table);
            if (equals <= 0 || !table
                || std::holds_alternative<HttpResponse>(RestService::filterSql(
                    *table, binding.filterColumn, binding.filterExpression))) {
                problems.append(QStringLiteral("invalid filter \"%1\"").arg(binding.filter));
                continue;
            }
        }
        channel.bindings.append(binding);
    }
    client.channels.insert(topic, channel);
    send(client, topic, QStringLiteral("phx_reply"),
         QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                     {QStringLiteral("response"),
                      QJsonObject{{QStringLiteral("postgres_changes"), replied}}}},
         ref, joinRef);
    if (changes.isEmpty())
        return;
    const bool fine = problems.isEmpty();
    send(client, topic, QStringLiteral("system"),
         QJsonObject{
             {QStringLiteral("extension"), QStringLiteral("postgres_changes")},
             {QStringLiteral("status"), fine ? QStringLiteral("ok") : QStringLiteral("error")},
             {QStringLiteral("message"),
              fine ? QStringLiteral("Subscribed to PostgreSQL")
                   : QStringLiteral("Unable to subscribe to changes with given parameters: ")
                         + problems.join(QStringLiteral("; "))},
             {QStringLiteral("channel"), channelName(topic)}},
         QJsonValue::Null, joinRef);
}

void RealtimeHub::onNotification(const QString &name, QSqlDriver::NotificationSource,
                                 const QVariant &payload)
{
    if (name != kNotifyChannel)
        return;
    const QJsonObject change = QJsonDocument::fromJson(payload.toString().toUtf8()).object();
    const QString schema = change.value(QStringLiteral("schema")).toString();
    const QString tableName = change.value(QStringLiteral("table")).toString();
    const QString type = change.value(QStringLiteral("type")).toString();
    const QJsonObject pk = change.value(QStringLiteral("pk")).toObject();
    const std::optional<TableInfo> table = m_context.schema.table(tableName);
    if (!table || pk.isEmpty())
        return;
    QJsonArray columns;
    for (const ColumnInfo &column : table->columns)
        columns.append(QJsonObject{{QStringLiteral("name"), column.name},
                                   {QStringLiteral("type"), column.udtName}});
    QJsonObject data{
        {QStringLiteral("schema"), schema},
        {QStringLiteral("table"), tableName},
        {QStringLiteral("type"), type},
        {QStringLiteral("commit_timestamp"), change.value(QStringLiteral("commit_timestamp"))},
        {QStringLiteral("columns"), columns},
        {QStringLiteral("errors"), QJsonValue::Null}};

    for (auto &[raw, client] : m_clients) {
        for (auto &channel : client.channels) {
            QList<Binding> matching;
            for (const Binding &binding : std::as_const(channel.bindings)) {
                if ((binding.event == QStringLiteral("*") || binding.event == type)
                    && (binding.schema == QStringLiteral("*") || binding.schema == schema)
                    && (binding.table == QStringLiteral("*") || binding.table == tableName))
                    matching.append(binding);
            }
            if (matching.isEmpty())
                continue;
            const QString topic = channel.topic;
            const QString joinRef = channel.joinRef;
            if (type == QStringLiteral("DELETE")) {
                // Deleted rows cannot be re-read; like Supabase only the primary key goes out,
                // and only to unfiltered subscriptions.
                QJsonArray ids;
                for (const Binding &binding : std::as_const(matching)) {
                    if (binding.filter.isEmpty())
                        ids.append(binding.id);
                }
                if (ids.isEmpty())
                    continue;
                QJsonObject deleted = data;
                deleted.insert(QStringLiteral("old_record"), pk);
                send(client, topic, QStringLiteral("postgres_changes"),
                     QJsonObject{{QStringLiteral("ids"), ids}, {QStringLiteral("data"), deleted}},
                     QJsonValue::Null, joinRef);
                continue;
            }
            // Re-read the row as the subscriber: RLS decides, and each filter is evaluated in SQL.
            QStringList checks;
            QVariantList params;
            for (const Binding &binding : std::as_const(matching)) {
                if (binding.filter.isEmpty()) {
                    checks.append(QStringLiteral("true"));
                    continue;
                }
                const auto built =
                    RestService::filterSql(*table, binding.filterColumn, binding.filterExpression);
                const auto &[sql, values] = std::get<std::pair<QString, QVariantList>>(built);
                checks.append(QStringLiteral("coalesce(") + sql + QStringLiteral(", false)"));
                params.append(values);
            }
            QStringList keys;
            for (auto it = pk.constBegin(); it != pk.constEnd(); ++it) {
                if (!SchemaCache::isIdentifier(it.key()))
                    return;
                keys.append(QStringLiteral("_t.") + SchemaCache::quote(it.key())
                            + QStringLiteral(" = ?"));
                params.append(it.value().isDouble()
                                  ? QString::number(it.value().toDouble(), 'g', 17)
                                  : it.value().toString());
            }
            const QString sql = QStringLiteral("select row_to_json(_t)::text, ")
                                + checks.join(QStringLiteral(", "))
                                + QStringLiteral(" from public.") + SchemaCache::quote(tableName)
                                + QStringLiteral(" _t where ") + keys.join(QStringLiteral(" and "));
            const RestService::Caller caller = channel.caller;
            const int checkCount = int(checks.size());
            QPointer<QWebSocket> guard(raw);
            QtConcurrent::run(
                m_pool,
                [=] {
                    HttpRequest request;
                    request.method = "GET";
                    request.path = QStringLiteral("/realtime/v1/websocket");
                    RowCheck result;
                    const HttpResponse response = RestService::inTransaction(
                        caller, request, true,
                        [&](QSqlDatabase &db) -> std::variant<HttpResponse, PgError> {
                            QSqlQuery query;
                            if (auto error = RestService::run(db, sql, params, &query))
                                return *error;
                            if (query.next()) {
                                result.record =
                                    QJsonDocument::fromJson(query.value(0).toString().toUtf8())
                                        .object();
                                for (int i = 0; i < checkCount; ++i)
                                    result.matches.append(query.value(i + 1).toBool());
                                result.ok = true;
                            }
                            return HttpResponse::empty(200);
                        });
                    if (response.status != 200)
                        result.ok = false;
                    return result;
                })
                .then(this, [this, guard, topic, joinRef, matching, data, pk,
                             type](const RowCheck &result) {
                    if (!guard || !result.ok)
                        return;
                    Client *target = findClient(guard.data());
                    if (!target)
                        return;
                    const auto channelIt = target->channels.constFind(topic);
                    if (channelIt == target->channels.constEnd() || channelIt->joinRef != joinRef)
                        return;
                    QJsonArray ids;
                    for (qsizetype i = 0; i < matching.size() && i < result.matches.size(); ++i) {
                        if (result.matches.at(i))
                            ids.append(matching.at(i).id);
                    }
                    if (ids.isEmpty())
                        return;
                    QJsonObject event = data;
                    event.insert(QStringLiteral("record"), result.record);
                    if (type == QStringLiteral("UPDATE"))
                        event.insert(QStringLiteral("old_record"), pk);
                    send(*target, topic, QStringLiteral("postgres_changes"),
                         QJsonObject{{QStringLiteral("ids"), ids}, {QStringLiteral("data"), event}},
                         QJsonValue::Null, joinRef);
                });
        }
    }
}

void RealtimeHub::tick()
{
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const qint64 nowSeconds = nowMs / 1000;
    QList<QWebSocket *> idle;
    for (auto &[raw, client] : m_clients) {
        if (nowMs - client.lastSeenMs > kIdleTimeoutMs) {
            idle.append(raw);
            continue;
        }
        for (auto it = client.channels.begin(); it != client.channels.end();) {
            if (it->caller.expiresAt > 0 && nowSeconds >= it->caller.expiresAt) {
                const QString topic = it->topic;
                const QString joinRef = it->joinRef;
                send(client, topic, QStringLiteral("system"),
                     QJsonObject{{QStringLiteral("extension"), QStringLiteral("system")},
                                 {QStringLiteral("status"), QStringLiteral("error")},
                                 {QStringLiteral("message"), expiredReason(it->caller.expiresAt)},
                                 {QStringLiteral("channel"), channelName(topic)}},
                     QJsonValue::Null, joinRef);
                send(client, topic, QStringLiteral("phx_close"), QJsonObject{}, QJsonValue::Null,
                     joinRef);
                it = client.channels.erase(it);
            } else {
                ++it;
            }
        }
    }
    for (QWebSocket *raw : std::as_const(idle))
        raw->close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("Idle timeout"));
}

} // namespace Chairside::Localbase
