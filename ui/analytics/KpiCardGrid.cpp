#include "ui/analytics/KpiCardGrid.h"

#include "models/ModelRoles.h"
#include "models/analytics/KpiModel.h"

#include <QAbstractItemModel>
#include <QFrame>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPen>
#include <QVBoxLayout>

namespace Chairside {

namespace {

// A card: a rounded panel in the palette's base colour, outlined in the highlight colour while
// it has the keyboard focus. Painted by hand so it follows palette changes.
class CardFrame final : public QFrame
{
public:
    using QFrame::QFrame;

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(palette().color(hasFocus() ? QPalette::Highlight : QPalette::Mid), 1));
        painter.setBrush(palette().base());
        painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);
    }
};

} // namespace

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
    connect(m_model, &QAbstractItemModel::dataChanged, this, &KpiCardGrid::refresh);
    connect(m_model, &QAbstractItemModel::modelReset, this, &KpiCardGrid::rebuild);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &KpiCardGrid::rebuild);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &KpiCardGrid::rebuild);
    rebuild();
}

KpiCardGrid::~KpiCardGrid() = default;

QWidget *KpiCardGrid::cardAt(int row) const
{
    return row >= 0 && row < m_cards.size() ? m_cards.at(row).frame : nullptr;
}

void KpiCardGrid::changeEvent(QEvent *event)
{
    // A switch between light and dark: pick the change colours for the new background.
    if (event->type() == QEvent::PaletteChange)
        refresh();
    QWidget::changeEvent(event);
}

bool KpiCardGrid::eventFilter(QObject *watched, QEvent *event)
{
    const QVariant row = watched->property("kpiRow");
    if (row.isValid()) {
        if (event->type() == QEvent::MouseButtonRelease) {
            if (static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton)
                Q_EMIT cardActivated(row.toInt());
        } else if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Space) {
                Q_EMIT cardActivated(row.toInt());
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void KpiCardGrid::rebuild()
{
    for (const Card &card : std::as_const(m_cards))
        delete card.frame;
    m_cards.clear();
    const int rows = m_model->rowCount();
    for (int row = 0; row < rows; ++row) {
        Card card;
        auto *frame = new CardFrame(this);
        frame->setObjectName(QStringLiteral("kpiCard"));
        frame->setFocusPolicy(Qt::StrongFocus);
        frame->setCursor(Qt::PointingHandCursor);
        frame->setProperty("kpiRow", row);
        frame->installEventFilter(this);
        auto *layout = new QVBoxLayout(frame);
        layout->setContentsMargins(14, 10, 14, 10);
        layout->setSpacing(2);
        card.frame = frame;
        card.name = new QLabel(frame);
        card.name->setObjectName(QStringLiteral("kpiName"));
        card.name->setForegroundRole(QPalette::PlaceholderText);
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
        // Long names and changes wrap instead of widening the whole dashboard.
        card.name->setWordWrap(true);
        card.change->setWordWrap(true);
        m_grid->addWidget(frame, row / m_columns, row % m_columns);
        m_cards.append(card);
    }
    for (int column = 0; column < m_columns; ++column)
        m_grid->setColumnStretch(column, 1);
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
        // "no earlier data" stands alone; a change reads against the previous period.
        const bool comparable = change.data(RawValueRole).isValid();
        card.change->setText(comparable ? tr("%1 vs previous").arg(change.data().toString())
                                        : change.data().toString());
        const int direction = change.data(KpiModel::ChangeDirectionRole).toInt();
        const bool good = change.data(KpiModel::ChangeIsGoodRole).toBool();
        // Deep green and red on a light palette, light ones on a dark palette. Colours come from
        // the palette (not a style sheet) so a switch between light and dark reaches them.
        const bool dark = palette().color(QPalette::Base).lightness() < 128;
        QPalette changePalette = palette();
        changePalette.setColor(QPalette::WindowText,
                               direction == 0 ? palette().color(QPalette::PlaceholderText)
                               : good         ? QColor(dark ? 0x81c784 : 0x2e7d32)
                                              : QColor(dark ? 0xef9a9a : 0xc62828));
        card.change->setPalette(changePalette);
        const QString tip =
            m_model->index(row, KpiModel::ValueColumn).data(Qt::ToolTipRole).toString();
        card.frame->setToolTip(tip);
        card.frame->setAccessibleName(name);
        card.frame->setAccessibleDescription(
            tr("%1, %2 vs previous period").arg(value, change.data().toString()));
    }
}

} // namespace Chairside
