#include "sync/LocalAudit.h"

#include "sync/RowCodec.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace Chairside {

std::optional<QList<LocalAudit::TableAudit>> LocalAudit::compute(QSqlDatabase &db, QString *error)
{
    QList<TableAudit> result;
    for (const QString &table : RowCodec::syncedTables()) {
        // BINARY collation orders TEXT by memcmp of UTF-8, the same as the server's
        // `order by id::text collate "C"`. The table name is from the fixed list above.
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT id, version FROM \"") + table
                        + QStringLiteral("\" ORDER BY id COLLATE BINARY"))) {
            if (error)
                *error = query.lastError().text();
            return std::nullopt;
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        TableAudit audit;
        audit.table = table;
        QByteArray line;
        while (query.next()) {
            line = query.value(0).toString().toUtf8();
            line += ':';
            line += QByteArray::number(query.value(1).toLongLong());
            line += '\n';
            hash.addData(line);
            ++audit.rows;
        }
        if (query.lastError().isValid()) {
            if (error)
                *error = query.lastError().text();
            return std::nullopt;
        }
        audit.hash = hash.result().toHex();
        result.append(audit);
    }
    return result;
}

std::optional<QList<LocalAudit::TableAudit>> LocalAudit::fromServer(const QByteArray &json,
                                                                    QString *error)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject()) {
        if (error)
            *error = QStringLiteral("sync_audit answer is not a JSON object");
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    QList<TableAudit> result;
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        const QJsonObject entry = it.value().toObject();
        const auto rows = RowCodec::integerFrom(entry.value(QLatin1String("rows")));
        const QJsonValue hash = entry.value(QLatin1String("hash"));
        if (!rows || !hash.isString()) {
            if (error)
                *error = QStringLiteral("sync_audit entry for %1 lacks rows or hash").arg(it.key());
            return std::nullopt;
        }
        result.append(TableAudit{it.key(), *rows, hash.toString().toLower().toLatin1()});
    }
    return result;
}

QStringList LocalAudit::differences(const QList<TableAudit> &local, const QList<TableAudit> &server)
{
    QHash<QString, const TableAudit *> serverByTable;
    for (const TableAudit &entry : server)
        serverByTable.insert(entry.table, &entry);
    QStringList different;
    for (const TableAudit &entry : local) {
        const TableAudit *other = serverByTable.take(entry.table);
        if (!other || other->rows != entry.rows || other->hash != entry.hash)
            different.append(entry.table);
    }
    for (auto it = serverByTable.cbegin(); it != serverByTable.cend(); ++it)
        different.append(it.key());
    return different;
}

} // namespace Chairside
