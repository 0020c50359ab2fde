#pragma once

#include "models/notifications/PriorityStyle.h"
#include "store/BusinessContext.h"
#include "store/repositories/HandoffRepository.h"

#include <QAbstractTableModel>
#include <QList>

#include <functional>

namespace Chairside {

class StoreExecutor;

// The queue of handoffs an admin works through, read in windows from the local store off the GUI
// thread. Open handoffs come by priority then waiting time; the Resolved filter lists the newest
// resolutions first.
class HandoffQueueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HandoffQueueModel)

public:
    enum Column {
        CustomerColumn,
        ReasonColumn,
        ChannelColumn,
        AssigneeColumn,
        AgeColumn,
        PriorityColumn,
        ColumnCount
    };

    // Open handoffs waiting longer than these are shown amber, then red.
    static constexpr qint64 kAmberSeconds = 30 * 60;
    static constexpr qint64 kRedSeconds = 2 * 60 * 60;
    static constexpr int kWindowSize = 100;

    HandoffQueueModel(StoreExecutor *store, BusinessContext context, QObject *parent = nullptr);
    ~HandoffQueueModel() override;

    HandoffFilter filter() const { return m_filter; }
    void setFilter(HandoffFilter filter);

    // Re-reads the first window (after a filter change or when the tables changed).
    void reload();
    bool isLoading() const { return m_loading; }

    // Where "now" comes from (Unix seconds); tests pin it.
    void setClock(std::function<qint64()> clock);
    // Re-reads the clock and updates the waiting times.
    void refreshAges();

    const HandoffRow &handoffAt(int row) const { return m_entries.at(row).row; }
    int rowOfId(const QString &handoffId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // "2 h 05 m", "12 m", "3 d 4 h": a waiting time for a list cell.
    static QString formatAge(qint64 seconds);

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &message);

private:
    // A row with its display texts prepared once, so data() only hands out stored values.
    struct Entry
    {
        HandoffRow row;
        PriorityLevel level = PriorityLevel::Normal;
        QString customerText;
        QString channelText;
        QString assigneeText;
        QString ageText;
        QString ageToolTip;
        qint64 ageSeconds = 0;
        int severity = 0; // 0 fine, 1 amber, 2 red
    };

    Entry makeEntry(HandoffRow row) const;
    void updateAge(Entry &entry) const;
    qint64 now() const;

    StoreExecutor *m_store;
    BusinessContext m_context;
    HandoffFilter m_filter = HandoffFilter::AllOpen;
    QList<Entry> m_entries;
    std::function<qint64()> m_clock;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_fetching = false;
    bool m_atEnd = true;
};

} // namespace Chairside
