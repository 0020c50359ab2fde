#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace Chairside {

struct CustomerExportResult
{
    QString error; // a sentence for people; empty on success
    int appointments = 0;
    int ledgerLines = 0;
    int conversations = 0;
    int messages = 0;
};

// Everything the desk holds about one customer (the right of access): the customer row, their
// appointments with service and staff names, their points ledger and, when the role may see
// them, their AI conversations with every message. Written as JSON and as CSV (one line per
// field: section, record id, field, value), each atomically through QSaveFile, so a reader never
// sees half a file. Runs on the store thread (StoreExecutor), never the GUI thread.
class CustomerExport final
{
    Q_DECLARE_TR_FUNCTIONS(Chairside::CustomerExport)

public:
    // The whole record as one JSON object; empty with `error` set when the customer is missing.
    static QJsonObject collect(QSqlDatabase &db, const QString &businessId,
                               const QString &customerId, bool includeConversations,
                               QString *error);

    // The CSV form of collect()'s object.
    static QByteArray toCsv(const QJsonObject &record);

    static CustomerExportResult write(QSqlDatabase &db, const QString &businessId,
                                      const QString &customerId, bool includeConversations,
                                      const QString &jsonPath, const QString &csvPath);
};

} // namespace Chairside
