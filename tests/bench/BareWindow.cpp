// chairside-bench bare-window: the baseline of the cold-start measurement. A plain QMainWindow of
// the size Chairside's screenshot uses, started and drawn to a PNG the same way (offscreen without
// a display), so "Chairside with a large cache, to the first painted window" has a neighbour on
// the same machine in the same run.

#include "BenchCommands.h"
#include "app/ScreenshotMode.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

namespace Chairside::Bench {

int bareWindowMain(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments().mid(2);
    const QString file = optionValue(args, QStringLiteral("--screenshot"));
    if (file.isEmpty())
        return failWith(QStringLiteral("usage: bare-window --screenshot FILE.png"));
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("Chairside"), &window));
    window.resize(1440, 900);
    window.show();
    QCoreApplication::processEvents();
    if (const QString error = saveScreenshot(&window, file); !error.isEmpty())
        return failWith(error);
    return 0;
}

} // namespace Chairside::Bench
