#pragma once

#include <QDate>
#include <QTimeZone>

namespace Chairside::BusinessTime {

// Wall-clock arithmetic in the business's zone, where the calendar lives. Minutes are minutes
// since local midnight (0–1440); seconds are Unix seconds.

// The instant of wall-clock `minute` on `date` in `zone`. A time the clocks skip when they go
// forward moves forward by the length of the gap (01:30 on a 01:00→02:00 spring morning is
// 02:30), as a wall clock would show; a time that happens twice when they go back is its first
// occurrence. Minute 1440 is the next midnight.
qint64 toSeconds(const QDate &date, int minute, const QTimeZone &zone);

// The wall-clock minute of `secs` on `date` in `zone`, clamped to [0, 1440] for instants before
// or after that day.
int minuteOfDay(qint64 secs, const QDate &date, const QTimeZone &zone);

// Local midnight that starts `date` in `zone` (the first instant of that day).
qint64 startOfDay(const QDate &date, const QTimeZone &zone);

// Whether clocks in `other` show a different time than in `business` at `secs` (so the desk
// needs both times).
bool clocksDiffer(const QTimeZone &business, const QTimeZone &other, qint64 secs);

} // namespace Chairside::BusinessTime
