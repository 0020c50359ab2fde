#pragma once

#include <QDateTime>
#include <QString>

namespace Chairside {

// Recovers from a damaged local store (Database reported StoreError::Kind::Corrupt at open): the
// damaged file is set aside, the unsent edits (outbox) are salvaged from it as far as it can be
// read, a fresh store is created with those edits pending again and no pull cursor, so the next
// sync downloads everything. Nothing else is read from the damaged file: the server has it all.
//
// Call it before any other connection to the store is opened (the app does it at start-up, on
// the thread that got the error); it opens and closes its own connections.
class CacheRecovery final
{
public:
    struct Report
    {
        bool ok = false;          // a fresh, migrated store is in place
        QString quarantinedPath;  // where the damaged file now is
        int salvaged = 0;         // outbox rows written back into the fresh store
        int lost = 0;             // outbox rows known to exist that could not be read
        bool lossUnknown = false; // the damaged outbox could not even be counted
        QString message;          // a sentence for the person, already translated
        QString detail;           // for logs (no personal data)
    };

    static Report recover(const QString &storePath,
                          const QDateTime &now = QDateTime::currentDateTime());
};

} // namespace Chairside
