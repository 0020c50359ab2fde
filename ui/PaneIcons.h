#pragma once

#include "ui/PaneId.h"

#include <QIcon>

class QPalette;

namespace Chairside {

// The navigation's icon for a pane: Chairside's own drawings (resources/icons/nav), in the
// brand's teal on a light palette and a light teal on a dark one, white on the selected row.
QIcon paneIcon(PaneId pane, const QPalette &palette);

} // namespace Chairside
