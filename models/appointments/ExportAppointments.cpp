#include "models/appointments/ExportAppointments.h"

#include "core/calendar/BusinessTime.h"
#include "core/calendar/CsvWriter.h"
#include "core/calendar/IcsWriter.h"
#include "models/appointments/AppointmentPresentation.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

#include <tuple>

namespace Chairside::AppointmentExport {

namespace {

constexpr int kWindow = 1000;

QString tr(const char *text)
{
    return QCoreApplication::translate("Chairside::AppointmentExport", text);
}

Ics::EventStatus eventStatus(const QString &statusKey)
{
    // A request is not yet agreed; a cancellation or a no-show did not take place.
    if (statusKey == u"requested")
        return Ics::EventStatus::Tentative;
    if (statusKey == u"cancelled" || statusKey == u"no_show")
        return Ics::EventStatus::Cancelled;
    return Ics::EventStatus::Confirmed;
}

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return tr("Cannot write %1: %2.")
            .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()), file.errorString());
    return {};
}

} // namespace

QPair<qint64, qint64> dayRange(QDate from, QDate to, const QTimeZone &zone)
{
    return {BusinessTime::startOfDay(from, zone), BusinessTime::startOfDay(to.addDays(1), zone)};
}

RowsResult readFiltered(QSqlDatabase &db, const AppointmentFilter &filter)
{
    RowsResult result;
    AppointmentRepository repository(db);
    for (int offset = 0;; offset += kWindow) {
        AppointmentRowsResult window = repository.page(filter, offset, kWindow);
        if (window.error) {
            result.error = window.error;
            return result;
        }
        result.rows.append(window.rows);
        if (!window.hasMore)
            return result;
    }
}

StaffLookup findStaff(QSqlDatabase &db, const QString &businessId, const QString &displayName)
{
    StaffLookup lookup;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, display_name FROM staff_members WHERE business_id = ? "
                             "AND deleted_at IS NULL ORDER BY sort_order, display_name"));
    q.addBindValue(businessId);
    if (!q.exec()) {
        lookup.error = Database::errorFrom(q.lastError(), StoreError::Kind::Query);
        return lookup;
    }
    const QString wanted = displayName.trimmed();
    while (q.next()) {
        const QString name = q.value(1).toString();
        lookup.names.append(name);
        if (lookup.staffId.isEmpty() && name.trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            lookup.staffId = q.value(0).toString();
    }
    return lookup;
}

QByteArray toCalendar(const QList<AppointmentRow> &rows, const BusinessContext &context,
                      const QDateTime &stamp, qint64 rangeStart, qint64 rangeEnd)
{
    Ics::Calendar calendar;
    calendar.name = context.businessName;
    calendar.zone = context.timeZone;
    calendar.stamp = stamp.isValid() ? stamp : QDateTime::currentDateTimeUtc();
    calendar.rangeStart = QDateTime::fromSecsSinceEpoch(rangeStart, QTimeZone::utc());
    calendar.rangeEnd = QDateTime::fromSecsSinceEpoch(rangeEnd, QTimeZone::utc());
    for (const AppointmentRow &row : rows) {
        Ics::Event event;
        event.uid = row.id + QStringLiteral("@chairside");
        event.start = QDateTime::fromSecsSinceEpoch(row.startsAt, QTimeZone::utc());
        event.end = QDateTime::fromSecsSinceEpoch(row.endsAt, QTimeZone::utc());
        event.summary = row.customerName.isEmpty()
                            ? row.serviceName
                            : row.serviceName + QStringLiteral(" · ") + row.customerName;
        QStringList description{
            tr("Staff: %1").arg(row.staffName),
            tr("Status: %1").arg(AppointmentPresentation::statusLabel(row.statusKey))};
        if (!row.cancelReason.isEmpty())
            description.append(tr("Cancelled because: %1").arg(row.cancelReason));
        if (!row.notes.isEmpty())
            description.append(tr("Notes: %1").arg(row.notes));
        event.description = description.join(u'\n');
        event.status = eventStatus(row.statusKey);
        calendar.events.append(event);
    }
    return Ics::write(calendar);
}

QByteArray toCsv(const QList<AppointmentRow> &rows, const BusinessContext &context)
{
    QList<QStringList> records;
    records.reserve(rows.size() + 1);
    records.append({tr("Date"), tr("Start"), tr("End"), tr("Staff"), tr("Customer"), tr("Service"),
                    tr("Status"), tr("Source"), tr("Price"), tr("Notes")});
    for (const AppointmentRow &row : rows) {
        const QDateTime start = QDateTime::fromSecsSinceEpoch(row.startsAt, context.timeZone);
        const QDateTime end = QDateTime::fromSecsSinceEpoch(row.endsAt, context.timeZone);
        records.append(
            {start.date().toString(Qt::ISODate), start.time().toString(QStringLiteral("HH:mm")),
             end.time().toString(QStringLiteral("HH:mm")), row.staffName, row.customerName,
             row.serviceName, AppointmentPresentation::statusLabel(row.statusKey),
             AppointmentPresentation::sourceLabel(row.sourceKey),
             AppointmentPresentation::formatPrice(row.priceMinor, context), row.notes});
    }
    return Csv::document(records);
}

Outcome run(QSqlDatabase &db, const BusinessContext &context, const Request &request)
{
    Outcome outcome;
    AppointmentFilter filter;
    if (request.filter) {
        filter = *request.filter;
        filter.businessId = context.businessId;
    } else {
        if (!request.from.isValid() || !request.to.isValid() || request.to < request.from) {
            outcome.error = tr("Choose a valid day or range of days to export.");
            return outcome;
        }
        filter.businessId = context.businessId;
        std::tie(filter.from, filter.to) = dayRange(request.from, request.to, context.timeZone);
        if (!request.staffName.trimmed().isEmpty()) {
            const StaffLookup staff = findStaff(db, context.businessId, request.staffName);
            if (staff.error) {
                outcome.error = staff.error->message;
                return outcome;
            }
            if (staff.staffId.isEmpty()) {
                outcome.staffNames = staff.names;
                outcome.error =
                    tr("No staff member is called \"%1\"; the staff are: %2.")
                        .arg(request.staffName.trimmed(), staff.names.join(QStringLiteral(", ")));
                return outcome;
            }
            filter.staffId = staff.staffId;
        }
    }
    const RowsResult read = readFiltered(db, filter);
    if (read.error) {
        outcome.error = read.error->message;
        return outcome;
    }
    const QByteArray bytes =
        request.format == Format::Calendar
            ? toCalendar(read.rows, context, request.stamp, filter.from, filter.to)
            : toCsv(read.rows, context);
    outcome.error = writeFile(request.filePath, bytes);
    if (outcome.error.isEmpty())
        outcome.count = int(read.rows.size());
    return outcome;
}

} // namespace Chairside::AppointmentExport
