#pragma once

#include "store/BusinessContext.h"

#include <QWidget>

class QButtonGroup;
class QLabel;
class QTableView;

namespace Chairside {

class NotificationListModel;
class StoreExecutor;

// The Notifications pane: what needs the signed-in person's attention, newest first.
class NotificationsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationsPane)

public:
    NotificationsPane(StoreExecutor *store, const BusinessContext &context,
                      QWidget *parent = nullptr);
    ~NotificationsPane() override;

    NotificationListModel *listModel() const { return m_model; }

private:
    void updateHeader();

    StoreExecutor *m_store;
    BusinessContext m_context;
    NotificationListModel *m_model;
    QTableView *m_view = nullptr;
    QButtonGroup *m_filters = nullptr;
    QLabel *m_unread = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace Chairside
