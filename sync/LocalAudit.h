#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace Chairside {

// What the cache holds per synced table, in the form the server's sync_audit RPC answers
// (supabase/migrations/20261122000500_audit.sql): the row count, tombstones included, and the
// SHA-256 (lowercase hex) of the lines "<id>:<version>\n" in byte order of id. Equal counts and
// hashes on both sides mean the cache holds exactly the server's rows at the server's versions.
class LocalAudit final
{
public:
    struct TableAudit
    {
        QString table;
        qint64 rows = 0;
        QByteArray hash; // lowercase hex
    };

    // One entry per synced table, in RowCodec::syncedTables() order; nothing on a read error.
    static std::optional<QList<TableAudit>> compute(QSqlDatabase &db, QString *error = nullptr);

    // Parses the sync_audit answer ({"<table>": {"rows": n, "hash": "…"}, …}).
    static std::optional<QList<TableAudit>> fromServer(const QByteArray &json,
                                                       QString *error = nullptr);

    // Tables whose count or hash differ (a table missing on one side counts as different).
    static QStringList differences(const QList<TableAudit> &local, const QList<TableAudit> &server);
};

} // namespace Chairside
