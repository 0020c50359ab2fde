#include "ui/business/QuietSelection.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>
#include <QSignalBlocker>

namespace Chairside {

void setCurrentRowQuietly(QAbstractItemView *view, int row)
{
    QItemSelectionModel *selection = view->selectionModel();
    const QSignalBlocker block(selection);
    if (row < 0) {
        view->clearSelection();
        return;
    }
    selection->setCurrentIndex(view->model()->index(row, 0),
                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

} // namespace Chairside
