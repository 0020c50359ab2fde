// chairside-bench handoffs: the Escalations pane's handoff queue over a large demo store. A sync
// that brings handoff changes makes the queue refresh (StoreExecutor::tablesChanged); the clock
// runs until the queue is painted, and on until the numbers strip and everything else the pane
// asked for has arrived and is painted. A filter click is timed the same way; one indexed lookup
// through the same store thread in the same run is the baseline.

#include "BenchCommands.h"
#include "PaneBench.h"
#include "models/escalations/HandoffQueueModel.h"
#include "store/StoreExecutor.h"
#include "store/repositories/HandoffRepository.h"
#include "ui/panes/EscalationsPane.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPushButton>
#include <QSqlQuery>

#include <algorithm>

namespace Chairside::Bench {

int handoffs(const QStringList &args)
{
    QString error;
    std::optional<DemoSession> session = openDemoSession(args, "handoffs", 1, {}, &error);
    if (!session)
        return failWith(error);
    const int runs = session->runs;
    StoreExecutor &store = *session->store;
    const BusinessContext &context = session->context;
    qint64 open = 0;
    qint64 all = 0;
    QString anyId;
    store
        .run([&](QSqlDatabase &db) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT count(*), sum(resolved = 0), max(id) FROM ai_handoffs "
                                     "WHERE business_id = ? AND deleted_at IS NULL"));
            q.addBindValue(context.businessId);
            if (q.exec() && q.next()) {
                all = q.value(0).toLongLong();
                open = q.value(1).toLongLong();
                anyId = q.value(2).toString();
            }
        })
        .waitForFinished();
    if (anyId.isEmpty())
        return failWith(QStringLiteral("the store holds no handoffs"));

    // Baseline: one handoff by its primary key, posted to the store thread and waited for from
    // this (GUI) thread, as the queue's replies are.
    QList<double> baseline;
    // The queue's first window read on the store thread alone (no texts, no hop, no painting).
    QList<double> windowOnly;
    for (int run = 0; run < runs; ++run) {
        baseline.append(lookupRoundTripMs(
            store, QStringLiteral("SELECT id FROM ai_handoffs WHERE id = ?"), anyId));
        store
            .run([&](QSqlDatabase &db) {
                QElapsedTimer inside;
                inside.start();
                const HandoffWindow window = HandoffRepository(db).window(
                    context.businessId, HandoffFilter::AllOpen, context.staffId, std::nullopt,
                    HandoffQueueModel::kWindowSize);
                windowOnly.append(double(inside.nsecsElapsed()) / 1e6);
                Q_UNUSED(window);
            })
            .waitForFinished();
    }

    EscalationsPane pane(&store, nullptr, context);
    pane.resize(1440, 900);
    pane.show();
    HandoffQueueModel *queue = pane.queueModel();
    if (!runUntil(queue, &HandoffQueueModel::loaded, [] {}))
        return failWith(QStringLiteral("the queue never arrived"));
    store.waitForIdle();
    QCoreApplication::sendPostedEvents();

    // A sync wrote handoffs: the queue reloads, the pane re-reads its numbers.
    QList<double> queuePainted;
    QList<double> allPainted;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        if (!runUntil(queue, &HandoffQueueModel::loaded,
                      [&] { store.notifyTablesChanged({QStringLiteral("ai_handoffs")}); }))
            return failWith(QStringLiteral("the refreshed queue never arrived"));
        queuePainted.append(paintedMs(pane, timer));
        store.waitForIdle();
        allPainted.append(paintedMs(pane, timer));
    }

    // The filters: Unassigned, Resolved (newest first), All open, in turn.
    QList<QPushButton *> filters;
    for (const char *name : {"filterUnassigned", "filterResolved", "filterAllOpen"}) {
        auto *button = pane.findChild<QPushButton *>(QLatin1String(name));
        if (!button)
            return failWith(QStringLiteral("the filter %1 is missing").arg(QLatin1String(name)));
        filters.append(button);
    }
    QList<double> filterPainted;
    for (int run = 0; run < runs; ++run) {
        for (QPushButton *button : std::as_const(filters)) {
            QElapsedTimer timer;
            timer.start();
            if (!runUntil(queue, &HandoffQueueModel::loaded, [button] { button->click(); }))
                return failWith(QStringLiteral("a filtered queue never arrived"));
            filterPainted.append(paintedMs(pane, timer));
            store.waitForIdle();
            QCoreApplication::sendPostedEvents();
        }
    }

    printJson({{QStringLiteral("handoffs"), all},
               {QStringLiteral("open"), open},
               {QStringLiteral("runs"), runs},
               {QStringLiteral("baseline_one_lookup"), millisecondSpread(baseline)},
               {QStringLiteral("queue_window_only"), millisecondSpread(windowOnly)},
               {QStringLiteral("refresh_queue"), millisecondSpread(queuePainted)},
               {QStringLiteral("refresh_everything"), millisecondSpread(allPainted)},
               {QStringLiteral("filter_switch"), millisecondSpread(filterPainted)}});
    return 0;
}

int handoffsMain(int argc, char *argv[])
{
    return withWidgets(argc, argv, handoffs);
}

} // namespace Chairside::Bench
