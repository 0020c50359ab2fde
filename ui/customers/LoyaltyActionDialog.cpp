#include "ui/customers/LoyaltyActionDialog.h"

#include "core/Loyalty.h"
#include "models/common/DeskEdits.h"
#include "ui/MutedText.h"
#include "ui/StatusText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Chairside {

namespace {

constexpr int kMaxPoints = 1'000'000;

} // namespace

LoyaltyActionDialog::LoyaltyActionDialog(DeskEdits *edits, const BusinessContext &context,
                                         Action action, const CustomerProfile &customer,
                                         QWidget *parent)
    : QDialog(parent)
    , m_edits(edits)
    , m_context(context)
    , m_action(action)
    , m_customer(customer)
    , m_reason(new QLineEdit(this))
    , m_after(new QLabel(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("loyaltyActionDialog"));
    const QLocale &locale = m_context.locale;
    auto *form = new QFormLayout;
    auto *intro = new QLabel(
        tr("%1 has %2 points.").arg(customer.fullName, locale.toString(customer.loyalty.balance)),
        this);
    intro->setTextFormat(Qt::PlainText);
    form->addRow(intro);

    m_reason->setObjectName(QStringLiteral("loyaltyReasonEdit"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setMaxLength(500);
    switch (action) {
    case Action::Award:
        setWindowTitle(tr("Award points to %1").arg(customer.fullName));
        m_reason->setPlaceholderText(tr("Required, e.g. Birthday, referral of a friend"));
        break;
    case Action::Redeem:
        setWindowTitle(tr("Redeem a reward for %1").arg(customer.fullName));
        m_reason->setPlaceholderText(tr("Optional; the reward's name when empty"));
        break;
    case Action::Adjust:
        setWindowTitle(tr("Adjust %1's points").arg(customer.fullName));
        m_reason->setPlaceholderText(tr("Required, e.g. Points missed on 3 March"));
        break;
    }

    if (action == Action::Redeem) {
        m_reward = new QComboBox(this);
        m_reward->setObjectName(QStringLiteral("loyaltyRewardCombo"));
        m_reward->setAccessibleName(tr("Reward"));
        for (const LoyaltyReward &reward : customer.rewards) {
            m_reward->addItem(
                tr("%1 — %2 points").arg(reward.name, locale.toString(reward.costPoints)),
                reward.id);
        }
        form->addRow(tr("&Reward"), m_reward);
        connect(m_reward, &QComboBox::currentIndexChanged, this, &LoyaltyActionDialog::updateState);
    } else {
        m_points = new QSpinBox(this);
        m_points->setObjectName(QStringLiteral("loyaltyPointsSpin"));
        m_points->setAccessibleName(tr("Points"));
        m_points->setRange(action == Action::Adjust ? -kMaxPoints : 1, kMaxPoints);
        m_points->setValue(action == Action::Adjust ? 0 : 50);
        m_points->setGroupSeparatorShown(true);
        if (action == Action::Adjust)
            m_points->setToolTip(
                tr("A positive number adds points, a negative one takes them off"));
        form->addRow(tr("&Points"), m_points);
        connect(m_points, &QSpinBox::valueChanged, this, &LoyaltyActionDialog::updateState);
    }
    form->addRow(tr("R&eason"), m_reason);
    m_after->setObjectName(QStringLiteral("loyaltyBalanceAfter"));
    m_after->setTextFormat(Qt::PlainText);
    keepMuted(m_after);
    form->addRow(m_after);

    m_error->setObjectName(QStringLiteral("loyaltyActionError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(errorTextStyle(palette()));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = m_buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("loyaltyOkButton"));
    m_ok->setText(action == Action::Award    ? tr("Award")
                  : action == Action::Redeem ? tr("Redeem")
                                             : tr("Adjust"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);

    connect(m_reason, &QLineEdit::textChanged, this, &LoyaltyActionDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoyaltyActionDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
    if (m_points)
        m_points->setFocus();
}

LoyaltyActionDialog::~LoyaltyActionDialog() = default;

QString LoyaltyActionDialog::refusal(const QString &customerName, qint64 balance, qint64 cost,
                                     const QString &rewardName, const QLocale &locale)
{
    if (canRedeem(balance, cost))
        return {};
    return tr("%1 has %2 points and %3 costs %4, so it cannot be redeemed: the balance would go "
              "below zero.")
        .arg(customerName, locale.toString(balance), rewardName, locale.toString(cost));
}

qint64 LoyaltyActionDialog::signedPoints() const
{
    if (m_action == Action::Redeem) {
        const int index = m_reward ? m_reward->currentIndex() : -1;
        return index < 0 ? 0 : -m_customer.rewards.at(index).costPoints;
    }
    return m_points->value();
}

void LoyaltyActionDialog::updateState()
{
    const QLocale &locale = m_context.locale;
    const qint64 balance = m_customer.loyalty.balance;
    const qint64 delta = signedPoints();
    QString problem;
    if (m_action == Action::Redeem) {
        const int index = m_reward->currentIndex();
        if (index < 0) {
            problem = tr("This business offers no rewards yet.");
        } else {
            const LoyaltyReward &reward = m_customer.rewards.at(index);
            problem = refusal(m_customer.fullName, balance, reward.costPoints, reward.name, locale);
        }
    } else if (delta == 0) {
        problem = tr("Enter the number of points.");
    } else if (delta < 0 && !canRedeem(balance, -delta)) {
        problem = tr("%1 has %2 points, so %3 cannot be taken off: the balance would go below "
                     "zero.")
                      .arg(m_customer.fullName, locale.toString(balance), locale.toString(-delta));
    }
    m_after->setText(problem.isEmpty() && delta != 0
                         ? tr("Balance afterwards: %1 points").arg(locale.toString(balance + delta))
                         : QString());
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    const bool reasonNeeded = m_action != Action::Redeem;
    m_ok->setEnabled(!m_busy && problem.isEmpty()
                     && (!reasonNeeded || !m_reason->text().trimmed().isEmpty()));
    if (reasonNeeded && m_reason->text().trimmed().isEmpty())
        m_ok->setToolTip(tr("Give a reason: it is kept in the points history"));
    else
        m_ok->setToolTip({});
}

void LoyaltyActionDialog::submit()
{
    updateState();
    if (!m_ok->isEnabled() || !m_edits)
        return;
    const QString reason = m_reason->text().trimmed();
    Mutation mutation;
    QString summary;
    const QLocale &locale = m_context.locale;
    switch (m_action) {
    case Action::Award:
        mutation = Mutations::awardPoints(m_customer.id, m_points->value(), reason);
        summary = tr("%1 points awarded to %2.")
                      .arg(locale.toString(m_points->value()), m_customer.fullName);
        break;
    case Action::Redeem: {
        const LoyaltyReward &reward = m_customer.rewards.at(m_reward->currentIndex());
        mutation = Mutations::redeemPoints(m_customer.id, reward.costPoints,
                                           reason.isEmpty() ? reward.name : reason, reward.id);
        summary =
            tr("%1 redeemed for %2 points.").arg(reward.name, locale.toString(reward.costPoints));
        break;
    }
    case Action::Adjust:
        mutation = Mutations::adjustPoints(m_customer.id, m_points->value(), reason);
        summary = m_points->value() > 0
                      ? tr("%1 points added to %2's balance.")
                            .arg(locale.toString(m_points->value()), m_customer.fullName)
                      : tr("%1 points taken off %2's balance.")
                            .arg(locale.toString(-m_points->value()), m_customer.fullName);
        break;
    }
    m_busy = true;
    updateState();
    m_edits->submit(mutation, this, [this, summary](const OutboxResult &result) {
        m_busy = false;
        if (!result.ok) {
            updateState();
            m_error->setText(result.error); // the store's (or server's) refusal, as it said it
            m_error->show();
            return;
        }
        Q_EMIT done(summary);
        accept();
    });
}

} // namespace Chairside
