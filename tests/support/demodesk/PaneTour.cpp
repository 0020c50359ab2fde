#include "tests/support/demodesk/PaneTour.h"

#include "app/ScreenshotMode.h"
#include "ui/MainWindow.h"

#include <QCoreApplication>
#include <QTabWidget>

namespace Chairside::Fixtures {

void visitEveryPaneAndTab(MainWindow &window, StoreExecutor *store,
                          const std::function<void()> &atEach)
{
    const auto settled = [store, &atEach] {
        waitUntilSettled(store);
        QCoreApplication::processEvents();
        if (atEach)
            atEach();
    };
    for (int i = 0; i < kPaneCount; ++i) {
        const auto id = static_cast<PaneId>(i);
        window.showPane(id);
        settled();
        const auto tabWidgets = window.pane(id)->findChildren<QTabWidget *>();
        for (QTabWidget *tabs : tabWidgets) {
            if (!tabs->isVisible())
                continue;
            for (int t = 0; t < tabs->count(); ++t) {
                tabs->setCurrentIndex(t);
                settled();
            }
        }
    }
}

} // namespace Chairside::Fixtures
