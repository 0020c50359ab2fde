#pragma once

#include <QColor>
#include <QString>

class QPalette;

namespace Chairside {

// Secondary text (subtitles, hints) lighter than body text yet readable: the window text mixed
// toward the window colour only as far as WCAG AA (4.5:1 against the window) allows, in light and
// dark palettes alike. palette(mid) and the default placeholder colour are too faint for text.
QColor mutedTextColour(const QPalette &palette);
// "color: #rrggbb;" of mutedTextColour for a label's style sheet.
QString mutedTextStyle(const QPalette &palette);

} // namespace Chairside
