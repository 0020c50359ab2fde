#include "ui/DeskStyle.h"

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

} // namespace Chairside
