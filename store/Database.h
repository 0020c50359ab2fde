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
    struct Options
    {
        bool runQuickCheck = true;
        int migrateUpTo = -1; // -1: the latest version (tests stop earlier to build old stores)
    };

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

    // Maps a driver error to a StoreError with a sentence for people.
    static StoreError errorFrom(const QSqlError &error, StoreError::Kind fallback);

private:
    static std::optional<StoreError> prepare(QSqlDatabase &db, const Options &options);
    static std::optional<StoreError> migrate(QSqlDatabase &db, int upTo);
};

} // namespace Chairside
