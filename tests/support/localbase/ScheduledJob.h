#pragma once

#include <QString>
#include <QThread>

#include <chrono>

namespace Chairside::Localbase {

// Runs one of the backend's scheduled jobs every `interval` on a thread and PostgreSQL connection
// of its own (as the superuser, the job's owner), the way pg_cron runs it on a hosted Supabase
// project: `select public.queue_due_reminders()` (--reminders-every) and
// `select public.expire_loyalty_points()` (--expiry-every). The statement answers one integer,
// how many rows the run wrote. A run never blocks request handling, and a failed run is retried
// at the next tick on a fresh connection.
class ScheduledJob final : public QThread
{
    Q_OBJECT

public:
    // `name` appears in the log lines ("reminders: queued 3"); `done` is the verb for the count.
    ScheduledJob(QString name, QString statement, QString done, std::chrono::milliseconds interval,
                 QObject *parent = nullptr);
    ~ScheduledJob() override;
    Q_DISABLE_COPY_MOVE(ScheduledJob)

    // Ends the timer and waits for a run in progress.
    void stop();

protected:
    void run() override;

private:
    void runOnce();

    QString m_name;
    QString m_statement;
    QString m_done;
    std::chrono::milliseconds m_interval;
    QString m_lastError; // logged once, not at every tick
};

} // namespace Chairside::Localbase
