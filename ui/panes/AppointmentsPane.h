#pragma once

#include "core/AppointmentStatus.h"
#include "store/BusinessContext.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QWidget>

#include <optional>

class QAction;
class QButtonGroup;
class QComboBox;
class QDateEdit;
class QFrame;
class QLabel;
class QMenu;
class QStackedWidget;
class QToolButton;

namespace Chairside {

class AppSettings;
class AppointmentListPanel;
class DayScheduleModel;
class DayScheduleView;
class DeskEdits;
class StoreExecutor;

// The Appointments pane, where the desk lives: a toolbar to move through days, the day book (one
// column per staff member) and a filtered list of appointments. With DeskEdits the desk books,
// moves, cancels and walks bookings through their statuses (context menus, shortcuts, the New
// and Walk-in buttons); refusals stay in a banner at the top of the pane until closed.
class AppointmentsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppointmentsPane)

public:
    enum class View { Day, Week, List };

    // Read-only: no edits are offered.
    AppointmentsPane(StoreExecutor *store, const BusinessContext &context,
                     QWidget *parent = nullptr);
    AppointmentsPane(StoreExecutor *store, const BusinessContext &context, DeskEdits *edits,
                     QWidget *parent = nullptr);
    ~AppointmentsPane() override;

    // The booking the desk has selected in the current view.
    struct Booking
    {
        QString id;
        AppointmentStatus status = AppointmentStatus::Requested;
        qint64 version = 0;
        QString description; // "Thandi Mokoena · 09:00–10:00 · Cut and blow-dry"
    };
    std::optional<Booking> selectedBooking() const;
    // The selected booking's menu: the allowed next statuses, Cancel…, Reschedule…. The caller
    // owns it (the context menus pop it up and delete it on close).
    QMenu *createBookingMenu(QWidget *parent);
    void newAppointment(const QString &staffId = {}, const QDateTime &start = {});
    void newWalkIn();
    // The selected booking in full: reminders and change history (Enter, double click).
    void showSelectedDetails();
    void rescheduleSelected();
    void cancelSelected();
    void setSelectedStatus(AppointmentStatus status);
    // Shows a recoverable message above the day (an edit that was refused) until closed.
    void showBanner(const QString &message);

    QDate shownDate() const { return m_date; }
    void setShownDate(const QDate &date);
    void showToday();
    View currentView() const;
    void setCurrentView(View view);
    // The week view's staff member; empty: everyone.
    void setWeekStaff(const QString &staffId);
    // Keeps the day view's column choice in `settings` (per business) and starts from it.
    void useSettings(AppSettings *settings);
    // Which staff columns the day shows and in which order (the Staff… button).
    void chooseDayColumns();

    DayScheduleModel *dayModel() const { return m_dayModel; }
    // The list view, made when first asked for (the list view opened, or here).
    AppointmentListPanel *listPanel();

private:
    QDate today() const;
    void step(int direction); // a day or a week back (-1) or on (+1)
    // Whether a change to `status` is news the customer is told about when the desk asks.
    static bool customerHearsOf(AppointmentStatus status);
    void loadWeekStaff();
    void onTablesChanged(const QStringList &tables);
    void updateDaySummary();
    void updateActions();
    QAction *makeAction(const QString &text, const QString &name, const QKeySequence &keys);
    // Export…: the shown day as a calendar file, or the list's range and filter as CSV.
    void exportAppointments(bool listAsCsv);
    // The shown day's sheet for one staff member or everyone: print preview, or a PDF file.
    void printDaySheet(bool asPdf);
    std::optional<QString> askDaySheetStaff(); // empty string: everyone; nullopt: cancelled

    StoreExecutor *m_store;
    DeskEdits *m_edits;
    BusinessContext m_context;
    QDate m_date;
    DayScheduleModel *m_dayModel;
    DayScheduleView *m_dayView;
    // Made when the list is first opened: a start never shows it, and its dozen filter
    // widgets were a fifth of building the window.
    AppointmentListPanel *m_listPanel = nullptr;
    QStackedWidget *m_stack;
    QDateEdit *m_dateEdit;
    QLabel *m_summary;
    QToolButton *m_dayButton;
    QToolButton *m_weekButton;
    QComboBox *m_weekStaff;
    QToolButton *m_columnsButton = nullptr;
    AppSettings *m_settings = nullptr;
    QToolButton *m_listButton;
    QFrame *m_banner;
    QLabel *m_bannerText;
    QAction *m_newAction = nullptr;
    QAction *m_walkInAction = nullptr;
    QList<QPair<AppointmentStatus, QAction *>> m_statusActions;
    QAction *m_cancelAction = nullptr;
    QAction *m_notifyAction = nullptr; // "Let the customer know", in the booking menu
    QAction *m_rescheduleAction = nullptr;
    bool m_scrollOnLoad = true;
};

} // namespace Chairside
