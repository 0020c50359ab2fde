#pragma once

#include "AuthService.h"
#include "FaultInjector.h"
#include "HttpMessage.h"
#include "RestService.h"
#include "ServerContext.h"

#include <QAbstractHttpServer>
#include <QPointer>
#include <QThreadPool>

#include <optional>

class QTcpSocket;

namespace Chairside::Localbase {

class RealtimeHub;

// The HTTPS front: gateway key check, fault injection, then Auth and REST handlers on a
// thread pool (each worker has its own PostgreSQL connections, so concurrent requests really
// race inside PostgreSQL); websocket upgrades go to the RealtimeHub.
class LocalbaseServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalbaseServer)

public:
    LocalbaseServer(ServerContext &context, int workerThreads, QObject *parent = nullptr);
    ~LocalbaseServer() override;

    RealtimeHub *realtime() const { return m_realtime; }
    void shutdown(); // stops accepting, waits for running handlers

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void dispatch(const HttpRequest &request, QPointer<QTcpSocket> socket,
                  std::optional<FaultInjector::Fault> fault);
    void deliver(QPointer<QTcpSocket> socket, const HttpRequest &request,
                 const HttpResponse &response, std::optional<FaultInjector::Fault> fault);
    static void write(QTcpSocket *socket, const HttpRequest &request, const HttpResponse &response,
                      bool truncate);

    ServerContext &m_context;
    QThreadPool m_pool;
    AuthService m_auth;
    RestService m_rest;
    FaultInjector m_faults;
    RealtimeHub *m_realtime = nullptr;
};

} // namespace Chairside::Localbase
