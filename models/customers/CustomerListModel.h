#pragma once

#include "models/common/WindowedListModel.h"
#include "store/BusinessContext.h"
#include "store/repositories/CustomerRepository.h"

namespace Chairside {

// One customer of the list with its display texts.
struct CustomerListEntry
{
    CustomerListRow raw;
    QString phone; // grouped for display
    QString points;
    QString lastVisit;
};

// The customer list of the Customers & Loyalty pane: searched and sorted in SQL, fetched lazily
// in windows of kWindow rows, with the total counted apart. Replies to an older search are
// dropped (generation counter).
class CustomerListModel final : public WindowedListModel<CustomerListEntry>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerListModel)

public:
    enum Column : int {
        NameColumn,
        PhoneColumn,
        TierColumn,
        PointsColumn,
        LastVisitColumn,
        ColumnCount
    };
    static constexpr int kWindow = 200;
    using Row = CustomerListEntry;

    CustomerListModel(StoreExecutor *store, const BusinessContext &context,
                      QObject *parent = nullptr);
    ~CustomerListModel() override;

    void setSearchText(const QString &text);
    QString searchText() const { return m_filter.text; }
    using WindowedListModel::refresh;
    using WindowedListModel::totalCount;
    // The row of a customer among the loaded rows, or -1.
    int rowOf(const QString &customerId) const;

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
    CustomerFilter m_filter;
};

} // namespace Chairside
