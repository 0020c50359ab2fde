#include "ui/appointments/DayColumnsDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

#include <algorithm>

namespace Chairside {

DayColumnsDialog::DayColumnsDialog(const QList<StaffMember> &staff, const QStringList &order,
                                   const QStringList &hidden, QWidget *parent)
    : QDialog(parent)
    , m_staff(staff)
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("dayColumnsDialog"));
    setWindowTitle(tr("Staff columns"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Tick who the day view shows; drag or use Move up / Move down to set the order."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list->setObjectName(QStringLiteral("dayColumnsList"));
    m_list->setAccessibleName(tr("Staff columns"));
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setMinimumHeight(m_list->fontMetrics().height() * 10);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_list, 1);
    auto *side = new QVBoxLayout;
    auto *up = new QPushButton(tr("Move &up"), this);
    up->setObjectName(QStringLiteral("dayColumnsUp"));
    up->setToolTip(tr("Move the selected person left in the day view (Ctrl+Up)"));
    auto *down = new QPushButton(tr("Move &down"), this);
    down->setObjectName(QStringLiteral("dayColumnsDown"));
    down->setToolTip(tr("Move the selected person right in the day view (Ctrl+Down)"));
    auto *everyone = new QPushButton(tr("Show &everyone"), this);
    everyone->setObjectName(QStringLiteral("dayColumnsReset"));
    everyone->setToolTip(tr("Everyone, in the salon's own order"));
    side->addWidget(up);
    side->addWidget(down);
    side->addSpacing(12);
    side->addWidget(everyone);
    side->addStretch(1);
    middle->addLayout(side);
    layout->addLayout(middle, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(everyone, &QPushButton::clicked, this, [this] { fill(m_staff, {}, {}); });
    auto *upKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up), m_list);
    upKey->setContext(Qt::WidgetShortcut);
    connect(upKey, &QShortcut::activated, this, [this] { moveCurrent(-1); });
    auto *downKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down), m_list);
    downKey->setContext(Qt::WidgetShortcut);
    connect(downKey, &QShortcut::activated, this, [this] { moveCurrent(1); });

    fill(staff, order, hidden);
}

DayColumnsDialog::~DayColumnsDialog() = default;

void DayColumnsDialog::fill(const QList<StaffMember> &staff, const QStringList &order,
                            const QStringList &hidden)
{
    QList<StaffMember> sorted = staff;
    std::stable_sort(sorted.begin(), sorted.end(), [&](const StaffMember &a, const StaffMember &b) {
        auto rank = [&](const StaffMember &m) {
            const qsizetype at = order.indexOf(m.id);
            return at < 0 ? order.size() : at;
        };
        return rank(a) < rank(b);
    });
    m_list->clear();
    for (const StaffMember &member : std::as_const(sorted)) {
        auto *item = new QListWidgetItem(member.name, m_list);
        item->setData(Qt::UserRole, member.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable
                       | Qt::ItemIsDragEnabled);
        item->setCheckState(hidden.contains(member.id) ? Qt::Unchecked : Qt::Checked);
    }
    m_list->setCurrentRow(0);
}

void DayColumnsDialog::moveCurrent(int step)
{
    const int row = m_list->currentRow();
    const int to = row + step;
    if (row < 0 || to < 0 || to >= m_list->count())
        return;
    QListWidgetItem *item = m_list->takeItem(row);
    m_list->insertItem(to, item);
    m_list->setCurrentRow(to);
}

QStringList DayColumnsDialog::order() const
{
    QStringList ids;
    for (int row = 0; row < m_list->count(); ++row)
        ids.append(m_list->item(row)->data(Qt::UserRole).toString());
    return ids;
}

QStringList DayColumnsDialog::hidden() const
{
    QStringList ids;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() != Qt::Checked)
            ids.append(m_list->item(row)->data(Qt::UserRole).toString());
    }
    return ids;
}

} // namespace Chairside
