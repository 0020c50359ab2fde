#pragma once

#include "HttpMessage.h"
#include "PgError.h"
#include "ServerContext.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <functional>
#include <optional>
#include <variant>

namespace Chairside::Localbase {

// PostgREST at /rest/v1: table reads and writes and RPC calls, each in one transaction that
// impersonates the JWT's role with its claims, so the real RLS policies decide (notes 2.1-2.5).
class RestService final
{
public:
    explicit RestService(const ServerContext &context);

    // Runs on a worker thread with that thread's own database connection.
    HttpResponse handle(const HttpRequest &request) const;

    struct Caller
    {
        QString role;
        QByteArray claimsJson;
        qint64 expiresAt = 0; // 0 when the token has no exp
    };
    // Verifies the bearer token the PostgREST way (30 s leeway). Either a caller or a 401.
    static std::variant<Caller, HttpResponse> authenticate(const ServerContext &context,
                                                           const QByteArray &token);
    // Opens a transaction on db as caller (set_config role/claims/...), runs work, commits.
    using Work = std::function<std::variant<HttpResponse, PgError>(QSqlDatabase &)>;
    static HttpResponse inTransaction(const Caller &caller, const HttpRequest &request,
                                      bool readOnly, const Work &work);
    static HttpResponse errorResponse(const PgError &error, bool anonymous);
    static HttpResponse apiError(int status, const QString &code, const QString &message,
                                 const QString &details = {}, const QString &hint = {});
    // A realtime-style filter (column, "op.value") as SQL on alias _t plus its parameters.
    static std::variant<std::pair<QString, QVariantList>, HttpResponse>
    filterSql(const TableInfo &table, const QString &column, const QString &expression);
    static std::optional<PgError> run(QSqlDatabase &db, const QString &sql,
                                      const QVariantList &params, QSqlQuery *out);

private:
    HttpResponse handleTable(const HttpRequest &request, const Caller &caller,
                             const QString &name) const;
    HttpResponse handleRpc(const HttpRequest &request, const Caller &caller,
                           const QString &name) const;

    const ServerContext &m_context;
};

} // namespace Chairside::Localbase
