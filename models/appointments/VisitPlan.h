#pragma once

#include "core/calendar/Recurrence.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace Chairside {

// The bookings one visit makes: its services back to back with the same person from the start
// time (a cut, then a blow-dry), and, for a repeating visit, the same again on every date of the
// series at the same wall-clock time in the business's zone.
namespace VisitPlan {

struct Service
{
    QString id;
    int totalMinutes = 0; // duration + processing + buffer: how long it holds the staff member
};

struct Booking
{
    QString serviceId;
    QDate date;    // of its visit
    int visit = 0; // 0-based index in the series
    qint64 startsAt = 0;
    qint64 endsAt = 0;
};

// Empty when there is no service or one has no length.
QList<Booking> plan(const QList<Service> &services, const QDate &date, int startMinute,
                    const std::optional<RecurrenceRule> &repeat, const QTimeZone &zone);

} // namespace VisitPlan

} // namespace Chairside
