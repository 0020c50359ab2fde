#include "ui/PaneIcons.h"

#include <QPalette>

namespace Chairside {

namespace {

QString drawingName(PaneId pane)
{
    switch (pane) {
    case PaneId::Appointments:
        return QStringLiteral("calendar");
    case PaneId::Escalations:
        return QStringLiteral("escalations");
    case PaneId::Customers:
        return QStringLiteral("customers");
    case PaneId::Analytics:
        return QStringLiteral("analytics");
    case PaneId::Notifications:
        return QStringLiteral("notifications");
    case PaneId::Business:
        return QStringLiteral("business");
    }
    return {};
}

} // namespace

QIcon paneIcon(PaneId pane, const QPalette &palette)
{
    // SVG drawings go to Qt's SVG icon engine; a PNG icon would first make QImageReader load
    // every image plugin to ask whether it reads PNG (6-7 ms of a cold start).
    const QString name = drawingName(pane);
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    QIcon icon(QStringLiteral(":/icons/nav/%1%2.svg").arg(name, dark ? u"-dark" : u""));
    icon.addFile(QStringLiteral(":/icons/nav/%1-selected.svg").arg(name), QSize(), QIcon::Selected);
    return icon;
}

} // namespace Chairside
