#pragma once

#include "store/BusinessContext.h"
#include "store/StoreError.h"
#include "store/repositories/AppointmentRepository.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace Chairside::AppointmentExport {

enum class Format { Calendar, Csv };

// What to export and where. Plain functions below, safe on the store worker.
struct Request
{
    Format format = Format::Calendar;
    QDate from; // days in the business's zone, both included
    QDate to;
    QString staffName; // display name, any case; empty: everyone
    // The list's filter (its range, staff, status, text and sort); when set, from/to and
    // staffName are not used.
    std::optional<AppointmentFilter> filter;
    QString filePath;
    QDateTime stamp; // DTSTAMP of the calendar; invalid: now
};

struct Outcome
{
    int count = 0;
    QString error;          // one sentence for a person; empty: the file was written
    QStringList staffNames; // when staffName matched nobody: the names there are
};

// Reads, formats and writes (atomically) one export.
Outcome run(QSqlDatabase &db, const BusinessContext &context, const Request &request);

struct RowsResult
{
    QList<AppointmentRow> rows;
    std::optional<StoreError> error;
};
// Every appointment the filter matches, in its order (read in windows of prepared queries).
RowsResult readFiltered(QSqlDatabase &db, const AppointmentFilter &filter);

struct StaffLookup
{
    QString staffId; // empty: no one of that name
    QStringList names;
    std::optional<StoreError> error;
};
// The business's staff member called `displayName` (case-insensitive, trimmed).
StaffLookup findStaff(QSqlDatabase &db, const QString &businessId, const QString &displayName);

// [start of `from`, start of the day after `to`) in Unix seconds in the business's zone.
QPair<qint64, qint64> dayRange(QDate from, QDate to, const QTimeZone &zone);

QByteArray toCalendar(const QList<AppointmentRow> &rows, const BusinessContext &context,
                      const QDateTime &stamp, qint64 rangeStart, qint64 rangeEnd);
QByteArray toCsv(const QList<AppointmentRow> &rows, const BusinessContext &context);

} // namespace Chairside::AppointmentExport
