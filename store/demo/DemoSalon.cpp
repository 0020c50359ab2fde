#include "store/demo/DemoSalon.h"

#include "store/Database.h"
#include "store/demo/DemoSalonBuilder.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Chairside {

namespace {
// How old a demo salon made for "today" may grow before it is made anew. Regenerating replaces
// everything, so it must not happen every morning; after a week the calendar would look stale.
constexpr qint64 kDemoFreshDays = 7;
} // namespace

bool needsDemoSalon(QSqlDatabase &db, const DemoSalonOptions &options)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = 'demo_recipe'"));
    if (!query.exec() || !query.next())
        return true;
    const QString stored = query.value(0).toString();
    const QString wanted = DemoSalonBuilder::recipeKey(options);
    if (stored == wanted)
        return false;
    if (options.anchorDate.isValid())
        return true; // a chosen day: exactly that salon
    // Recipe keys are "version|scale|region|date|seed"; for today's salon everything but the
    // date must match, and the date may be up to a week old.
    const QStringList have = stored.split(u'|');
    const QStringList want = wanted.split(u'|');
    if (have.size() != 5 || want.size() != 5)
        return true;
    for (int part : {0, 1, 2, 4}) {
        if (have[part] != want[part])
            return true;
    }
    const QDate made = QDate::fromString(have[3], Qt::ISODate);
    const QDate today = QDate::fromString(want[3], Qt::ISODate);
    return !made.isValid() || made > today || made.daysTo(today) > kDemoFreshDays;
}

std::optional<StoreError> generateDemoSalon(QSqlDatabase &db, const DemoSalonOptions &options,
                                            DemoSalonSummary *summary)
{
    if (!db.transaction())
        return Database::errorFrom(db.lastError(), StoreError::Kind::Query);
    const auto fail = [&db](const QSqlError &error) {
        StoreError result = Database::errorFrom(error, StoreError::Kind::Query);
        db.rollback();
        return result;
    };

    // Everything goes, whatever tables later schema versions add. Children before their
    // parents: deleting a parent row looks for rows that still point at it, and in a child table
    // already emptied that look costs nothing (otherwise it scans per row: minutes on a large
    // salon). Foreign keys are checked at commit, so a cycle would still be safe.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")))
        return fail(q.lastError());
    QStringList tables;
    // Full-text tables are emptied through their own virtual table; their shadow tables hold
    // the index's inner structure and are left to it.
    q.prepare(QStringLiteral("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type IN "
                             "('table', 'virtual') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
                             "ORDER BY name"));
    if (!q.exec())
        return fail(q.lastError());
    while (q.next())
        tables.append(q.value(0).toString());
    QHash<QString, QStringList> parentsOf;
    q.prepare(QStringLiteral("SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(?)"));
    for (const QString &table : std::as_const(tables)) {
        q.addBindValue(table);
        if (!q.exec())
            return fail(q.lastError());
        while (q.next()) {
            if (q.value(0).toString() != table)
                parentsOf[table].append(q.value(0).toString());
        }
    }
    QStringList ordered;
    while (!tables.isEmpty()) {
        // A table nobody left refers to goes next; with a cycle, the first one left.
        auto next = std::find_if(tables.cbegin(), tables.cend(), [&](const QString &candidate) {
            return std::none_of(tables.cbegin(), tables.cend(), [&](const QString &other) {
                return parentsOf.value(other).contains(candidate);
            });
        });
        ordered.append(next == tables.cend() ? tables.first() : *next);
        tables.removeOne(ordered.last());
    }
    for (const QString &table : std::as_const(ordered)) {
        // A table name cannot be bound; it comes from sqlite_schema and is quoted as an
        // identifier.
        QString quoted = table;
        quoted.replace(u'"', QStringLiteral("\"\""));
        if (!q.exec(QStringLiteral("DELETE FROM \"%1\"").arg(quoted)))
            return fail(q.lastError());
    }
    q.finish();

    // Random UUID keys land all over their indexes: with SQLite's small default page cache a
    // large salon would spill to disk over and over inside the transaction, so the cache grows
    // for the generation (SQLite takes the memory only as pages are used) and shrinks after.
    QSqlQuery pragma(db);
    qint64 cacheSize = -2000;
    if (pragma.exec(QStringLiteral("PRAGMA cache_size")) && pragma.next())
        cacheSize = pragma.value(0).toLongLong();
    pragma.finish();
    pragma.exec(QStringLiteral("PRAGMA cache_size = -262144"));
    const auto restoreCache = [&] {
        // PRAGMA takes no bound values; the size is a number read above.
        pragma.exec(QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize));
    };

    DemoSalonSummary built;
    {
        DemoSalonBuilder builder(db, options);
        if (const auto error = builder.build(&built)) {
            StoreError result = fail(*error);
            restoreCache();
            return result;
        }
    }
    if (!db.commit()) {
        StoreError result = fail(db.lastError());
        restoreCache();
        return result;
    }
    restoreCache();
    if (summary)
        *summary = built;
    return std::nullopt;
}

} // namespace Chairside
