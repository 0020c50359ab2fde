#pragma once

#include "models/common/WindowedListModel.h"
#include "models/notifications/PriorityStyle.h"
#include "store/BusinessContext.h"
#include "store/repositories/NotificationRepository.h"

#include <functional>

namespace Chairside {

// A notification of the list with its display texts.
struct NotificationListEntry
{
    NotificationRow row;
    PriorityLevel level = PriorityLevel::Normal;
    QString bodyText; // on one line
    QString timeText;
    QString timeToolTip;
};

// A window of notifications; the first one brings the unread count along.
struct NotificationListWindow : RowWindow<NotificationListEntry>
{
    qint64 unread = 0;
};

// The signed-in person's notifications, newest first: not dismissed, not expired. Read in
// windows off the GUI thread.
class NotificationListModel final
    : public WindowedListModel<NotificationListEntry, NotificationListWindow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationListModel)

public:
    enum Column { PriorityColumn, TitleColumn, BodyColumn, TimeColumn, ColumnCount };
    static constexpr int kWindowSize = 100;

    NotificationListModel(StoreExecutor *store, BusinessContext context, QObject *parent = nullptr);
    ~NotificationListModel() override;

    bool unreadOnly() const { return m_unreadOnly; }
    void setUnreadOnly(bool unreadOnly);

    qint64 unreadCount() const { return m_unreadCount; }

    // Where "now" comes from (Unix seconds), for expiry; tests pin it.
    void setClock(std::function<qint64()> clock);

    const NotificationRow &notificationAt(int row) const { return rowAt(row).row; }

Q_SIGNALS:
    void loaded();
    void unreadCountChanged(qint64 count);
    void loadFailed(const QString &message);

private:
    using Entry = NotificationListEntry;

    QString headerText(int column) const override;
    QVariant rowData(const Entry &entry, int column, int role) const override;
    WindowJob windowJob(const Entry *after, int offset, int limit) const override;
    void firstWindowArrived(const NotificationListWindow &window) override;
    void loadingFailed(const QString &message) override;

    BusinessContext m_context;
    std::function<qint64()> m_clock;
    qint64 m_unreadCount = 0;
    bool m_unreadOnly = false;
};

} // namespace Chairside
