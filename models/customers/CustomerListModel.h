#pragma once

#include "models/ModelRoles.h"
#include "store/BusinessContext.h"
#include "store/repositories/CustomerRepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace Chairside {

class StoreExecutor;

// The customer list of the Customers & Loyalty pane: searched and sorted in SQL, fetched lazily
// in windows of kWindow rows, with the total counted apart. Replies to an older search are
// dropped (generation counter).
class CustomerListModel final : public QAbstractTableModel
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

    CustomerListModel(StoreExecutor *store, const BusinessContext &context,
                      QObject *parent = nullptr);
    ~CustomerListModel() override;

    void setSearchText(const QString &text);
    QString searchText() const { return m_filter.text; }
    void reload();
    // Reloads after the data changed, keeping as many rows as are loaded now.
    void refresh();

    qint64 totalCount() const { return m_total; } // -1 until counted
    bool isLoading() const { return m_resetPending; }
    // The row of a customer among the loaded rows, or -1.
    int rowOf(const QString &customerId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    struct Row
    {
        CustomerListRow raw;
        QString points;
        QString lastVisit;
    };

Q_SIGNALS:
    void totalCountChanged(qint64 count);
    void reloaded();
    void loadFailed(const QString &message);

private:
    struct Page
    {
        QList<Row> rows;
        bool hasMore = false;
        std::optional<StoreError> error;
    };
    static Page loadPage(QSqlDatabase &db, const BusinessContext &context,
                         const CustomerFilter &filter, int offset, int limit);
    void restart(int limit);
    void requestWindow(int offset, int limit, bool reset);

    StoreExecutor *m_store;
    BusinessContext m_context;
    CustomerFilter m_filter;
    QList<Row> m_rows;
    quint64 m_generation = 0;
    qint64 m_total = -1;
    bool m_hasMore = false;
    bool m_fetching = false;
    bool m_resetPending = false;
    bool m_started = false;
};

} // namespace Chairside
