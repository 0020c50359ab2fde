#pragma once

#include <QPalette>

namespace Chairside {

// The colours of a dark desktop theme, for `chairside --dark` (screenshots and checking the look
// on a dark desktop where the platform gives no dark palette of its own, as offscreen).
QPalette darkDeskPalette();

// Whether a palette is a dark theme's: its window colour is more dark than light.
bool isDarkPalette(const QPalette &palette);

} // namespace Chairside
