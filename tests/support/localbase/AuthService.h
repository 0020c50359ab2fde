#pragma once

#include "HttpMessage.h"
#include "ServerContext.h"

#include <QJsonObject>

namespace Chairside::Localbase {

// Supabase Auth (GoTrue) at /auth/v1: password and refresh-token grants with rotation and
// reuse detection, /user and /logout, with both error body formats (protocol notes section 1).
class AuthService final
{
public:
    explicit AuthService(const ServerContext &context);

    HttpResponse handle(const HttpRequest &request) const; // worker thread

    // Error in the shape the request asked for (X-Supabase-Api-Version selects the new shape).
    static HttpResponse error(const HttpRequest &request, int status, const QString &code,
                              const QString &message);
    // Sessions and refresh tokens live in schema "localbase", invisible to API roles.
    static QString bootstrapSql();
    static QByteArray randomToken(int length);

private:
    HttpResponse passwordGrant(const HttpRequest &request, const QJsonObject &body) const;
    HttpResponse refreshGrant(const HttpRequest &request, const QJsonObject &body) const;
    HttpResponse user(const HttpRequest &request) const;
    HttpResponse logout(const HttpRequest &request) const;
    QJsonObject accessClaims(const QJsonObject &user, const QString &sessionId, qint64 now) const;
    HttpResponse sessionResponse(const QJsonObject &user, const QString &sessionId,
                                 const QString &refreshToken) const;

    const ServerContext &m_context;
};

} // namespace Chairside::Localbase
