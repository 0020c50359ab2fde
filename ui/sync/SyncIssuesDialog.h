#pragma once

#include "store/BusinessContext.h"
#include "sync/Outbox.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace Chairside {

class StoreExecutor;
class SyncIssuesModel;

// The edits the server did not accept, rolled back on this computer: what was tried, the
// server's reason and when, with Retry (queue the same edit again on top of the current row) and
// Discard (forget it, after asking). Non-modal, so the desk can look things up meanwhile.
class SyncIssuesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncIssuesDialog)

public:
    SyncIssuesDialog(StoreExecutor *store, const BusinessContext &context,
                     QWidget *parent = nullptr);
    ~SyncIssuesDialog() override;

    SyncIssuesModel *model() const { return m_model; }
    // The last sentence shown below the list (an error from a retry, say).
    QString statusText() const;

Q_SIGNALS:
    // After a retry or discard was written (the lead's engine may push at once).
    void issuesChanged();

private:
    void updateState();
    void retrySelected();
    void discardSelected();
    qint64 selectedIssue() const;
    void finish(const OutboxResult &result, const QString &done);

    StoreExecutor *m_store;
    LocalActor m_actor;
    SyncIssuesModel *m_model = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_discard = nullptr;
    bool m_busy = false;
};

} // namespace Chairside
