#include "ui/MutedText.h"

#include <QPalette>

#include <algorithm>
#include <cmath>

namespace Chairside {

namespace {

double channel(float c)
{
    return c <= 0.03928f ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &colour)
{
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
           + 0.0722 * channel(colour.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor mix(const QColor &from, const QColor &to, double t)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * t),
                            float(from.greenF() + (to.greenF() - from.greenF()) * t),
                            float(from.blueF() + (to.blueF() - from.blueF()) * t));
}

} // namespace

QColor mutedTextColour(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    const QColor window = palette.color(QPalette::Window);
    // 4.7 rather than 4.5: rounding to 8-bit channels must not drop it below the line.
    constexpr double kLeast = 4.7;
    for (double t = 0.45; t > 0.0; t -= 0.05) {
        const QColor candidate = mix(text, window, t);
        if (contrast(candidate, window) >= kLeast)
            return candidate;
    }
    return text;
}

QString mutedTextStyle(const QPalette &palette)
{
    return QStringLiteral("color: %1;").arg(mutedTextColour(palette).name());
}

} // namespace Chairside
