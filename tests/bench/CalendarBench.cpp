// chairside-bench calendar: the Appointments pane over a large demo store: switching day and
// week (click to painted) and filtering the list (change to first window painted), each beside
// a baseline read of the same rows in the same run.

#include "BenchCommands.h"
#include "PaneBench.h"
#include "models/appointments/AppointmentListModel.h"
#include "models/appointments/DayScheduleModel.h"
#include "store/BusinessContext.h"
#include "store/StoreExecutor.h"
#include "store/repositories/AppointmentRepository.h"
#include "ui/appointments/AppointmentListPanel.h"
#include "ui/panes/AppointmentsPane.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSqlQuery>
#include <QToolButton>

#include <algorithm>
#include <cstdio>

namespace Chairside::Bench {

namespace {

void say(const QString &line)
{
    std::fprintf(stderr, "chairside-bench calendar: %s\n", qPrintable(line));
    std::fflush(stderr);
}

} // namespace

int calendar(const QStringList &args)
{
    QString error;
    std::optional<DemoSession> session = openDemoSession(args, "calendar", 3, {}, &error);
    if (!session)
        return failWith(error);
    const int runs = session->runs;
    StoreExecutor &store = *session->store;
    const BusinessContext &context = session->context;
    qint64 appointments = 0;
    store
        .run([&](QSqlDatabase &db) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT COUNT(*) FROM appointments")) && q.next())
                appointments = q.value(0).toLongLong();
        })
        .waitForFinished();
    say(QStringLiteral("%1 appointments cached").arg(appointments));

    AppointmentsPane pane(&store, context);
    pane.resize(1440, 900);
    pane.show();
    DayScheduleModel *day = pane.dayModel();
    const QDate today = QDateTime::currentDateTime().toTimeZone(context.timeZone).date();
    if (!runUntil(day, &DayScheduleModel::dayLoaded, [] {}))
        return failWith(QStringLiteral("the first day never arrived"));

    // Baseline: the day's rows read on the worker, nothing else (what any switch must cost).
    QList<double> baseline;
    for (int run = 0; run < runs; ++run) {
        const QDate date = today.addDays(run % 2 ? 1 : 0);
        store
            .run([&](QSqlDatabase &db) {
                QElapsedTimer timer;
                timer.start();
                const auto rows = AppointmentRepository(db).inRange(
                    context.businessId, date.startOfDay(context.timeZone).toSecsSinceEpoch(),
                    date.addDays(1).startOfDay(context.timeZone).toSecsSinceEpoch());
                baseline.append(double(timer.nsecsElapsed()) / 1e6);
                Q_UNUSED(rows);
            })
            .waitForFinished();
    }

    // The week's rows read and laid out on the worker alone (no painting).
    QList<double> weekLoad;
    for (int run = 0; run < runs; ++run) {
        store
            .run([&](QSqlDatabase &db) {
                QElapsedTimer timer;
                timer.start();
                const auto data = DayScheduleModel::loadWeek(
                    db, context, DayScheduleModel::weekStart(today, context.locale), {});
                weekLoad.append(double(timer.nsecsElapsed()) / 1e6);
                Q_UNUSED(data);
            })
            .waitForFinished();
    }

    QList<double> paintShare;   // of the week switches: after the rows arrived
    QList<double> repaintShare; // of that, the synchronous repaint alone
    QList<double> readAhead;    // after a switch was painted, until its neighbours were read
    // The desk pauses between clicks (a person needs a few hundred ms to look at a week); the
    // pane reads the spans around the shown one meanwhile. The click comes once they are in,
    // and how long that took is reported beside it, so the pause it needs is on the record.
    auto pauseLikeAPerson = [&](int step) -> bool {
        QElapsedTimer timer;
        timer.start();
        const QDate next = pane.shownDate().addDays(step);
        if (!day->isReadAhead(next) && !runUntil(day, &DayScheduleModel::readAheadFinished, [] {}))
            return false;
        readAhead.append(double(timer.nsecsElapsed()) / 1e6);
        return day->isReadAhead(next);
    };
    auto switchTo = [&](QList<double> &into, int step) -> bool {
        if (!pauseLikeAPerson(step))
            return false;
        QElapsedTimer timer;
        timer.start();
        const bool ok = runUntil(day, &DayScheduleModel::dayLoaded,
                                 [&] { pane.setShownDate(pane.shownDate().addDays(step)); });
        const qint64 arrived = timer.nsecsElapsed();
        QCoreApplication::sendPostedEvents();
        const qint64 posted = timer.nsecsElapsed();
        pane.repaint();
        repaintShare.append(double(timer.nsecsElapsed() - posted) / 1e6);
        into.append(double(timer.nsecsElapsed()) / 1e6);
        paintShare.append(double(timer.nsecsElapsed() - arrived) / 1e6);
        return ok;
    };
    QList<double> daySwitch;
    for (int run = 0; run < runs; ++run) {
        if (!switchTo(daySwitch, run % 2 ? -1 : 1))
            return failWith(QStringLiteral("a day never arrived"));
    }
    const QList<double> dayReadAhead = readAhead;
    readAhead.clear();
    pane.setCurrentView(AppointmentsPane::View::Week);
    if (!runUntil(day, &DayScheduleModel::dayLoaded, [] {}))
        return failWith(QStringLiteral("the week never arrived"));
    QList<double> weekSwitch;
    paintShare.clear();
    repaintShare.clear();
    for (int run = 0; run < runs; ++run) {
        if (!switchTo(weekSwitch, run % 2 ? -7 : 7))
            return failWith(QStringLiteral("a week never arrived"));
    }
    // A week far from the shown one (the date picker): nothing read ahead, read on the click.
    QList<double> weekJump;
    for (int run = 0; run < runs; ++run) {
        // Three weeks or more apart, within the booked quarter behind today (and a little ahead).
        static constexpr int weeks[] = {-3, -6, -9, -12, -1, -4, -7, -10, 2, -2, -5, -8, -11};
        const QDate target = today.addDays(7 * weeks[run % std::size(weeks)]);
        if (day->isReadAhead(target))
            return failWith(QStringLiteral("a far week was read ahead"));
        QElapsedTimer timer;
        timer.start();
        if (!runUntil(day, &DayScheduleModel::dayLoaded, [&] { pane.setShownDate(target); }))
            return failWith(QStringLiteral("a far week never arrived"));
        weekJump.append(paintedMs(pane, timer));
        if (!pauseLikeAPerson(7))
            return failWith(QStringLiteral("the weeks around a far week were not read ahead"));
    }

    // Back to today, and the weeks around it read, before the list is measured on its own.
    if ((pane.shownDate() != today
         && !runUntil(day, &DayScheduleModel::dayLoaded, [&] { pane.setShownDate(today); }))
        || !pauseLikeAPerson(7))
        return failWith(QStringLiteral("today's week never arrived"));

    // The list over 90 days: a status filter on and off, then a customer search.
    pane.setCurrentView(AppointmentsPane::View::List);
    AppointmentListModel *list = pane.listPanel()->model();
    if (!runUntil(list, &AppointmentListModel::reloaded, [] {}))
        return failWith(QStringLiteral("the list never arrived"));
    auto *status = pane.findChild<QComboBox *>(QStringLiteral("appointmentListStatus"));
    auto *search = pane.findChild<QLineEdit *>(QStringLiteral("appointmentListSearch"));
    if (!status || !search)
        return failWith(QStringLiteral("the list filters are missing"));
    QList<double> listFilter;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const bool ok = runUntil(list, &AppointmentListModel::reloaded, [&] {
            status->setCurrentIndex(run % 2 ? 0 : status->findData(QStringLiteral("confirmed")));
        });
        QCoreApplication::sendPostedEvents();
        pane.repaint();
        listFilter.append(double(timer.nsecsElapsed()) / 1e6);
        if (!ok)
            return failWith(QStringLiteral("a filtered list never arrived"));
    }

    printJson({{QStringLiteral("appointments"), appointments},
               {QStringLiteral("runs"), runs},
               {QStringLiteral("baseline_day_rows"), millisecondSpread(baseline)},
               {QStringLiteral("day_switch"), millisecondSpread(daySwitch)},
               {QStringLiteral("week_switch"), millisecondSpread(weekSwitch)},
               {QStringLiteral("week_load_only"), millisecondSpread(weekLoad)},
               {QStringLiteral("week_paint_only"), millisecondSpread(paintShare)},
               {QStringLiteral("week_repaint_only"), millisecondSpread(repaintShare)},
               {QStringLiteral("day_read_ahead"), millisecondSpread(dayReadAhead)},
               {QStringLiteral("week_read_ahead"), millisecondSpread(readAhead)},
               {QStringLiteral("week_jump"), millisecondSpread(weekJump)},
               {QStringLiteral("list_filter"), millisecondSpread(listFilter)}});
    return 0;
}

int calendarMain(int argc, char *argv[])
{
    return withWidgets(argc, argv, calendar);
}

} // namespace Chairside::Bench
