#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QSqlDatabase;

namespace Chairside {

// One forward-only step of the local schema. Steps are numbered from 1 without gaps; the store's
// PRAGMA user_version is the number of the last step applied.
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
    // Work SQL alone cannot say, run after the statements in the same transaction: false (with
    // the reason in `error`) rolls the step back.
    std::function<bool(QSqlDatabase &db, QString *error)> afterStatements = {};
};

const QList<Migration> &localMigrations();

// customer_search follows the customers through triggers, except while this key is in sync_state:
// a first sync sets the search aside and fills it again at the end (DeferredIndexes).
inline constexpr auto kCustomerSearchAsideKey = "customer_search_aside";
// Fills customer_search with every live customer; it must hold none of them first.
QString customerSearchFillStatement();

// Columns this computer keeps and the server does not have: copies the triggers of migration 16
// keep up to date (a booking's customer name and phone). Sync and undo never write them.
bool isLocalCopyColumn(QStringView table, QStringView column);

// `createTable` (a CREATE TABLE statement) with each `column IN ('a', 'b', ...)` of its CHECK
// constraints written as `(column = 'a' OR column = 'b' OR ...)`, which means the same. SQLite
// codes an IN list of more than two constants as a temporary index it builds again every time
// the statement runs, so each row written paid for building one per such CHECK.
QString checksWithoutInLists(const QString &createTable);

int latestSchemaVersion();

} // namespace Chairside
