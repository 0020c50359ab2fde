#include "ui/business/StaffServicesEditor.h"

#include <QCheckBox>
#include <QListWidget>
#include <QVBoxLayout>

namespace Chairside {

StaffServicesEditor::StaffServicesEditor(QWidget *parent)
    : QWidget(parent)
    , m_every(new QCheckBox(tr("Every service"), this))
    , m_list(new QListWidget(this))
{
    m_every->setObjectName(QStringLiteral("staffEveryServiceCheck"));
    m_every->setAccessibleName(tr("Does every service"));
    m_every->setToolTip(tr("Anyone with this ticked can be booked for any offered service, "
                           "including services added later."));
    m_list->setObjectName(QStringLiteral("staffServicesList"));
    m_list->setAccessibleName(tr("Services this person does"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setMaximumHeight(170);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_every);
    layout->addWidget(m_list);

    connect(m_every, &QCheckBox::toggled, this, [this](bool every) {
        if (m_filling)
            return;
        // Leaving "every service" starts from every offered one: untick what they do not do.
        if (!every && chosen().value_or(QSet<QString>()).isEmpty()) {
            const QSignalBlocker block(m_list);
            for (int i = 0; i < m_list->count(); ++i) {
                QListWidgetItem *item = m_list->item(i);
                if (item->data(Qt::UserRole + 1).toBool())
                    item->setCheckState(Qt::Checked);
            }
        }
        updateEnabled();
        Q_EMIT edited();
    });
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        if (!m_filling)
            Q_EMIT edited();
    });
    updateEnabled();
}

void StaffServicesEditor::setServices(const QList<SetupService> &services)
{
    const std::optional<QSet<QString>> was = chosen();
    m_filling = true;
    m_list->clear();
    for (const SetupService &s : services) {
        auto *item =
            new QListWidgetItem(s.active ? s.name : tr("%1 (not offered)").arg(s.name), m_list);
        item->setData(Qt::UserRole, s.id);
        item->setData(Qt::UserRole + 1, s.active);
        item->setToolTip(s.category);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    tick(was.value_or(QSet<QString>()));
    m_filling = false;
}

void StaffServicesEditor::setChosen(const std::optional<QSet<QString>> &chosen)
{
    m_filling = true;
    m_every->setChecked(!chosen.has_value());
    tick(chosen.value_or(QSet<QString>()));
    updateEnabled();
    m_filling = false;
}

std::optional<QSet<QString>> StaffServicesEditor::chosen() const
{
    if (m_every->isChecked())
        return std::nullopt;
    QSet<QString> ids;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem *item = m_list->item(i);
        if (item->checkState() == Qt::Checked)
            ids.insert(item->data(Qt::UserRole).toString());
    }
    return ids;
}

bool StaffServicesEditor::differsFrom(const std::optional<QSet<QString>> &stored) const
{
    const std::optional<QSet<QString>> now = chosen();
    if (!now || !stored)
        return now.has_value() != stored.has_value();
    QSet<QString> listed;
    for (int i = 0; i < m_list->count(); ++i)
        listed.insert(m_list->item(i)->data(Qt::UserRole).toString());
    return *now != (*stored & listed);
}

void StaffServicesEditor::tick(const QSet<QString> &ids)
{
    const QSignalBlocker block(m_list);
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setCheckState(ids.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                              : Qt::Unchecked);
    }
}

void StaffServicesEditor::updateEnabled()
{
    m_list->setEnabled(!m_every->isChecked());
}

} // namespace Chairside
