#include "ui/appointments/CancelAppointmentDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Chairside {

CancelAppointmentDialog::CancelAppointmentDialog(const QString &what, QWidget *parent)
    : QDialog(parent)
    , m_reason(new QLineEdit(this))
    , m_notify(new QCheckBox(tr("&Let the customer know (by their preferred channel)"), this))
{
    setObjectName(QStringLiteral("cancelAppointmentDialog"));
    setWindowTitle(tr("Cancel appointment"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Cancel <b>%1</b>?").arg(what.toHtmlEscaped()), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *label = new QLabel(tr("&Reason (required):"), this);
    label->setBuddy(m_reason);
    layout->addWidget(label);
    m_reason->setObjectName(QStringLiteral("cancelReason"));
    m_reason->setAccessibleName(tr("Reason for cancelling"));
    m_reason->setPlaceholderText(tr("e.g. Customer called, unwell"));
    m_reason->setMaxLength(300);
    m_reason->setMinimumWidth(380);
    layout->addWidget(m_reason);
    m_notify->setObjectName(QStringLiteral("cancelNotify"));
    m_notify->setToolTip(tr("Queues a message to the customer saying the booking is cancelled"));
    m_notify->setChecked(true);
    layout->addWidget(m_notify);

    auto *buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(tr("Cancel appointment"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("cancelConfirm"));
    m_confirm->setEnabled(false);
    QPushButton *keep = buttons->addButton(tr("Keep appointment"), QDialogButtonBox::RejectRole);
    keep->setObjectName(QStringLiteral("cancelKeep"));
    keep->setDefault(true);
    layout->addWidget(buttons);

    connect(m_reason, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_confirm->setEnabled(!text.trimmed().isEmpty());
        m_confirm->setDefault(!text.trimmed().isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!reason().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

CancelAppointmentDialog::~CancelAppointmentDialog() = default;

bool CancelAppointmentDialog::notifyCustomer() const
{
    return m_notify->isChecked();
}

QString CancelAppointmentDialog::reason() const
{
    return m_reason->text().trimmed();
}

} // namespace Chairside
