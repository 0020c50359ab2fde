#include "ui/ColourMath.h"

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

} // namespace

QColor mixedColour(const QColor &from, const QColor &to, double share)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * share),
                            float(from.greenF() + (to.greenF() - from.greenF()) * share),
                            float(from.blueF() + (to.blueF() - from.blueF()) * share));
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readableOn(const QColor &colour, const QColor &background, double least)
{
    if (contrastRatio(colour, background) >= least)
        return colour;
    // Towards white on a dark background, black on a light one; 0.2 past the line so 8-bit
    // rounding cannot drop it below.
    const QColor end = luminance(background) < 0.18 ? QColor(Qt::white) : QColor(Qt::black);
    for (double t = 0.05; t < 1.0; t += 0.05) {
        const QColor candidate = mixedColour(colour, end, t);
        if (contrastRatio(candidate, background) >= least + 0.2)
            return candidate;
    }
    return end;
}

} // namespace Chairside
