#include "core/calendar/IcsWriter.h"

#include <QStringList>

#include <algorithm>
#include <cstdlib>

namespace Chairside::Ics {

namespace {

constexpr int kMaxOctets = 75;

QString utcStamp(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

// Wall-clock time of `time` in `zone`, without a zone ("DATE-TIME" form 2, used with TZID).
QString localStamp(const QDateTime &time, const QTimeZone &zone)
{
    return time.toTimeZone(zone).toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
}

// The wall-clock time a transition happens at, in the offset in force before it (RFC 5545
// 3.6.5: DTSTART of an observance is local time in TZOFFSETFROM).
QString onset(const QDateTime &atUtc, int offsetFrom)
{
    return atUtc.toUTC().addSecs(offsetFrom).toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
}

QString statusValue(EventStatus status)
{
    switch (status) {
    case EventStatus::Confirmed:
        return QStringLiteral("CONFIRMED");
    case EventStatus::Tentative:
        return QStringLiteral("TENTATIVE");
    case EventStatus::Cancelled:
        return QStringLiteral("CANCELLED");
    }
    return QStringLiteral("CONFIRMED");
}

struct Observance
{
    bool daylight = false;
    QString start;
    int offsetFrom = 0;
    int offsetTo = 0;
    QString name;
};

void appendObservance(QByteArray &out, const Observance &observance)
{
    const QByteArray kind = observance.daylight ? "DAYLIGHT" : "STANDARD";
    out += "BEGIN:" + kind + "\r\n";
    out += "DTSTART:" + observance.start.toUtf8() + "\r\n";
    out += "TZOFFSETFROM:" + utcOffset(observance.offsetFrom) + "\r\n";
    out += "TZOFFSETTO:" + utcOffset(observance.offsetTo) + "\r\n";
    if (!observance.name.isEmpty())
        out += foldLine("TZNAME:" + escapeText(observance.name).toUtf8());
    out += "END:" + kind + "\r\n";
}

} // namespace

QString escapeText(QStringView text)
{
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        switch (c.unicode()) {
        case u'\\':
            escaped += QLatin1String("\\\\");
            break;
        case u';':
            escaped += QLatin1String("\\;");
            break;
        case u',':
            escaped += QLatin1String("\\,");
            break;
        case u'\r':
            // CRLF and a lone CR both end a line.
            if (i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            escaped += QLatin1String("\\n");
            break;
        case u'\n':
            escaped += QLatin1String("\\n");
            break;
        default:
            escaped += c;
        }
    }
    return escaped;
}

QByteArray foldLine(const QByteArray &line)
{
    QByteArray out;
    out.reserve(line.size() + line.size() / kMaxOctets * 3 + 2);
    int octets = 0;
    qsizetype i = 0;
    while (i < line.size()) {
        qsizetype length = 1; // the lead byte and its continuation bytes (10xxxxxx)
        while (i + length < line.size() && (uchar(line[i + length]) & 0xC0) == 0x80)
            ++length;
        if (octets + length > kMaxOctets) {
            out += "\r\n ";
            octets = 1;
        }
        out += QByteArrayView(line).sliced(i, length);
        octets += int(length);
        i += length;
    }
    out += "\r\n";
    return out;
}

QByteArray utcOffset(int seconds)
{
    const char sign = seconds < 0 ? '-' : '+';
    const int magnitude = std::abs(seconds);
    QByteArray text(1, sign);
    text += QByteArray::number(magnitude / 3600).rightJustified(2, '0');
    text += QByteArray::number(magnitude / 60 % 60).rightJustified(2, '0');
    if (magnitude % 60 != 0)
        text += QByteArray::number(magnitude % 60).rightJustified(2, '0');
    return text;
}

QByteArray timeZoneComponent(const QTimeZone &zone, const QDateTime &from, const QDateTime &to)
{
    QByteArray out = "BEGIN:VTIMEZONE\r\n";
    out += foldLine("TZID:" + zone.id());

    // The observance in force at `from`: its real onset when it is recent, else a 1970 onset
    // with the same offset on both sides (zones without daylight time end up with just this).
    const QTimeZone::OffsetData base = zone.previousTransition(from.addSecs(1));
    Observance first;
    if (base.atUtc.isValid() && base.atUtc.date().year() >= 1970) {
        first.daylight = base.daylightTimeOffset != 0;
        first.offsetFrom = zone.offsetFromUtc(base.atUtc.addSecs(-1));
        first.offsetTo = base.offsetFromUtc;
        first.start = onset(base.atUtc, first.offsetFrom);
        first.name = base.abbreviation;
    } else {
        first.daylight = zone.isDaylightTime(from);
        first.offsetFrom = first.offsetTo = zone.offsetFromUtc(from);
        first.start = QStringLiteral("19700101T000000");
        first.name = zone.abbreviation(from);
    }
    appendObservance(out, first);

    int offsetBefore = first.offsetTo;
    for (const QTimeZone::OffsetData &change : zone.transitions(from, to)) {
        if (change.atUtc <= from || change.atUtc > to)
            continue;
        Observance next;
        next.daylight = change.daylightTimeOffset != 0;
        next.offsetFrom = offsetBefore;
        next.offsetTo = change.offsetFromUtc;
        next.start = onset(change.atUtc, offsetBefore);
        next.name = change.abbreviation;
        appendObservance(out, next);
        offsetBefore = change.offsetFromUtc;
    }
    out += "END:VTIMEZONE\r\n";
    return out;
}

QByteArray write(const Calendar &calendar)
{
    const QTimeZone &zone = calendar.zone;
    const QByteArray tzid = zone.id();
    QDateTime from =
        calendar.rangeStart.isValid() ? calendar.rangeStart.toUTC() : calendar.stamp.toUTC();
    QDateTime to = calendar.rangeEnd.isValid() ? calendar.rangeEnd.toUTC() : from;
    for (const Event &event : calendar.events) {
        from = std::min(from, event.start.toUTC());
        to = std::max(to, event.end.toUTC());
    }

    QByteArray out;
    const auto line = [&out](const QString &text) {
        out += foldLine(text.toUtf8());
    };
    line(QStringLiteral("BEGIN:VCALENDAR"));
    line(QStringLiteral("PRODID:") + escapeText(calendar.productId));
    line(QStringLiteral("VERSION:2.0"));
    line(QStringLiteral("CALSCALE:GREGORIAN"));
    line(QStringLiteral("METHOD:PUBLISH"));
    if (!calendar.name.isEmpty())
        line(QStringLiteral("X-WR-CALNAME:") + escapeText(calendar.name));
    out += timeZoneComponent(zone, from, to);

    const QString zoneParameter = QStringLiteral(";TZID=") + QString::fromUtf8(tzid) + u':';
    const QString stamp = utcStamp(calendar.stamp);
    for (const Event &event : calendar.events) {
        line(QStringLiteral("BEGIN:VEVENT"));
        line(QStringLiteral("UID:") + escapeText(event.uid));
        line(QStringLiteral("DTSTAMP:") + stamp);
        line(QStringLiteral("DTSTART") + zoneParameter + localStamp(event.start, zone));
        line(QStringLiteral("DTEND") + zoneParameter + localStamp(event.end, zone));
        line(QStringLiteral("SUMMARY:") + escapeText(event.summary));
        if (!event.description.isEmpty())
            line(QStringLiteral("DESCRIPTION:") + escapeText(event.description));
        line(QStringLiteral("STATUS:") + statusValue(event.status));
        line(QStringLiteral("END:VEVENT"));
    }
    line(QStringLiteral("END:VCALENDAR"));
    return out;
}

} // namespace Chairside::Ics
