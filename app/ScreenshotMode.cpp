#include "app/ScreenshotMode.h"

#include "store/StoreExecutor.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPixmap>
#include <QScreen>
#include <QTimer>
#include <QWidget>
#include <QWindow>

#include <chrono>

namespace Chairside {

void waitUntilSettled(StoreExecutor *store, int timeoutMs)
{
    // A reply may ask the store for more (a pane's second read), so: handle the replies until the
    // store has none left, look again, until two rounds in a row start nothing. A job posts its
    // reply before it stops counting as pending, so a round that sees none pending has its replies.
    // No sleeping: the window is ready the moment the last reply has been delivered (rounds of
    // 10 ms naps added some 60 ms to every measured start).
    QDeadlineTimer deadline(timeoutMs);
    QCoreApplication::processEvents();
    int quietRounds = 0;
    while (quietRounds < 2 && !deadline.hasExpired()) {
        if (store->pendingJobs() > 0) {
            // Replies are handled as they come, as the desk's event loop does (a pane paints
            // its data while later jobs still run); an empty last job says when every earlier
            // one is done, its reply being posted after theirs.
            QEventLoop loop;
            store->run(
                &loop, [](QSqlDatabase &) { return true; }, [&loop](bool) { loop.quit(); });
            if (!deadline.isForever())
                QTimer::singleShot(std::max<qint64>(deadline.remainingTime(), 0), &loop,
                                   &QEventLoop::quit);
            loop.exec();
            quietRounds = 0;
        } else {
            ++quietRounds;
        }
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
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

namespace {

// Counts the events delivered while it watches the application.
class EventCounter : public QObject
{
public:
    int delivered = 0;

    bool eventFilter(QObject *, QEvent *) override
    {
        ++delivered;
        return false;
    }
};

// Lays out and paints what is still pending. One sendPostedEvents is not enough: it leaves the
// events posted while it runs for the next call (Qt's guard against a live-lock), and a nested
// layout asks its parent only when it has been laid out itself, a level a round. Bounded, in
// case something keeps posting.
void deliverPendingEvents()
{
    EventCounter counter;
    QCoreApplication::instance()->installEventFilter(&counter);
    for (int round = 0; round < 32; ++round) {
        counter.delivered = 0;
        QCoreApplication::sendPostedEvents();
        if (counter.delivered == 0)
            break;
    }
    QCoreApplication::instance()->removeEventFilter(&counter);
}

} // namespace

QPixmap pictureOf(QWidget *window)
{
    deliverPendingEvents(); // layouts and paints still pending first
    // Offscreen, the window's backing store holds exactly what it painted: copying it spares a
    // second render of the whole window (about 15 ms of a large salon's start). Other platforms
    // may not keep the pixels (or may show other windows over them): render the window again.
    if (QGuiApplication::platformName() == u"offscreen") {
        QWindow *handle = window->windowHandle();
        if (handle && handle->isExposed() && handle->screen()) {
            const QPixmap painted = handle->screen()->grabWindow(handle->winId());
            if (!painted.isNull())
                return painted;
        }
    }
    return window->grab();
}

QString saveScreenshot(QWidget *window, const QString &file)
{
    QDir().mkpath(QFileInfo(file).absolutePath());
    const QPixmap picture = pictureOf(window);
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
