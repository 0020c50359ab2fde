#include "ui/customers/EraseCustomerDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Chairside {

EraseCustomerDialog::EraseCustomerDialog(const QString &customerName, QWidget *parent)
    : QDialog(parent)
    , m_name(customerName.simplified())
    , m_typed(new QLineEdit(this))
{
    setObjectName(QStringLiteral("eraseCustomerDialog"));
    setWindowTitle(tr("Erase %1").arg(customerName));
    auto *text = new QLabel(
        tr("Erasing removes %1's name, phone, e-mail, notes, allergy notes and their own chat "
           "messages for good, on every desk. Appointments and points stay, without a name, so "
           "the salon's figures still add up. This cannot be undone.\n\nExport their data first "
           "if they asked for a copy.\n\nType the customer's name to confirm:")
            .arg(customerName),
        this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    m_typed->setObjectName(QStringLiteral("eraseConfirmEdit"));
    m_typed->setAccessibleName(tr("Type the customer's name to confirm"));
    m_typed->setPlaceholderText(customerName);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_erase = buttons->addButton(tr("Erase customer"), QDialogButtonBox::DestructiveRole);
    m_erase->setObjectName(QStringLiteral("eraseConfirmButton"));
    m_erase->setEnabled(false);
    m_erase->setAutoDefault(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_typed);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    connect(m_typed, &QLineEdit::textChanged, this, [this] { m_erase->setEnabled(confirmed()); });
    connect(m_erase, &QPushButton::clicked, this, [this] {
        if (confirmed())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

EraseCustomerDialog::~EraseCustomerDialog() = default;

bool EraseCustomerDialog::confirmed() const
{
    return !m_name.isEmpty()
           && m_typed->text().simplified().compare(m_name, Qt::CaseInsensitive) == 0;
}

} // namespace Chairside
