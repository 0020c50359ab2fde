#pragma once

#include <QColor>
#include <QString>

class QLabel;
class QPalette;

namespace Chairside {

// Secondary text (subtitles, hints) lighter than body text yet readable: the window text mixed
// toward the window colour only as far as WCAG AA (4.5:1 against the window) allows, in light and
// dark palettes alike. palette(mid) and the default placeholder colour are too faint for text.
QColor mutedTextColour(const QPalette &palette);
// "color: #rrggbb;" of mutedTextColour for a label's style sheet.
QString mutedTextStyle(const QPalette &palette);

// Shows `label` in muted text, now and after every change of the colours around it: a desktop
// that turns dark in the evening while Chairside is open gets light grey hints, not dark grey on
// dark. The colour comes from the palette around the label (its parent's, or the nearest
// ancestor's that no style sheet colours), not from the label's own, which carries it. `extraStyle`
// is kept beside it ("padding: 16px;").
void keepMuted(QLabel *label, const QString &extraStyle = {});

} // namespace Chairside
