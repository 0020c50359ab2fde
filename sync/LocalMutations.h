#pragma once

#include "core/Role.h"
#include "sync/Mutation.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <optional>

namespace Chairside {

// Who makes an edit at the desk: claims and replies are made in this staff member's name, and
// the role decides what the desk refuses before the server would.
struct LocalActor
{
    QString staffId;
    StaffRole role = StaffRole::Staff;
};

// What applying a mutation to the local tables did.
struct LocalEffect
{
    QString error;      // a sentence for people when refused or failed; then nothing was written
    QStringList tables; // the tables written (for StoreExecutor::notifyTablesChanged)
    QString targetTable;
    QString targetId;
    std::optional<qint64> baseVersion; // the target row's version before the edit
    // How to take the edit back: {"restore": {table: [row, ...]}, "delete": {table: [id, ...]}}
    // (rows as they were before, rows the edit created).
    QJsonObject undo;

    bool ok() const { return error.isEmpty(); }
};

// The optimistic local effect of a mutation, mirroring the server's apply_mutations
// (supabase/migrations/*_sync.sql) closely enough for the desk: same defaults, same refusals
// (status transitions, double booking, points below zero, handoff claims, roles), the same
// sentences. Runs in a savepoint of its own: refused or failed, it writes nothing.
//
// Idempotent: applying the same mutation again leaves the same rows (times come from
// Mutation::createdAt, created rows have ids from the payload, edits that are already in place
// are no-ops), so pending edits can be applied again on top of freshly pulled rows.
LocalEffect applyLocally(QSqlDatabase &db, const Mutation &mutation, const LocalActor &actor);

// A one-line summary from the local rows ("Move Thandi Mokoena's appointment to Tue 10 Mar
// 11:00"); Mutations::genericSummary when the rows are missing.
QString describeMutation(QSqlDatabase &db, const Mutation &mutation);

// Takes an edit back with its LocalEffect::undo: deletes the rows it created and restores the
// rows it changed, unless a newer version of a row has arrived meanwhile. Empty or a sentence.
QString undoLocally(QSqlDatabase &db, const QJsonObject &undo, QStringList *tables = nullptr);

// Writes a server row image (docs/backend.md: ISO 8601 times, JSON booleans, jsonb) into the
// local table, by the columns the local table has, keeping the higher version. Empty or a
// sentence. This is the outbox's own minimal converter; the pull side has its own RowCodec.
QString writeServerRow(QSqlDatabase &db, const QString &table, const QJsonObject &row);

// The local table a mutation's answer row belongs to (applied replies are outbound messages).
QString answerTable(const QString &kind, bool applied);

// Unix seconds from an ISO 8601 text ("2026-03-10T09:00:00.123+02:00"), or nullopt.
std::optional<qint64> secondsFromIso(const QString &text);

// The current row of `query` as JSON in the local representation (integers and reals as
// numbers, NULL as null, the rest as strings): how the appliers, their undo images and the demo
// audit trail read rows. The copies this computer keeps in `table`'s rows (isLocalCopyColumn)
// are left out: they are no part of a row's history.
QJsonObject localRowJson(const QSqlQuery &query, QStringView table = {});

// Savepoints nest inside a caller's transaction (the pull's) and start one when there is none.
bool beginSavepoint(QSqlDatabase &db, const char *name, QString *error);
bool releaseSavepoint(QSqlDatabase &db, const char *name, QString *error);
void rollbackSavepoint(QSqlDatabase &db, const char *name);

} // namespace Chairside
