#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace Chairside {

// Confirms the erasure of a customer's personal data by having the person type the customer's
// name: erasure cannot be undone, so a stray click or Enter must not do it.
class EraseCustomerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EraseCustomerDialog)

public:
    explicit EraseCustomerDialog(const QString &customerName, QWidget *parent = nullptr);
    ~EraseCustomerDialog() override;

    // Whether the typed text matches the name (ignoring case and extra spaces).
    bool confirmed() const;

private:
    QString m_name;
    QLineEdit *m_typed;
    QPushButton *m_erase;
};

} // namespace Chairside
