#pragma once

#include <Qt>

namespace Chairside {

// Roles shared by every Chairside model. RawValueRole carries the unformatted value (seconds,
// minor units, keys) for sorting, filtering and tests, apart from the display text.
enum ModelRole : int {
    RawValueRole = Qt::UserRole + 1,
    IdRole,
    StatusKeyRole,
    ColourRole,
    LoadedRole, // false while the row's window is still being fetched
};

} // namespace Chairside
