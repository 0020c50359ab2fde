#pragma once

#include "ui/PaneId.h"

#include <QIcon>

namespace Chairside {

// The navigation's icon for a pane: Chairside's own drawings (resources/icons/nav), in the
// brand's teal, white on the selected row.
QIcon paneIcon(PaneId pane);

} // namespace Chairside
