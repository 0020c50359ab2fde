#pragma once

#include "store/BusinessContext.h"

#include <QEventLoop>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QVariant>

#include <memory>
#include <optional>

class QElapsedTimer;
class QWidget;

namespace Chairside {
class StoreExecutor;
}

// What the pane benchmarks (calendar, customers, handoffs) share: the application they run in,
// the demo store they read, and how a "to painted" timing ends.
namespace Chairside::Bench {

// Runs `command` with the arguments after the subcommand inside a QApplication (offscreen when
// there is no display).
int withWidgets(int argc, char *argv[], int (*command)(const QStringList &));

// The demo salon at `scale` in the store at `path`, generated there unless it already is
// (`who` names the bench in the progress line). An error message, or nothing.
std::optional<QString> ensureDemoStore(const QString &path, int scale, const char *who);

// The store's business as the panes see it.
std::optional<BusinessContext> defaultContext(StoreExecutor &store);

// What a pane bench starts from: --store DB [--scale 40] [--runs 15] read, the demo salon in
// the store, the store open on its thread with its business loaded, and (under callgrind)
// instrumentation switched on from there.
struct DemoSession
{
    int runs = 15;
    std::unique_ptr<StoreExecutor> store;
    BusinessContext context;
};

// The session, or nothing with `error` set (the usage line names `who` and `moreOptions`).
// At least `minRuns` runs are made whatever --runs says.
std::optional<DemoSession> openDemoSession(const QStringList &args, const char *who, int minRuns,
                                           const QString &moreOptions, QString *error);

// One indexed lookup (`sql` with one bound `value`) posted to the store thread and waited for
// from this thread, in milliseconds: the baseline a pane's reply cannot beat.
double lookupRoundTripMs(StoreExecutor &store, const QString &sql, const QVariant &value);

// Under valgrind --tool=callgrind --instr-atstart=no (scripts/bench-callgrind.sh), switches
// instrumentation on: opening and checking the large store before it runs at near native speed.
// Does nothing otherwise, or when the build had no valgrind headers.
void startInstrumentation();

// Delivers what was posted (layouts, replies already in), repaints `widget` synchronously and
// returns the milliseconds since `timer` started: the end of every "to painted" figure.
double paintedMs(QWidget &widget, const QElapsedTimer &timer);

// Runs `start`, then waits for `signal` of `sender` (a minute at most); false on a timeout.
template<typename Sender, typename Signal, typename Start>
bool runUntil(Sender *sender, Signal signal, Start start)
{
    QEventLoop loop;
    bool arrived = false;
    const auto connection = QObject::connect(sender, signal, &loop, [&] {
        arrived = true;
        loop.quit();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    start();
    if (!arrived)
        loop.exec();
    QObject::disconnect(connection);
    return arrived;
}

} // namespace Chairside::Bench
