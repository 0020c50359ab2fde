#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace Chairside {

// Secondary indexes set aside while a first sync fills a cache: writing the rows of a large
// salon into tables without them and building them afterwards takes about two fifths less time
// than keeping 40 indexes up to date row by row (docs/benchmark-notes.md). Their SQL is recorded
// in sync_state in the transaction that drops them, so a crash leaves the record behind and the
// sync engine's next start (or a migration, which may name them) builds them again. The customer
// search (an FTS5 table kept by triggers) is set aside too: a key in sync_state makes the
// triggers skip it, and restore() fills it from the customers in one statement.
class DeferredIndexes final
{
public:
    // Inside the caller's transaction: drops the indexes of `tables` that are neither UNIQUE (a
    // constraint, not a speed-up) nor named by a query (INDEXED BY would fail without them), and
    // records them; with "customers" in `tables`, the customer search as well. All or nothing;
    // the number of indexes dropped, or nothing on an error.
    static std::optional<int> setAside(QSqlDatabase &db, const QStringList &tables,
                                       QString *error = nullptr);

    // Whether indexes or the search are set aside (false when the store has no sync_state yet).
    static bool pending(QSqlDatabase &db);

    // Outside a transaction: builds every recorded index again, fills the customer search
    // again, and clears the record, in one transaction. True when nothing was set aside or
    // everything is back. Only CREATE INDEX statements are run from the record; anything else
    // in it is logged and dropped with it.
    static bool restore(QSqlDatabase &db, QString *error = nullptr);

    // The indexes the desk names in INDEXED BY: never set aside.
    static const QStringList &namedByQueries();
};

} // namespace Chairside
