#include "ReminderScheduler.h"

#include "PgConnections.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <cstdio>

namespace Chairside::Localbase {

ReminderScheduler::ReminderScheduler(std::chrono::milliseconds interval, QObject *parent)
    : QThread(parent)
    , m_interval(interval)
{
    setObjectName(QStringLiteral("localbase-reminders"));
}

ReminderScheduler::~ReminderScheduler()
{
    stop();
}

void ReminderScheduler::stop()
{
    quit();
    wait();
}

void ReminderScheduler::run()
{
    QTimer timer;
    timer.setInterval(m_interval);
    // The timer lives on this thread, so runOnce() runs here, one run at a time.
    QObject::connect(&timer, &QTimer::timeout, &timer, [this] { runOnce(); });
    runOnce();
    timer.start();
    exec();
    // The thread's connection is closed when the thread ends (PgConnections' thread-local set).
}

void ReminderScheduler::runOnce()
{
    QString error;
    QSqlDatabase db = PgConnections::connection(PgConnections::Purpose::Admin, &error);
    if (db.isOpen()) {
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("select public.queue_due_reminders()")) && query.next()) {
            const int queued = query.value(0).toInt();
            if (queued > 0)
                std::fprintf(stderr, "chairside-localbase: reminders: queued %d\n", queued);
            m_lastError.clear();
            return;
        }
        error = query.lastError().text();
        PgConnections::discard(PgConnections::Purpose::Admin);
    }
    if (error != m_lastError) {
        // Counts and SQL errors only: never a customer's data.
        std::fprintf(stderr, "chairside-localbase: reminders: run failed: %s\n", qPrintable(error));
        m_lastError = error;
    }
}

} // namespace Chairside::Localbase
