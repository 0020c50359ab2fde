#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Chairside {

// One forward-only step of the local schema. Steps are numbered from 1 without gaps; the store's
// PRAGMA user_version is the number of the last step applied.
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
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

int latestSchemaVersion();

} // namespace Chairside
