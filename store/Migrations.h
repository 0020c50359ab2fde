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
int latestSchemaVersion();

} // namespace Chairside
