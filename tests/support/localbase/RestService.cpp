#include "RestService.h"

#include "Gateway.h"
#include "Jwt.h"
#include "PgConnections.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlRecord>

namespace Chairside::Localbase {

namespace {

const QString kContentRange = QStringLiteral("Content-Range");

struct Fragment
{
    QString sql;
    QVariantList params;
};

using Built = std::variant<Fragment, HttpResponse>;

struct Prefer
{
    QString returning = QStringLiteral("minimal");
    bool countExact = false;
    QString resolution;
    bool missingDefault = false;
};

Prefer parsePrefer(const HttpRequest &request)
{
    Prefer prefer;
    const QList<QByteArray> tokens = request.header("prefer").split(',');
    for (const QByteArray &raw : tokens) {
        const QString token = QString::fromUtf8(raw.trimmed());
        if (token.startsWith(QStringLiteral("return=")))
            prefer.returning = token.mid(7);
        else if (token == QStringLiteral("count=exact") || token == QStringLiteral("count=planned")
                 || token == QStringLiteral("count=estimated"))
            prefer.countExact = true;
        else if (token.startsWith(QStringLiteral("resolution=")))
            prefer.resolution = token.mid(11);
        else if (token == QStringLiteral("missing=default"))
            prefer.missingDefault = true;
    }
    return prefer;
}

HttpResponse parseError(const QString &message, const QString &details)
{
    return RestService::apiError(400, QStringLiteral("PGRST100"), message, details);
}

HttpResponse unknownColumn(const QString &table, const QString &column)
{
    return RestService::apiError(400, QStringLiteral("42703"),
                                 QStringLiteral("column %1.%2 does not exist").arg(table, column));
}

// The PostgreSQL array literal for the items of in.(a,b,"c,d").
std::optional<QString> inListToArray(const QString &value)
{
    if (!value.startsWith(QLatin1Char('(')) || !value.endsWith(QLatin1Char(')')))
        return std::nullopt;
    const QString inner = value.mid(1, value.size() - 2);
    QStringList items;
    QString current;
    bool quoted = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < inner.size(); ++i) {
        const QChar c = inner.at(i);
        if (quoted) {
            if (c == QLatin1Char('\\') && i + 1 < inner.size()) {
                current.append(inner.at(++i));
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                current.append(c);
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
            wasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            items.append(wasQuoted ? current : current.trimmed());
            current.clear();
            wasQuoted = false;
        } else {
            current.append(c);
        }
    }
    if (quoted)
        return std::nullopt;
    if (!inner.isEmpty() || wasQuoted)
        items.append(wasQuoted ? current : current.trimmed());
    QStringList escaped;
    for (QString item : items) {
        item.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        item.replace(QLatin1Char('"'), QStringLiteral("\\\""));
        escaped.append(QLatin1Char('"') + item + QLatin1Char('"'));
    }
    return QLatin1Char('{') + escaped.join(QLatin1Char(',')) + QLatin1Char('}');
}

// One horizontal filter: column=[not.]op.value
Built buildFilter(const TableInfo &table, const QString &column, const QString &expression)
{
    if (!SchemaCache::isIdentifier(column))
        return parseError(QStringLiteral("failed to parse filter (%1=%2)").arg(column, expression),
                          QStringLiteral("localbase accepts plain column names in filters"));
    if (!table.hasColumn(column))
        return unknownColumn(table.name, column);
    QString rest = expression;
    bool negate = false;
    if (rest.startsWith(QStringLiteral("not."))) {
        negate = true;
        rest = rest.mid(4);
    }
    const qsizetype dot = rest.indexOf(QLatin1Char('.'));
    if (dot <= 0)
        return parseError(QStringLiteral("failed to parse filter (%1)").arg(expression),
                          QStringLiteral("unexpected end of input expecting operator"));
    const QString op = rest.left(dot);
    const QString value = rest.mid(dot + 1);
    const QString col = QStringLiteral("_t.") + SchemaCache::quote(column);
    Fragment fragment;
    static const QHash<QString, QString> comparisons{
        {QStringLiteral("eq"), QStringLiteral("=")},
        {QStringLiteral("neq"), QStringLiteral("<>")},
        {QStringLiteral("gt"), QStringLiteral(">")},
        {QStringLiteral("gte"), QStringLiteral(">=")},
        {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("lte"), QStringLiteral("<=")},
        {QStringLiteral("like"), QStringLiteral("like")},
        {QStringLiteral("ilike"), QStringLiteral("ilike")}};
    if (comparisons.contains(op)) {
        QString bound = value;
        if (op == QStringLiteral("like") || op == QStringLiteral("ilike")) {
            bound.replace(QLatin1Char('*'), QLatin1Char('%'));
            fragment.sql =
                col + QStringLiteral("::text ") + comparisons.value(op) + QStringLiteral(" ?");
        } else {
            fragment.sql = col + QLatin1Char(' ') + comparisons.value(op) + QStringLiteral(" ?");
        }
        fragment.params.append(bound);
    } else if (op == QStringLiteral("in")) {
        const auto array = inListToArray(value);
        if (!array)
            return parseError(QStringLiteral("failed to parse filter (%1)").arg(expression),
                              QStringLiteral("expecting a list in parentheses: in.(a,b)"));
        fragment.sql = col + QStringLiteral(" = any(?)");
        fragment.params.append(*array);
    } else if (op == QStringLiteral("is")) {
        static const QHash<QString, QString> states{
            {QStringLiteral("null"), QStringLiteral("null")},
            {QStringLiteral("not_null"), QStringLiteral("not null")},
            {QStringLiteral("true"), QStringLiteral("true")},
            {QStringLiteral("false"), QStringLiteral("false")},
            {QStringLiteral("unknown"), QStringLiteral("unknown")}};
        if (!states.contains(value.toLower()))
            return parseError(
                QStringLiteral("failed to parse filter (%1)").arg(expression),
                QStringLiteral("unexpected \"%1\" expecting null or trilean value").arg(value));
        fragment.sql = col + QStringLiteral(" is ") + states.value(value.toLower());
    } else {
        return parseError(QStringLiteral("failed to parse filter (%1)").arg(expression),
                          QStringLiteral("unknown or unsupported operator \"%1\"").arg(op));
    }
    if (negate)
        fragment.sql = QStringLiteral("not (") + fragment.sql + QLatin1Char(')');
    return fragment;
}

const QSet<QString> &reservedParameters()
{
    static const QSet<QString> names{QStringLiteral("select"),      QStringLiteral("order"),
                                     QStringLiteral("limit"),       QStringLiteral("offset"),
                                     QStringLiteral("on_conflict"), QStringLiteral("columns"),
                                     QStringLiteral("apikey")};
    return names;
}

Built buildWhere(const TableInfo &table, const HttpRequest &request)
{
    Fragment where;
    QStringList conditions;
    for (const auto &[key, value] : request.query) {
        if (reservedParameters().contains(key))
            continue;
        if (key == QStringLiteral("or") || key == QStringLiteral("and")
            || key == QStringLiteral("not.or") || key == QStringLiteral("not.and"))
            return parseError(QStringLiteral("failed to parse logic tree (%1)").arg(value),
                              QStringLiteral("localbase does not support or=/and= filters"));
        Built built = buildFilter(table, key, value);
        if (auto *response = std::get_if<HttpResponse>(&built))
            return *response;
        const auto &fragment = std::get<Fragment>(built);
        conditions.append(fragment.sql);
        where.params.append(fragment.params);
    }
    if (!conditions.isEmpty())
        where.sql = QStringLiteral(" where ") + conditions.join(QStringLiteral(" and "));
    return where;
}

Built buildSelect(const TableInfo &table, const QString &select)
{
    const QString trimmed = select.trimmed();
    if (trimmed.isEmpty() || trimmed == QStringLiteral("*"))
        return Fragment{QStringLiteral("_t.*"), {}};
    static const QRegularExpression item(
        QStringLiteral("^(?:([A-Za-z_][A-Za-z0-9_]*):)?([A-Za-z_][A-Za-z0-9_]*|\\*)(?:::([A-Za-z_]["
                       "A-Za-z0-9_]*))?$"));
    QStringList columns;
    const QStringList parts = trimmed.split(QLatin1Char(','));
    for (const QString &raw : parts) {
        const QString part = raw.trimmed();
        const auto match = item.match(part);
        if (!match.hasMatch())
            return parseError(QStringLiteral("failed to parse select parameter (%1)").arg(select),
                              QStringLiteral("localbase accepts plain columns, alias:column and "
                                             "column::type (no embedding, no JSON paths)"));
        const QString alias = match.captured(1);
        const QString column = match.captured(2);
        const QString cast = match.captured(3);
        if (column == QStringLiteral("*")) {
            columns.append(QStringLiteral("_t.*"));
            continue;
        }
        if (!table.hasColumn(column))
            return unknownColumn(table.name, column);
        QString sql = QStringLiteral("_t.") + SchemaCache::quote(column);
        if (!cast.isEmpty())
            sql += QStringLiteral("::") + SchemaCache::quote(cast);
        sql += QStringLiteral(" as ") + SchemaCache::quote(alias.isEmpty() ? column : alias);
        columns.append(sql);
    }
    return Fragment{columns.join(QStringLiteral(", ")), {}};
}

Built buildOrder(const TableInfo &table, const QString &order)
{
    if (order.trimmed().isEmpty())
        return Fragment{};
    QStringList terms;
    const QStringList parts = order.split(QLatin1Char(','));
    for (const QString &raw : parts) {
        const QStringList pieces = raw.trimmed().split(QLatin1Char('.'));
        const QString column = pieces.value(0);
        if (!SchemaCache::isIdentifier(column) || pieces.size() > 3)
            return parseError(
                QStringLiteral("failed to parse order (%1)").arg(order),
                QStringLiteral("expecting column[.asc|.desc][.nullsfirst|.nullslast]"));
        if (!table.hasColumn(column))
            return unknownColumn(table.name, column);
        QString term = QStringLiteral("_t.") + SchemaCache::quote(column);
        for (qsizetype i = 1; i < pieces.size(); ++i) {
            const QString &modifier = pieces.at(i);
            if (modifier == QStringLiteral("asc") || modifier == QStringLiteral("desc"))
                term += QLatin1Char(' ') + modifier;
            else if (modifier == QStringLiteral("nullsfirst"))
                term += QStringLiteral(" nulls first");
            else if (modifier == QStringLiteral("nullslast"))
                term += QStringLiteral(" nulls last");
            else
                return parseError(QStringLiteral("failed to parse order (%1)").arg(order),
                                  QStringLiteral("unexpected \"%1\"").arg(modifier));
        }
        terms.append(term);
    }
    return Fragment{QStringLiteral(" order by ") + terms.join(QStringLiteral(", ")), {}};
}

std::optional<qint64> nonNegative(const QString &text)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    return value;
}

bool wantsObject(const HttpRequest &request)
{
    return request.header("accept").contains("application/vnd.pgrst.object+json");
}

HttpResponse singleObject(const QByteArray &firstRow, qint64 rows)
{
    if (rows != 1)
        return RestService::apiError(
            406, QStringLiteral("PGRST116"),
            QStringLiteral("Cannot coerce the result to a single JSON object"),
            QStringLiteral("The result contains %1 rows").arg(rows));
    HttpResponse response = HttpResponse::json(200, firstRow);
    response.setHeader("Content-Type", "application/vnd.pgrst.object+json; charset=utf-8");
    return response;
}

// Optional JSON body: nothing, or a parse error answer.
std::optional<HttpResponse> invalidJson(const QByteArray &body, QJsonDocument *document)
{
    QJsonParseError error;
    *document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || document->isNull())
        return RestService::apiError(
            400, QStringLiteral("PGRST102"), QStringLiteral("Empty or invalid json"),
            error.error != QJsonParseError::NoError ? error.errorString() : QString());
    return std::nullopt;
}

QString jsonText(const QStringList &names)
{
    return names.join(QStringLiteral(", "));
}

} // namespace

RestService::RestService(const ServerContext &context)
    : m_context(context)
{}

HttpResponse RestService::apiError(int status, const QString &code, const QString &message,
                                   const QString &details, const QString &hint)
{
    PgError error;
    error.sqlState = code;
    error.message = message;
    error.details = details;
    error.hint = hint;
    HttpResponse response = HttpResponse::json(status, error.toPostgrestBody());
    response.setHeader("Proxy-Status", "PostgREST; error=" + code.toUtf8());
    return response;
}

std::variant<std::pair<QString, QVariantList>, HttpResponse>
RestService::filterSql(const TableInfo &table, const QString &column, const QString &expression)
{
    Built built = buildFilter(table, column, expression);
    if (auto *response = std::get_if<HttpResponse>(&built))
        return *response;
    const auto &fragment = std::get<Fragment>(built);
    return std::pair<QString, QVariantList>{fragment.sql, fragment.params};
}

HttpResponse RestService::errorResponse(const PgError &error, bool anonymous)
{
    const int status = error.httpStatus(anonymous);
    HttpResponse response = HttpResponse::json(status, error.toPostgrestBody());
    response.setHeader("Proxy-Status", "PostgREST; error=" + error.sqlState.toUtf8());
    if (status == 401)
        response.setHeader("WWW-Authenticate", "Bearer");
    return response;
}

std::variant<RestService::Caller, HttpResponse>
RestService::authenticate(const ServerContext &context, const QByteArray &token)
{
    Caller caller;
    if (token.isEmpty()) {
        caller.role = QStringLiteral("anon");
        caller.claimsJson = QByteArrayLiteral(R"({"role":"anon"})");
        return caller;
    }
    const auto verified =
        Jwt::verify(token, context.jwtSecret, QDateTime::currentSecsSinceEpoch(), 30);
    if (verified.status != Jwt::Status::Valid) {
        const bool claimProblem = verified.status == Jwt::Status::Expired
                                  || verified.status == Jwt::Status::NotYetValid
                                  || verified.status == Jwt::Status::IssuedInFuture;
        HttpResponse response =
            apiError(401, claimProblem ? QStringLiteral("PGRST303") : QStringLiteral("PGRST301"),
                     verified.message);
        response.setHeader("WWW-Authenticate",
                           "Bearer error=\"invalid_token\", error_description=\""
                               + verified.message.toUtf8() + '"');
        return response;
    }
    QJsonObject claims = verified.claims;
    caller.role = claims.value(QStringLiteral("role")).toString();
    if (caller.role.isEmpty())
        caller.role = QStringLiteral("anon");
    claims.insert(QStringLiteral("role"), caller.role);
    caller.claimsJson = QJsonDocument(claims).toJson(QJsonDocument::Compact);
    caller.expiresAt = static_cast<qint64>(claims.value(QStringLiteral("exp")).toDouble());
    return caller;
}

std::optional<PgError> RestService::run(QSqlDatabase &db, const QString &sql,
                                        const QVariantList &params, QSqlQuery *out)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    bool ok = false;
    if (params.isEmpty()) {
        ok = query.exec(sql);
    } else {
        ok = query.prepare(sql);
        if (ok) {
            for (const QVariant &param : params)
                query.addBindValue(param);
            ok = query.exec();
        }
    }
    if (!ok) {
        const PgError error = PgError::fromSqlError(query.lastError());
        // Every error ends the transaction anyway; rolling back before the failed statement is
        // freed lets QPSQL deallocate it (it cannot inside an aborted transaction).
        QSqlQuery(db).exec(QStringLiteral("rollback"));
        return error;
    }
    if (out)
        *out = std::move(query);
    return std::nullopt;
}

HttpResponse RestService::inTransaction(const Caller &caller, const HttpRequest &request,
                                        bool readOnly, const Work &work)
{
    QString connectError;
    QSqlDatabase db = PgConnections::connection(PgConnections::Purpose::Rest, &connectError);
    if (!db.isValid() || !db.isOpen())
        return apiError(503, QStringLiteral("PGRST000"),
                        QStringLiteral("Database client error. Retrying the connection."),
                        connectError);
    const bool anonymous = caller.role == QStringLiteral("anon");
    auto fail = [&](const PgError &error) {
        run(db, QStringLiteral("rollback"), {}, nullptr);
        if (error.isConnectionFailure())
            PgConnections::discard(PgConnections::Purpose::Rest);
        return errorResponse(error, anonymous);
    };
    if (auto error = run(db,
                         readOnly ? QStringLiteral("begin isolation level read committed read only")
                                  : QStringLiteral("begin isolation level read committed"),
                         {}, nullptr)) {
        return fail(*error);
    }
    QJsonObject headers;
    for (auto it = request.headers.constBegin(); it != request.headers.constEnd(); ++it) {
        if (it.key() == "authorization" || it.key() == "apikey" || it.key() == "cookie")
            continue; // keep secrets out of request.headers
        headers.insert(QString::fromLatin1(it.key()), QString::fromUtf8(it.value()));
    }
    const QVariantList settings{
        caller.role, QString::fromUtf8(caller.claimsJson), QString::fromLatin1(request.method),
        request.path, QString::fromUtf8(QJsonDocument(headers).toJson(QJsonDocument::Compact))};
    if (auto error =
            run(db,
                QStringLiteral("select set_config('search_path', 'public, extensions', true),"
                               " set_config('role', ?, true),"
                               " set_config('request.jwt.claims', ?, true),"
                               " set_config('request.method', ?, true),"
                               " set_config('request.path', ?, true),"
                               " set_config('request.headers', ?, true)"),
                settings, nullptr)) {
        return fail(*error);
    }
    auto outcome = work(db);
    if (auto *error = std::get_if<PgError>(&outcome))
        return fail(*error);
    HttpResponse response = std::get<HttpResponse>(std::move(outcome));
    if (response.status >= 400) {
        run(db, QStringLiteral("rollback"), {}, nullptr);
        return response;
    }
    if (auto error = run(db, QStringLiteral("commit"), {}, nullptr))
        return fail(*error);
    return response;
}

HttpResponse RestService::handle(const HttpRequest &request) const
{
    const QString prefix = QStringLiteral("/rest/v1/");
    QString rest = request.path.mid(prefix.size());
    while (rest.endsWith(QLatin1Char('/')))
        rest.chop(1);

    const QByteArray profile = request.method == "GET" || request.method == "HEAD"
                                   ? request.header("accept-profile")
                                   : request.header("content-profile");
    if (!profile.isEmpty() && profile != "public")
        return apiError(406, QStringLiteral("PGRST106"),
                        QStringLiteral("The schema must be one of the following: public"));

    auto authenticated = authenticate(m_context, Gateway::bearerToken(request));
    if (auto *response = std::get_if<HttpResponse>(&authenticated))
        return *response;
    const Caller caller = std::get<Caller>(authenticated);

    if (rest.startsWith(QStringLiteral("rpc/")))
        return handleRpc(request, caller, rest.mid(4));
    if (rest.isEmpty() || rest.contains(QLatin1Char('/')))
        return apiError(404, QStringLiteral("PGRST125"),
                        QStringLiteral("Invalid path specified in request URL"));
    return handleTable(request, caller, rest);
}

HttpResponse RestService::handleTable(const HttpRequest &request, const Caller &caller,
                                      const QString &name) const
{
    const std::optional<TableInfo> found =
        SchemaCache::isIdentifier(name) ? m_context.schema.table(name) : std::nullopt;
    if (!found)
        return apiError(
            404, QStringLiteral("PGRST205"),
            QStringLiteral("Could not find the table 'public.%1' in the schema cache").arg(name));
    const TableInfo &table = *found;
    const QString qualified = QStringLiteral("public.") + SchemaCache::quote(table.name);
    const Prefer prefer = parsePrefer(request);
    const QByteArray &method = request.method;

    Built select = buildSelect(table, request.queryValue(QStringLiteral("select")));
    if (auto *response = std::get_if<HttpResponse>(&select))
        return *response;
    const QString columns = std::get<Fragment>(select).sql;
    Built where = buildWhere(table, request);
    if (auto *response = std::get_if<HttpResponse>(&where))
        return *response;
    const Fragment filter = std::get<Fragment>(where);

    if (method == "GET" || method == "HEAD") {
        Built order = buildOrder(table, request.queryValue(QStringLiteral("order")));
        if (auto *response = std::get_if<HttpResponse>(&order))
            return *response;
        std::optional<qint64> offset;
        std::optional<qint64> limit;
        if (request.hasQuery(QStringLiteral("offset"))) {
            offset = nonNegative(request.queryValue(QStringLiteral("offset")));
            if (!offset)
                return parseError(QStringLiteral("failed to parse offset"),
                                  QStringLiteral("offset must be a non-negative integer"));
        }
        if (request.hasQuery(QStringLiteral("limit"))) {
            limit = nonNegative(request.queryValue(QStringLiteral("limit")));
            if (!limit)
                return parseError(QStringLiteral("failed to parse limit"),
                                  QStringLiteral("limit must be a non-negative integer"));
        }
        const QString range = QString::fromUtf8(request.header("range")).trimmed();
        if (!range.isEmpty()) {
            static const QRegularExpression pattern(QStringLiteral("^(?:items=)?(\\d+)-(\\d*)$"));
            const auto match = pattern.match(range);
            if (match.hasMatch()) {
                const qint64 first = match.captured(1).toLongLong();
                if (!offset)
                    offset = first;
                if (!match.captured(2).isEmpty()) {
                    const qint64 last = match.captured(2).toLongLong();
                    if (last < first)
                        return apiError(
                            416, QStringLiteral("PGRST103"),
                            QStringLiteral("Requested range not satisfiable"),
                            QStringLiteral("The lower boundary must be lower than or "
                                           "equal to the upper boundary in the Range header."));
                    if (!limit)
                        limit = last - first + 1;
                }
            }
        }
        const qint64 effectiveOffset = offset.value_or(0);
        const qint64 effectiveLimit =
            std::min(limit.value_or(m_context.maxRows), m_context.maxRows);
        const QString orderSql = std::get<Fragment>(order).sql;
        const bool object = wantsObject(request);
        const bool countExact = prefer.countExact;
        return inTransaction(
            caller, request, true, [=](QSqlDatabase &db) -> std::variant<HttpResponse, PgError> {
                QVariantList params = filter.params;
                params.append(effectiveLimit);
                params.append(effectiveOffset);
                QSqlQuery query;
                if (auto error =
                        run(db,
                            QStringLiteral("select coalesce(json_agg(_r), '[]')::text, count(*),"
                                           " (json_agg(_r) -> 0)::text from (select ")
                                + columns + QStringLiteral(" from ") + qualified
                                + QStringLiteral(" _t") + filter.sql + orderSql
                                + QStringLiteral(" limit ?::bigint offset ?::bigint) _r"),
                            params, &query))
                    return *error;
                query.next();
                const QByteArray body = query.value(0).toString().toUtf8();
                const qint64 rows = query.value(1).toLongLong();
                const QByteArray firstRow = query.value(2).toString().toUtf8();
                std::optional<qint64> total;
                if (countExact) {
                    QSqlQuery counted;
                    if (auto error = run(db,
                                         QStringLiteral("select count(*) from ") + qualified
                                             + QStringLiteral(" _t") + filter.sql,
                                         filter.params, &counted))
                        return *error;
                    counted.next();
                    total = counted.value(0).toLongLong();
                }
                // PostgREST's rangeStatusHeader.
                const qint64 lower = effectiveOffset;
                const qint64 upper = lower + rows - 1;
                if (total && lower > *total) {
                    HttpResponse response = apiError(
                        416, QStringLiteral("PGRST103"),
                        QStringLiteral("Requested range not satisfiable"),
                        QStringLiteral("An offset of %1 was requested, but there are only %2 rows.")
                            .arg(lower)
                            .arg(*total));
                    response.setHeader(kContentRange.toUtf8(), "*/" + QByteArray::number(*total));
                    return response;
                }
                int status = 200;
                if (total && 1 + upper - lower < *total)
                    status = 206;
                const bool rangeShown = (!total || *total != 0) && lower <= upper;
                const QByteArray contentRange =
                    (rangeShown ? QByteArray::number(lower) + '-' + QByteArray::number(upper)
                                : QByteArray("*"))
                    + '/' + (total ? QByteArray::number(*total) : QByteArray("*"));
                HttpResponse response =
                    object ? singleObject(firstRow, rows) : HttpResponse::json(status, body);
                if (response.status >= 400)
                    return response;
                response.setHeader(kContentRange.toUtf8(), contentRange);
                if (countExact)
                    response.setHeader("Preference-Applied", "count=exact");
                return response;
            });
    }

    const QString returning = prefer.returning;
    auto finishWrite = [=](QSqlDatabase &db, const QString &sql, const QVariantList &params,
                           int representationStatus,
                           int minimalStatus) -> std::variant<HttpResponse, PgError> {
        QSqlQuery query;
        if (auto error = run(db, sql, params, &query))
            return *error;
        query.next();
        const qint64 rows = query.value(1).toLongLong();
        HttpResponse response =
            returning == QStringLiteral("representation")
                ? HttpResponse::json(representationStatus, query.value(0).toString().toUtf8())
                : HttpResponse::empty(minimalStatus);
        if (prefer.countExact)
            response.setHeader(kContentRange.toUtf8(), "*/" + QByteArray::number(rows));
        QStringList applied;
        if (returning == QStringLiteral("representation") || returning == QStringLiteral("minimal"))
            applied.append(QStringLiteral("return=") + returning);
        if (prefer.countExact)
            applied.append(QStringLiteral("count=exact"));
        if (!applied.isEmpty())
            response.setHeader("Preference-Applied", applied.join(QStringLiteral(", ")).toUtf8());
        return response;
    };
    const QString wrap =
        QStringLiteral(") select coalesce(json_agg(_r), '[]')::text, count(*) from (select ")
        + columns + QStringLiteral(" from _w _t) _r");

    if (method == "POST") {
        QJsonDocument document;
        if (auto response = invalidJson(request.body, &document))
            return *response;
        QJsonArray rows;
        if (document.isObject())
            rows.append(document.object());
        else
            rows = document.array();
        QStringList keys;
        if (request.hasQuery(QStringLiteral("columns"))) {
            const QStringList listed =
                request.queryValue(QStringLiteral("columns")).split(QLatin1Char(','));
            for (QString key : listed) {
                key = key.trimmed();
                if (key.startsWith(QLatin1Char('"')) && key.endsWith(QLatin1Char('"'))
                    && key.size() >= 2)
                    key = key.mid(1, key.size() - 2);
                keys.append(key);
            }
        } else {
            for (const auto &row : std::as_const(rows)) {
                if (!row.isObject())
                    return apiError(400, QStringLiteral("PGRST102"),
                                    QStringLiteral("All object keys must match"),
                                    QStringLiteral("Expected an object or an array of objects"));
                const QStringList rowKeys = row.toObject().keys();
                for (const QString &key : rowKeys) {
                    if (!keys.contains(key))
                        keys.append(key);
                }
            }
        }
        QStringList quoted;
        for (const QString &key : std::as_const(keys)) {
            if (!SchemaCache::isIdentifier(key) || !table.hasColumn(key))
                return apiError(
                    400, QStringLiteral("PGRST204"),
                    QStringLiteral("Could not find the '%1' column of '%2' in the schema cache")
                        .arg(key, table.name));
            quoted.append(SchemaCache::quote(key));
        }
        if (quoted.isEmpty())
            return apiError(400, QStringLiteral("PGRST102"),
                            QStringLiteral("Empty or invalid json"));
        QString conflict;
        if (!prefer.resolution.isEmpty()) {
            QStringList target;
            if (request.hasQuery(QStringLiteral("on_conflict"))) {
                const QStringList listed =
                    request.queryValue(QStringLiteral("on_conflict")).split(QLatin1Char(','));
                for (const QString &raw : listed) {
                    const QString key = raw.trimmed();
                    if (!SchemaCache::isIdentifier(key) || !table.hasColumn(key))
                        return unknownColumn(table.name, key);
                    target.append(SchemaCache::quote(key));
                }
            } else {
                for (const QString &key : table.primaryKey)
                    target.append(SchemaCache::quote(key));
            }
            if (target.isEmpty())
                return parseError(QStringLiteral("failed to parse on_conflict"),
                                  QStringLiteral("the table has no primary key"));
            conflict = QStringLiteral(" on conflict (") + target.join(QStringLiteral(", "))
                       + QStringLiteral(") ");
            if (prefer.resolution == QStringLiteral("ignore-duplicates")) {
                conflict += QStringLiteral("do nothing");
            } else {
                QStringList sets;
                for (const QString &column : std::as_const(quoted))
                    sets.append(column + QStringLiteral(" = excluded.") + column);
                conflict += QStringLiteral("do update set ") + sets.join(QStringLiteral(", "));
            }
        }
        const QString sql = QStringLiteral("with _w as (insert into ") + qualified
                            + QStringLiteral(" as _t (") + quoted.join(QStringLiteral(", "))
                            + QStringLiteral(") select ") + quoted.join(QStringLiteral(", "))
                            + QStringLiteral(" from json_populate_recordset(null::") + qualified
                            + QStringLiteral(", ?::json)") + conflict
                            + QStringLiteral(" returning _t.*") + wrap;
        const QString payload =
            QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact));
        return inTransaction(caller, request, false, [=](QSqlDatabase &db) {
            return finishWrite(db, sql, QVariantList{payload}, 201, 201);
        });
    }

    if (method == "PATCH") {
        QJsonDocument document;
        if (auto response = invalidJson(request.body, &document))
            return *response;
        if (!document.isObject())
            return apiError(400, QStringLiteral("PGRST102"),
                            QStringLiteral("Empty or invalid json"),
                            QStringLiteral("PATCH expects one JSON object"));
        QStringList sets;
        const QStringList keys = document.object().keys();
        for (const QString &key : keys) {
            if (!SchemaCache::isIdentifier(key) || !table.hasColumn(key))
                return apiError(
                    400, QStringLiteral("PGRST204"),
                    QStringLiteral("Could not find the '%1' column of '%2' in the schema cache")
                        .arg(key, table.name));
            sets.append(SchemaCache::quote(key) + QStringLiteral(" = _v.")
                        + SchemaCache::quote(key));
        }
        if (sets.isEmpty())
            return HttpResponse::empty(204);
        const QString sql = QStringLiteral("with _w as (update ") + qualified
                            + QStringLiteral(" as _t set ") + sets.join(QStringLiteral(", "))
                            + QStringLiteral(" from json_populate_record(null::") + qualified
                            + QStringLiteral(", ?::json) _v") + filter.sql
                            + QStringLiteral(" returning _t.*") + wrap;
        QVariantList params{QString::fromUtf8(request.body)};
        params.append(filter.params);
        return inTransaction(caller, request, false, [=](QSqlDatabase &db) {
            return finishWrite(db, sql, params, 200, 204);
        });
    }

    if (method == "DELETE") {
        const QString sql = QStringLiteral("with _w as (delete from ") + qualified
                            + QStringLiteral(" as _t") + filter.sql
                            + QStringLiteral(" returning _t.*") + wrap;
        return inTransaction(caller, request, false, [=](QSqlDatabase &db) {
            return finishWrite(db, sql, filter.params, 200, 204);
        });
    }

    return apiError(405, QStringLiteral("PGRST117"),
                    QStringLiteral("Unsupported HTTP method: %1").arg(QString::fromLatin1(method)));
}

HttpResponse RestService::handleRpc(const HttpRequest &request, const Caller &caller,
                                    const QString &name) const
{
    const QByteArray &method = request.method;
    const bool readOnly = method == "GET" || method == "HEAD";
    if (!readOnly && method != "POST")
        return apiError(
            405, QStringLiteral("PGRST101"),
            QStringLiteral("Only GET, HEAD or POST requests are allowed for functions"));

    // Arguments: the JSON body (POST) or the query string (GET), as one JSON object.
    QJsonObject arguments;
    QByteArray wholeBody;
    bool bodyIsObject = true;
    if (readOnly) {
        for (const auto &[key, value] : request.query) {
            if (!reservedParameters().contains(key))
                arguments.insert(key, value);
        }
    } else {
        wholeBody = request.body.trimmed().isEmpty() ? QByteArrayLiteral("{}") : request.body;
        QJsonDocument document;
        if (auto response = invalidJson(wholeBody, &document))
            return *response;
        bodyIsObject = document.isObject();
        arguments = document.object();
    }
    QStringList given = arguments.keys();
    given.sort();

    const QList<FunctionInfo> candidates =
        SchemaCache::isIdentifier(name) ? m_context.schema.functions(name) : QList<FunctionInfo>{};
    std::optional<FunctionInfo> chosen;
    bool wholeBodyArgument = false;
    for (const FunctionInfo &candidate : candidates) {
        if (candidate.arguments.size() == 1 && candidate.arguments.at(0).name.isEmpty()
            && (candidate.arguments.at(0).type == QStringLiteral("json")
                || candidate.arguments.at(0).type == QStringLiteral("jsonb"))) {
            chosen = candidate;
            wholeBodyArgument = true;
            break;
        }
        if (!bodyIsObject)
            continue;
        bool fits = true;
        for (const QString &key : std::as_const(given)) {
            fits = fits
                   && std::any_of(candidate.arguments.cbegin(), candidate.arguments.cend(),
                                  [&key](const FunctionArgument &a) { return a.name == key; });
        }
        for (const FunctionArgument &argument : candidate.arguments)
            fits = fits && (argument.hasDefault || given.contains(argument.name));
        if (fits) {
            chosen = candidate;
            break;
        }
    }
    if (!chosen) {
        return apiError(
            404, QStringLiteral("PGRST202"),
            QStringLiteral("Could not find the function public.%1(%2) in the schema cache")
                .arg(name, jsonText(given)),
            QStringLiteral("Searched for the function public.%1 with parameters %2 or with a "
                           "single unnamed json/jsonb parameter, but no matches were found "
                           "in the schema cache.")
                .arg(name, jsonText(given)));
    }
    const FunctionInfo function = *chosen;
    // GET calls run read-only like PostgREST's: a volatile function that writes fails with 25006.

    QString call = QStringLiteral("public.") + SchemaCache::quote(function.name) + QLatin1Char('(');
    QString from;
    QVariantList params;
    if (wholeBodyArgument) {
        call += QStringLiteral("?::") + function.arguments.at(0).type + QLatin1Char(')');
        params.append(QString::fromUtf8(
            wholeBody.isEmpty() ? QJsonDocument(arguments).toJson(QJsonDocument::Compact)
                                : wholeBody));
    } else {
        QStringList named;
        QStringList definitions;
        for (const FunctionArgument &argument : function.arguments) {
            if (!given.contains(argument.name))
                continue;
            const QString quoted = SchemaCache::quote(argument.name);
            named.append(quoted + QStringLiteral(" => _a.") + quoted);
            definitions.append(quoted + QLatin1Char(' ') + argument.type);
        }
        call += named.join(QStringLiteral(", ")) + QLatin1Char(')');
        if (!named.isEmpty()) {
            from = QStringLiteral(" from jsonb_to_record(?::jsonb) as _a(")
                   + definitions.join(QStringLiteral(", ")) + QLatin1Char(')');
            params.append(
                QString::fromUtf8(QJsonDocument(arguments).toJson(QJsonDocument::Compact)));
        }
    }

    QString sql;
    const qint64 maxRows = m_context.maxRows;
    if (function.returnsVoid) {
        sql = QStringLiteral("select ") + call + QStringLiteral("::text") + from;
    } else if (!function.returnsSet && !function.returnsComposite) {
        sql = QStringLiteral("select to_json(") + call + QStringLiteral(")::text, 1") + from;
    } else {
        const QString source = from.isEmpty()
                                   ? QString(QStringLiteral(" from ") + call)
                                   : QString(from + QStringLiteral(" cross join lateral ") + call);
        const QString item =
            function.returnsComposite ? QStringLiteral("_f") : QStringLiteral("_f.v");
        const QString alias =
            function.returnsComposite ? QStringLiteral(" _f") : QStringLiteral(" as _f(v)");
        sql =
            QStringLiteral(
                "select coalesce(json_agg(_r.i), '[]')::text, count(*), (json_agg(_r.i) -> 0)::text"
                " from (select ")
            + item + QStringLiteral(" as i") + source + alias + QStringLiteral(" limit ")
            + QString::number(maxRows) + QStringLiteral(") _r");
    }
    const bool object = wantsObject(request);
    return inTransaction(
        caller, request, readOnly, [=](QSqlDatabase &db) -> std::variant<HttpResponse, PgError> {
            QSqlQuery query;
            if (auto error = run(db, sql, params, &query))
                return *error;
            if (function.returnsVoid)
                return HttpResponse::empty(204);
            if (!query.next())
                return HttpResponse::json(200, QByteArrayLiteral("null"));
            const QVariant value = query.value(0);
            const QByteArray body =
                value.isNull() ? QByteArrayLiteral("null") : value.toString().toUtf8();
            if (!function.returnsSet && !function.returnsComposite)
                return HttpResponse::json(200, body);
            const qint64 rows = query.value(1).toLongLong();
            if (object || (!function.returnsSet && function.returnsComposite))
                return singleObject(query.value(2).toString().toUtf8(), rows);
            HttpResponse response = HttpResponse::json(200, body);
            response.setHeader(kContentRange.toUtf8(),
                               rows > 0 ? "0-" + QByteArray::number(rows - 1) + "/*"
                                        : QByteArray("*/*"));
            return response;
        });
}

} // namespace Chairside::Localbase
