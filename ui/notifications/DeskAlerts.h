#pragma once

#include "models/notifications/AlertPlanner.h"
#include "store/BusinessContext.h"

#include <QObject>

#include <functional>

class QTimer;

namespace Chairside {

class StoreExecutor;

// Watches the store for what deserves a desktop alert (new high or urgent notifications, the
// signed-in person's next bookings) and keeps the unread count for the navigation. Reads off
// the GUI thread after table changes and once a minute; AlertPlanner decides what is new.
class DeskAlerts final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeskAlerts)

public:
    DeskAlerts(StoreExecutor *store, BusinessContext context, QObject *parent = nullptr);
    ~DeskAlerts() override;

    qint64 unreadCount() const { return m_unread; }
    // Where "now" comes from (Unix seconds); tests pin it.
    void setClock(std::function<qint64()> clock);
    void refresh();

Q_SIGNALS:
    void alert(const Chairside::DeskAlert &alert);
    void unreadCountChanged(qint64 unread);

private:
    struct Reading
    {
        AlertSnapshot snapshot;
        qint64 unread = 0;
    };
    void arrived(const Reading &reading);

    StoreExecutor *m_store;
    BusinessContext m_context;
    std::function<qint64()> m_clock;
    AlertPlanner m_planner;
    QTimer *m_timer;
    qint64 m_unread = -1;
    bool m_reading = false;
    bool m_again = false;
};

} // namespace Chairside
