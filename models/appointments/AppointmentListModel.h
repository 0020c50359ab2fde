#pragma once

#include "models/ModelRoles.h"
#include "store/BusinessContext.h"
#include "store/repositories/AppointmentRepository.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QList>

namespace Chairside {

class StoreExecutor;

// The appointment list: filtered and sorted in SQL, fetched lazily in windows of kWindow rows
// through canFetchMore()/fetchMore(), with the total counted by a separate query. Every change
// of filter or sort starts a new generation; replies of older generations are dropped, so a slow
// answer to an old filter never overwrites a newer one.
class AppointmentListModel final : public QAbstractTableModel
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

    AppointmentListModel(StoreExecutor *store, const BusinessContext &context,
                         QObject *parent = nullptr);
    ~AppointmentListModel() override;

    // The business id and the sort order are the model's own; the rest comes from the filter.
    void setFilter(const AppointmentFilter &filter);
    const AppointmentFilter &filter() const { return m_filter; }
    void reload();
    // Reloads after the data changed, keeping as many rows as are loaded now.
    void refresh();

    // -1 until the count of the current filter has arrived.
    qint64 totalCount() const { return m_total; }
    bool isLoading() const { return m_resetPending; }

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
        AppointmentRow raw;
        QString when;
        QString status;
        QString source;
        QString price;
        QColor statusColour;
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
                         const AppointmentFilter &filter, int offset, int limit);
    void restart(int limit);
    void requestWindow(int offset, int limit, bool reset);

    StoreExecutor *m_store;
    BusinessContext m_context;
    AppointmentFilter m_filter;
    QList<Row> m_rows;
    quint64 m_generation = 0;
    qint64 m_total = -1;
    bool m_hasMore = false;
    bool m_fetching = false;
    bool m_resetPending = false;
    bool m_started = false; // a first load was asked for
};

} // namespace Chairside
