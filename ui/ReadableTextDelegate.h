#pragma once

#include <QStyledItemDelegate>

namespace Chairside {

// Draws a model's own text colours (Qt::ForegroundRole: a late wait in red, points given in
// green) so they keep AA contrast on the view's background: on a dark desktop theme they become
// lighter tints of themselves, on a light one they stay as the model says. Models know no palette;
// the view does.
class ReadableTextDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadableTextDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Chairside
