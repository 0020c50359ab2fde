#pragma once

#include "store/StoreError.h"

#include <QMutex>
#include <QObject>
#include <QString>

#include <atomic>
#include <chrono>
#include <optional>

class QThread;
struct sqlite3;

namespace Chairside {

// PRAGMA quick_check of the local store on a thread and a connection of its own, after the
// window is up: it reads the whole file (seconds on a large cache), and WAL lets the panes read
// meanwhile. It can be stopped at once, so a desk that closes neither waits for it nor leaves
// the file open (an open file at exit would make the next start check before its window).
class BackgroundIntegrityCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundIntegrityCheck)

public:
    explicit BackgroundIntegrityCheck(QString databasePath, QObject *parent = nullptr);
    ~BackgroundIntegrityCheck() override; // stops the check and waits for its thread

    void start();
    // Starts once `delay` has passed (a check destroyed or stopped before then never runs):
    // the desk's first reads and paint go first, as the check reads the whole file on the
    // other core (a fifth of the start with the bench's 600 MB store).
    void startAfter(std::chrono::milliseconds delay);
    // Interrupts a running check; finished() is not emitted for it.
    void stop();
    bool isRunning() const;

Q_SIGNALS:
    // The file is damaged: a Corrupt StoreError with the first problems SQLite listed.
    void damaged(const Chairside::StoreError &error);
    // The check ran to the end without finding damage.
    void passed();

private:
    QString m_path;
    QThread *m_thread = nullptr;
    mutable QMutex m_mutex;
    sqlite3 *m_handle = nullptr; // set while the check runs, for sqlite3_interrupt()
    std::atomic<bool> m_stopping{false};
    quint64 m_startTicket = 0; // startAfter()'s pending start runs only while it is the last call
};

} // namespace Chairside
