#include "ui/escalations/StatTile.h"

#include "ui/CardFrame.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Chairside {

StatTile::StatTile(const QString &caption, const QString &formula, QWidget *parent)
    : QFrame(parent)
    , m_value(new QLabel(tr("—"), this))
    , m_caption(new QLabel(caption, this))
    , m_formula(formula)
{
    setObjectName(QStringLiteral("statTile"));
    styleAsCard(this, [](const QPalette &palette) {
        return QStringLiteral("QLabel#statCaption { color: %1; }").arg(cardCaptionColour(palette));
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 8, 14, 8);
    layout->setSpacing(0);
    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.6);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    m_caption->setObjectName(QStringLiteral("statCaption")); // muted by the card's sheet
    // Longer languages wrap the caption instead of widening the strip past a laptop's screen.
    m_caption->setWordWrap(true);
    layout->addWidget(m_value);
    layout->addWidget(m_caption);
    setToolTip(formula);
    setAccessibleName(caption);
}

StatTile::~StatTile() = default;

void StatTile::setValue(const QString &value, const QString &detail)
{
    m_value->setText(value);
    setAccessibleDescription(value);
    setToolTip(detail.isEmpty() ? m_formula : m_formula + QLatin1Char('\n') + detail);
}

QString StatTile::value() const
{
    return m_value->text();
}

} // namespace Chairside
