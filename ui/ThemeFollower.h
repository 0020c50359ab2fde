#pragma once

#include <QString>

#include <functional>

class QPalette;
class QWidget;

namespace Chairside {

// Gives `widget` the style sheet `styleFor` builds from the palette around it, now and after
// every change of that palette: a desktop that turns dark in the evening while Chairside is open
// gets dark cards and light hints, not the colours of the theme they were made in.
//
// Qt passes palette changes on neither to a widget a style sheet styles nor to its children, and
// a style sheet's palette(base) keeps the colour it had when the sheet was applied; so the
// colours come from the nearest ancestor no style sheet styles (the window's palette when there
// is none), are written into the sheet as colours, and are worked out again when that ancestor's
// palette changes (one turn of the event loop later, when every palette is resolved).
void followTheme(QWidget *widget, std::function<QString(const QPalette &)> styleFor);

} // namespace Chairside
