#pragma once

#include "store/BusinessContext.h"
#include "store/repositories/AppointmentRepository.h"
#include "store/repositories/StaffRepository.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Chairside {

// The printed day sheet a stylist keeps at the chair: per staff member, their hours and every
// booking of the day with the customer's phone and the notes and allergies to know before they
// start. Read on the store's worker thread, laid out as HTML that QTextDocument prints and turns
// into PDF.
namespace DaySheet {

struct Page
{
    StaffDay staff;                 // hours, break and time off on the day
    QList<AppointmentRow> bookings; // by start, cancelled and no-shows included (struck through)
    QHash<QString, QString> allergyNotes; // by customer id, only non-empty
};

struct Sheet
{
    QDate date;
    QList<Page> pages; // one per staff member, in the day view's order
    QString error;     // a sentence; empty when read
};

// The sheet of `date` for one staff member, or for everyone working or booked that day when
// staffId is empty.
Sheet load(QSqlDatabase &db, const BusinessContext &context, const QDate &date,
           const QString &staffId = {});

// The sheet as HTML, one page per staff member (page breaks between them).
QString toHtml(const Sheet &sheet, const BusinessContext &context);

} // namespace DaySheet

} // namespace Chairside
