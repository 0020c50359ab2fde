#pragma once

#include "models/notifications/PriorityStyle.h"
#include "store/BusinessContext.h"
#include "store/repositories/NotificationRepository.h"

#include <QAbstractTableModel>

#include <functional>

namespace Chairside {

class StoreExecutor;

// The signed-in person's notifications, newest first: not dismissed, not expired. Read in
// windows off the GUI thread.
class NotificationListModel final : public QAbstractTableModel
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

    void reload();
    bool isLoading() const { return m_loading; }
    qint64 unreadCount() const { return m_unreadCount; }

    // Where "now" comes from (Unix seconds), for expiry; tests pin it.
    void setClock(std::function<qint64()> clock);

    const NotificationRow &notificationAt(int row) const { return m_entries.at(row).row; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loaded();
    void unreadCountChanged(qint64 count);
    void loadFailed(const QString &message);

private:
    struct Entry
    {
        NotificationRow row;
        PriorityLevel level = PriorityLevel::Normal;
        QString bodyText; // on one line
        QString timeText;
        QString timeToolTip;
    };

    Entry makeEntry(NotificationRow row) const;

    StoreExecutor *m_store;
    BusinessContext m_context;
    std::function<qint64()> m_clock;
    QList<Entry> m_entries;
    qint64 m_unreadCount = 0;
    quint64 m_generation = 0;
    bool m_unreadOnly = false;
    bool m_loading = false;
    bool m_fetching = false;
    bool m_atEnd = true;
};

} // namespace Chairside
