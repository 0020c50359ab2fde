#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Chairside::Localbase {

// HS256 JSON Web Tokens, the legacy Supabase signing scheme (protocol notes 1.8).
class Jwt final
{
public:
    enum class Status { Valid, Malformed, BadSignature, Expired, NotYetValid, IssuedInFuture };

    struct Verified
    {
        Status status = Status::Malformed;
        QJsonObject claims;
        QString message; // PostgREST v13 wording for the failure
    };

    static QByteArray sign(const QJsonObject &claims, const QByteArray &secret);
    // leewaySeconds: PostgREST allows 30 s of clock skew; GoTrue allows none.
    static Verified verify(const QByteArray &token, const QByteArray &secret, qint64 nowSeconds,
                           qint64 leewaySeconds);
};

} // namespace Chairside::Localbase
