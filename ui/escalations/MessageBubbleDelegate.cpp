#include "ui/escalations/MessageBubbleDelegate.h"

#include "models/escalations/TranscriptModel.h"
#include "ui/DarkPalette.h"
#include "ui/MutedText.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace Chairside {

namespace {

constexpr int kRowGap = 6;      // space between messages
constexpr int kSideMargin = 12; // from the view's edges
constexpr int kPadX = 12;       // inside the bubble
constexpr int kPadY = 8;
constexpr int kCaptionGap = 3; // between the sender line, the bubble and the metadata
constexpr qreal kRadius = 12.0;
constexpr qreal kMaxBubbleShare = 0.72;

enum class Side { Left, Right, Centre };

Side sideFor(const QString &sender)
{
    if (sender == u"customer")
        return Side::Left;
    if (sender == u"system")
        return Side::Centre;
    return Side::Right;
}

QColor bubbleColour(const QString &sender)
{
    if (sender == u"customer")
        return QColor(0xf1, 0xf3, 0xf4);
    if (sender == u"assistant")
        return QColor(0xe3, 0xf2, 0xfd);
    if (sender == u"staff")
        return QColor(0xe6, 0xf4, 0xea);
    return QColor(0xff, 0xf8, 0xe1);
}

// The sender's name above a bubble, on the transcript's own background: light tints on a dark
// desktop theme, deep ones on a light one (AA contrast either way).
QColor accentColour(const QString &sender, const QPalette &palette)
{
    const bool dark = isDarkPalette(palette);
    if (sender == u"assistant")
        return dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x15, 0x65, 0xc0);
    if (sender == u"staff")
        return dark ? QColor(0x81, 0xc9, 0x95) : QColor(0x2e, 0x7d, 0x32);
    return dark ? mutedTextColour(palette) : QColor(0x54, 0x5b, 0x64);
}

// Lays out `text` in at most `width` pixels; returns the size actually used.
QSizeF layoutText(QTextLayout &layout, qreal width, Qt::Alignment alignment = Qt::AlignLeft)
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setAlignment(alignment);
    layout.setTextOption(option);
    layout.setCacheEnabled(true);
    qreal height = 0;
    qreal used = 0;
    layout.beginLayout();
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
        used = std::max(used, line.naturalTextWidth());
    }
    layout.endLayout();
    return {std::ceil(used), std::ceil(height)};
}

QString messageText(const QModelIndex &index)
{
    QString text = index.data(Qt::DisplayRole).toString();
    // QTextLayout breaks lines only at LineSeparator, not at '\n'.
    text.replace(QLatin1Char('\n'), QChar(QChar::LineSeparator));
    return text;
}

QFont smallFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(std::max<qreal>(7.0, base.pointSizeF() * 0.85));
    return font;
}

} // namespace

struct MessageBubbleDelegate::Geometry
{
    Side side = Side::Left;
    QRect caption; // sender · time
    QRect bubble;
    QPoint textOrigin;
    QRect metadata; // empty when there is none
    int height = 0;
    qreal textWidth = 0;
};

MessageBubbleDelegate::MessageBubbleDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

MessageBubbleDelegate::~MessageBubbleDelegate() = default;

MessageBubbleDelegate::Geometry MessageBubbleDelegate::layoutFor(const QStyleOptionViewItem &option,
                                                                 const QModelIndex &index,
                                                                 int rowWidth) const
{
    Geometry g;
    const QString sender = index.data(TranscriptModel::SenderRole).toString();
    g.side = sideFor(sender);
    const QFont captionFont = smallFont(option.font);
    const QFontMetrics captionMetrics(captionFont);

    const int usable = std::max(120, rowWidth - 2 * kSideMargin);
    const int maxBubble = std::max(100, int(usable * kMaxBubbleShare));
    g.textWidth = maxBubble - 2 * kPadX;

    QTextLayout text(messageText(index), option.font);
    const QSizeF textSize = layoutText(text, g.textWidth);

    int y = kRowGap / 2;
    g.caption = QRect(kSideMargin, y, usable, captionMetrics.height());
    y += g.caption.height() + kCaptionGap;

    const int bubbleWidth =
        std::max(int(textSize.width()) + 2 * kPadX, 2 * kPadX + captionMetrics.height());
    const int bubbleHeight = int(textSize.height()) + 2 * kPadY;
    int x = kSideMargin;
    if (g.side == Side::Right)
        x = kSideMargin + usable - bubbleWidth;
    else if (g.side == Side::Centre)
        x = kSideMargin + (usable - bubbleWidth) / 2;
    g.bubble = QRect(x, y, bubbleWidth, bubbleHeight);
    g.textOrigin = QPoint(x + kPadX, y + kPadY);
    y += bubbleHeight;

    const QString meta = index.data(TranscriptModel::MetadataTextRole).toString();
    if (!meta.isEmpty()) {
        y += kCaptionGap;
        QTextLayout metaLayout(meta, captionFont);
        const QSizeF metaSize = layoutText(metaLayout, maxBubble);
        const int metaX = g.side == Side::Right ? kSideMargin + usable - maxBubble : kSideMargin;
        g.metadata = QRect(metaX, y, maxBubble, int(metaSize.height()));
        y += int(metaSize.height());
    }
    g.height = y + kRowGap / 2;
    return g;
}

QSize MessageBubbleDelegate::sizeHint(const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
    const int width = view ? view->viewport()->width() : option.rect.width();
    const Geometry g = layoutFor(option, index, width);
    return {width, g.height};
}

void MessageBubbleDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    const Geometry g = layoutFor(option, index, option.rect.width());
    const QString sender = index.data(TranscriptModel::SenderRole).toString();
    const QPoint origin = option.rect.topLeft();

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);

    // Sender and time above the bubble, on the bubble's side.
    const QFont captionFont = smallFont(option.font);
    painter->setFont(captionFont);
    const Qt::Alignment captionAlign = g.side == Side::Left    ? Qt::AlignLeft
                                       : g.side == Side::Right ? Qt::AlignRight
                                                               : Qt::AlignHCenter;
    const QString senderText = index.data(TranscriptModel::SenderLabelRole).toString();
    const QString timeText = index.data(TranscriptModel::TimeTextRole).toString();
    const QRect caption = g.caption.translated(origin);
    const QFontMetrics captionMetrics(captionFont);
    QFont boldCaption = captionFont;
    boldCaption.setBold(true);
    const QFontMetrics boldMetrics(boldCaption);
    const QString separator = QStringLiteral("  ·  ");
    const int totalWidth = boldMetrics.horizontalAdvance(senderText)
                           + captionMetrics.horizontalAdvance(separator + timeText);
    int cx = caption.left();
    if (captionAlign & Qt::AlignRight)
        cx = caption.right() - totalWidth;
    else if (captionAlign & Qt::AlignHCenter)
        cx = caption.left() + (caption.width() - totalWidth) / 2;
    const int baseline = caption.top() + captionMetrics.ascent();
    painter->setPen(accentColour(sender, option.palette));
    painter->setFont(boldCaption);
    const QString elidedSender =
        boldMetrics.elidedText(senderText, Qt::ElideRight, caption.width() / 2);
    painter->drawText(QPoint(std::max(caption.left(), cx), baseline), elidedSender);
    painter->setFont(captionFont);
    painter->setPen(mutedTextColour(option.palette));
    painter->drawText(
        QPoint(std::max(caption.left(), cx) + boldMetrics.horizontalAdvance(elidedSender),
               baseline),
        separator + timeText);

    // The bubble.
    const QRectF bubble = QRectF(g.bubble.translated(origin)).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath path;
    path.addRoundedRect(bubble, kRadius, kRadius);
    painter->setPen(QPen(bubbleColour(sender).darker(110), 1));
    painter->setBrush(bubbleColour(sender));
    painter->drawPath(path);

    QTextLayout text(messageText(index), option.font);
    layoutText(text, g.textWidth);
    painter->setPen(QColor(0x20, 0x21, 0x24));
    text.draw(painter, g.textOrigin + origin);

    // The assistant's metadata, small and plain under the bubble.
    if (!g.metadata.isEmpty()) {
        painter->setFont(captionFont);
        painter->setPen(mutedTextColour(option.palette));
        QTextLayout metaLayout(index.data(TranscriptModel::MetadataTextRole).toString(),
                               captionFont);
        layoutText(metaLayout, g.metadata.width(),
                   g.side == Side::Right ? Qt::AlignRight : Qt::AlignLeft);
        metaLayout.draw(painter, g.metadata.translated(origin).topLeft());
    }
    painter->restore();
}

} // namespace Chairside
