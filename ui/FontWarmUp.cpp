#include "ui/FontWarmUp.h"

#include <QApplication>
#include <QFont>
#include <QFontMetrics>

namespace Chairside {

void warmUpFonts()
{
    QFont bold = QApplication::font();
    bold.setBold(true);
    for (const QFont &font : {QApplication::font(), bold})
        QFontMetrics(font).horizontalAdvance(QStringLiteral("Chairside 09:30–18:00 · 1475"));
}

} // namespace Chairside
