#include "ui/MutedText.h"

#include "ui/ColourMath.h"
#include "ui/ThemeFollower.h"

#include <QLabel>
#include <QPalette>

namespace Chairside {

QColor mutedTextColour(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    const QColor window = palette.color(QPalette::Window);
    // 4.7 rather than 4.5: rounding to 8-bit channels must not drop it below the line.
    constexpr double kLeast = 4.7;
    for (double t = 0.45; t > 0.0; t -= 0.05) {
        const QColor candidate = mixedColour(text, window, t);
        if (contrastRatio(candidate, window) >= kLeast)
            return candidate;
    }
    return text;
}

QString mutedTextStyle(const QPalette &palette)
{
    return QStringLiteral("color: %1;").arg(mutedTextColour(palette).name());
}

void keepMuted(QLabel *label, const QString &extraStyle)
{
    followTheme(label, [extraStyle](const QPalette &palette) {
        return extraStyle.isEmpty() ? mutedTextStyle(palette)
                                    : mutedTextStyle(palette) + u' ' + extraStyle;
    });
}

} // namespace Chairside
