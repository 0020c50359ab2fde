#include "models/notifications/PriorityStyle.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <array>

namespace Chairside {

PriorityLevel priorityFromKey(QStringView key)
{
    if (key == u"urgent")
        return PriorityLevel::Urgent;
    if (key == u"high")
        return PriorityLevel::High;
    if (key == u"low")
        return PriorityLevel::Low;
    return PriorityLevel::Normal;
}

PriorityLevel priorityFromHandoff(int value)
{
    switch (value) {
    case 1:
        return PriorityLevel::Urgent;
    case 2:
        return PriorityLevel::High;
    case 4:
        return PriorityLevel::Low;
    default:
        return PriorityLevel::Normal;
    }
}

QString priorityLabel(PriorityLevel level)
{
    switch (level) {
    case PriorityLevel::Urgent:
        return QCoreApplication::translate("Chairside::Priority", "Urgent");
    case PriorityLevel::High:
        return QCoreApplication::translate("Chairside::Priority", "High");
    case PriorityLevel::Normal:
        return QCoreApplication::translate("Chairside::Priority", "Normal");
    case PriorityLevel::Low:
        return QCoreApplication::translate("Chairside::Priority", "Low");
    }
    return {};
}

QColor priorityColour(PriorityLevel level)
{
    switch (level) {
    case PriorityLevel::Urgent:
        return QColor(0xc6, 0x28, 0x28);
    case PriorityLevel::High:
        return QColor(0xef, 0x6c, 0x00);
    case PriorityLevel::Normal:
        return QColor(0x19, 0x76, 0xd2);
    case PriorityLevel::Low:
        return QColor(0x78, 0x90, 0x9c);
    }
    return {};
}

namespace {

QPixmap paintGlyph(PriorityLevel level, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor colour = priorityColour(level);
    const qreal s = size;
    QPainterPath path;
    switch (level) {
    case PriorityLevel::Urgent: {
        // A filled disc with an exclamation mark.
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawEllipse(QRectF(0.5, 0.5, s - 1, s - 1));
        painter.setBrush(Qt::white);
        painter.drawRoundedRect(QRectF(s * 0.43, s * 0.2, s * 0.14, s * 0.4), s * 0.05, s * 0.05);
        painter.drawEllipse(QRectF(s * 0.42, s * 0.67, s * 0.16, s * 0.16));
        break;
    }
    case PriorityLevel::High:
        // An upward triangle.
        path.moveTo(s * 0.5, s * 0.08);
        path.lineTo(s * 0.95, s * 0.88);
        path.lineTo(s * 0.05, s * 0.88);
        path.closeSubpath();
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawPath(path);
        break;
    case PriorityLevel::Normal:
        painter.setPen(QPen(colour, s * 0.14));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(QRectF(s * 0.2, s * 0.2, s * 0.6, s * 0.6));
        break;
    case PriorityLevel::Low:
        // A downward chevron.
        path.moveTo(s * 0.15, s * 0.35);
        path.lineTo(s * 0.5, s * 0.7);
        path.lineTo(s * 0.85, s * 0.35);
        painter.setPen(QPen(colour, s * 0.14, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        break;
    }
    return pixmap;
}

} // namespace

QIcon priorityIcon(PriorityLevel level)
{
    // Painted once per level; icons are implicitly shared, so returning copies is cheap.
    static std::array<QIcon, 4> cache;
    QIcon &icon = cache[size_t(level)];
    if (icon.isNull()) {
        icon.addPixmap(paintGlyph(level, 16));
        icon.addPixmap(paintGlyph(level, 32));
    }
    return icon;
}

} // namespace Chairside
