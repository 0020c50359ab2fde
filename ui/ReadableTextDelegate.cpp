#include "ui/ReadableTextDelegate.h"

#include "ui/ColourMath.h"

#include <QBrush>

namespace Chairside {

void ReadableTextDelegate::initStyleOption(QStyleOptionViewItem *option,
                                           const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(Qt::ForegroundRole).isValid())
        return; // the palette's own text colour reads already
    const QColor background = option->backgroundBrush.style() == Qt::NoBrush
                                  ? option->palette.color(QPalette::Base)
                                  : option->backgroundBrush.color();
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        option->palette.setColor(
            group, QPalette::Text,
            readableOn(option->palette.color(group, QPalette::Text), background));
    }
}

} // namespace Chairside
