#include "remote/ReplyOutcome.h"

#include <QDateTime>
#include <QLocale>
#include <QNetworkRequest>
#include <QTimeZone>

namespace Chairside {

ReplyOutcome ReplyOutcome::read(QNetworkReply *reply, const QString &host)
{
    ReplyOutcome outcome;
    outcome.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen()) // an aborted (timed-out) reply is closed
        outcome.body = reply->readAll();
    const auto pairs = reply->rawHeaderPairs();
    for (const auto &[name, value] : pairs)
        outcome.headers.insert(name.toLower(), value);

    const QNetworkReply::NetworkError error = reply->error();
    // Qt reports 4xx/5xx as errors too; those are answers, not transport failures.
    const bool httpError =
        error >= QNetworkReply::ContentAccessDenied && error <= QNetworkReply::UnknownServerError;
    if (error == QNetworkReply::NoError || (httpError && outcome.httpStatus != 0)) {
        outcome.transport = Transport::Ok;
        return outcome;
    }
    switch (error) {
    case QNetworkReply::SslHandshakeFailedError:
        outcome.transport = Transport::Tls;
        outcome.sentence = tr("The secure connection to %1 failed: its certificate could not be "
                              "verified (%2). Check the backend address and, for a self-hosted "
                              "backend, its certificate authority file.")
                               .arg(host, reply->errorString());
        return outcome;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer timeout aborts the reply
        outcome.transport = Transport::Timeout;
        outcome.sentence = tr("%1 did not answer in time.").arg(host);
        return outcome;
    case QNetworkReply::ConnectionRefusedError:
        outcome.transport = Transport::Network;
        outcome.sentence = tr("%1 refused the connection; the service may be down.").arg(host);
        return outcome;
    case QNetworkReply::HostNotFoundError:
        outcome.transport = Transport::Network;
        outcome.sentence = tr("The server %1 could not be found; check the internet connection "
                              "and the backend address.")
                               .arg(host);
        return outcome;
    default:
        break;
    }
    if (outcome.httpStatus != 0) {
        // Headers arrived, then the connection ended before the body did.
        outcome.transport = Transport::Truncated;
        outcome.sentence = tr("The answer from %1 was cut off.").arg(host);
        return outcome;
    }
    outcome.transport = Transport::Network;
    outcome.sentence = tr("The connection to %1 failed (%2); check the internet connection.")
                           .arg(host, reply->errorString());
    return outcome;
}

std::optional<std::chrono::seconds> ReplyOutcome::retryAfter() const
{
    const QByteArray value = headers.value(QByteArrayLiteral("retry-after")).trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = value.toLongLong(&isNumber);
    if (isNumber)
        return std::chrono::seconds(qMax<qint64>(0, seconds));
    // IMF-fixdate, e.g. "Sun, 06 Nov 1994 08:49:37 GMT".
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(value).chopped(4),
                                             QStringLiteral("ddd, dd MMM yyyy hh:mm:ss"));
    if (!when.isValid() || !value.endsWith("GMT"))
        return std::nullopt;
    when.setTimeZone(QTimeZone::utc());
    return std::chrono::seconds(qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when)));
}

RpcResult::Status ReplyOutcome::transportStatus() const
{
    switch (transport) {
    case Transport::Tls:
        return RpcResult::Status::TlsError;
    case Transport::Timeout:
        return RpcResult::Status::Timeout;
    case Transport::Truncated:
        return RpcResult::Status::MalformedReply;
    case Transport::Ok:
    case Transport::Network:
        break;
    }
    return RpcResult::Status::NetworkError;
}

} // namespace Chairside
