#include "ui/notifications/DeskAlerts.h"

#include "store/StoreExecutor.h"
#include "store/repositories/AppointmentRepository.h"
#include "store/repositories/NotificationRepository.h"

#include <QDateTime>
#include <QTimer>

namespace Chairside {

DeskAlerts::DeskAlerts(StoreExecutor *store, BusinessContext context, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_context(std::move(context))
    , m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
    , m_timer(new QTimer(this))
{
    connect(m_store, &StoreExecutor::tablesChanged, this, [this](const QStringList &tables) {
        if (tables.contains(u"notifications") || tables.contains(u"appointments"))
            refresh();
    });
    // Bookings come within the lead time by the clock alone, and notifications expire.
    m_timer->setInterval(60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &DeskAlerts::refresh);
    m_timer->start();
    refresh();
}

DeskAlerts::~DeskAlerts() = default;

void DeskAlerts::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
}

void DeskAlerts::refresh()
{
    if (m_reading) {
        m_again = true;
        return;
    }
    m_reading = true;
    const qint64 now = m_clock();
    m_store->run(
        this,
        [context = m_context, now](QSqlDatabase &db) {
            Reading reading;
            reading.snapshot.now = now;
            NotificationRepository notifications(db);
            reading.unread = notifications.unreadCount(context.businessId, context.staffId, now);
            const auto urgent =
                notifications.unreadUrgent(context.businessId, context.staffId, now, 200);
            for (const NotificationRow &row : urgent)
                reading.snapshot.urgentNotices.append({row.id, row.title, row.body, row.actionUrl});
            // The person's own bookings that start within the lead time: (now, now + lead].
            AppointmentFilter own;
            own.businessId = context.businessId;
            own.staffId = context.staffId;
            own.from = now + 1;
            own.to = now + AlertPlanner::kBookingLeadSeconds + 1;
            const auto upcoming = AppointmentRepository(db).page(own, 0, 50);
            for (const AppointmentRow &row : upcoming.rows) {
                if (row.statusKey == u"requested" || row.statusKey == u"confirmed")
                    reading.snapshot.upcoming.append(
                        {row.id, row.startsAt, row.customerName, row.serviceName});
            }
            return reading;
        },
        [this](Reading reading) { arrived(reading); });
}

void DeskAlerts::arrived(const Reading &reading)
{
    m_reading = false;
    if (reading.unread != m_unread) {
        m_unread = reading.unread;
        Q_EMIT unreadCountChanged(m_unread);
    }
    const QList<DeskAlert> alerts = m_planner.plan(reading.snapshot);
    for (const DeskAlert &a : alerts)
        Q_EMIT alert(a);
    if (m_again) {
        m_again = false;
        refresh();
    }
}

} // namespace Chairside
