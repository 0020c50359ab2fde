#include "sync/Outbox.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

namespace Chairside {

Q_LOGGING_CATEGORY(lcOutbox, "chairside.sync.outbox")

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Chairside::Outbox", text);
}

QString sqlError(const QSqlQuery &q)
{
    qCWarning(lcOutbox) << "outbox query failed:" << q.lastError().text();
    return Database::errorFrom(q.lastError(), StoreError::Kind::Query).message;
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject objectFrom(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// A pending row read back as the mutation it queued, with the person who made it.
struct PendingRow
{
    Mutation mutation;
    LocalActor actor;
};

QList<PendingRow> readPending(QSqlDatabase &db, QString *error)
{
    QList<PendingRow> rows;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT mutation_id, kind, payload, summary, created_at, "
                               "actor_staff_id, actor_role FROM outbox WHERE state IN "
                               "('pending','in_flight') ORDER BY seq"))) {
        *error = sqlError(q);
        return rows;
    }
    while (q.next()) {
        PendingRow row;
        row.mutation.id = q.value(0).toString();
        row.mutation.kind = q.value(1).toString();
        row.mutation.payload = objectFrom(q.value(2).toString());
        row.mutation.summary = q.value(3).toString();
        row.mutation.createdAt = q.value(4).toLongLong();
        row.actor.staffId = q.value(5).toString();
        row.actor.role = staffRoleFromKey(q.value(6).toString()).value_or(StaffRole::Staff);
        rows.append(row);
    }
    return rows;
}

// Applies every pending mutation again; refusals leave the entry for the server to decide.
ReapplyResult reapplyAll(QSqlDatabase &db)
{
    ReapplyResult result;
    const QList<PendingRow> rows = readPending(db, &result.error);
    if (!result.error.isEmpty()) {
        result.ok = false;
        return result;
    }
    for (const PendingRow &row : rows) {
        const LocalEffect effect = applyLocally(db, row.mutation, row.actor);
        if (effect.ok()) {
            ++result.reapplied;
            result.changedTables.append(effect.tables);
        } else {
            ++result.refused;
            qCDebug(lcOutbox) << "pending" << row.mutation.kind
                              << "no longer applies locally:" << effect.error;
        }
    }
    result.changedTables.removeDuplicates();
    return result;
}

} // namespace

Outbox::Outbox(QSqlDatabase &db)
    : m_db(db)
{}

OutboxResult Outbox::enqueue(const Mutation &mutation, const LocalActor &actor, Mode mode)
{
    OutboxResult result;
    const auto fail = [&](const QString &error) {
        rollbackSavepoint(m_db, "chairside_enqueue");
        return OutboxResult{false, error, {}};
    };
    QString error;
    if (!beginSavepoint(m_db, "chairside_enqueue", &error))
        return OutboxResult{false, error, {}};
    // Described before the edit: a new customer is "Add", not "Update".
    const QString summary =
        mutation.summary.isEmpty() ? describeMutation(m_db, mutation) : mutation.summary;
    const LocalEffect effect = applyLocally(m_db, mutation, actor);
    if (!effect.ok())
        return fail(effect.error);
    if (mode == Mode::Queue) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral(
            "INSERT INTO outbox (mutation_id, kind, payload, created_at, state, summary, "
            "actor_staff_id, actor_role, target_table, target_id, base_version, local_undo) "
            "VALUES (?, ?, ?, ?, 'pending', ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(mutation.id);
        q.addBindValue(mutation.kind);
        q.addBindValue(compact(mutation.payload));
        q.addBindValue(mutation.createdAt > 0 ? mutation.createdAt
                                              : QDateTime::currentSecsSinceEpoch());
        q.addBindValue(summary);
        q.addBindValue(actor.staffId.isEmpty() ? QVariant() : QVariant(actor.staffId));
        q.addBindValue(toKey(actor.role));
        q.addBindValue(effect.targetTable.isEmpty() ? QVariant() : QVariant(effect.targetTable));
        q.addBindValue(effect.targetId.isEmpty() ? QVariant() : QVariant(effect.targetId));
        q.addBindValue(effect.baseVersion ? QVariant(*effect.baseVersion) : QVariant());
        q.addBindValue(compact(effect.undo));
        if (!q.exec()) {
            qCWarning(lcOutbox) << "queueing" << mutation.kind << "failed:" << q.lastError().text();
            return fail(tr("The change could not be queued for the server, so it was not made."));
        }
        result.changedTables.append(QStringLiteral("outbox"));
    }
    if (!releaseSavepoint(m_db, "chairside_enqueue", &error))
        return fail(error);
    result.changedTables.append(effect.tables);
    return result;
}

int Outbox::pendingCount()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state IN ('pending','in_flight')"))
        || !q.next()) {
        sqlError(q);
        return 0;
    }
    return q.value(0).toInt();
}

int Outbox::issueCount()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state IN ('conflict','rejected')"))
        || !q.next()) {
        sqlError(q);
        return 0;
    }
    return q.value(0).toInt();
}

QList<Mutation> Outbox::nextBatch(int limit)
{
    QList<Mutation> batch;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT mutation_id, kind, payload, summary, created_at FROM outbox "
                             "WHERE state = 'pending' ORDER BY seq LIMIT ?"));
    q.addBindValue(qMax(1, limit));
    if (!q.exec()) {
        sqlError(q);
        return batch;
    }
    while (q.next()) {
        Mutation m;
        m.id = q.value(0).toString();
        m.kind = q.value(1).toString();
        m.payload = objectFrom(q.value(2).toString());
        m.summary = q.value(3).toString();
        m.createdAt = q.value(4).toLongLong();
        batch.append(m);
    }
    return batch;
}

AnswersResult Outbox::recordAnswers(const QJsonArray &answers, const RowWriter &writer)
{
    AnswersResult result;
    const RowWriter write = writer ? writer : RowWriter(&writeServerRow);
    const auto fail = [&](const QString &error) {
        rollbackSavepoint(m_db, "chairside_answers");
        AnswersResult failed;
        failed.ok = false;
        failed.error = error;
        return failed;
    };
    QString savepointError;
    if (!beginSavepoint(m_db, "chairside_answers", &savepointError)) {
        result.ok = false;
        result.error = savepointError;
        return result;
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    bool changed = false;
    for (const QJsonValue &value : answers) {
        const QJsonObject answer = value.toObject();
        const QString mutationId = answer.value(QStringLiteral("mutation_id")).toString();
        qint64 seq = 0;
        QString kind;
        QJsonObject undo;
        {
            QSqlQuery q(m_db);
            q.setForwardOnly(true);
            q.prepare(QStringLiteral("SELECT seq, kind, local_undo FROM outbox WHERE "
                                     "mutation_id = ? AND state IN ('pending','in_flight')"));
            q.addBindValue(mutationId);
            if (!q.exec())
                return fail(sqlError(q));
            if (!q.next())
                continue; // not ours, or answered before
            seq = q.value(0).toLongLong();
            kind = q.value(1).toString();
            undo = objectFrom(q.value(2).toString());
        }
        const QString status = answer.value(QStringLiteral("status")).toString();
        const QString code = answer.value(QStringLiteral("code")).toString();
        const QString reason = answer.value(QStringLiteral("reason")).toString();
        const QJsonObject row = answer.value(QStringLiteral("row")).toObject();
        QSqlQuery q(m_db);

        if (status == u"applied") {
            q.prepare(QStringLiteral("DELETE FROM outbox WHERE seq = ?"));
            q.addBindValue(seq);
            if (!q.exec())
                return fail(sqlError(q));
            if (kind == u"handoff.reply" || kind == u"working_hours.set") {
                // Rows the server makes under ids of its own: the optimistic transcript line (or
                // working-hours row) goes; the server's copy comes with the answer or the pull.
                const QString made = kind == u"handoff.reply" ? QStringLiteral("ai_messages")
                                                              : QStringLiteral("working_hours");
                const QJsonObject transcript{
                    {QStringLiteral("delete"),
                     QJsonObject{
                         {made, undo.value(QStringLiteral("delete")).toObject().value(made)}}}};
                const QString error = undoLocally(m_db, transcript, &result.changedTables);
                if (!error.isEmpty())
                    return fail(error);
            }
            if (kind == u"appointment.set_status") {
                // The optimistic earn line (version 0) goes unless the server's line with the
                // same id has replaced it already; the pull brings the server's, if it wrote one.
                const QJsonArray earned = undo.value(QStringLiteral("delete"))
                                              .toObject()
                                              .value(QStringLiteral("loyalty_ledger"))
                                              .toArray();
                for (const QJsonValue &id : earned) {
                    q.prepare(
                        QStringLiteral("DELETE FROM loyalty_ledger WHERE id = ? AND version = 0"));
                    q.addBindValue(id.toString());
                    if (!q.exec())
                        return fail(sqlError(q));
                    if (q.numRowsAffected() > 0)
                        result.changedTables.append(QStringLiteral("loyalty_ledger"));
                }
            }
            if (!row.isEmpty()) {
                const QString table = answerTable(kind, true);
                const QString error = write(m_db, table, row);
                if (!error.isEmpty())
                    return fail(error);
                result.changedTables.append(table);
            }
            ++result.applied;
            changed = true;
            continue;
        }

        if (code == u"server_error" || (status != u"conflict" && status != u"rejected")) {
            // Not stored by the server: the same mutation may be sent again.
            q.prepare(QStringLiteral("UPDATE outbox SET attempts = attempts + 1, last_error = ? "
                                     "WHERE seq = ?"));
            q.addBindValue(reason);
            q.addBindValue(seq);
            if (!q.exec())
                return fail(sqlError(q));
            ++result.retryLater;
            continue;
        }

        // Conflict or rejection: take the optimistic edit back, then lay the server's row over.
        QString error = undoLocally(m_db, undo, &result.changedTables);
        if (!error.isEmpty())
            return fail(error);
        if (!row.isEmpty()) {
            const QString table = answerTable(kind, false);
            error = write(m_db, table, row);
            if (!error.isEmpty())
                return fail(error);
            result.changedTables.append(table);
        }
        q.prepare(QStringLiteral("UPDATE outbox SET state = ?, code = ?, reason = ?, "
                                 "server_row = ?, answered_at = ?, last_error = ? WHERE seq = ?"));
        q.addBindValue(status);
        q.addBindValue(code.isEmpty() ? QVariant() : QVariant(code));
        q.addBindValue(reason.isEmpty() ? QVariant() : QVariant(reason));
        q.addBindValue(row.isEmpty() ? QVariant() : QVariant(compact(row)));
        q.addBindValue(now);
        q.addBindValue(reason.isEmpty() ? QVariant() : QVariant(reason));
        q.addBindValue(seq);
        if (!q.exec())
            return fail(sqlError(q));
        if (status == u"conflict")
            ++result.conflicts;
        else
            ++result.rejected;
        changed = true;
    }
    if (changed) {
        // Server rows may have replaced rows that later pending edits had changed.
        const ReapplyResult again = reapplyAll(m_db);
        if (!again.ok)
            return fail(again.error);
        result.changedTables.append(again.changedTables);
        result.changedTables.append(QStringLiteral("outbox"));
    }
    if (!releaseSavepoint(m_db, "chairside_answers", &savepointError))
        return fail(savepointError);
    result.changedTables.removeDuplicates();
    return result;
}

bool Outbox::reapplyPending(ReapplyResult *details)
{
    ReapplyResult result;
    if (beginSavepoint(m_db, "chairside_reapply", &result.error)) {
        result = reapplyAll(m_db);
        if (!result.ok || !releaseSavepoint(m_db, "chairside_reapply", &result.error)) {
            rollbackSavepoint(m_db, "chairside_reapply");
            result.ok = false;
            result.changedTables.clear();
        }
    } else {
        result.ok = false;
    }
    if (details)
        *details = result;
    return result.ok;
}

IssuesResult Outbox::issues(int limit)
{
    IssuesResult result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, mutation_id, kind, summary, state, code, reason, "
                             "created_at, answered_at FROM outbox WHERE state IN "
                             "('conflict','rejected') ORDER BY seq DESC LIMIT ?"));
    q.addBindValue(qMax(1, limit) + 1);
    if (!q.exec()) {
        result.error = sqlError(q);
        return result;
    }
    while (q.next()) {
        if (result.issues.size() == limit) {
            result.hasMore = true;
            break;
        }
        SyncIssue issue;
        issue.id = q.value(0).toLongLong();
        issue.mutationId = q.value(1).toString();
        issue.kind = q.value(2).toString();
        issue.summary = q.value(3).toString();
        issue.state = q.value(4).toString();
        issue.code = q.value(5).toString();
        issue.reason = q.value(6).toString();
        issue.triedAt = q.value(7).toLongLong();
        issue.answeredAt = q.value(8).toLongLong();
        result.issues.append(issue);
    }
    return result;
}

OutboxResult Outbox::retry(qint64 issueId, const LocalActor &actor)
{
    OutboxResult result;
    Mutation mutation;
    QString targetTable;
    QString targetId;
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT kind, payload, summary, target_table, target_id FROM "
                                 "outbox WHERE seq = ? AND state IN ('conflict','rejected')"));
        q.addBindValue(issueId);
        if (!q.exec())
            return OutboxResult{false, sqlError(q), {}};
        if (!q.next())
            return OutboxResult{false, tr("That sync issue is no longer there."), {}};
        mutation.kind = q.value(0).toString();
        mutation.payload = objectFrom(q.value(1).toString());
        mutation.summary = q.value(2).toString();
        targetTable = q.value(3).toString();
        targetId = q.value(4).toString();
    }
    mutation.id = Mutations::newId();
    mutation.createdAt = QDateTime::currentSecsSinceEpoch();
    if (Mutations::takesExpectedVersion(mutation.kind) && !targetTable.isEmpty()) {
        // Based on the row as the server has it now (the rollback wrote the server's row).
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        // The table name was written by LocalMutations, never typed in.
        q.prepare(QStringLiteral("SELECT version FROM %1 WHERE id = ?").arg(targetTable));
        q.addBindValue(targetId);
        if (q.exec() && q.next())
            mutation.payload.insert(QStringLiteral("expected_version"), q.value(0).toLongLong());
    }
    QString error;
    if (!beginSavepoint(m_db, "chairside_retry", &error))
        return OutboxResult{false, error, {}};
    result = enqueue(mutation, actor, Mode::Queue);
    if (!result.ok) {
        rollbackSavepoint(m_db, "chairside_retry");
        return result;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE seq = ?"));
    q.addBindValue(issueId);
    if (!q.exec()) {
        error = sqlError(q);
        rollbackSavepoint(m_db, "chairside_retry");
        return OutboxResult{false, error, {}};
    }
    if (!releaseSavepoint(m_db, "chairside_retry", &error)) {
        rollbackSavepoint(m_db, "chairside_retry");
        return OutboxResult{false, error, {}};
    }
    return result;
}

OutboxResult Outbox::discard(qint64 issueId)
{
    OutboxResult result;
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("DELETE FROM outbox WHERE seq = ? AND state IN ('conflict','rejected')"));
    q.addBindValue(issueId);
    if (!q.exec())
        return OutboxResult{false, sqlError(q), {}};
    if (q.numRowsAffected() != 1)
        return OutboxResult{false, tr("That sync issue is no longer there."), {}};
    result.changedTables.append(QStringLiteral("outbox"));
    return result;
}

} // namespace Chairside
