#include "ui/sync/FirstSyncDialog.h"

#include "ui/sync/SyncStatusWidget.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Chairside {

FirstSyncDialog::FirstSyncDialog(const QString &email, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("firstSyncDialog"));
    setWindowTitle(tr("Setting up — Chairside"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/chairside.svg")));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);

    auto *heading = new QLabel(tr("Setting up Chairside on this computer"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.35);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    layout->addWidget(heading);

    auto *body = new QLabel(
        tr("Signed in as %1. Chairside is downloading the salon's appointments, customers and "
           "team to this computer. This happens once: next time Chairside opens straight away, "
           "even without internet.")
            .arg(email.toHtmlEscaped()),
        this);
    body->setWordWrap(true);
    layout->addWidget(body);

    m_status = new SyncStatusWidget(this);
    layout->addWidget(m_status);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *quit = buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
    quit->setAccessibleName(tr("Quit"));
    quit->setToolTip(tr("Stop for now; the download continues where it left off next time."));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

FirstSyncDialog::~FirstSyncDialog() = default;

void FirstSyncDialog::setStatus(const SyncStatus &status)
{
    m_status->setStatus(status);
}

} // namespace Chairside
