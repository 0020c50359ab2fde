#include "ui/PaneIcons.h"

#include "ui/DarkPalette.h"

#include <QPalette>

namespace Chairside {

QIcon paneIcon(PaneId pane, const QPalette &palette)
{
    // SVG drawings go to Qt's SVG icon engine; a PNG icon would first make QImageReader load
    // every image plugin to ask whether it reads PNG (6-7 ms of a cold start). Each drawing is
    // named by its pane's key (resources/CMakeLists.txt).
    const QString name = paneKey(pane);
    QIcon icon(
        QStringLiteral(":/icons/nav/%1%2.svg").arg(name, isDarkPalette(palette) ? u"-dark" : u""));
    icon.addFile(QStringLiteral(":/icons/nav/%1-selected.svg").arg(name), QSize(), QIcon::Selected);
    return icon;
}

} // namespace Chairside
