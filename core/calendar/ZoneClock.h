#pragma once

#include <QDate>
#include <QTime>
#include <QTimeZone>

#include <vector>

namespace Chairside {

// Wall-clock readings in one zone for instants of a known span (a day, a week). The zone's
// offsets over the span are looked up once; each reading is then arithmetic. A QDateTime in a
// QTimeZone asks the zone database on every conversion, which dominated laying out a busy week.
// Instants outside the span are read through QTimeZone, so every answer stays right.
class ZoneClock final
{
public:
    // The span is [from, to) in Unix seconds.
    ZoneClock(const QTimeZone &zone, qint64 from, qint64 to);

    // Seconds east of UTC at `secs`.
    int offsetAt(qint64 secs) const;

    // The wall-clock date and time of `secs`.
    QDate dateOf(qint64 secs) const;
    QTime timeOf(qint64 secs) const;

    // As BusinessTime::minuteOfDay: the wall-clock minute of `secs` on `date`, clamped to
    // [0, 1440] for instants before or after that day.
    int minuteOfDay(qint64 secs, const QDate &date) const;

private:
    struct Stretch
    {
        qint64 from; // the first instant with `offset`
        int offset;
    };

    qint64 localSeconds(qint64 secs) const { return secs + offsetAt(secs); }

    QTimeZone m_zone;
    qint64 m_from;
    qint64 m_to;
    std::vector<Stretch> m_stretches; // by `from`; the first starts at m_from
};

} // namespace Chairside
