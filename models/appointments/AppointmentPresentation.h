#pragma once

#include "store/BusinessContext.h"
#include "store/repositories/AppointmentRepository.h"

#include <QColor>
#include <QString>
#include <QStringList>
#include <QTime>

namespace Chairside {

// An appointment with the texts of a list line, prepared once when it is loaded.
struct AppointmentListEntry
{
    AppointmentRow raw;
    QString when;
    QString status;
    QString source;
    QString price;
    QColor statusColour;
    qint64 version = 0; // of the row when read (expected_version of an edit)
};

// How appointments read on screen, in one place for the day view, the list and the customer
// profile: status and source names for people, the status palette, and times in the business's
// zone and locale.
namespace AppointmentPresentation {

// Status keys in the order of an appointment's life (the legend and the filter use it).
QStringList statusKeys();
QString statusLabel(const QString &statusKey);
QString sourceLabel(const QString &sourceKey);
// Every source key, in the order a filter offers them.
QStringList sourceKeys();

// The strong colour of a status (borders, legend swatches) and the soft fill of its blocks.
QColor statusColour(const QString &statusKey);
QColor statusFill(const QString &statusKey);

// Cancelled and no-show appointments no longer hold time; they are drawn faded and hatched.
bool isInactiveStatus(const QString &statusKey);

QString formatTime(qint64 secs, const BusinessContext &context);
// A wall-clock time already in the business's zone, as formatTime() writes it.
QString formatTimeOfDay(const QTime &time, const BusinessContext &context);
// Two formatted times as a range ("09:00–10:00").
QString joinTimeRange(const QString &from, const QString &to);
QString formatTimeRange(qint64 from, qint64 to, const BusinessContext &context);
// The same range on the desk computer's clock ("07:00–08:00 GMT"), or empty when its clocks show
// the business's time.
QString deskTimeRange(qint64 from, qint64 to, const BusinessContext &context);
// Whether the desk's clocks differ from the business's at `secs`.
bool showsTwoZones(qint64 secs, const BusinessContext &context);
// "Sun 2026/11/22 09:30" in the business locale.
QString formatDateTime(qint64 secs, const BusinessContext &context);
QString formatDate(qint64 secs, const BusinessContext &context);
QString formatPrice(qint64 minor, const BusinessContext &context);

// The start of a long free text (a booking's notes, a cancel reason) for a tooltip: at most
// `maxCharacters` and "…", never cutting a character in two. The whole text is in the details.
QString tooltipExcerpt(const QString &text, qsizetype maxCharacters = 280);

// The list texts of an appointment. Safe on the store worker.
AppointmentListEntry listEntry(AppointmentRow raw, const BusinessContext &context);

// What a column of an appointment list shows.
enum class Field { When, Customer, Service, Staff, Status, Source, Price };

// One role of a list entry in a column showing field: the text, the raw value (RawValueRole), the
// status swatch, the id, status key and colour roles. Tooltips are each list's own.
QVariant entryData(const AppointmentListEntry &entry, Field field, int role);

} // namespace AppointmentPresentation

} // namespace Chairside
