#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

namespace Chairside {

// The answer to one PostgREST RPC call, already sorted into what the caller must do about it.
struct RpcResult
{
    enum class Status {
        Ok,             // 2xx with a body that parsed as JSON (or was asked for raw)
        SignedOut,      // no session, or the refresh token was refused: the person must sign in
        Unauthorized,   // 401 even after one refresh and one retry
        Forbidden,      // 403 (RLS or role)
        RateLimited,    // 429; retryAfter says when
        ServerError,    // 5xx; retryAfter when the server sent one
        RequestError,   // any other 4xx (malformed cursor 22023, unknown function ...)
        NetworkError,   // connection refused or dropped, DNS, host unreachable
        TlsError,       // the certificate did not verify (never bypassed)
        Timeout,        // no complete answer in time
        MalformedReply, // 2xx whose body is not the JSON it should be (truncated, garbage)
    };

    Status status = Status::NetworkError;
    int httpStatus = 0;
    QByteArray body; // the raw body (JSON on Ok)
    // The body parsed, on Ok when it is an object or an array (so a large answer is parsed once).
    QJsonDocument json;
    QString code;    // PostgREST / SQLSTATE code of an error body ("22023", "PGRST202"), if any
    QString message; // a sentence for people (never contains tokens)
    std::optional<std::chrono::seconds> retryAfter;

    bool isOk() const { return status == Status::Ok; }
    // Worth trying again later without anyone doing anything.
    bool isTransient() const
    {
        switch (status) {
        case Status::RateLimited:
        case Status::ServerError:
        case Status::NetworkError:
        case Status::Timeout:
        case Status::MalformedReply:
            return true;
        default:
            return false;
        }
    }
};

// Calls `POST /rest/v1/rpc/<function>` as the signed-in person. Implementations attach the
// project's anon key and the current access token, refresh an expired token once and retry once
// on a 401, and call `done` exactly once, on the thread the channel lives in. The sync engine
// depends on this interface only, so it can be driven against chairside-localbase or a hosted
// project alike.
class RpcChannel : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(RpcResult)>;
    // Sees a successful answer's raw body before it is parsed, on the channel's thread, just
    // before `done`: the sync engine reads the next page's cursor there and asks for that page
    // while this one is still being parsed.
    using Peek = std::function<void(const QByteArray &body)>;

    // How a successful answer reaches `done`.
    enum class Body {
        Json, // parsed into RpcResult::json; a body that is not JSON is a MalformedReply
        Raw,  // only in RpcResult::body: the caller reads and checks it (the pull's pages, whose
              // rows go straight into the cache without a QJsonDocument of the page)
    };

    using QObject::QObject;

    virtual void call(const QString &function, const QByteArray &jsonBody, Done done) = 0;

    // The same for a function that only reads (STABLE), as `GET /rest/v1/rpc/<function>?...`
    // with the arguments in the query string. A GET carries no body, so the request is sent
    // entirely by Qt's network thread, without waiting for this thread's event loop to hand
    // over a POST body: the sync engine's next page travels while it writes the current one.
    // `peek`, when set, is called as described above; a channel may also never call it.
    // `body` may be ignored: a channel can always parse.
    virtual void callReadOnly(const QString &function, const QJsonObject &arguments, Done done,
                              Peek peek = {}, Body body = Body::Json)
    {
        Q_UNUSED(peek)
        Q_UNUSED(body)
        call(function, QJsonDocument(arguments).toJson(QJsonDocument::Compact), std::move(done));
    }
};

} // namespace Chairside
