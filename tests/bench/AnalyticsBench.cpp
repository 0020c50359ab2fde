// chairside-bench analytics: the owner's 90-day dashboard over a large demo store, from the click
// on "90 days" until every card and chart is painted, beside a baseline read in the same run.

#include "BenchCommands.h"
#include "PaneBench.h"
#include "models/analytics/KpiModel.h"
#include "store/BusinessContext.h"
#include "store/Database.h"
#include "store/StoreExecutor.h"
#include "store/demo/DemoSalon.h"
#include "store/repositories/ActivityFigures.h"
#include "store/repositories/AnalyticsRepository.h"
#include "store/repositories/AppointmentFigures.h"
#include "store/repositories/ClientFigures.h"
#include "store/repositories/LoyaltyFigures.h"
#include "ui/panes/AnalyticsPane.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QPixmap>
#include <QPushButton>
#include <QSqlQuery>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace Chairside::Bench {

namespace {

void progress(const QString &line)
{
    std::fprintf(stderr, "chairside-bench analytics: %s\n", qPrintable(line));
    std::fflush(stderr);
}

// Waits for the pane's next reportShown (or gives up after a minute).
bool waitForReport(AnalyticsPane &pane)
{
    QEventLoop loop;
    bool shown = false;
    const auto connection = QObject::connect(&pane, &AnalyticsPane::reportShown, &loop, [&] {
        shown = true;
        loop.quit();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(connection);
    return shown;
}

} // namespace

int analytics(const QStringList &args)
{
    const QString storePath = optionValue(args, QStringLiteral("--store"));
    if (storePath.isEmpty())
        return failWith(QStringLiteral("usage: analytics --store DB [--scale 60] "
                                       "[--runs 7]"));
    DemoSalonOptions demo;
    demo.scale = optionValue(args, QStringLiteral("--scale"), QStringLiteral("60")).toInt();
    // The demo's "today" is today by default, so the pane's own "90 days" button covers it.
    demo.anchorDate =
        QDate::fromString(optionValue(args, QStringLiteral("--demo-date")), Qt::ISODate);
    const int runs =
        std::max(1, optionValue(args, QStringLiteral("--runs"), QStringLiteral("7")).toInt());

    // The store: the demo generator at --scale, made once and kept for later runs.
    {
        std::optional<StoreError> error;
        QSqlDatabase db = Database::connectionForThisThread(storePath, &error);
        if (error)
            return failWith(error->message);
        if (needsDemoSalon(db, demo)) {
            progress(QStringLiteral("generating the demo salon at scale %1…").arg(demo.scale));
            QElapsedTimer timer;
            timer.start();
            if (const auto failure = generateDemoSalon(db, demo))
                return failWith(failure->message);
            progress(QStringLiteral("generated in %1 s").arg(double(timer.elapsed()) / 1000.0));
        }
    }
    Database::closeForThisThread(storePath);

    StoreExecutor store(storePath, Database::deskOptions());
    const std::optional<BusinessContext> context = defaultContext(store);
    if (!context)
        return failWith(QStringLiteral("the store holds no business"));
    startInstrumentation();
    const QDate lastDay = QDateTime::currentDateTime().toTimeZone(context->timeZone).date();
    if (demo.anchorDate.isValid() && demo.anchorDate != lastDay)
        return failWith(QStringLiteral("the pane's buttons count from today; leave out "
                                       "--demo-date"));
    const ReportPeriod period = periodEndingOn(lastDay, 90, context->timeZone);
    const ReportPeriod previous = previousPeriod(period, context->timeZone);

    qint64 appointments = 0;
    qint64 inWindow = 0;
    store
        .run([&](QSqlDatabase &db) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT COUNT(*) FROM appointments WHERE deleted_at IS NULL"));
            if (q.next())
                appointments = q.value(0).toLongLong();
            q.prepare(QStringLiteral("SELECT COUNT(*) FROM appointments WHERE deleted_at IS NULL "
                                     "AND starts_at >= ? AND starts_at < ?"));
            q.addBindValue(previous.start);
            q.addBindValue(period.end);
            if (q.exec() && q.next())
                inWindow = q.value(0).toLongLong();
        })
        .waitForFinished();
    progress(QStringLiteral("%1 appointments cached, %2 in the 90 days and the 90 before")
                 .arg(appointments)
                 .arg(inWindow));

    // Baseline: the least a dashboard over these days can cost, one indexed aggregate that
    // touches every appointment of both periods once, on the same worker thread.
    QList<double> baseline;
    // The repository alone on the worker (all cards and all chart aggregates, no painting).
    QList<double> queries;
    for (int run = 0; run < runs; ++run) {
        store
            .run([&](QSqlDatabase &db) {
                QElapsedTimer timer;
                timer.start();
                QSqlQuery q(db);
                q.prepare(QStringLiteral(
                    "SELECT COUNT(*), SUM(price_minor), SUM(ends_at - starts_at), "
                    "SUM(status = 'completed') FROM appointments WHERE business_id = ? "
                    "AND deleted_at IS NULL AND starts_at >= ? AND starts_at < ?"));
                q.addBindValue(context->businessId);
                q.addBindValue(previous.start);
                q.addBindValue(period.end);
                if (q.exec())
                    q.next();
                baseline.append(double(timer.nsecsElapsed()) / 1e6);
                timer.restart();
                const AnalyticsReport report =
                    AnalyticsRepository(db, store.companion()).report(context->businessId, period);
                queries.append(double(timer.nsecsElapsed()) / 1e6);
                Q_UNUSED(report);
            })
            .waitForFinished();
    }

    // Where the queries' time goes: each read of the report once more, timed on its own on
    // the worker's connection. report() reads the appointments' pass on the companion while
    // the worker reads the rest (clients, loyalty, AI activity, filter choices).
    QJsonObject parts;
    store
        .run([&](QSqlDatabase &db) {
            const QString &id = context->businessId;
            QElapsedTimer timer;
            const auto part = [&](const char *name, const auto &call) {
                timer.restart();
                call();
                parts.insert(QLatin1String(name), double(timer.nsecsElapsed()) / 1e6);
            };
            part("appointments_both_periods",
                 [&] { AppointmentFigures::read(db, id, period, previous); });
            part("clients_both_periods", [&] { ClientFigures::read(db, id, period, previous); });
            part("loyalty_both_periods", [&] { LoyaltyFigures::read(db, id, period, previous); });
            part("ai_activity_both_periods",
                 [&] { ActivityFigures::read(db, id, period, previous); });
            part("report_in_turn", [&] { AnalyticsRepository(db).report(id, period); });
        })
        .waitForFinished();

    // Click to painted: the pane shows 7 days, painted, as an owner sees it before the next
    // click; then "90 days" is clicked and the clock stops when the report is in the cards and
    // the charts in view, and a synchronous repaint of the visible pane has finished. The charts
    // scrolled out of view follow once that paint is done (AnalyticsPane::present): the time
    // until they are built too is the second figure.
    AnalyticsPane pane(&store, *context);
    pane.resize(1440, 900);
    pane.show();
    if (!waitForReport(pane))
        return failWith(QStringLiteral("the first report never arrived"));
    auto *ninety = pane.findChild<QPushButton *>(QStringLiteral("period90"));
    auto *week = pane.findChild<QPushButton *>(QStringLiteral("period7"));
    if (!ninety || !week)
        return failWith(QStringLiteral("the period buttons are missing"));
    const auto settle = [&pane] {
        // The charts lay out axes and legends in posted events; then one synchronous paint.
        QCoreApplication::sendPostedEvents();
        pane.repaint();
    };
    const auto everyChart = [&pane] {
        pane.chartView(AnalyticsChart::LoyaltyTiers); // builds those still waiting
        QCoreApplication::sendPostedEvents();
    };
    QList<double> clickToPainted;
    QList<double> clickToShown; // the report is in the widgets (queries and present())
    QList<double> clickToAllCharts;
    QList<double> fullRender;
    for (int run = 0; run < runs; ++run) {
        week->click();
        if (!waitForReport(pane))
            return failWith(QStringLiteral("the 7-day report never arrived"));
        settle();
        everyChart();
        QElapsedTimer timer;
        timer.start();
        ninety->click();
        if (!waitForReport(pane))
            return failWith(QStringLiteral("the 90-day report never arrived"));
        const qint64 shownAt = timer.nsecsElapsed();
        settle();
        clickToPainted.append(double(timer.nsecsElapsed()) / 1e6);
        clickToShown.append(double(shownAt) / 1e6);
        everyChart();
        clickToAllCharts.append(double(timer.nsecsElapsed()) / 1e6);
        if (pane.report().period != period)
            return failWith(QStringLiteral("the pane showed another period"));
        // Every chart painted, also those scrolled out of view (what the PDF export does).
        timer.restart();
        const QPixmap all =
            pane.findChild<QWidget *>(QStringLiteral("kpiCards"))->parentWidget()->grab();
        fullRender.append(double(timer.nsecsElapsed()) / 1e6);
        Q_UNUSED(all);
    }

    printJson({{QStringLiteral("appointments"), appointments},
               {QStringLiteral("appointments_in_both_periods"), inWindow},
               {QStringLiteral("runs"), runs},
               {QStringLiteral("baseline_one_aggregate"), millisecondSpread(baseline)},
               {QStringLiteral("dashboard_queries"), millisecondSpread(queries)},
               {QStringLiteral("click_to_painted"), millisecondSpread(clickToPainted)},
               {QStringLiteral("click_to_shown"), millisecondSpread(clickToShown)},
               {QStringLiteral("click_to_all_charts"), millisecondSpread(clickToAllCharts)},
               {QStringLiteral("render_all_charts"), millisecondSpread(fullRender)},
               {QStringLiteral("query_parts_ms"), parts}});
    return 0;
}

int analyticsMain(int argc, char *argv[])
{
    return withWidgets(argc, argv, analytics);
}

} // namespace Chairside::Bench
