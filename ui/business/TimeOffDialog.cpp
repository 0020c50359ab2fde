#include "ui/business/TimeOffDialog.h"

#include "core/business/SetupRules.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

namespace Chairside {

TimeOffDialog::TimeOffDialog(const QString &staffName, const QTimeZone &zone, qint64 suggestedStart,
                             QWidget *parent)
    : QDialog(parent)
    , m_zone(zone)
{
    setWindowTitle(tr("Time off for %1").arg(staffName));
    const QDateTime start = QDateTime::fromSecsSinceEpoch(suggestedStart, zone);
    m_from = new QDateTimeEdit(start, this);
    m_from->setObjectName(QStringLiteral("timeOffFromEdit"));
    m_from->setDisplayFormat(QStringLiteral("ddd d MMM yyyy HH:mm"));
    m_from->setCalendarPopup(true);
    m_until = new QDateTimeEdit(start.addDays(1), this);
    m_until->setObjectName(QStringLiteral("timeOffUntilEdit"));
    m_until->setDisplayFormat(QStringLiteral("ddd d MMM yyyy HH:mm"));
    m_until->setCalendarPopup(true);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("timeOffReasonEdit"));
    m_reason->setMaxLength(SetupRules::kMaxReasonLength);
    m_reason->setPlaceholderText(tr("Leave, training, doctor…"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&From"), m_from);
    form->addRow(tr("&Until"), m_until);
    form->addRow(tr("&Reason"), m_reason);
    form->addRow(buttons);
}

qint64 TimeOffDialog::startsAt() const
{
    // The fields show wall-clock time in the salon's zone.
    return QDateTime(m_from->date(), m_from->time(), m_zone).toSecsSinceEpoch();
}

qint64 TimeOffDialog::endsAt() const
{
    return QDateTime(m_until->date(), m_until->time(), m_zone).toSecsSinceEpoch();
}

QString TimeOffDialog::reason() const
{
    return m_reason->text().trimmed();
}

} // namespace Chairside
