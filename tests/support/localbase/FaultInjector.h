#pragma once

#include "HttpMessage.h"

#include <QList>
#include <QString>

#include <optional>

namespace Chairside::Localbase {

// Scripted misbehaviour for client robustness tests (--faults): the next N requests whose path
// starts with a prefix (after `skip` untouched ones) get latency, an error status, a 429 with
// Retry-After, a dropped connection (before or after the server did the work) or a truncated body.
// Used from the GUI thread only.
class FaultInjector final
{
public:
    enum class Kind { Latency, Status, RateLimit, Drop, DropAfter, Truncate };

    struct Fault
    {
        QString pathPrefix;
        QString method; // empty: any
        int skip = 0;   // matching requests let through untouched first (to hit the i-th call)
        int remaining = 1;
        Kind kind = Kind::Status;
        int latencyMs = 0;
        int status = 503;
        int retryAfterSeconds = 1;
    };

    // GET lists, POST adds ({"faults":[...]} or one object), DELETE clears.
    HttpResponse control(const HttpRequest &request);
    std::optional<Fault> take(const HttpRequest &request);

private:
    QList<Fault> m_faults;
};

} // namespace Chairside::Localbase
