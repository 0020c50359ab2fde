#pragma once

#include "store/BusinessContext.h"

#include <QDate>
#include <QWidget>

class QButtonGroup;
class QDateEdit;
class QLabel;
class QStackedWidget;
class QToolButton;

namespace Chairside {

class AppointmentListPanel;
class DayScheduleModel;
class DayScheduleView;
class StoreExecutor;

// The Appointments pane, where the desk lives: a toolbar to move through days, the day book (one
// column per staff member) and a filtered list of appointments.
class AppointmentsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppointmentsPane)

public:
    enum class View { Day, List };

    AppointmentsPane(StoreExecutor *store, const BusinessContext &context,
                     QWidget *parent = nullptr);
    ~AppointmentsPane() override;

    QDate shownDate() const { return m_date; }
    void setShownDate(const QDate &date);
    void showToday();
    View currentView() const;
    void setCurrentView(View view);

    DayScheduleModel *dayModel() const { return m_dayModel; }
    AppointmentListPanel *listPanel() const { return m_listPanel; }

private:
    QDate today() const;
    void onTablesChanged(const QStringList &tables);
    void updateDaySummary();

    StoreExecutor *m_store;
    BusinessContext m_context;
    QDate m_date;
    DayScheduleModel *m_dayModel;
    DayScheduleView *m_dayView;
    AppointmentListPanel *m_listPanel;
    QStackedWidget *m_stack;
    QDateEdit *m_dateEdit;
    QLabel *m_summary;
    QToolButton *m_dayButton;
    QToolButton *m_listButton;
    bool m_scrollOnLoad = true;
};

} // namespace Chairside
