#pragma once

#include "store/BusinessContext.h"
#include "store/repositories/AuditLogRepository.h"

#include <QSqlDatabase>
#include <QString>

namespace Chairside {

struct AuditExportResult
{
    qint64 rows = 0;
    QString error; // a sentence for people; empty when the file was written
};

// Writes the audit lines of `filter`, newest first, to a CSV file (UTF-8 with a byte order
// mark, CRLF; columns When, Who, What, Record, Action, Table, Record id). Runs on the store
// worker: reads windows of 500 lines and writes each before reading the next, so the log is
// never in memory whole; the file appears only when complete (QSaveFile).
AuditExportResult writeAuditCsv(QSqlDatabase &db, const AuditFilter &filter,
                                const BusinessContext &context, const QString &path);

} // namespace Chairside
