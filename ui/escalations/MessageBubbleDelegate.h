#pragma once

#include <QStyledItemDelegate>

class QTextLayout;

namespace Chairside {

// Paints a TranscriptModel row as a chat bubble: the customer on the left, the assistant and
// staff on the right in their own colours, system notes centred. Text wraps at word boundaries
// (or anywhere, for scripts such as Thai written without spaces) and the row height follows it.
class MessageBubbleDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBubbleDelegate)

public:
    explicit MessageBubbleDelegate(QObject *parent = nullptr);
    ~MessageBubbleDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    struct Geometry;
    Geometry layoutFor(const QStyleOptionViewItem &option, const QModelIndex &index,
                       int rowWidth) const;
};

} // namespace Chairside
