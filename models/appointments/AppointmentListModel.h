#pragma once

#include "models/appointments/AppointmentPresentation.h"
#include "models/common/WindowedListModel.h"

namespace Chairside {

// The appointment list: filtered and sorted in SQL, fetched lazily in windows of kWindow rows
// through canFetchMore()/fetchMore(), with the total counted by a separate query. Every change
// of filter or sort starts a new generation; replies of older generations are dropped, so a slow
// answer to an old filter never overwrites a newer one.
class AppointmentListModel final : public WindowedListModel<AppointmentListEntry>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppointmentListModel)

public:
    enum Column : int {
        DateTimeColumn,
        CustomerColumn,
        ServiceColumn,
        StaffColumn,
        StatusColumn,
        SourceColumn,
        PriceColumn,
        ColumnCount
    };
    static constexpr int kWindow = 200;
    using Row = AppointmentListEntry;

    AppointmentListModel(StoreExecutor *store, const BusinessContext &context,
                         QObject *parent = nullptr);
    ~AppointmentListModel() override;

    // The business id and the sort order are the model's own; the rest comes from the filter.
    void setFilter(const AppointmentFilter &filter);
    const AppointmentFilter &filter() const { return m_filter; }
    using WindowedListModel::refresh;
    using WindowedListModel::totalCount;

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void totalCountChanged(qint64 count);
    void reloaded();
    void loadFailed(const QString &message);

private:
    QString headerText(int column) const override;
    QVariant rowData(const Row &row, int column, int role) const override;
    WindowJob windowJob(const Row *after, int offset, int limit) const override;
    CountJob countJob() const override;
    void firstWindowArrived(const RowWindow<Row> &window) override;
    void loadingFailed(const QString &message) override;
    void totalCountArrived(qint64 count) override;

    BusinessContext m_context;
    AppointmentFilter m_filter;
};

} // namespace Chairside
