#pragma once

#include "store/BusinessContext.h"
#include "store/repositories/CustomerRepository.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Chairside {

class DeskEdits;

// One loyalty action on a customer's points, each written to the ledger with who, when and why:
// award points with a reason, redeem a reward from the business's catalogue (refused here, as
// by the server, when the balance would go below zero), or, for owners, adjust the balance by
// hand with a reason.
class LoyaltyActionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoyaltyActionDialog)

public:
    enum class Action { Award, Redeem, Adjust };

    LoyaltyActionDialog(DeskEdits *edits, const BusinessContext &context, Action action,
                        const CustomerProfile &customer, QWidget *parent = nullptr);
    ~LoyaltyActionDialog() override;

    Action action() const { return m_action; }
    // What the OK button does.
    void submit();

    // The sentence refusing a redemption that would leave `balance` below zero, or empty.
    static QString refusal(const QString &customerName, qint64 balance, qint64 cost,
                           const QString &rewardName, const QLocale &locale);

Q_SIGNALS:
    void done(const QString &summary);

private:
    void updateState();
    qint64 signedPoints() const;

    DeskEdits *m_edits;
    BusinessContext m_context;
    Action m_action;
    CustomerProfile m_customer;
    QSpinBox *m_points = nullptr;
    QComboBox *m_reward = nullptr;
    QLineEdit *m_reason;
    QLabel *m_after;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_ok;
    bool m_busy = false;
};

} // namespace Chairside
