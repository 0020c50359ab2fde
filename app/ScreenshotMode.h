#pragma once

#include <QString>

class QPixmap;
class QWidget;

namespace Chairside {

class StoreExecutor;

// Waits until the store has answered every pending request and the GUI has caught up, so a
// screenshot or a test sees the panes with their data, not half loaded.
void waitUntilSettled(StoreExecutor *store, int timeoutMs = 30000);

// Writes the moment the window was drawn to the file CHAIRSIDE_PAINTED_MARK names, if set (the
// cold-start benchmark's end point).
void markPainted();

// The window as it is drawn now: what it painted on the offscreen platform, else rendered again.
QPixmap pictureOf(QWidget *window);

// Writes `window`'s picture to a PNG file (marking the moment it was drawn); returns an error
// sentence or an empty string.
QString saveScreenshot(QWidget *window, const QString &file);

} // namespace Chairside
