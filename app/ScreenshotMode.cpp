#include "app/ScreenshotMode.h"

#include "store/StoreExecutor.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QPixmap>
#include <QThread>
#include <QWidget>

namespace Chairside {

void waitUntilSettled(StoreExecutor *store, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    int quietRounds = 0;
    // Continuations of finished jobs may start new jobs, so wait for several quiet rounds.
    while (quietRounds < 5 && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (store->pendingJobs() == 0) {
            ++quietRounds;
        } else {
            quietRounds = 0;
            store->waitForIdle();
        }
        QThread::msleep(10);
    }
    QCoreApplication::processEvents();
}

QString saveScreenshot(QWidget *window, const QString &file)
{
    QDir().mkpath(QFileInfo(file).absolutePath());
    const QPixmap picture = window->grab();
    if (picture.isNull())
        return QCoreApplication::translate("Chairside::Screenshot",
                                           "The window could not be drawn.");
    if (!picture.save(file, "PNG"))
        return QCoreApplication::translate("Chairside::Screenshot", "Cannot write %1.")
            .arg(QDir::toNativeSeparators(file));
    return {};
}

} // namespace Chairside
