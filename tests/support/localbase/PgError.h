#pragma once

#include <QJsonObject>
#include <QSqlError>
#include <QString>

namespace Chairside::Localbase {

// A PostgreSQL error split into the fields PostgREST reports. QPSQL only exposes the
// server's text ("ERROR:  msg\nDETAIL:  ...\nHINT:  ...\n(SQLSTATE)"), so it is parsed here.
struct PgError
{
    QString sqlState;
    QString message;
    QString details;
    QString hint;

    static PgError fromSqlError(const QSqlError &error);

    // PostgREST body: {"code","details","hint","message"} with nulls for empty fields.
    QJsonObject toPostgrestBody() const;
    // HTTP status by SQLSTATE (protocol notes 2.5); anonymous = the request ran as anon.
    int httpStatus(bool anonymous) const;
    bool isConnectionFailure() const
    {
        return sqlState.startsWith(QStringLiteral("08")) || sqlState.isEmpty();
    }
};

} // namespace Chairside::Localbase
