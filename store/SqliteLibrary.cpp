#include "store/SqliteLibrary.h"

#include <QLoggingCategory>

#include <mutex>
#include <sqlite3.h>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace Chairside::SqliteLibrary {

void configure()
{
    static std::once_flag configured;
    std::call_once(configured, [] {
        // The statistics' mutex was about 6 % of the sync thread's CPU in a first sync of the
        // bench salon (docs/benchmark-notes.md). sqlite3_config only works before SQLite
        // initialises; a connection opened elsewhere first leaves the default, which is slower
        // but correct.
        if (sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) != SQLITE_OK)
            qCDebug(lcStore) << "SQLite was in use before Chairside configured it";
    });
}

} // namespace Chairside::SqliteLibrary
