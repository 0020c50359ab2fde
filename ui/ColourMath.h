#pragma once

#include <QColor>

namespace Chairside {

// `from` moved `share` (0..1) of the way towards `to`, channel by channel.
QColor mixedColour(const QColor &from, const QColor &to, double share);

// WCAG 2 contrast between two colours, from 1 (the same) to 21 (black on white).
double contrastRatio(const QColor &a, const QColor &b);

// `colour` moved towards black or white, whichever `background` is further from, only as far as
// needed for `least` contrast against it (4.5: WCAG AA for text). A colour that already reads
// comes back unchanged, so a light palette keeps a model's deep reds and greens while a dark one
// gets lighter tints of them.
QColor readableOn(const QColor &colour, const QColor &background, double least = 4.5);

} // namespace Chairside
