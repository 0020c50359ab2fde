#pragma once

#include "store/StoreError.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

class QSqlError;

namespace Chairside {

// Opening the local SQLite store: one named connection per thread, checked PRAGMAs, an
// integrity check, and the forward-only schema migrations.
class Database final
{
public:
    enum class IntegrityCheck {
        AtOpen, // PRAGMA quick_check before the file is first used in this process
        // Only when the last session left the file open (its write-ahead log is still there);
        // after a clean close the caller runs verify() later, off the path to the first window.
        AfterUncleanClose,
        Always, // even when this process has the file open already (after damage was seen)
    };

    struct Options
    {
        IntegrityCheck integrityCheck = IntegrityCheck::AtOpen;
        int migrateUpTo = -1; // -1: the latest version (tests stop earlier to build old stores)
    };

    // How the desk's window opens its store (and the pane benchmarks that stand in for it): the
    // integrity check before use only after an unclean close (a background check does the
    // rest once the window is up).
    static Options deskOptions()
    {
        return Options{.integrityCheck = IntegrityCheck::AfterUncleanClose};
    }

    // The connection of the calling thread to `path`, opened, checked and migrated on first use.
    // On failure `error` is set and the returned connection is not open.
    static QSqlDatabase connectionForThisThread(const QString &path,
                                                std::optional<StoreError> *error,
                                                const Options &options);
    static QSqlDatabase connectionForThisThread(const QString &path,
                                                std::optional<StoreError> *error = nullptr);

    // Closes and forgets the calling thread's connection to `path`.
    static void closeForThisThread(const QString &path);

    static int schemaVersion(const QSqlDatabase &db);

    // PRAGMA quick_check on an open connection: nothing when the file is sound, else a Corrupt
    // error. Reads the whole file (about 3 s per GB), so never on the GUI thread.
    static std::optional<StoreError> verify(QSqlDatabase &db);

    // Maps a driver error to a StoreError with a sentence for people.
    static StoreError errorFrom(const QSqlError &error, StoreError::Kind fallback);

private:
    static std::optional<StoreError> prepare(QSqlDatabase &db, const Options &options,
                                             bool checkIntegrity);
    static std::optional<StoreError> migrate(QSqlDatabase &db, int upTo);
};

} // namespace Chairside
