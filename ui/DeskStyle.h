#pragma once

#include <QProxyStyle>

namespace Chairside {

// The application's style: the platform's (Fusion where there is none) with Chairside's own
// icons where Qt's standard ones are PNG files that widgets load when they are built. Loading
// the first PNG makes QImageReader load every image plugin (libjpeg's among them) to ask
// whether it reads PNG: 6-7 ms of a cold start, for the menu bar's overflow button nobody sees
// until the window is too narrow for its menus. The chevrons are a mid grey, readable on light
// and dark palettes alike.
class DeskStyle : public QProxyStyle
{
    Q_OBJECT

public:
    DeskStyle();

    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};

} // namespace Chairside
