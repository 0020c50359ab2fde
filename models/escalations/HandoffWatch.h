#pragma once

#include "store/BusinessContext.h"

#include <QObject>
#include <QString>

namespace Chairside {

class StoreExecutor;
struct OpenHandoffsGlance;

// The open handoffs at a glance, for the navigation's badge and the desktop notifications, so
// the Escalations pane can be made when it is first shown: the open count, and a signal when a
// handoff newer than any seen so far arrives. Reads off the GUI thread, at start and after
// changes to handoffs or conversations.
class HandoffWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HandoffWatch)

public:
    HandoffWatch(StoreExecutor *store, BusinessContext context, QObject *parent = nullptr);
    ~HandoffWatch() override;

    // -1 until the first read is in.
    qint64 openCount() const { return m_openCount; }
    void refresh();

Q_SIGNALS:
    void openCountChanged(qint64 open);
    // A handoff raised while the desk runs (what was waiting at start-up is not news); the
    // reason's first line.
    void handoffArrived(const QString &customer, const QString &reason);

private:
    void apply(const OpenHandoffsGlance &glance);

    StoreExecutor *m_store;
    BusinessContext m_context;
    quint64 m_generation = 0;
    qint64 m_openCount = -1;
    qint64 m_newestSeen = -1; // created_at of the newest open handoff seen; -1: not read yet
    QString m_newestSeenId;
};

} // namespace Chairside
