#include "models/business/AuditLogExport.h"

#include "core/calendar/CsvWriter.h"
#include "models/business/AuditPresentation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSaveFile>

namespace Chairside {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Chairside::AuditLogExport", text);
}

QByteArray record(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &f : fields)
        quoted.append(Csv::field(f));
    return (quoted.join(u',') + QStringLiteral("\r\n")).toUtf8();
}

} // namespace

AuditExportResult writeAuditCsv(QSqlDatabase &db, const AuditFilter &filter,
                                const BusinessContext &context, const QString &path)
{
    constexpr int kWindow = 500;
    AuditExportResult result;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = tr("Chairside could not write %1: %2").arg(path, file.errorString());
        return result;
    }
    file.write("\xEF\xBB\xBF");
    file.write(record({tr("When"), tr("Who"), tr("What"), tr("Record"), tr("Action"), tr("Table"),
                       tr("Record id")}));
    AuditLogRepository repository(db);
    std::optional<AuditCursor> after;
    for (;;) {
        AuditWindow window = repository.window(filter, after, kWindow);
        if (window.error) {
            file.cancelWriting();
            result.error = window.error->message;
            result.rows = 0;
            return result;
        }
        for (AuditEntry &entry : window.rows) {
            after = AuditCursor{entry.at, entry.id};
            const QString when =
                QDateTime::fromSecsSinceEpoch(entry.at, context.timeZone).toString(Qt::ISODate);
            const AuditLine line = presentAudit(std::move(entry), context);
            file.write(record({when, line.who, line.what, line.record, line.raw.action,
                               line.raw.table, line.raw.rowId}));
            ++result.rows;
        }
        if (window.atEnd)
            break;
    }
    if (!file.commit()) {
        result.error = tr("Chairside could not write %1: %2").arg(path, file.errorString());
        result.rows = 0;
    }
    return result;
}

} // namespace Chairside
