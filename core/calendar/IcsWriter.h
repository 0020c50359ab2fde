#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace Chairside {

// An iCalendar (RFC 5545) file of timed events in one zone: what a salon's day or week looks
// like to a calendar program. Plain data in, bytes out; no appointment types here.
namespace Ics {

enum class EventStatus { Confirmed, Tentative, Cancelled };

struct Event
{
    QString uid;     // globally unique, e.g. "<appointment id>@chairside"
    QDateTime start; // any time spec: written as local time of the calendar's zone with TZID
    QDateTime end;
    QString summary;
    QString description;
    EventStatus status = EventStatus::Confirmed;
};

struct Calendar
{
    QString productId = QStringLiteral("-//Chairside//Chairside//EN");
    QString name; // X-WR-CALNAME; empty: not written
    QTimeZone zone;
    QDateTime stamp; // DTSTAMP of every event (written in UTC)
    // The span the VTIMEZONE must describe; it is widened to hold every event.
    QDateTime rangeStart;
    QDateTime rangeEnd;
    QList<Event> events;
};

// The whole file, UTF-8 with CRLF line ends and lines folded at 75 octets.
QByteArray write(const Calendar &calendar);

// TEXT value escaping: backslash, semicolon, comma and line breaks (as \n).
QString escapeText(QStringView text);

// One content line (UTF-8, without line end) folded: at most 75 octets per physical line, never
// inside a multi-byte character, continuation lines starting with a space; each line ends CRLF.
QByteArray foldLine(const QByteArray &line);

// The VTIMEZONE of `zone` for [from, to]: the observance in effect at `from` and every
// transition up to `to`, as STANDARD/DAYLIGHT components (lines unfolded, CRLF ends).
QByteArray timeZoneComponent(const QTimeZone &zone, const QDateTime &from, const QDateTime &to);

// "+0200", "-0330", "+064204" (seconds only when there are any).
QByteArray utcOffset(int seconds);

} // namespace Ics

} // namespace Chairside
