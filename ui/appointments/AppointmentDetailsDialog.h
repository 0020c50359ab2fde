#pragma once

#include "models/appointments/AppointmentDetails.h"
#include "store/BusinessContext.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace Chairside {

class StoreExecutor;

// One booking in full: when, who, what, its status and price, whether its 24 h and 2 h
// reminders went out (and why one failed), and its change history. Reschedule and Cancel hand
// back to the pane, which owns the edits.
class AppointmentDetailsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppointmentDetailsDialog)

public:
    AppointmentDetailsDialog(StoreExecutor *store, const BusinessContext &context,
                             const QString &appointmentId, bool editable,
                             QWidget *parent = nullptr);
    ~AppointmentDetailsDialog() override;

    // Whether the details have arrived from the store (for tests).
    bool isLoaded() const { return m_loaded; }
    const AppointmentDetails::Details &details() const { return m_details; }

Q_SIGNALS:
    // The details arrived from the store (details() holds them).
    void loaded();
    void rescheduleRequested();
    void cancelRequested();

private:
    void show(const AppointmentDetails::Details &details);

    BusinessContext m_context;
    bool m_editable;
    bool m_loaded = false;
    AppointmentDetails::Details m_details;
    QLabel *m_title;
    QLabel *m_summary;
    QPlainTextEdit *m_notes; // any length: scrolls rather than grow the dialog
    QLabel *m_dayBefore;
    QLabel *m_twoHours;
    QTreeWidget *m_history;
    QPushButton *m_reschedule;
    QPushButton *m_cancel;
};

} // namespace Chairside
