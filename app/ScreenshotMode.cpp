#include "app/ScreenshotMode.h"

#include "store/StoreExecutor.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPixmap>
#include <QThread>
#include <QWidget>

#include <chrono>

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

void markPainted()
{
    // For `chairside-bench measure` (docs/benchmarks.md): the steady clock is shared by every
    // process, so the bench subtracts its own start from this moment.
    const QString mark = qEnvironmentVariable("CHAIRSIDE_PAINTED_MARK");
    if (mark.isEmpty())
        return;
    QFile file(mark);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(
            QByteArray::number(qint64(std::chrono::duration_cast<std::chrono::nanoseconds>(
                                          std::chrono::steady_clock::now().time_since_epoch())
                                          .count())));
}

QString saveScreenshot(QWidget *window, const QString &file)
{
    QDir().mkpath(QFileInfo(file).absolutePath());
    const QPixmap picture = window->grab();
    if (picture.isNull())
        return QCoreApplication::translate("Chairside::Screenshot",
                                           "The window could not be drawn.");
    markPainted();
    if (!picture.save(file, "PNG"))
        return QCoreApplication::translate("Chairside::Screenshot", "Cannot write %1.")
            .arg(QDir::toNativeSeparators(file));
    return {};
}

} // namespace Chairside
