#pragma once

#include "store/BusinessContext.h"

#include <QWidget>

class QButtonGroup;
class QLabel;
class QPushButton;
class QTableView;

namespace Chairside {

class DeskEdits;
class NotificationListModel;
class StoreExecutor;

// The Notifications pane: what needs the signed-in person's attention, newest first.
class NotificationsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationsPane)

public:
    // `edits` null: read only (mark read and dismiss stay disabled).
    NotificationsPane(StoreExecutor *store, const BusinessContext &context,
                      DeskEdits *edits = nullptr, QWidget *parent = nullptr);
    ~NotificationsPane() override;

    NotificationListModel *listModel() const { return m_model; }

    // The selected notification: Open jumps to its link and marks it read (also Enter and
    // double click); Mark read and Dismiss sync through the outbox.
    void openSelected();
    void markSelectedRead();
    void dismissSelected();
    void markAllRead();

Q_SIGNALS:
    // The person asked to see what a notification points at ("chairside://appointment/<id>").
    void openRequested(const QString &actionUrl);

private:
    void updateHeader();
    void updateActions();
    int selectedRow() const;
    void submitFor(const QStringList &ids, bool dismiss);

    StoreExecutor *m_store;
    DeskEdits *m_edits;
    BusinessContext m_context;
    NotificationListModel *m_model;
    QTableView *m_view = nullptr;
    QButtonGroup *m_filters = nullptr;
    QLabel *m_unread = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_problem = nullptr;
    // The selection across a reload (after an edit or a sync): the same notification, or the
    // one now in its place.
    QString m_keepId;
    int m_keepRow = -1;
    QPushButton *m_open = nullptr;
    QPushButton *m_markRead = nullptr;
    QPushButton *m_dismiss = nullptr;
    QPushButton *m_markAll = nullptr;
};

} // namespace Chairside
