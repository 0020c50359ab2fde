#include "ui/StatusText.h"

#include "ui/DarkPalette.h"

#include <QPalette>

namespace Chairside {

QColor errorTextColour(const QPalette &palette)
{
    return isDarkPalette(palette) ? QColor(0xf2, 0xb8, 0xb5) : QColor(0xb3, 0x26, 0x1e);
}

QColor successTextColour(const QPalette &palette)
{
    return isDarkPalette(palette) ? QColor(0x81, 0xc9, 0x95) : QColor(0x1e, 0x6b, 0x34);
}

QString errorTextStyle(const QPalette &palette)
{
    return QStringLiteral("color: %1;").arg(errorTextColour(palette).name());
}

QString successTextStyle(const QPalette &palette)
{
    return QStringLiteral("color: %1;").arg(successTextColour(palette).name());
}

} // namespace Chairside
