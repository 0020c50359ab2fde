#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QPushButton;

namespace Chairside {

// Asks why a booking is cancelled; the reason is required (it is kept with the booking and shown
// in its tooltip and in the list).
class CancelAppointmentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CancelAppointmentDialog)

public:
    // `what` names the booking ("Thandi Mokoena, 09:00–10:00 Cut and blow-dry").
    explicit CancelAppointmentDialog(const QString &what, QWidget *parent = nullptr);
    ~CancelAppointmentDialog() override;

    QString reason() const;
    // Whether the desk asked to let the customer know (the server queues a notice).
    bool notifyCustomer() const;

private:
    QLineEdit *m_reason;
    QPushButton *m_confirm;
    QCheckBox *m_notify;
};

} // namespace Chairside
