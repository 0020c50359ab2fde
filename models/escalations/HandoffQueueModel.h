#pragma once

#include "core/escalations/BusinessHours.h"
#include "core/escalations/HandoffSla.h"
#include "models/common/WindowedListModel.h"
#include "models/notifications/PriorityStyle.h"
#include "store/BusinessContext.h"
#include "store/repositories/HandoffRepository.h"

#include <functional>

namespace Chairside {

// A handoff of the queue with its display texts prepared once, so data() only hands out stored
// values.
struct HandoffQueueEntry
{
    HandoffRow row;
    PriorityLevel level = PriorityLevel::Normal;
    QString customerText;
    QString channelText;
    QString assigneeText;
    QString ageText;
    QString ageToolTip;
    qint64 ageSeconds = 0;    // waiting time in opening hours (the SLA clock)
    int severity = 0;         // 0 fine, 1 amber, 2 red
    bool clockPaused = false; // open, but the salon is closed now
};

// A window of the queue, with the opening hours its waiting times were counted in.
struct HandoffQueueWindow : RowWindow<HandoffQueueEntry>
{
    BusinessHours hours;
};

// The queue of handoffs an admin works through, read in windows from the local store off the GUI
// thread. Open handoffs come by priority then waiting time; the Resolved filter lists the newest
// resolutions first (core/escalations/HandoffQueueOrder). The waiting time is an SLA clock that
// runs only while the salon is open (core/escalations/HandoffSla), amber then red.
class HandoffQueueModel final : public WindowedListModel<HandoffQueueEntry, HandoffQueueWindow>
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

    static constexpr int kWindowSize = 100;

    HandoffQueueModel(StoreExecutor *store, BusinessContext context, QObject *parent = nullptr);
    ~HandoffQueueModel() override;

    HandoffFilter filter() const { return m_filter; }
    void setFilter(HandoffFilter filter);

    // Where "now" comes from (Unix seconds); tests pin it.
    void setClock(std::function<qint64()> clock);
    // Re-reads the clock and updates the waiting times.
    void refreshAges();
    // Open handoffs waiting longer than these (in opening hours) are shown amber, then red.
    const SlaPolicy &slaPolicy() const { return m_policy; }
    void setSlaPolicy(const SlaPolicy &policy);
    // The opening hours of the last window read (unknown before the first one).
    const BusinessHours &businessHours() const { return m_hours; }

    const HandoffRow &handoffAt(int row) const { return rowAt(row).row; }
    // Open, but the SLA clock stands still because the salon is closed now.
    bool isClockPaused(int row) const { return rowAt(row).clockPaused; }
    int rowOfId(const QString &handoffId) const;

    // "2 h 05 m", "12 m", "3 d 4 h": a waiting time for a list cell.
    static QString formatAge(qint64 seconds);

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &message);

private:
    using Entry = HandoffQueueEntry;

    QString headerText(int column) const override;
    QVariant rowData(const Entry &entry, int column, int role) const override;
    WindowJob windowJob(const Entry *after, int offset, int limit) const override;
    void firstWindowArrived(const HandoffQueueWindow &window) override;
    void loadingFailed(const QString &message) override;

    BusinessContext m_context;
    HandoffFilter m_filter = HandoffFilter::AllOpen;
    std::function<qint64()> m_clock;
    BusinessHours m_hours;
    SlaPolicy m_policy;
};

} // namespace Chairside
