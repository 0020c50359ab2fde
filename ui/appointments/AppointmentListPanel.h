#pragma once

#include "store/BusinessContext.h"
#include "store/repositories/AppointmentRepository.h"

#include <QDate>
#include <QTimer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;

namespace Chairside {

class AppointmentListModel;
class StoreExecutor;

// The list view of the Appointments pane: filters (date range, staff, status, service, source,
// customer text)
// above a lazily filled, sortable table.
class AppointmentListPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppointmentListPanel)

public:
    static constexpr int kDefaultRangeDays = 30;

    AppointmentListPanel(StoreExecutor *store, const BusinessContext &context,
                         QWidget *parent = nullptr);
    ~AppointmentListPanel() override;

    // Sets the range to [day, day + kDefaultRangeDays] (the pane follows its shown day).
    void setStartDay(const QDate &day);
    // Starts loading when the list is shown: the first time, or what changed while it was hidden.
    void activate();
    // The data changed: read again now when shown, else when activated next.
    void refresh();

    // What the list's controls choose, also while the list is hidden and has not read it yet
    // (an export of "this list" must not take the range it showed before); none until the
    // list was first opened.
    std::optional<AppointmentFilter> filter() const;

    AppointmentListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyFilter();
    void loadChoices(); // the staff and service filters' entries
    void updateCountLabel();

    StoreExecutor *m_store;
    BusinessContext m_context;
    AppointmentListModel *m_model;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_staff;
    QComboBox *m_status;
    QComboBox *m_service;
    QComboBox *m_source;
    QCheckBox *m_failedReminders;
    QLineEdit *m_search;
    QLabel *m_count;
    QTableView *m_table;
    QTimer m_debounce;
    bool m_active = false;
    bool m_stale = false; // the day or the data changed while the list was hidden
};

} // namespace Chairside
