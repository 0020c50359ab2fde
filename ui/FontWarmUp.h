#pragma once

namespace Chairside {

// Opens the font database and shapes a line in the regular and bold faces the window draws with.
// Called while the GUI thread would otherwise only wait for the store to open, so building the
// window afterwards does not pay for it (about 10 ms of every start, most of it fontconfig
// reading its configuration).
void warmUpFonts();

} // namespace Chairside
