#include "ui/DeskStyle.h"

#include "ui/ColourMath.h"

#include <QPainter>
#include <QStyleOption>

namespace Chairside {

DeskStyle::DeskStyle() = default;

QIcon DeskStyle::standardIcon(StandardPixmap icon, const QStyleOption *option,
                              const QWidget *widget) const
{
    switch (icon) {
    case SP_ToolBarHorizontalExtensionButton:
        return QIcon(QStringLiteral(":/icons/ui/more-horizontal.svg"));
    case SP_ToolBarVerticalExtensionButton:
        return QIcon(QStringLiteral(":/icons/ui/more-vertical.svg"));
    default:
        return QProxyStyle::standardIcon(icon, option, widget);
    }
}

namespace {

// The fill of a checked toggle button: the button colour tinted with the highlight (pressed: a
// step deeper).
QColor checkedButtonFill(const QPalette &palette, bool pressed)
{
    return mixedColour(palette.color(QPalette::Button), palette.color(QPalette::Highlight),
                       pressed ? 0.45 : 0.32);
}

} // namespace

void DeskStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                              QPainter *painter, const QWidget *widget) const
{
    if (element != PE_PanelButtonCommand || !(option->state & State_On)) {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        return;
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // The edge tells the state apart: 3:1 against an unchecked button, as WCAG asks of a
    // control's state. Asked of the button colour with a margin (4.5), since Fusion paints
    // unchecked buttons a little lighter than it; the dark palette's teal is lightened.
    const QPalette &palette = option->palette;
    painter->setPen(QPen(
        readableOn(palette.color(QPalette::Highlight), palette.color(QPalette::Button), 4.5), 1));
    painter->setBrush(checkedButtonFill(palette, option->state & State_Sunken));
    painter->drawRoundedRect(QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5), 2, 2);
    painter->restore();
}

} // namespace Chairside
