#include "ui/notifications/DeskAlerts.h"

#include "store/StoreExecutor.h"
#include "store/repositories/NotificationRepository.h"

#include <QDateTime>
#include <QSqlQuery>
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
            reading.unread =
                NotificationRepository(db).unreadCount(context.businessId, context.staffId, now);
            QSqlQuery q(db);
            q.setForwardOnly(true);
            q.prepare(QStringLiteral(
                "SELECT id, title, body, COALESCE(action_url, '') FROM notifications "
                "WHERE business_id = ? AND deleted_at IS NULL AND dismissed = 0 "
                "AND read_at IS NULL AND priority IN ('high', 'urgent') "
                "AND (recipient_staff_id IS NULL OR recipient_staff_id = ?) "
                "AND (expires_at IS NULL OR expires_at > ?) "
                "ORDER BY created_at DESC LIMIT 200"));
            q.addBindValue(context.businessId);
            q.addBindValue(context.staffId);
            q.addBindValue(now);
            if (q.exec()) {
                while (q.next())
                    reading.snapshot.urgentNotices.append(
                        {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toString()});
            }
            q.finish();
            q.prepare(QStringLiteral(
                "SELECT a.id, a.starts_at, COALESCE(c.full_name, ''), COALESCE(s.name, '') "
                "FROM appointments a LEFT JOIN customers c ON c.id = a.customer_id "
                "LEFT JOIN services s ON s.id = a.service_id "
                "WHERE a.business_id = ? AND a.staff_id = ? AND a.deleted_at IS NULL "
                "AND a.status IN ('requested', 'confirmed') AND a.starts_at > ? "
                "AND a.starts_at <= ? ORDER BY a.starts_at"));
            q.addBindValue(context.businessId);
            q.addBindValue(context.staffId);
            q.addBindValue(now);
            q.addBindValue(now + AlertPlanner::kBookingLeadSeconds);
            if (q.exec()) {
                while (q.next())
                    reading.snapshot.upcoming.append(
                        {q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(),
                         q.value(3).toString()});
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
