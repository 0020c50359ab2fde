#pragma once

#include "models/business/AuditPresentation.h"
#include "models/common/WindowedListModel.h"
#include "store/BusinessContext.h"
#include "store/repositories/AuditLogRepository.h"

namespace Chairside {

// The owners' audit log, newest first: who did what, when, to which record. Read in windows of
// 200 from the cache on the store worker (keyset on at, id); reloads when audit_log changes.
class AuditLogModel final : public WindowedListModel<AuditLine>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogModel)

public:
    enum Column : int { WhenColumn, WhoColumn, WhatColumn, RecordColumn, ColumnCount };
    static constexpr int kWindowSize = 200;

    AuditLogModel(StoreExecutor *store, BusinessContext context, QObject *parent = nullptr);
    ~AuditLogModel() override;

    // The filter's business is always the context's.
    void setFilter(AuditFilter filter);
    const AuditFilter &filter() const { return m_filter; }
    // Every line of the filter (-1 until counted).
    qint64 matchingCount() const { return totalCount(); }

Q_SIGNALS:
    void loaded();
    void counted(qint64 count);
    void loadFailed(const QString &message);

private:
    using Entry = AuditLine;

    WindowJob windowJob(const Entry *after, int offset, int limit) const override;
    CountJob countJob() const override;
    void firstWindowArrived(const RowWindow<AuditLine> &window) override;
    void loadingFailed(const QString &message) override;
    void totalCountArrived(qint64 count) override;
    QString headerText(int column) const override;
    QVariant rowData(const Entry &entry, int column, int role) const override;

    BusinessContext m_context;
    AuditFilter m_filter;
};

} // namespace Chairside
