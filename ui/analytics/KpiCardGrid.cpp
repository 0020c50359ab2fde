#include "ui/analytics/KpiCardGrid.h"

#include "models/analytics/KpiModel.h"

#include <QAbstractItemModel>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Chairside {

KpiCardGrid::KpiCardGrid(QAbstractItemModel *model, int columns, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_columns(std::max(1, columns))
    , m_grid(new QGridLayout(this))
{
    setObjectName(QStringLiteral("kpiCards"));
    setAccessibleName(tr("Key figures"));
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(10);
    setStyleSheet(
        QStringLiteral("QFrame#kpiCard { background: palette(base); border: 1px solid palette(mid);"
                       " border-radius: 8px; }"
                       "QLabel#kpiName { color: palette(placeholder-text); }"));
    connect(m_model, &QAbstractItemModel::dataChanged, this, &KpiCardGrid::refresh);
    connect(m_model, &QAbstractItemModel::modelReset, this, &KpiCardGrid::rebuild);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &KpiCardGrid::rebuild);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &KpiCardGrid::rebuild);
    rebuild();
}

KpiCardGrid::~KpiCardGrid() = default;

void KpiCardGrid::rebuild()
{
    for (const Card &card : std::as_const(m_cards))
        delete card.frame;
    m_cards.clear();
    const int rows = m_model->rowCount();
    for (int row = 0; row < rows; ++row) {
        Card card;
        auto *frame = new QFrame(this);
        frame->setObjectName(QStringLiteral("kpiCard"));
        auto *layout = new QVBoxLayout(frame);
        layout->setContentsMargins(14, 10, 14, 10);
        layout->setSpacing(2);
        card.frame = frame;
        card.name = new QLabel(frame);
        card.name->setObjectName(QStringLiteral("kpiName"));
        card.value = new QLabel(frame);
        card.value->setObjectName(QStringLiteral("kpiValue"));
        QFont valueFont = card.value->font();
        valueFont.setPointSizeF(valueFont.pointSizeF() * 1.7);
        valueFont.setBold(true);
        card.value->setFont(valueFont);
        card.change = new QLabel(frame);
        card.change->setObjectName(QStringLiteral("kpiChange"));
        layout->addWidget(card.name);
        layout->addWidget(card.value);
        layout->addWidget(card.change);
        m_grid->addWidget(frame, row / m_columns, row % m_columns);
        m_cards.append(card);
    }
    refresh();
}

void KpiCardGrid::refresh()
{
    for (int row = 0; row < m_cards.size(); ++row) {
        const Card &card = m_cards.at(row);
        const QString name = m_model->index(row, KpiModel::NameColumn).data().toString();
        const QString value = m_model->index(row, KpiModel::ValueColumn).data().toString();
        const QModelIndex change = m_model->index(row, KpiModel::ChangeColumn);
        card.name->setText(name);
        card.value->setText(value);
        card.change->setText(tr("%1 vs previous period").arg(change.data().toString()));
        const int direction = change.data(KpiModel::ChangeDirectionRole).toInt();
        const bool good = change.data(KpiModel::ChangeIsGoodRole).toBool();
        card.change->setStyleSheet(direction == 0
                                       ? QStringLiteral("color: palette(placeholder-text);")
                                   : good ? QStringLiteral("color: #2e7d32;")
                                          : QStringLiteral("color: #c62828;"));
        const QString tip =
            m_model->index(row, KpiModel::ValueColumn).data(Qt::ToolTipRole).toString();
        card.frame->setToolTip(tip);
        card.frame->setAccessibleName(name);
        card.frame->setAccessibleDescription(
            tr("%1, %2 vs previous period").arg(value, change.data().toString()));
    }
}

} // namespace Chairside
