#include "Gateway.h"

#include "Jwt.h"

#include <QDateTime>

namespace Chairside::Localbase {

std::optional<Gateway::KeyRole> Gateway::keyRole(const ServerContext &context,
                                                 const QByteArray &key)
{
    if (key.isEmpty())
        return std::nullopt;
    const auto verified =
        Jwt::verify(key, context.jwtSecret, QDateTime::currentSecsSinceEpoch(), 0);
    if (verified.status != Jwt::Status::Valid)
        return std::nullopt;
    const QString role = verified.claims.value(QStringLiteral("role")).toString();
    if (role == QStringLiteral("anon"))
        return KeyRole::Anon;
    if (role == QStringLiteral("service_role"))
        return KeyRole::Service;
    return std::nullopt;
}

std::optional<HttpResponse> Gateway::check(const ServerContext &context, const HttpRequest &request,
                                           KeyRole *role)
{
    QByteArray key = request.header("apikey");
    if (key.isEmpty())
        key = request.queryValue(QStringLiteral("apikey")).toUtf8();
    if (key.isEmpty()) {
        return HttpResponse::json(
            401,
            QJsonObject{{QStringLiteral("message"), QStringLiteral("No API key found in request")},
                        {QStringLiteral("hint"),
                         QStringLiteral("No `apikey` request header or url param was found.")}});
    }
    const auto found = keyRole(context, key);
    if (!found) {
        return HttpResponse::json(
            401,
            QJsonObject{
                {QStringLiteral("message"), QStringLiteral("Invalid API key")},
                {QStringLiteral("hint"),
                 QStringLiteral("Double check your Supabase `anon` or `service_role` API key.")}});
    }
    if (role)
        *role = *found;
    return std::nullopt;
}

QByteArray Gateway::bearerToken(const HttpRequest &request)
{
    const QByteArray authorization = request.header("authorization").trimmed();
    if (authorization.size() < 7 || !authorization.first(7).toLower().startsWith("bearer "))
        return {};
    return authorization.mid(7).trimmed();
}

} // namespace Chairside::Localbase
