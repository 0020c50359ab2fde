#include "ui/sync/SyncIssuesDialog.h"

#include "models/sync/SyncIssuesModel.h"
#include "store/StoreExecutor.h"
#include "sync/Outbox.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Chairside {

SyncIssuesDialog::SyncIssuesDialog(StoreExecutor *store, const BusinessContext &context,
                                   QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_actor{context.staffId, context.role}
    , m_model(new SyncIssuesModel(store, context, this))
{
    setWindowTitle(tr("Sync issues"));
    setModal(false);
    setAccessibleName(tr("Sync issues"));
    resize(820, 380);

    m_intro = new QLabel(tr("These changes were not accepted by the salon's server, so they "
                            "were undone on this computer. Retry sends a change again; "
                            "Discard forgets it."),
                         this);
    m_intro->setWordWrap(true);

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Changes not accepted"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(SyncIssuesModel::WhatColumn,
                                                     QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(SyncIssuesModel::WhyColumn,
                                                     QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(SyncIssuesModel::WhenColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_empty = new QLabel(tr("Everything is in sync."), this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setAccessibleName(tr("Everything is in sync."));
    QFont big = m_empty->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_empty->setFont(big);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_view);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Sync issue status"));

    auto *buttons = new QDialogButtonBox(this);
    m_retry = buttons->addButton(tr("&Retry"), QDialogButtonBox::ActionRole);
    m_retry->setAccessibleName(tr("Retry the selected change"));
    m_retry->setToolTip(tr("Send the selected change to the server again"));
    m_discard = buttons->addButton(tr("&Discard"), QDialogButtonBox::DestructiveRole);
    m_discard->setAccessibleName(tr("Discard the selected change"));
    m_discard->setToolTip(tr("Forget the selected change; it stays undone"));
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setAccessibleName(tr("Close sync issues"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_retry, &QPushButton::clicked, this, &SyncIssuesDialog::retrySelected);
    connect(m_discard, &QPushButton::clicked, this, &SyncIssuesDialog::discardSelected);
    connect(m_model, &SyncIssuesModel::loaded, this, [this] {
        // Keep something selected, so Retry and Discard work at once.
        if (m_model->rowCount() > 0 && !m_view->selectionModel()->hasSelection())
            m_view->selectRow(0);
        updateState();
    });
    connect(m_model, &SyncIssuesModel::loadingFailed, this, [this](const QString &message) {
        m_status->setText(message);
        updateState();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SyncIssuesDialog::updateState);
    updateState();
    m_model->reload();
}

SyncIssuesDialog::~SyncIssuesDialog() = default;

QString SyncIssuesDialog::statusText() const
{
    return m_status->text();
}

void SyncIssuesDialog::updateState()
{
    const bool any = m_model->rowCount() > 0;
    m_stack->setCurrentWidget(any ? static_cast<QWidget *>(m_view) : m_empty);
    m_intro->setVisible(any); // explains a list that is not there otherwise
    const bool selected = selectedIssue() > 0;
    m_retry->setEnabled(selected && !m_busy);
    m_discard->setEnabled(selected && !m_busy);
}

qint64 SyncIssuesDialog::selectedIssue() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->issueIdAt(rows.first().row());
}

void SyncIssuesDialog::retrySelected()
{
    const qint64 issue = selectedIssue();
    if (issue <= 0 || m_busy)
        return;
    m_busy = true;
    updateState();
    m_store->run(
        this, [issue, actor = m_actor](QSqlDatabase &db) { return Outbox(db).retry(issue, actor); },
        [this](OutboxResult result) { finish(result, tr("The change was queued again.")); });
}

void SyncIssuesDialog::discardSelected()
{
    const qint64 issue = selectedIssue();
    if (issue <= 0 || m_busy)
        return;
    const int row = m_view->selectionModel()->selectedRows().first().row();
    QMessageBox confirm(
        QMessageBox::Question, tr("Discard this change?"),
        tr("\u201c%1\u201d stays undone and will not be sent again.")
            .arg(m_model->index(row, SyncIssuesModel::WhatColumn).data().toString()),
        QMessageBox::Discard | QMessageBox::Cancel, this);
    confirm.setObjectName(QStringLiteral("discardConfirmation"));
    confirm.setDefaultButton(QMessageBox::Cancel);
    if (confirm.exec() != QMessageBox::Discard)
        return;
    m_busy = true;
    updateState();
    m_store->run(
        this, [issue](QSqlDatabase &db) { return Outbox(db).discard(issue); },
        [this](OutboxResult result) { finish(result, tr("The change was discarded.")); });
}

void SyncIssuesDialog::finish(const OutboxResult &result, const QString &done)
{
    m_busy = false;
    m_status->setText(result.ok ? done : result.error);
    if (result.ok) {
        m_view->clearSelection();
        // The model and every pane showing the touched tables reload.
        m_store->notifyTablesChanged(result.changedTables);
        Q_EMIT issuesChanged();
    }
    updateState();
}

} // namespace Chairside
