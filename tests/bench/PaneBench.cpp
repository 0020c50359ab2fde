#include "PaneBench.h"

#include "BenchCommands.h"
#include "store/Database.h"
#include "store/StoreExecutor.h"
#include "store/demo/DemoSalon.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QWidget>

#include <algorithm>
#include <cstdio>

#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#define CHAIRSIDE_BENCH_HAS_CALLGRIND 1
#endif

namespace Chairside::Bench {

int withWidgets(int argc, char *argv[], int (*command)(const QStringList &))
{
    // The panes need a GUI application; without a display they render offscreen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("chairside-bench"));
    return command(QApplication::arguments().mid(2));
}

std::optional<QString> ensureDemoStore(const QString &path, int scale, const char *who)
{
    DemoSalonOptions demo;
    demo.scale = scale;
    {
        std::optional<StoreError> error;
        QSqlDatabase db = Database::connectionForThisThread(path, &error);
        if (error)
            return error->message;
        if (needsDemoSalon(db, demo)) {
            std::fprintf(stderr, "chairside-bench %s: generating the demo salon at scale %d…\n",
                         who, scale);
            if (const auto failure = generateDemoSalon(db, demo))
                return failure->message;
        }
    }
    Database::closeForThisThread(path);
    return std::nullopt;
}

std::optional<BusinessContext> defaultContext(StoreExecutor &store)
{
    std::optional<BusinessContext> context;
    store.run([&context](QSqlDatabase &db) { context = BusinessContext::loadDefault(db); })
        .waitForFinished();
    return context;
}

std::optional<DemoSession> openDemoSession(const QStringList &args, const char *who, int minRuns,
                                           const QString &moreOptions, QString *error)
{
    const QString storePath = optionValue(args, QStringLiteral("--store"));
    if (storePath.isEmpty()) {
        *error = QStringLiteral("usage: %1 --store DB [--scale 40] [--runs 15]%2")
                     .arg(QLatin1String(who), moreOptions);
        return std::nullopt;
    }
    const int scale = optionValue(args, QStringLiteral("--scale"), QStringLiteral("40")).toInt();
    if (const auto failure = ensureDemoStore(storePath, scale, who)) {
        *error = *failure;
        return std::nullopt;
    }
    DemoSession session;
    session.runs = std::max(
        minRuns, optionValue(args, QStringLiteral("--runs"), QStringLiteral("15")).toInt());
    session.store = std::make_unique<StoreExecutor>(storePath, Database::deskOptions());
    const std::optional<BusinessContext> context = defaultContext(*session.store);
    if (!context) {
        *error = QStringLiteral("the store holds no business");
        return std::nullopt;
    }
    session.context = *context;
    startInstrumentation();
    return session;
}

double lookupRoundTripMs(StoreExecutor &store, const QString &sql, const QVariant &value)
{
    QElapsedTimer timer;
    timer.start();
    store
        .run([&](QSqlDatabase &db) {
            QSqlQuery query(db);
            query.prepare(sql);
            query.addBindValue(value);
            if (query.exec())
                query.next();
        })
        .waitForFinished();
    return double(timer.nsecsElapsed()) / 1e6;
}

void startInstrumentation()
{
#ifdef CHAIRSIDE_BENCH_HAS_CALLGRIND
    CALLGRIND_START_INSTRUMENTATION;
#endif
}

double paintedMs(QWidget &widget, const QElapsedTimer &timer)
{
    QCoreApplication::sendPostedEvents();
    widget.repaint();
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace Chairside::Bench
