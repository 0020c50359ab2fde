#pragma once

class QAbstractItemView;

namespace Chairside {

// Puts the current row of a list page's table on `row` (or clears it for -1) without emitting
// selection signals: after a reload or for a new record, the form must not be refilled.
void setCurrentRowQuietly(QAbstractItemView *view, int row);

} // namespace Chairside
