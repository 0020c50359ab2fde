#pragma once

#include "models/common/RowTableModel.h"
#include "store/BusinessContext.h"
#include "sync/Outbox.h"

namespace Chairside {

class StoreExecutor;

// One Sync issue with its display texts.
struct SyncIssueLine
{
    SyncIssue raw;
    QString what; // what was tried
    QString why;  // the server's reason, or a sentence for its code
    QString when; // when the server answered, in the business's zone
};

// The edits the server refused or found in conflict (outbox rows in state conflict / rejected),
// newest first: what was tried, why not, when. Read on the store worker; reloads whenever the
// outbox changes. There are at most a few of them, so one window of 200 is read whole.
class SyncIssuesModel final : public RowTableModel<SyncIssueLine>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncIssuesModel)

public:
    enum Column : int { WhatColumn, WhyColumn, WhenColumn, ColumnCount };

    SyncIssuesModel(StoreExecutor *store, const BusinessContext &context,
                    QObject *parent = nullptr);
    ~SyncIssuesModel() override;

    void reload();
    bool isLoading() const { return m_loading; }
    // The issue id (outbox seq) of a row, for retry and discard.
    qint64 issueIdAt(int row) const;

    // A sentence for a server code when the server gave no reason.
    static QString reasonForCode(const QString &code);

Q_SIGNALS:
    void loaded(int count);
    void loadingFailed(const QString &message);

private:
    using Row = SyncIssueLine;

    QString headerText(int column) const override;
    QVariant rowData(const Row &row, int column, int role) const override;

    StoreExecutor *m_store;
    BusinessContext m_context;
    quint64 m_generation = 0;
    bool m_loading = false;
};

} // namespace Chairside
