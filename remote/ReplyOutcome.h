#pragma once

#include "remote/RpcChannel.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QNetworkReply>
#include <QString>

#include <chrono>
#include <optional>

namespace Chairside {

// What came back for one HTTP request, read once from a finished QNetworkReply, with transport
// failures already sorted and explained. Shared by the Auth and PostgREST clients so that a
// network or TLS problem reads the same everywhere.
struct ReplyOutcome
{
    Q_DECLARE_TR_FUNCTIONS(Chairside::ReplyOutcome)

public:
    enum class Transport {
        Ok,        // an HTTP answer arrived (any status), body complete
        Truncated, // an HTTP answer started but the connection closed before its end
        Network,   // no answer: refused, dropped, DNS, unreachable
        Tls,       // the certificate did not verify
        Timeout,   // no progress within the transfer timeout
    };

    Transport transport = Transport::Network;
    int httpStatus = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QString sentence;                      // for transport failures: what went wrong, for people

    static ReplyOutcome read(QNetworkReply *reply, const QString &host);

    // Retry-After as seconds or an HTTP-date, relative to now; nullopt when absent or unreadable.
    std::optional<std::chrono::seconds> retryAfter() const;

    // The RpcResult status of a transport failure (NetworkError, TlsError, Timeout, Malformed).
    RpcResult::Status transportStatus() const;
};

} // namespace Chairside
