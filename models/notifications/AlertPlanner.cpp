#include "models/notifications/AlertPlanner.h"

namespace Chairside {

QList<DeskAlert> AlertPlanner::plan(const AlertSnapshot &snapshot)
{
    QList<DeskAlert> alerts;
    for (const auto &notice : snapshot.urgentNotices) {
        if (m_seenNotices.contains(notice.id))
            continue;
        m_seenNotices.insert(notice.id);
        if (m_primed)
            alerts.append({DeskAlert::Kind::Notice, notice.id, notice.title, notice.body,
                           notice.actionUrl, 0});
    }
    m_primed = true;
    for (const auto &booking : snapshot.upcoming) {
        // Only what starts within the lead time and has not started: a booking alerted once
        // stays quiet even when it is read again.
        if (booking.startsAt <= snapshot.now
            || booking.startsAt > snapshot.now + kBookingLeadSeconds
            || m_seenBookings.contains(booking.id))
            continue;
        m_seenBookings.insert(booking.id);
        alerts.append({DeskAlert::Kind::Booking, booking.id, booking.customer, booking.service,
                       QStringLiteral("chairside://appointment/") + booking.id, booking.startsAt});
    }
    return alerts;
}

} // namespace Chairside
