#include "ScheduledJob.h"

#include "PgConnections.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <cstdio>

namespace Chairside::Localbase {

ScheduledJob::ScheduledJob(QString name, QString statement, QString done,
                           std::chrono::milliseconds interval, QObject *parent)
    : QThread(parent)
    , m_name(std::move(name))
    , m_statement(std::move(statement))
    , m_done(std::move(done))
    , m_interval(interval)
{
    setObjectName(QStringLiteral("localbase-") + m_name);
}

ScheduledJob::~ScheduledJob()
{
    stop();
}

void ScheduledJob::stop()
{
    quit();
    wait();
}

void ScheduledJob::run()
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

void ScheduledJob::runOnce()
{
    QString error;
    QSqlDatabase db = PgConnections::connection(PgConnections::Purpose::Admin, &error);
    if (db.isOpen()) {
        QSqlQuery query(db);
        if (query.exec(m_statement) && query.next()) {
            const int written = query.value(0).toInt();
            if (written > 0)
                std::fprintf(stderr, "chairside-localbase: %s: %s %d\n", qPrintable(m_name),
                             qPrintable(m_done), written);
            m_lastError.clear();
            return;
        }
        error = query.lastError().text();
        PgConnections::discard(PgConnections::Purpose::Admin);
    }
    if (error != m_lastError) {
        // Counts and SQL errors only: never a customer's data.
        std::fprintf(stderr, "chairside-localbase: %s: run failed: %s\n", qPrintable(m_name),
                     qPrintable(error));
        m_lastError = error;
    }
}

} // namespace Chairside::Localbase
