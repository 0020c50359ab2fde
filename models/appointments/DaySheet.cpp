#include "models/appointments/DaySheet.h"

#include "core/PhoneNumber.h"
#include "core/calendar/BusinessTime.h"
#include "models/appointments/AppointmentPresentation.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace Chairside::DaySheet {

namespace AP = AppointmentPresentation;

namespace {

constexpr char kContext[] = "Chairside::DaySheet";

// Counted texts call QCoreApplication::translate themselves, so lupdate sees their plural forms.
QString tr(const char *text)
{
    return QCoreApplication::translate(kContext, text);
}

QString minuteText(int minute, const QLocale &locale)
{
    return locale.toString(QTime(minute / 60 % 24, minute % 60), QLocale::ShortFormat);
}

} // namespace

Sheet load(QSqlDatabase &db, const BusinessContext &context, const QDate &date,
           const QString &staffId)
{
    Sheet sheet;
    sheet.date = date;
    StaffDayResult staff =
        StaffRepository(db).daySchedule(context.businessId, date, context.timeZone);
    if (staff.error) {
        sheet.error = staff.error->message;
        return sheet;
    }
    const qint64 from = BusinessTime::startOfDay(date, context.timeZone);
    const qint64 to = BusinessTime::startOfDay(date.addDays(1), context.timeZone);
    AppointmentRowsResult rows = AppointmentRepository(db).inRange(context.businessId, from, to);
    if (rows.error) {
        sheet.error = rows.error->message;
        return sheet;
    }
    // Someone no longer active who still has a booking that day gets a page too (as in the day
    // view), so no booking goes unprinted.
    QList<StaffDay> people = staff.staff;
    for (const AppointmentRow &row : std::as_const(rows.rows)) {
        const bool known = std::any_of(people.cbegin(), people.cend(), [&](const StaffDay &day) {
            return day.member.id == row.staffId;
        });
        if (!known) {
            StaffDay extra;
            extra.member = StaffMember{row.staffId, row.staffName, row.staffColour, {}};
            people.append(extra);
        }
    }
    for (const StaffDay &day : std::as_const(people)) {
        if (!staffId.isEmpty() && day.member.id != staffId)
            continue;
        Page page;
        page.staff = day;
        for (const AppointmentRow &row : std::as_const(rows.rows)) {
            if (row.staffId == day.member.id)
                page.bookings.append(row);
        }
        // Everyone: only who works or has bookings that day; one person: always their page.
        if (staffId.isEmpty() && !day.works && page.bookings.isEmpty())
            continue;
        sheet.pages.append(page);
    }

    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT allergy_notes FROM customers WHERE id = ?"));
    for (Page &page : sheet.pages) {
        for (const AppointmentRow &row : std::as_const(page.bookings)) {
            if (row.customerId.isEmpty() || page.allergyNotes.contains(row.customerId))
                continue;
            q.addBindValue(row.customerId);
            if (q.exec() && q.next() && !q.value(0).toString().trimmed().isEmpty())
                page.allergyNotes.insert(row.customerId, q.value(0).toString().trimmed());
            q.finish();
        }
    }
    return sheet;
}

QString toHtml(const Sheet &sheet, const BusinessContext &context)
{
    const QLocale &locale = context.locale;
    QString html = QStringLiteral(
        "<html><head><style>"
        "body { font-family: sans-serif; font-size: 10pt; color: #1d2125; }"
        "h1 { font-size: 16pt; margin: 0; } h2 { font-size: 11pt; font-weight: normal;"
        " color: #5f666d; margin: 2px 0 10px 0; }"
        "table.bookings { border-collapse: collapse; width: 100%; }"
        "th { text-align: left; border-bottom: 1px solid #5f666d; padding: 4px; }"
        "td { border-bottom: 1px solid #d3d7dc; padding: 5px 4px; vertical-align: top; }"
        ".muted { color: #5f666d; } .allergy { color: #a61b1b; font-weight: bold; }"
        ".gone { color: #8a9096; text-decoration: line-through; }"
        "</style></head><body>");
    if (sheet.pages.isEmpty()) {
        html += QStringLiteral("<h1>%1</h1><p>%2</p>")
                    .arg(locale.toString(sheet.date, QLocale::LongFormat).toHtmlEscaped(),
                         tr("Nobody works or is booked on this day.").toHtmlEscaped());
    }
    bool firstPage = true;
    for (const Page &page : sheet.pages) {
        html += firstPage ? QStringLiteral("<div>")
                          : QStringLiteral("<div style=\"page-break-before: always;\">");
        firstPage = false;
        html += QStringLiteral("<h1>%1</h1>").arg(page.staff.member.name.toHtmlEscaped());
        QString subtitle = locale.toString(sheet.date, QLocale::LongFormat);
        if (!context.businessName.isEmpty())
            subtitle = context.businessName + QStringLiteral(" · ") + subtitle;
        if (page.staff.works) {
            subtitle += QStringLiteral(" · ")
                        + tr("works %1–%2")
                              .arg(minuteText(page.staff.workStart, locale),
                                   minuteText(page.staff.workEnd, locale));
            if (page.staff.lunchBreak)
                subtitle += QStringLiteral(", ")
                            + tr("break %1–%2")
                                  .arg(minuteText(page.staff.lunchBreak->start, locale),
                                       minuteText(page.staff.lunchBreak->end, locale));
        } else {
            subtitle += QStringLiteral(" · ") + tr("not rostered");
        }
        for (const DayMinutes &off : page.staff.timeOff)
            subtitle +=
                QStringLiteral(" · ")
                + tr("away %1–%2 %3")
                      .arg(minuteText(off.start, locale), minuteText(off.end, locale), off.label)
                      .trimmed();
        html += QStringLiteral("<h2>%1</h2>").arg(subtitle.toHtmlEscaped());

        if (page.bookings.isEmpty()) {
            html += QStringLiteral("<p class=\"muted\">%1</p></div>")
                        .arg(tr("No bookings.").toHtmlEscaped());
            continue;
        }
        html += QStringLiteral("<table class=\"bookings\" width=\"100%\" cellspacing=\"0\"><tr>"
                               "<th width=\"14%\">%1</th><th width=\"30%\">%2</th>"
                               "<th width=\"26%\">%3</th><th width=\"16%\">%4</th>"
                               "<th width=\"14%\" align=\"right\">%5</th></tr>")
                    .arg(tr("Time"), tr("Customer"), tr("Service"), tr("Status"), tr("Price"));
        int active = 0;
        qint64 expected = 0;
        for (const AppointmentRow &row : page.bookings) {
            const bool gone = AP::isInactiveStatus(row.statusKey);
            if (!gone) {
                ++active;
                expected += row.priceMinor;
            }
            QString customer = row.customerName.isEmpty() ? tr("Walk-in") : row.customerName;
            customer = customer.toHtmlEscaped();
            if (!row.customerPhone.isEmpty())
                customer += QStringLiteral("<br><span class=\"muted\">%1</span>")
                                .arg(formatPhoneForDisplay(row.customerPhone).toHtmlEscaped());
            if (const QString allergy = page.allergyNotes.value(row.customerId); !allergy.isEmpty())
                customer += QStringLiteral("<br><span class=\"allergy\">%1</span>")
                                .arg(tr("Allergy / patch test: %1").arg(allergy).toHtmlEscaped());
            QString service = row.serviceName.toHtmlEscaped();
            if (row.processingMinutes > 0)
                service +=
                    QStringLiteral("<br><span class=\"muted\">%1</span>")
                        .arg(QCoreApplication::translate("Chairside::DaySheet", "%n min processing",
                                                         nullptr, row.processingMinutes)
                                 .toHtmlEscaped());
            if (!row.notes.isEmpty())
                service += QStringLiteral("<br><i>%1</i>").arg(row.notes.toHtmlEscaped());
            QString status = AP::statusLabel(row.statusKey).toHtmlEscaped();
            if (!row.cancelReason.isEmpty())
                status += QStringLiteral("<br><span class=\"muted\">%1</span>")
                              .arg(row.cancelReason.toHtmlEscaped());
            html += QStringLiteral("<tr%1><td>%2</td><td>%3</td><td>%4</td><td>%5</td>"
                                   "<td align=\"right\">%6</td></tr>")
                        .arg(gone ? QStringLiteral(" class=\"gone\"") : QString(),
                             AP::formatTimeRange(row.startsAt, row.endsAt, context), customer,
                             service, status, AP::formatPrice(row.priceMinor, context));
        }
        html += QStringLiteral("</table><p class=\"muted\">%1</p></div>")
                    .arg(QCoreApplication::translate("Chairside::DaySheet",
                                                     "%n booking(s) · expected %1", nullptr, active)
                             .arg(AP::formatPrice(expected, context))
                             .toHtmlEscaped());
    }
    html += QStringLiteral("</body></html>");
    return html;
}

} // namespace Chairside::DaySheet
