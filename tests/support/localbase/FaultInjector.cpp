#include "FaultInjector.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Chairside::Localbase {

namespace {

const QList<QPair<QString, FaultInjector::Kind>> &kindNames()
{
    static const QList<QPair<QString, FaultInjector::Kind>> names{
        {QStringLiteral("latency"), FaultInjector::Kind::Latency},
        {QStringLiteral("status"), FaultInjector::Kind::Status},
        {QStringLiteral("rate_limit"), FaultInjector::Kind::RateLimit},
        {QStringLiteral("drop"), FaultInjector::Kind::Drop},
        {QStringLiteral("drop_after"), FaultInjector::Kind::DropAfter},
        {QStringLiteral("truncate"), FaultInjector::Kind::Truncate}};
    return names;
}

QString kindName(FaultInjector::Kind kind)
{
    for (const auto &[name, value] : kindNames()) {
        if (value == kind)
            return name;
    }
    return {};
}

HttpResponse badRequest(const QString &message)
{
    return HttpResponse::json(400, QJsonObject{{QStringLiteral("message"), message}});
}

} // namespace

HttpResponse FaultInjector::control(const HttpRequest &request)
{
    if (request.method == "DELETE") {
        m_faults.clear();
        return HttpResponse::empty(204);
    }
    if (request.method == "POST") {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return badRequest(QStringLiteral("expected a JSON object"));
        QJsonArray list = document.object().value(QStringLiteral("faults")).toArray();
        if (!document.object().contains(QStringLiteral("faults")))
            list.append(document.object());
        QList<Fault> added;
        for (const auto &value : std::as_const(list)) {
            const QJsonObject object = value.toObject();
            Fault fault;
            fault.pathPrefix = object.value(QStringLiteral("path_prefix")).toString();
            fault.method = object.value(QStringLiteral("method")).toString().toUpper();
            fault.skip = object.value(QStringLiteral("skip")).toInt(0);
            fault.remaining = object.value(QStringLiteral("count")).toInt(1);
            fault.latencyMs = object.value(QStringLiteral("latency_ms")).toInt(0);
            fault.status = object.value(QStringLiteral("status")).toInt(503);
            fault.retryAfterSeconds = object.value(QStringLiteral("retry_after")).toInt(1);
            const QString kind = object.value(QStringLiteral("kind")).toString();
            bool known = false;
            for (const auto &[name, k] : kindNames()) {
                if (name == kind) {
                    fault.kind = k;
                    known = true;
                }
            }
            if (!known)
                return badRequest(QStringLiteral("unknown fault kind \"%1\"").arg(kind));
            if (!fault.pathPrefix.startsWith(QLatin1Char('/')) || fault.remaining < 1
                || fault.skip < 0 || fault.latencyMs < 0 || fault.latencyMs > 600000
                || fault.status < 100 || fault.status > 599)
                return badRequest(QStringLiteral(
                    "invalid fault: needs path_prefix \"/...\", count >= 1, skip >= 0"));
            added.append(fault);
        }
        m_faults.append(added);
    } else if (request.method != "GET") {
        return HttpResponse::json(
            405, QJsonObject{{QStringLiteral("message"), QStringLiteral("Method not allowed")}});
    }
    QJsonArray list;
    for (const Fault &fault : std::as_const(m_faults)) {
        list.append(QJsonObject{{QStringLiteral("path_prefix"), fault.pathPrefix},
                                {QStringLiteral("method"), fault.method},
                                {QStringLiteral("kind"), kindName(fault.kind)},
                                {QStringLiteral("skip"), fault.skip},
                                {QStringLiteral("count"), fault.remaining},
                                {QStringLiteral("latency_ms"), fault.latencyMs},
                                {QStringLiteral("status"), fault.status},
                                {QStringLiteral("retry_after"), fault.retryAfterSeconds}});
    }
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("faults"), list}});
}

std::optional<FaultInjector::Fault> FaultInjector::take(const HttpRequest &request)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault &fault = m_faults[i];
        if (!request.path.startsWith(fault.pathPrefix))
            continue;
        if (!fault.method.isEmpty() && fault.method.toLatin1() != request.method)
            continue;
        if (fault.skip > 0) {
            --fault.skip;
            continue;
        }
        Fault taken = fault;
        if (--fault.remaining <= 0)
            m_faults.removeAt(i);
        return taken;
    }
    return std::nullopt;
}

} // namespace Chairside::Localbase
