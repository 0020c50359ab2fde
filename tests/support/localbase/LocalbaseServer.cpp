#include "LocalbaseServer.h"

#include "Gateway.h"
#include "RealtimeHub.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QLocale>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace Chairside::Localbase {

namespace {

QByteArray reasonPhrase(int status)
{
    static const QHash<int, QByteArray> phrases{{200, "OK"},
                                                {201, "Created"},
                                                {204, "No Content"},
                                                {206, "Partial Content"},
                                                {300, "Multiple Choices"},
                                                {400, "Bad Request"},
                                                {401, "Unauthorized"},
                                                {403, "Forbidden"},
                                                {404, "Not Found"},
                                                {405, "Method Not Allowed"},
                                                {406, "Not Acceptable"},
                                                {409, "Conflict"},
                                                {413, "Payload Too Large"},
                                                {416, "Range Not Satisfiable"},
                                                {422, "Unprocessable Entity"},
                                                {429, "Too Many Requests"},
                                                {500, "Internal Server Error"},
                                                {502, "Bad Gateway"},
                                                {503, "Service Unavailable"},
                                                {504, "Gateway Timeout"}};
    return phrases.value(status, QByteArrayLiteral("Status"));
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

QString decodeComponent(QByteArray raw)
{
    raw.replace('+', ' '); // form encoding, as PostgREST and GoTrue read query strings
    return QString::fromUtf8(QByteArray::fromPercentEncoding(raw));
}

HttpRequest copyRequest(const QHttpServerRequest &source)
{
    HttpRequest request;
    request.method = methodName(source.method());
    const QUrl url = source.url();
    request.path = url.path(QUrl::FullyDecoded);
    const QByteArray query = url.query(QUrl::FullyEncoded).toUtf8();
    if (!query.isEmpty()) {
        const QList<QByteArray> items = query.split('&');
        for (const QByteArray &item : items) {
            if (item.isEmpty())
                continue;
            const qsizetype equals = item.indexOf('=');
            request.query.append({decodeComponent(equals < 0 ? item : item.left(equals)),
                                  equals < 0 ? QString() : decodeComponent(item.mid(equals + 1))});
        }
    }
    const auto headers = source.headers();
    for (const auto &[name, value] : headers) {
        const QByteArray key = name.toLower();
        const QByteArray existing = request.headers.value(key);
        request.headers.insert(key, existing.isEmpty() ? value : existing + ", " + value);
    }
    request.body = source.body();
    return request;
}

HttpResponse corsPreflight()
{
    HttpResponse response = HttpResponse::empty(204);
    response.setHeader("Access-Control-Allow-Origin", "*");
    response.setHeader("Access-Control-Allow-Methods",
                       "GET, HEAD, POST, PATCH, PUT, DELETE, OPTIONS");
    response.setHeader("Access-Control-Allow-Headers",
                       "apikey, authorization, content-type, prefer, range, accept-profile, "
                       "content-profile, x-client-info, x-supabase-api-version");
    response.setHeader("Access-Control-Max-Age", "600");
    return response;
}

} // namespace

LocalbaseServer::LocalbaseServer(ServerContext &context, int workerThreads, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_context(context)
    , m_auth(context)
    , m_rest(context)
{
    m_pool.setMaxThreadCount(workerThreads);
    m_pool.setExpiryTimeout(-1); // keep threads (and their database connections) alive
    m_realtime = new RealtimeHub(context, &m_pool, this);
    connect(this, &QAbstractHttpServer::newWebSocketConnection, this, [this] {
        while (hasPendingWebSocketConnections())
            m_realtime->addSocket(nextPendingWebSocketConnection());
    });
}

LocalbaseServer::~LocalbaseServer()
{
    shutdown();
}

void LocalbaseServer::shutdown()
{
    const auto tcpServers = servers();
    for (QTcpServer *server : tcpServers)
        server->close();
    m_realtime->closeAll();
    m_pool.waitForDone();
}

void LocalbaseServer::missingHandler(const QHttpServerRequest &, QTcpSocket *) {}

bool LocalbaseServer::handleRequest(const QHttpServerRequest &source, QTcpSocket *socket)
{
    const HttpRequest request = copyRequest(source);
    QPointer<QTcpSocket> guard(socket);

    if (request.header("upgrade").toLower() == "websocket") {
        // Qt HttpServer 6.4 asks handleRequest() first: true hands the socket to the websocket
        // server (nothing may be written); false means we answered with an HTTP error ourselves.
        QByteArray key = request.header("apikey");
        if (key.isEmpty())
            key = request.queryValue(QStringLiteral("apikey")).toUtf8();
        QString refusal;
        int status = 401;
        if (request.path != QStringLiteral("/realtime/v1/websocket")) {
            refusal = QStringLiteral("Not found");
            status = 404;
        } else if (key.isEmpty()) {
            refusal = QStringLiteral("API key is missing");
        } else if (!Gateway::keyRole(m_context, key)) {
            refusal = QStringLiteral("Failed to validate JWT signature");
        }
        if (refusal.isEmpty())
            return true;
        HttpResponse response =
            HttpResponse::json(status, QJsonObject{{QStringLiteral("error"), refusal}});
        response.setHeader("Connection", "close");
        write(socket, request, response, false);
        socket->disconnectFromHost();
        return false;
    }
    if (request.method == "OPTIONS") {
        deliver(guard, request, corsPreflight(), std::nullopt);
        return true;
    }
    if (m_context.faultsEnabled && request.path == QStringLiteral("/__faults")) {
        Gateway::KeyRole role = Gateway::KeyRole::Anon;
        if (auto rejected = Gateway::check(m_context, request, &role)) {
            deliver(guard, request, *rejected, std::nullopt);
        } else if (role != Gateway::KeyRole::Service) {
            deliver(
                guard, request,
                HttpResponse::json(
                    403, QJsonObject{{QStringLiteral("message"),
                                      QStringLiteral("The fault control needs the service key")}}),
                std::nullopt);
        } else {
            deliver(guard, request, m_faults.control(request), std::nullopt);
        }
        return true;
    }
    std::optional<FaultInjector::Fault> fault;
    if (m_context.faultsEnabled)
        fault = m_faults.take(request);
    if (fault && fault->kind == FaultInjector::Kind::Drop) {
        socket->abort();
        return true;
    }
    if (fault
        && (fault->kind == FaultInjector::Kind::Status
            || fault->kind == FaultInjector::Kind::RateLimit)) {
        HttpResponse response;
        const bool auth = request.path.startsWith(QStringLiteral("/auth/v1"));
        if (fault->kind == FaultInjector::Kind::RateLimit) {
            response =
                auth ? AuthService::error(request, 429, QStringLiteral("over_request_rate_limit"),
                                          QStringLiteral("Request rate limit reached"))
                     : HttpResponse::json(429,
                                          QJsonObject{{QStringLiteral("message"),
                                                       QStringLiteral("API rate limit exceeded")}});
            response.setHeader("Retry-After", QByteArray::number(fault->retryAfterSeconds));
        } else {
            response = auth ? AuthService::error(request, fault->status,
                                                 QStringLiteral("unexpected_failure"),
                                                 QStringLiteral("Injected fault"))
                            : RestService::apiError(fault->status, QStringLiteral("PGRST000"),
                                                    QStringLiteral("Injected fault"));
        }
        deliver(guard, request, response, fault);
        return true;
    }
    dispatch(request, guard, fault);
    return true;
}

void LocalbaseServer::dispatch(const HttpRequest &request, QPointer<QTcpSocket> socket,
                               std::optional<FaultInjector::Fault> fault)
{
    const bool auth = request.path.startsWith(QStringLiteral("/auth/v1/"));
    const bool rest = request.path.startsWith(QStringLiteral("/rest/v1/"));
    if (!auth && !rest) {
        deliver(socket, request,
                HttpResponse::json(
                    404, QJsonObject{{QStringLiteral("message"),
                                      QStringLiteral("no Route matched with those values")}}),
                fault);
        return;
    }
    if (auto rejected = Gateway::check(m_context, request)) {
        deliver(socket, request, *rejected, fault);
        return;
    }
    if (request.body.size() > m_context.maxBodyBytes) {
        deliver(
            socket, request,
            auth ? AuthService::error(request, 413, QStringLiteral("request_entity_too_large"),
                                      QStringLiteral("Request body too large"))
                 : HttpResponse::json(413, QJsonObject{{QStringLiteral("message"),
                                                        QStringLiteral("Request Entity Too Large")},
                                                       {QStringLiteral("hint"),
                                                        QStringLiteral("The body exceeds %1 bytes.")
                                                            .arg(m_context.maxBodyBytes)}}),
            fault);
        return;
    }
    QtConcurrent::run(&m_pool, [this, request, auth] {
        return auth ? m_auth.handle(request) : m_rest.handle(request);
    }).then(this, [this, socket, request, fault](const HttpResponse &response) {
        deliver(socket, request, response, fault);
    });
}

void LocalbaseServer::deliver(QPointer<QTcpSocket> socket, const HttpRequest &request,
                              const HttpResponse &response,
                              std::optional<FaultInjector::Fault> fault)
{
    if (fault && fault->kind == FaultInjector::Kind::Latency && fault->latencyMs > 0) {
        auto delayed = fault;
        delayed->latencyMs = 0;
        QTimer::singleShot(fault->latencyMs, this, [this, socket, request, response, delayed] {
            deliver(socket, request, response, delayed);
        });
        return;
    }
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (fault && fault->kind == FaultInjector::Kind::DropAfter) {
        socket->abort(); // the work is done, the answer is lost
        return;
    }
    const bool truncate = fault && fault->kind == FaultInjector::Kind::Truncate;
    write(socket, request, response, truncate);
    if (truncate || request.header("connection").toLower() == "close")
        socket->disconnectFromHost();
}

void LocalbaseServer::write(QTcpSocket *socket, const HttpRequest &request,
                            const HttpResponse &response, bool truncate)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
                     + reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    const bool bodyless = response.status == 204 || response.status == 304 || response.status < 200;
    if (!bodyless)
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += "Date: "
           + QLocale::c()
                 .toString(QDateTime::currentDateTimeUtc(),
                           QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                 .toLatin1()
           + "\r\n";
    if (response.header("Access-Control-Allow-Origin").isEmpty())
        out += "Access-Control-Allow-Origin: *\r\n";
    out += "\r\n";
    if (!bodyless && request.method != "HEAD")
        out += truncate ? response.body.left(response.body.size() / 2) : response.body;
    socket->write(out);
}

} // namespace Chairside::Localbase
