#pragma once

#include <QList>
#include <QSet>
#include <QString>

namespace Chairside {

// What the desk's alert watcher read: the unread high and urgent notifications, and the
// signed-in person's bookings starting soon.
struct AlertSnapshot
{
    struct Notice
    {
        QString id;
        QString title;
        QString body;
        QString actionUrl;
    };
    struct Booking
    {
        QString id;
        qint64 startsAt = 0;
        QString customer; // empty: a walk-in
        QString service;
    };
    QList<Notice> urgentNotices;
    QList<Booking> upcoming;
    qint64 now = 0;
};

// One desktop alert to show.
struct DeskAlert
{
    enum class Kind { Notice, Booking };
    Kind kind = Kind::Notice;
    QString id;
    QString title;
    QString body;
    QString actionUrl;
    qint64 startsAt = 0; // bookings
};

// Decides which alerts to show, each once: a high or urgent notification that appeared after
// the first snapshot (those there at start are old news), and a booking starting within the
// lead time. No tray, no store: fed snapshots, it answers alerts.
class AlertPlanner final
{
public:
    static constexpr qint64 kBookingLeadSeconds = 10 * 60;

    QList<DeskAlert> plan(const AlertSnapshot &snapshot);

private:
    bool m_primed = false;
    QSet<QString> m_seenNotices;
    QSet<QString> m_seenBookings;
};

} // namespace Chairside
