#pragma once

#include <QProxyStyle>

namespace Chairside {

// The application's style: the platform's (Fusion where there is none) with Chairside's own
// icons where Qt's standard ones are PNG files that widgets load when they are built. Loading
// the first PNG makes QImageReader load every image plugin (libjpeg's among them) to ask
// whether it reads PNG: 6-7 ms of a cold start, for the menu bar's overflow button nobody sees
// until the window is too narrow for its menus. The chevrons are a mid grey, readable on light
// and dark palettes alike.
//
// A checked toggle button (the calendar's Day, Week and List, the queues' filters, the report's
// range) is tinted with the palette's highlight and edged in it: Fusion only darkens it a
// shade, which on the dark palette could hardly be told from the others.
class DeskStyle : public QProxyStyle
{
    Q_OBJECT

public:
    DeskStyle();

    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
};

} // namespace Chairside
