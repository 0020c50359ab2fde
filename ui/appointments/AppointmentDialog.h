#pragma once

#include "models/appointments/AppointmentEditing.h"
#include "models/appointments/VisitPlan.h"
#include "store/BusinessContext.h"

#include <QDialog>
#include <QTimer>

#include <optional>

class QCheckBox;
class QComboBox;
class QSpinBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimeEdit;
class QVBoxLayout;

namespace Chairside {

class DeskEdits;
class StoreExecutor;

// Books a new appointment, a walk-in, or moves one (staff, day, start). Times are entered in the
// business's zone; the customer is found as you type (a LIMITed query on the store thread), an
// empty customer is a walk-in. Before saving, the cache is asked whether the staff member is
// already booked then, so the desk hears who is in the way; the edit itself goes through
// DeskEdits, and a refusal stays in the dialog.
class AppointmentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppointmentDialog)

public:
    enum class Mode { New, WalkIn, Reschedule };
    static constexpr int kCustomerMatches = 8;

    AppointmentDialog(StoreExecutor *store, DeskEdits *edits, const BusinessContext &context,
                      Mode mode, QWidget *parent = nullptr);
    ~AppointmentDialog() override;

    Mode mode() const { return m_mode; }
    // Presets (applied once the services and staff have been read).
    void setStaff(const QString &staffId);
    void setStart(const QDateTime &start); // converted to the business's zone
    // The customer, chosen as if picked from the search (a handoff's or a profile's customer).
    void setCustomer(const AppointmentEditing::CustomerChoice &customer);
    // Reschedule: the booking to move, with the version the desk saw.
    void setAppointment(const QString &id, qint64 expectedVersion);

    // The services, staff (and the booking to move) have been read.
    bool isReady() const { return m_ready; }
    QString customerId() const { return m_customerId; }
    qint64 startsAt() const;
    std::optional<qint64> endsAt() const;

Q_SIGNALS:
    void ready();
    // The edit was applied locally; the dialog closes.
    void saved(const QString &appointmentId, qint64 startsAt);

private:
    void load();
    void applyPresets();
    void searchCustomers();
    void chooseCustomer(int row);
    void addNewCustomer();
    void updateServiceDetails();
    void updateStaffNote();
    void updateSaveButton();
    void save();
    void submit(qint64 starts, qint64 ends);
    // New bookings: every service of the visit, back to back, on every date of the series.
    QList<VisitPlan::Booking> plannedBookings() const;
    void submitPlanned(QList<VisitPlan::Booking> bookings, int done);
    void addExtraService();
    void updateRepeatControls();
    void showMessage(const QString &text, bool error);
    void fitHeight();
    const AppointmentEditing::ServiceChoice *currentService() const;

    StoreExecutor *m_store;
    DeskEdits *m_edits;
    BusinessContext m_context;
    Mode m_mode;

    QLineEdit *m_customerSearch;
    QListWidget *m_customerMatches;
    QLabel *m_customerChosen;
    QComboBox *m_service;
    QLabel *m_serviceDetails;
    QComboBox *m_staff;
    QLabel *m_staffNote;
    QDateEdit *m_date;
    QTimeEdit *m_time;
    QLabel *m_ends;
    QPlainTextEdit *m_notes;
    QLabel *m_message;
    QVBoxLayout *m_extraServiceRows = nullptr;
    QList<QComboBox *> m_extraServices;
    QPushButton *m_addService = nullptr;
    QCheckBox *m_repeat = nullptr;
    QSpinBox *m_repeatWeeks = nullptr;
    QComboBox *m_repeatEnd = nullptr;
    QSpinBox *m_repeatCount = nullptr;
    QDateEdit *m_repeatUntil = nullptr;
    QLabel *m_seriesSummary = nullptr;
    QCheckBox *m_notify = nullptr; // reschedule: let the customer know
    QPushButton *m_save;
    QTimer m_searchDebounce;

    QList<AppointmentEditing::ServiceChoice> m_services;
    StaffServices::Map m_staffServices;
    QList<AppointmentEditing::CustomerChoice> m_matches;
    QString m_customerId;
    QString m_customerName;
    QString m_presetStaff;
    std::optional<AppointmentEditing::EditedAppointment> m_edited;
    QString m_editId;
    QString m_firstBookedId;
    qint64 m_expectedVersion = 0;
    quint64 m_searchGeneration = 0;
    bool m_ready = false;
    bool m_saving = false;
};

} // namespace Chairside
