#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Chairside {

// What the status bar and `chairside status` say about sync, as one value sent across threads.
struct SyncStatus
{
    enum class Connection {
        Idle,      // not started (demo store, or not signed in yet)
        Syncing,   // a cycle is running
        Online,    // the last cycle finished; waiting for a change or the next poll
        Offline,   // the last attempt failed for a reason that passes (network, 5xx, 429)
        SignedOut, // the server no longer accepts the sign-in: the person must sign in again
        Paused,    // waiting for the person (a pull that would delete many rows)
    };

    Connection connection = Connection::Idle;
    QDateTime lastSyncedAt; // UTC; invalid: never
    int pendingEdits = 0;
    int issues = 0;         // rejected or conflicting edits waiting for the person
    bool firstSync = false; // no cursor yet: everything is being downloaded
    qint64 rowsPulledThisCycle = 0;
    int pagesPulledThisCycle = 0;
    qint64 nextAttemptInMs = -1; // after a failure: when the engine tries again by itself
    QString lastError;           // a sentence for people; empty when the last cycle worked

    bool operator==(const SyncStatus &) const = default;
};

} // namespace Chairside

Q_DECLARE_METATYPE(Chairside::SyncStatus)
