#pragma once

#include <QString>
#include <QThread>

#include <chrono>

namespace Chairside::Localbase {

// Runs public.queue_due_reminders() every `interval` on a thread and PostgreSQL connection of
// its own (as the superuser, the function's owner), the way pg_cron runs it every minute on a
// hosted Supabase project. A run never blocks request handling, and a failed run is retried at
// the next tick on a fresh connection. Started by `--reminders-every SECONDS`.
class ReminderScheduler final : public QThread
{
    Q_OBJECT

public:
    explicit ReminderScheduler(std::chrono::milliseconds interval, QObject *parent = nullptr);
    ~ReminderScheduler() override;
    Q_DISABLE_COPY_MOVE(ReminderScheduler)

    // Ends the timer and waits for a run in progress.
    void stop();

protected:
    void run() override;

private:
    void runOnce();

    std::chrono::milliseconds m_interval;
    QString m_lastError; // logged once, not at every tick
};

} // namespace Chairside::Localbase
