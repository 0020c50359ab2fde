#pragma once

#include <QColor>
#include <QString>

class QPalette;

namespace Chairside {

// Words that report an outcome (a refused sign-in, a failed save, "Saved."): an error's red and a
// success's green, each with WCAG AA contrast (4.5:1) on the palette's window colour, so light
// ones on a dark desktop theme and dark ones on a light one. The words carry the meaning; the
// colour only repeats it.
QColor errorTextColour(const QPalette &palette);
QColor successTextColour(const QPalette &palette);
// "color: #rrggbb;" of those, for a label's style sheet.
QString errorTextStyle(const QPalette &palette);
QString successTextStyle(const QPalette &palette);

} // namespace Chairside
