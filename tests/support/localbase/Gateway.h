#pragma once

#include "HttpMessage.h"
#include "ServerContext.h"

#include <optional>

namespace Chairside::Localbase {

// The API gateway in front of Auth/REST/Realtime: every request needs a valid project key
// (protocol notes section 0). Legacy keys are HS256 JWTs with role anon or service_role.
class Gateway final
{
public:
    enum class KeyRole { Anon, Service };

    // Returns the gateway's 401 answer, or nothing when the key is acceptable.
    static std::optional<HttpResponse> check(const ServerContext &context,
                                             const HttpRequest &request, KeyRole *role = nullptr);
    static std::optional<KeyRole> keyRole(const ServerContext &context, const QByteArray &key);
    static QByteArray bearerToken(const HttpRequest &request);
};

} // namespace Chairside::Localbase
