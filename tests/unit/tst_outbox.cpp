#include "core/Loyalty.h"
#include "sync/LocalMutations.h"
#include "sync/Mutation.h"
#include "sync/Outbox.h"
#include "tests/support/fixtures/DeskSalon.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <atomic>
#include <chrono>
#include <thread>

using namespace Chairside;
namespace Desk = Chairside::Fixtures::DeskSalon;

namespace {

const QString kConversation = QStringLiteral("conv-1");
const QString kHandoff = QStringLiteral("hand-1");
const QString kNotice = QStringLiteral("note-1");
const QString kReward = QStringLiteral("reward-1");

const LocalActor kOwner{Desk::kAnna, StaffRole::Owner};
const LocalActor kDeskStaff{Desk::kBen, StaffRole::Staff};
const LocalActor kAdmin{Desk::kBen, StaffRole::Admin};

QString isoUtc(qint64 seconds)
{
    // The server's to_jsonb format: microseconds and a numeric offset.
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc())
               .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
           + QStringLiteral(".263114+00:00");
}

QJsonObject answer(const Mutation &m, const char *status, const char *code = nullptr,
                   const QString &reason = {}, const QJsonObject &row = {})
{
    return QJsonObject{
        {QStringLiteral("mutation_id"), m.id},
        {QStringLiteral("status"), QLatin1String(status)},
        {QStringLiteral("code"),
         code ? QJsonValue(QLatin1String(code)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("reason"),
         reason.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(reason)},
        {QStringLiteral("row"), row.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(row)}};
}

// Appointment a1 as the server would send it back (ISO times, booleans and all).
QJsonObject serverAppointment(const QString &id, qint64 starts, qint64 ends, const QString &status,
                              qint64 version)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("business_id"), Desk::kBusiness},
                       {QStringLiteral("customer_id"), Desk::kThandi},
                       {QStringLiteral("staff_id"), Desk::kAnna},
                       {QStringLiteral("service_id"), Desk::kCut},
                       {QStringLiteral("starts_at"), isoUtc(starts)},
                       {QStringLiteral("ends_at"), isoUtc(ends)},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("source"), QStringLiteral("whatsapp_ai")},
                       {QStringLiteral("price_minor"), 45000},
                       {QStringLiteral("notes"), QStringLiteral("")},
                       {QStringLiteral("cancel_reason"), QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("reminder_24h_sent_at"), QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("reminder_2h_sent_at"), QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("created_at"), isoUtc(starts - 7 * 86400)},
                       {QStringLiteral("updated_at"), isoUtc(starts)},
                       {QStringLiteral("deleted_at"), QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("version"), version}};
}

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Fixtures::StoreFixture> m_fixture;
    QSqlDatabase m_db;

    QVariant scalar(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(m_db);
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return QVariant(QStringLiteral("<%1>").arg(q.lastError().text()));
        return q.value(0);
    }

    QString appointmentField(const QString &id, const char *column)
    {
        return scalar(QStringLiteral("SELECT %1 FROM appointments WHERE id = ?")
                          .arg(QLatin1String(column)),
                      {id})
            .toString();
    }

    qint64 balance(const QString &customer)
    {
        return scalar(QStringLiteral("SELECT COALESCE(SUM(points), 0) FROM loyalty_ledger WHERE "
                                     "customer_id = ? AND deleted_at IS NULL"),
                      {customer})
            .toLongLong();
    }

    qint64 outboxRows()
    {
        return scalar(QStringLiteral("SELECT COUNT(*) FROM outbox")).toLongLong();
    }

    // Every row of the tables mutations touch, as text: "the same state" in one comparison.
    QString snapshot()
    {
        QString out;
        for (const char *table :
             {"appointments", "customers", "ai_handoffs", "ai_conversations", "ai_messages",
              "outbound_messages", "loyalty_ledger", "notifications", "outbox"}) {
            QSqlQuery q(m_db);
            q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(QLatin1String(table)));
            while (q.next()) {
                out += QLatin1String(table) + u':';
                for (int i = 0; i < q.record().count(); ++i)
                    out += q.value(i).toString() + u'|';
                out += u'\n';
            }
        }
        return out;
    }

    OutboxResult enqueue(const Mutation &m, const LocalActor &actor = kOwner,
                         Outbox::Mode mode = Outbox::Mode::Queue)
    {
        return Outbox(m_db).enqueue(m, actor, mode);
    }

    AnswersResult record(const QJsonArray &answers) { return Outbox(m_db).recordAnswers(answers); }

    QString earnLine(const QString &appointment, const char *column)
    {
        return scalar(QStringLiteral("SELECT %1 FROM loyalty_ledger WHERE id = ?")
                          .arg(QLatin1String(column)),
                      {earnLineId(appointment)})
            .toString();
    }

    int earnLines(const QString &appointment)
    {
        return scalar(QStringLiteral("SELECT COUNT(*) FROM loyalty_ledger WHERE appointment_id = ? "
                                     "AND kind = 'earn'"),
                      {appointment})
            .toInt();
    }

    // Takes a1 (Thandi, R450, confirmed) to in service; the completion is the caller's.
    void bringToService(const QString &id)
    {
        for (AppointmentStatus status : {AppointmentStatus::Arrived, AppointmentStatus::InService})
            QVERIFY(enqueue(Mutations::setAppointmentStatus(id, status)).ok);
    }

    QJsonArray pendingIds()
    {
        QJsonArray ids;
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("SELECT mutation_id FROM outbox ORDER BY seq"));
        while (q.next())
            ids.append(q.value(0).toString());
        return ids;
    }

    QString customerField(const QString &id, const char *column)
    {
        return scalar(QStringLiteral("SELECT %1 FROM customers WHERE id = ?")
                          .arg(QLatin1String(column)),
                      {id})
            .toString();
    }

    int count(const QString &sql, const QVariantList &values)
    {
        return scalar(sql, values).toInt();
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = Desk::create();
        QVERIFY(m_fixture);
        m_db = m_fixture->database();
        QVERIFY(m_db.isOpen());
        // The desk salon has no escalations, rewards or notices: add one of each.
        Fixtures::RowWriter w = Desk::writer(m_db);
        w.transaction();
        w.conversation({.id = kConversation,
                        .customerId = Desk::kThandi,
                        .status = QStringLiteral("handed_off")});
        w.message({.conversationId = kConversation,
                   .body = QStringLiteral("My colour went green, please help")});
        w.handoff({.id = kHandoff, .conversationId = kConversation, .customerId = Desk::kThandi});
        w.loyaltyReward(
            {.id = kReward, .name = QStringLiteral("Free treatment"), .costPoints = 200});
        w.notification({.id = kNotice, .title = QStringLiteral("New booking")});
        w.commit();
        QVERIFY2(w.ok(), qPrintable(w.error()));
    }

    void cleanup()
    {
        m_db = QSqlDatabase();
        if (m_fixture)
            m_fixture->closeDatabase();
        m_fixture.reset();
    }

    // Regression: the sync engine (another connection) committing while an edit was being
    // saved made the edit fail at once with "database is locked" instead of waiting its turn.
    void enqueueWaitsForAnotherWriterInsteadOfFailing()
    {
        std::atomic<bool> locked = false;
        const QString path = m_fixture->path();
        std::thread writer([path, &locked] {
            {
                QSqlDatabase other =
                    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
                other.setDatabaseName(path);
                other.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
                if (other.open()) {
                    QSqlQuery q(other);
                    q.exec(QStringLiteral("BEGIN IMMEDIATE"));
                    q.exec(QStringLiteral("INSERT OR REPLACE INTO sync_state(key, value) "
                                          "VALUES ('probe', 'x')"));
                    locked = true;
                    std::this_thread::sleep_for(std::chrono::milliseconds(300));
                    q.exec(QStringLiteral("COMMIT"));
                }
                locked = true;
            }
            QSqlDatabase::removeDatabase(QStringLiteral("writer"));
        });
        while (!locked)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        const OutboxResult result =
            enqueue(Mutations::awardPoints(Desk::kThandi, 10, QStringLiteral("Busy desk")));
        writer.join();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(outboxRows(), 1);
    }

    void enqueueWritesTheLocalEffectAndTheOutboxRow()
    {
        const qint64 onePm = Desk::at(Desk::kDay, 13, 0); // a free hour for Anna
        const Mutation m = Mutations::rescheduleAppointment(QStringLiteral("a1"), onePm);
        const OutboxResult result = enqueue(m);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.changedTables.contains(QStringLiteral("appointments")));
        QVERIFY(result.changedTables.contains(QStringLiteral("outbox")));
        // Moved, keeping its hour.
        QCOMPARE(appointmentField(QStringLiteral("a1"), "starts_at").toLongLong(), onePm);
        QCOMPARE(appointmentField(QStringLiteral("a1"), "ends_at").toLongLong(), onePm + 3600);
        QCOMPARE(appointmentField(QStringLiteral("a1"), "version"), QStringLiteral("1"));
        Outbox outbox(m_db);
        QCOMPARE(outbox.pendingCount(), 1);
        const QList<Mutation> batch = outbox.nextBatch(10);
        QCOMPARE(batch.size(), 1);
        QCOMPARE(batch.first().id, m.id);
        QCOMPARE(batch.first().kind, m.kind);
        QCOMPARE(batch.first().payload, m.payload);
        QCOMPARE(batch.first().summary,
                 QStringLiteral("Move Thandi Mokoena's appointment to Tue 10 Mar 13:00"));
        QCOMPARE(scalar(QStringLiteral("SELECT target_table || '/' || target_id || '/' || "
                                       "base_version || '/' || actor_role FROM outbox")),
                 QVariant(QStringLiteral("appointments/a1/1/owner")));
    }

    void aFailingLocalApplyQueuesNothing()
    {
        // The reply's transcript line cannot be written: the outbound message written just
        // before it, the claim and the outbox row must all go too.
        QSqlQuery q(m_db);
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER no_staff_lines BEFORE INSERT ON "
                                      "ai_messages WHEN NEW.sender = 'staff' BEGIN SELECT "
                                      "RAISE(ABORT, 'disk says no'); END")));
        const QString before = snapshot();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("failed on")));
        const OutboxResult result =
            enqueue(Mutations::replyToHandoff(kHandoff, QStringLiteral("We'll fix it")));
        QVERIFY(!result.ok);
        QCOMPARE(result.error, QStringLiteral("The change could not be saved on this computer."));
        QCOMPARE(snapshot(), before);
        QCOMPARE(outboxRows(), 0);
    }

    void aFailingOutboxInsertUndoesTheLocalEffect()
    {
        const Mutation first = Mutations::awardPoints(Desk::kPriya, 50, QStringLiteral("Bday"));
        QVERIFY(enqueue(first).ok);
        QCOMPARE(balance(Desk::kPriya), 145);
        // A second edit under the same mutation id cannot be queued (UNIQUE), so its points
        // must not stay either.
        Mutation clash = Mutations::awardPoints(Desk::kPriya, 70, QStringLiteral("Oops"));
        clash.id = first.id;
        const QString before = snapshot();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("queueing")));
        const OutboxResult result = enqueue(clash);
        QVERIFY(!result.ok);
        QVERIFY(result.error.contains(QStringLiteral("not made")));
        QCOMPARE(snapshot(), before);
        QCOMPARE(balance(Desk::kPriya), 145);
        QCOMPARE(outboxRows(), 1);
    }

    void localOnlyAppliesAndQueuesNothing()
    {
        const OutboxResult result = enqueue(
            Mutations::setAppointmentStatus(QStringLiteral("a1"), AppointmentStatus::Arrived),
            kOwner, Outbox::Mode::LocalOnly);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(appointmentField(QStringLiteral("a1"), "status"), QStringLiteral("arrived"));
        QCOMPARE(outboxRows(), 0);
        QVERIFY(!result.changedTables.contains(QStringLiteral("outbox")));
    }

    void appliedAnswersRemoveTheEntryAndWriteTheServerRow()
    {
        const qint64 onePm = Desk::at(Desk::kDay, 13, 0); // a free hour for Anna
        const Mutation m = Mutations::rescheduleAppointment(QStringLiteral("a1"), onePm);
        QVERIFY(enqueue(m).ok);
        QJsonObject row = serverAppointment(QStringLiteral("a1"), onePm, onePm + 3600,
                                            QStringLiteral("confirmed"), 2);
        row.insert(QStringLiteral("notes"), QStringLiteral("Set by the server"));
        const AnswersResult result = record({answer(m, "applied", nullptr, {}, row)});
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.applied, 1);
        QVERIFY(result.changedTables.contains(QStringLiteral("appointments")));
        QCOMPARE(outboxRows(), 0);
        QCOMPARE(appointmentField(QStringLiteral("a1"), "version"), QStringLiteral("2"));
        QCOMPARE(appointmentField(QStringLiteral("a1"), "notes"),
                 QStringLiteral("Set by the server"));
        QCOMPARE(appointmentField(QStringLiteral("a1"), "starts_at").toLongLong(), onePm);
        QCOMPARE(appointmentField(QStringLiteral("a1"), "updated_at").toLongLong(), onePm);
        // Answers for unknown ids change nothing.
        QVERIFY(record({answer(m, "applied", nullptr, {}, row)}).ok);
        QCOMPARE(record({answer(m, "applied")}).applied, 0);
    }

    void appliedRepliesTakeTheServerRowsFormat()
    {
        // Row shapes as chairside-localbase answered them (booleans, jsonb, microseconds).
        const Mutation reply = Mutations::replyToHandoff(kHandoff, QStringLiteral("On it"));
        QVERIFY(enqueue(reply).ok);
        const QString messageId = reply.payload.value(QStringLiteral("message_id")).toString();
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM ai_messages WHERE sender = 'staff'"))
                     .toInt(),
                 1);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QJsonObject row{{QStringLiteral("id"), messageId},
                              {QStringLiteral("body"), QStringLiteral("On it")},
                              {QStringLiteral("kind"), QStringLiteral("reply")},
                              {QStringLiteral("error"), QJsonValue(QJsonValue::Null)},
                              {QStringLiteral("status"), QStringLiteral("queued")},
                              {QStringLiteral("channel"), QStringLiteral("whatsapp")},
                              {QStringLiteral("sent_at"), QJsonValue(QJsonValue::Null)},
                              {QStringLiteral("version"), 1},
                              {QStringLiteral("created_at"), isoUtc(now)},
                              {QStringLiteral("created_by"), Desk::kAnna},
                              {QStringLiteral("deleted_at"), QJsonValue(QJsonValue::Null)},
                              {QStringLiteral("handoff_id"), kHandoff},
                              {QStringLiteral("updated_at"), isoUtc(now)},
                              {QStringLiteral("business_id"), Desk::kBusiness},
                              {QStringLiteral("customer_id"), Desk::kThandi},
                              {QStringLiteral("appointment_id"), QJsonValue(QJsonValue::Null)},
                              {QStringLiteral("conversation_id"), kConversation}};
        const AnswersResult result = record({answer(reply, "applied", nullptr, {}, row)});
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(scalar(QStringLiteral("SELECT created_at FROM outbound_messages WHERE id = ?"),
                        {messageId})
                     .toLongLong(),
                 now);
        // The optimistic transcript line goes; the server's copy comes with the next pull.
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM ai_messages WHERE sender = 'staff'"))
                     .toInt(),
                 0);
        // The handoff stays claimed until the pull brings the server's row.
        QCOMPARE(
            scalar(QStringLiteral("SELECT assigned_to FROM ai_handoffs WHERE id = ?"), {kHandoff})
                .toString(),
            Desk::kAnna);
    }

    void conflictsWriteTheServerRowAndBecomeIssues()
    {
        const Mutation m =
            Mutations::setAppointmentStatus(QStringLiteral("a1"), AppointmentStatus::Arrived, 1);
        QVERIFY(enqueue(m).ok);
        QCOMPARE(appointmentField(QStringLiteral("a1"), "status"), QStringLiteral("arrived"));
        const qint64 nine = Desk::at(Desk::kDay, 9, 0);
        QJsonObject row = serverAppointment(QStringLiteral("a1"), nine, nine + 3600,
                                            QStringLiteral("cancelled"), 3);
        row.insert(QStringLiteral("cancel_reason"), QStringLiteral("Customer phoned"));
        const QString reason = QStringLiteral("Someone else changed this appointment first.");
        const AnswersResult result =
            record({answer(m, "conflict", "version_mismatch", reason, row)});
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.conflicts, 1);
        QCOMPARE(appointmentField(QStringLiteral("a1"), "status"), QStringLiteral("cancelled"));
        QCOMPARE(appointmentField(QStringLiteral("a1"), "cancel_reason"),
                 QStringLiteral("Customer phoned"));
        QCOMPARE(appointmentField(QStringLiteral("a1"), "version"), QStringLiteral("3"));
        Outbox outbox(m_db);
        QCOMPARE(outbox.pendingCount(), 0);
        QCOMPARE(outbox.issueCount(), 1);
        QVERIFY(outbox.nextBatch(10).isEmpty());
        const IssuesResult issues = outbox.issues();
        QCOMPARE(issues.issues.size(), 1);
        const SyncIssue &issue = issues.issues.first();
        QCOMPARE(issue.state, QStringLiteral("conflict"));
        QCOMPARE(issue.code, QStringLiteral("version_mismatch"));
        QCOMPARE(issue.reason, reason);
        QCOMPARE(
            issue.summary,
            QStringLiteral("Mark Thandi Mokoena's appointment of Tue 10 Mar 09:00 as arrived"));
        QVERIFY(issue.answeredAt > 0);
        QCOMPARE(issue.mutationId, m.id);
    }

    void aRejectedCreateRemovesTheOptimisticAppointment()
    {
        NewAppointment booking;
        booking.staffId = Desk::kBen;
        booking.serviceId = Desk::kColour;
        booking.customerId = Desk::kPriya;
        booking.startsAt = Desk::at(Desk::kDay, 16, 0);
        const Mutation m = Mutations::createAppointment(booking);
        const QString id = m.payload.value(QStringLiteral("id")).toString();
        const OutboxResult queued = enqueue(m);
        QVERIFY2(queued.ok, qPrintable(queued.error));
        // Defaults as the server's: 90 minutes of colour, the service's price, confirmed.
        QCOMPARE(appointmentField(id, "ends_at").toLongLong(), Desk::at(Desk::kDay, 17, 30));
        QCOMPARE(appointmentField(id, "price_minor"), QStringLiteral("95000"));
        QCOMPARE(appointmentField(id, "status"), QStringLiteral("confirmed"));
        const AnswersResult result = record(
            {answer(m, "rejected", "double_booking",
                    QStringLiteral("Ben is already booked from 16:00 to 17:00 on Tue 10 Mar."))});
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.rejected, 1);
        QCOMPARE(
            scalar(QStringLiteral("SELECT COUNT(*) FROM appointments WHERE id = ?"), {id}).toInt(),
            0);
        QCOMPARE(Outbox(m_db).issues().issues.first().code, QStringLiteral("double_booking"));
    }

    void aRejectedRedemptionGivesThePointsBack()
    {
        QCOMPARE(balance(Desk::kThandi), 500);
        const Mutation m = Mutations::redeemPoints(Desk::kThandi, std::nullopt, QString(), kReward);
        QVERIFY(enqueue(m).ok);
        QCOMPARE(balance(Desk::kThandi), 300);
        QCOMPARE(scalar(QStringLiteral("SELECT reason FROM loyalty_ledger WHERE id = ?"),
                        {m.payload.value(QStringLiteral("id")).toString()})
                     .toString(),
                 QStringLiteral("Free treatment"));
        const AnswersResult result = record(
            {answer(m, "rejected", "insufficient_points",
                    QStringLiteral("The customer has 100 points, so 200 cannot be taken off."))});
        QVERIFY(result.ok);
        QCOMPARE(balance(Desk::kThandi), 500);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM loyalty_ledger WHERE id = ?"),
                        {m.payload.value(QStringLiteral("id")).toString()})
                     .toInt(),
                 0);
        QCOMPARE(Outbox(m_db).issueCount(), 1);
    }

    void aRejectionWithoutARowRestoresThePreviousRow()
    {
        CustomerChanges changes;
        changes.id = Desk::kJohan;
        changes.phone = QString();
        changes.notes = QStringLiteral("Moved to Durban");
        const Mutation m = Mutations::upsertCustomer(changes);
        QVERIFY(enqueue(m).ok);
        QVERIFY(scalar(QStringLiteral("SELECT phone FROM customers WHERE id = ?"), {Desk::kJohan})
                    .isNull());
        QVERIFY(record({answer(m, "rejected", "forbidden", QStringLiteral("No."))}).ok);
        QCOMPARE(scalar(QStringLiteral("SELECT phone || '/' || notes FROM customers WHERE id = ?"),
                        {Desk::kJohan})
                     .toString(),
                 QStringLiteral("+27 84 555 0303/"));
    }

    void serverErrorsStayPending()
    {
        const Mutation m = Mutations::awardPoints(Desk::kPriya, 5, QStringLiteral("x"));
        QVERIFY(enqueue(m).ok);
        const AnswersResult result =
            record({answer(m, "rejected", "server_error", QStringLiteral("boom"))});
        QVERIFY(result.ok);
        QCOMPARE(result.retryLater, 1);
        Outbox outbox(m_db);
        QCOMPARE(outbox.pendingCount(), 1);
        QCOMPARE(outbox.issueCount(), 0);
        QCOMPARE(outbox.nextBatch(5).first().id, m.id);
        QCOMPARE(scalar(QStringLiteral("SELECT attempts || last_error FROM outbox")).toString(),
                 QStringLiteral("1boom"));
        QCOMPARE(balance(Desk::kPriya), 100);
    }

    void reapplyingIsIdempotent()
    {
        CustomerChanges newcomer;
        newcomer.fullName = QStringLiteral("Nomsa Zulu");
        newcomer.consentSms = true;
        NewAppointment booking;
        booking.staffId = Desk::kBen;
        booking.serviceId = Desk::kCut;
        booking.startsAt = Desk::at(Desk::kDay, 16, 0);
        const QList<Mutation> edits{
            Mutations::rescheduleAppointment(QStringLiteral("a1"), Desk::at(Desk::kDay, 13, 0)),
            Mutations::setAppointmentStatus(QStringLiteral("a1"), AppointmentStatus::Arrived),
            Mutations::createAppointment(booking),
            Mutations::upsertCustomer(newcomer),
            Mutations::awardPoints(Desk::kPriya, 10, QStringLiteral("Review")),
            Mutations::redeemPoints(Desk::kThandi, 100, QStringLiteral("Treat")),
            Mutations::claimHandoff(kHandoff),
            Mutations::replyToHandoff(kHandoff, QStringLiteral("Hello Thandi")),
            Mutations::resolveHandoff(kHandoff, QStringLiteral("booked"), QStringLiteral("Done")),
            Mutations::markNotificationRead(kNotice),
            Mutations::cancelAppointment(QStringLiteral("a4"), QStringLiteral("Ill")),
        };
        for (const Mutation &m : edits) {
            const OutboxResult result = enqueue(m);
            QVERIFY2(result.ok, qPrintable(m.kind + u' ' + result.error));
        }
        const QString once = snapshot();
        Outbox outbox(m_db);
        ReapplyResult details;
        QVERIFY(outbox.reapplyPending(&details));
        QCOMPARE(details.reapplied + details.refused, int(edits.size()));
        QCOMPARE(snapshot(), once);
        QVERIFY(outbox.reapplyPending());
        QCOMPARE(snapshot(), once);

        // A pulled page brings a newer server row for a1; the pending edits go back on top.
        Fixtures::RowWriter w = Desk::writer(m_db);
        QVERIFY(w.exec(QStringLiteral("UPDATE appointments SET starts_at = ?, ends_at = ?, "
                                      "status = 'confirmed', notes = 'from server', version = 2 "
                                      "WHERE id = 'a1'"),
                       {Desk::at(Desk::kDay, 9, 0), Desk::at(Desk::kDay, 10, 0)}));
        QVERIFY(outbox.reapplyPending());
        QCOMPARE(appointmentField(QStringLiteral("a1"), "starts_at").toLongLong(),
                 Desk::at(Desk::kDay, 13, 0));
        QCOMPARE(appointmentField(QStringLiteral("a1"), "status"), QStringLiteral("arrived"));
        QCOMPARE(appointmentField(QStringLiteral("a1"), "notes"), QStringLiteral("from server"));
    }

    void reapplyNestsInTheCallersTransaction()
    {
        QVERIFY(enqueue(Mutations::awardPoints(Desk::kPriya, 10, QStringLiteral("x"))).ok);
        QVERIFY(m_db.transaction());
        QSqlQuery q(m_db);
        q.prepare(
            QStringLiteral("DELETE FROM loyalty_ledger WHERE customer_id = ? AND kind = 'award'"));
        q.addBindValue(Desk::kPriya);
        QVERIFY(q.exec());
        QCOMPARE(balance(Desk::kPriya), 95);
        QVERIFY(Outbox(m_db).reapplyPending());
        QCOMPARE(balance(Desk::kPriya), 105);
        QVERIFY(m_db.rollback());
        QCOMPARE(balance(Desk::kPriya), 105);
    }

    void retryQueuesTheSameIntentUnderANewId()
    {
        const Mutation m = Mutations::rescheduleAppointment(
            QStringLiteral("a1"), Desk::at(Desk::kDay, 13, 0), std::nullopt, {}, {}, 1);
        QVERIFY(enqueue(m).ok);
        const qint64 nine = Desk::at(Desk::kDay, 9, 0);
        QJsonObject row = serverAppointment(QStringLiteral("a1"), nine, nine + 3600,
                                            QStringLiteral("confirmed"), 4);
        row.insert(QStringLiteral("notes"), QStringLiteral("Changed elsewhere"));
        QVERIFY(
            record({answer(m, "conflict", "version_mismatch",
                           QStringLiteral("Someone else changed this appointment first."), row)})
                .ok);
        QCOMPARE(appointmentField(QStringLiteral("a1"), "starts_at").toLongLong(), nine);
        Outbox outbox(m_db);
        const qint64 issue = outbox.issues().issues.first().id;
        const OutboxResult result = outbox.retry(issue, kOwner);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(outbox.issueCount(), 0);
        const QList<Mutation> batch = outbox.nextBatch(10);
        QCOMPARE(batch.size(), 1);
        QVERIFY(batch.first().id != m.id);
        QCOMPARE(batch.first().kind, m.kind);
        QCOMPARE(batch.first().payload.value(QStringLiteral("expected_version")).toInteger(), 4);
        QCOMPARE(batch.first().payload.value(QStringLiteral("starts_at")),
                 m.payload.value(QStringLiteral("starts_at")));
        QCOMPARE(batch.first().summary, outbox.nextBatch(1).first().summary);
        // Applied again locally, on top of the server's row.
        QCOMPARE(appointmentField(QStringLiteral("a1"), "starts_at").toLongLong(),
                 Desk::at(Desk::kDay, 13, 0));
        QCOMPARE(appointmentField(QStringLiteral("a1"), "notes"),
                 QStringLiteral("Changed elsewhere"));
        // Gone issues cannot be retried or discarded twice.
        QVERIFY(!outbox.retry(issue, kOwner).ok);
        QVERIFY(!outbox.discard(issue).ok);
    }

    void aRetryRefusedLocallyKeepsTheIssue()
    {
        const Mutation m = Mutations::redeemPoints(Desk::kThandi, 400, QStringLiteral("Big"));
        QVERIFY(enqueue(m).ok);
        QVERIFY(record({answer(m, "rejected", "insufficient_points", QStringLiteral("No."))}).ok);
        // Meanwhile other points went out: 500 - 200 = 300 left, so 400 cannot go.
        QVERIFY(enqueue(Mutations::redeemPoints(Desk::kThandi, 200, QStringLiteral("Treat"))).ok);
        Outbox outbox(m_db);
        const qint64 issue = outbox.issues().issues.first().id;
        const OutboxResult result = outbox.retry(issue, kOwner);
        QVERIFY(!result.ok);
        QCOMPARE(result.error,
                 QStringLiteral("The customer has 300 points, so 400 cannot be taken off."));
        QCOMPARE(outbox.issueCount(), 1);
        QCOMPARE(outbox.pendingCount(), 1);
        QCOMPARE(balance(Desk::kThandi), 300);
    }

    void discardForgetsTheIssue()
    {
        const Mutation m = Mutations::awardPoints(Desk::kPriya, 5, QStringLiteral("x"));
        QVERIFY(enqueue(m).ok);
        QVERIFY(record({answer(m, "rejected", "forbidden", QStringLiteral("Not you."))}).ok);
        Outbox outbox(m_db);
        QCOMPARE(outbox.issueCount(), 1);
        const OutboxResult result = outbox.discard(outbox.issues().issues.first().id);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(outbox.issueCount(), 0);
        QCOMPARE(outboxRows(), 0);
        QCOMPARE(balance(Desk::kPriya), 95);
    }

    void localRefusalsSayWhyAndWriteNothing_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("overdraft")
            << 0 << QStringLiteral("The customer has 500 points, so 600 cannot be taken off.");
        QTest::newRow("final status") << 1
                                      << QStringLiteral("This appointment is already completed, "
                                                        "so it can no longer be changed.");
        QTest::newRow("skipped step") << 2
                                      << QStringLiteral("An appointment that is confirmed cannot "
                                                        "become completed.");
        QTest::newRow("double booking") << 3
                                        << QStringLiteral("Anna Smith is already booked from 10:00 "
                                                          "to 11:30 on Tue 10 Mar.");
        QTest::newRow("staff adjusts points")
            << 4 << QStringLiteral("Only owners can adjust a points balance by hand.");
        QTest::newRow("staff claims") << 5
                                      << QStringLiteral("Only admins and owners can work on "
                                                        "handed-off conversations.");
        QTest::newRow("someone else's claim") << 6
                                              << QStringLiteral("Ben Dlamini is already handling "
                                                                "this conversation.");
        QTest::newRow("new customer without a name")
            << 7 << QStringLiteral("A new customer needs a name.");
        QTest::newRow("an admin adjusts points")
            << 8 << QStringLiteral("Only owners can adjust a points balance by hand.");
        QTest::newRow("staff merge customers")
            << 9 << QStringLiteral("Only admins and owners can merge customers.");
        QTest::newRow("a customer merged into themselves")
            << 10 << QStringLiteral("A customer cannot be merged into themselves.");
    }

    void localRefusalsSayWhyAndWriteNothing()
    {
        QFETCH(int, which);
        QFETCH(QString, sentence);
        if (which == 6) {
            Fixtures::RowWriter w = Desk::writer(m_db);
            QVERIFY(w.exec(QStringLiteral("UPDATE ai_handoffs SET assigned_to = ? WHERE id = ?"),
                           {Desk::kBen, kHandoff}));
        }
        const QString before = snapshot();
        Mutation m;
        LocalActor actor = kOwner;
        switch (which) {
        case 0:
            m = Mutations::redeemPoints(Desk::kThandi, 600, QStringLiteral("All of it"));
            break;
        case 1:
            m = Mutations::setAppointmentStatus(QStringLiteral("a2"), AppointmentStatus::Confirmed);
            break;
        case 2:
            m = Mutations::setAppointmentStatus(QStringLiteral("a1"), AppointmentStatus::Completed);
            break;
        case 3:
            m = Mutations::rescheduleAppointment(QStringLiteral("a1"), Desk::at(Desk::kDay, 11, 0));
            break;
        case 4:
            m = Mutations::adjustPoints(Desk::kThandi, 10, QStringLiteral("Gift"));
            actor = kDeskStaff;
            break;
        case 8:
            m = Mutations::adjustPoints(Desk::kThandi, 10, QStringLiteral("Gift"));
            actor = kAdmin;
            break;
        case 9:
            m = Mutations::mergeCustomers(Desk::kThandi, Desk::kPriya);
            actor = kDeskStaff;
            break;
        case 10:
            m = Mutations::mergeCustomers(Desk::kThandi, Desk::kThandi);
            break;
        case 5:
            m = Mutations::claimHandoff(kHandoff);
            actor = kDeskStaff;
            break;
        case 6:
            m = Mutations::claimHandoff(kHandoff);
            break;
        case 7: {
            CustomerChanges nameless;
            nameless.phone = QStringLiteral("+27 60 000 0000");
            m = Mutations::upsertCustomer(nameless);
            break;
        }
        default:
            QFAIL("no such case");
        }
        const OutboxResult result = enqueue(m, actor);
        QVERIFY(!result.ok);
        QCOMPARE(result.error, sentence);
        QCOMPARE(snapshot(), before);
        QVERIFY(result.changedTables.isEmpty());
    }

    // ---- points earned on completion (the server's appointments_earn_points) ----------------

    void completingAVisitEarnsOnceUnderTheServersId()
    {
        bringToService(QStringLiteral("a1"));
        QCOMPARE(earnLines(QStringLiteral("a1")), 0);
        const Mutation done =
            Mutations::setAppointmentStatus(QStringLiteral("a1"), AppointmentStatus::Completed);
        const OutboxResult result = enqueue(done);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.changedTables.contains(QStringLiteral("loyalty_ledger")));
        // R450.00 at the salon's R10.00 per point: 45 points, booked by who completed it.
        QCOMPARE(earnLine(QStringLiteral("a1"), "points"), QStringLiteral("45"));
        QCOMPARE(earnLine(QStringLiteral("a1"), "reason"), QStringLiteral("Cut & blow-dry"));
        QCOMPARE(earnLine(QStringLiteral("a1"), "customer_id"), Desk::kThandi);
        QCOMPARE(earnLine(QStringLiteral("a1"), "created_by"), Desk::kAnna);
        QCOMPARE(earnLine(QStringLiteral("a1"), "version"), QStringLiteral("0"));
        QCOMPARE(balance(Desk::kThandi), 545);
        // Completing again, or applying the pending edits again, earns nothing more.
        QVERIFY(enqueue(Mutations::setAppointmentStatus(QStringLiteral("a1"),
                                                        AppointmentStatus::Completed))
                    .ok);
        QVERIFY(Outbox(m_db).reapplyPending());
        QCOMPARE(earnLines(QStringLiteral("a1")), 1);
        QCOMPARE(balance(Desk::kThandi), 545);

        // The pull brings the server's line (same id) before the answer is recorded: it stays.
        QJsonObject serverLine{{QStringLiteral("id"), earnLineId(QStringLiteral("a1"))},
                               {QStringLiteral("business_id"), Desk::kBusiness},
                               {QStringLiteral("customer_id"), Desk::kThandi},
                               {QStringLiteral("kind"), QStringLiteral("earn")},
                               {QStringLiteral("points"), 45},
                               {QStringLiteral("reason"), QStringLiteral("Cut & blow-dry")},
                               {QStringLiteral("appointment_id"), QStringLiteral("a1")},
                               {QStringLiteral("created_by"), Desk::kAnna},
                               {QStringLiteral("created_at"), isoUtc(Desk::at(Desk::kDay, 10, 0))},
                               {QStringLiteral("updated_at"), isoUtc(Desk::at(Desk::kDay, 10, 0))},
                               {QStringLiteral("version"), 1}};
        QCOMPARE(writeServerRow(m_db, QStringLiteral("loyalty_ledger"), serverLine), QString());
        const QJsonObject appointment =
            serverAppointment(QStringLiteral("a1"), Desk::at(Desk::kDay, 9, 0),
                              Desk::at(Desk::kDay, 10, 0), QStringLiteral("completed"), 4);
        QJsonArray answers;
        for (const QJsonValue &pending : pendingIds())
            answers.append(answer(Mutation{pending.toString(), QStringLiteral("x"), {}, {}, 0},
                                  "applied", nullptr, {}, appointment));
        QVERIFY(record(answers).ok);
        QCOMPARE(outboxRows(), 0);
        QCOMPARE(earnLine(QStringLiteral("a1"), "version"), QStringLiteral("1"));
        QCOMPARE(balance(Desk::kThandi), 545);
    }

    void anEarnLineTheServerDidNotWriteGoesWithTheAnswer()
    {
        bringToService(QStringLiteral("a1"));
        const Mutation done =
            Mutations::setAppointmentStatus(QStringLiteral("a1"), AppointmentStatus::Completed);
        QVERIFY(enqueue(done).ok);
        QCOMPARE(balance(Desk::kThandi), 545);
        // Applied, and the server's line has not been pulled (or the server wrote none, e.g. the
        // owner had just changed the rate): the desk's guess goes, the pull brings the truth.
        QJsonArray answers;
        for (const QJsonValue &pending : pendingIds())
            answers.append(
                answer(Mutation{pending.toString(), QStringLiteral("x"), {}, {}, 0}, "applied"));
        const AnswersResult result = record(answers);
        QVERIFY(result.ok);
        QVERIFY(result.changedTables.contains(QStringLiteral("loyalty_ledger")));
        QCOMPARE(earnLines(QStringLiteral("a1")), 0);
        QCOMPARE(balance(Desk::kThandi), 500);
    }

    void aRejectedCompletionTakesTheEarnLineBack()
    {
        bringToService(QStringLiteral("a1"));
        const Mutation done =
            Mutations::setAppointmentStatus(QStringLiteral("a1"), AppointmentStatus::Completed);
        QVERIFY(enqueue(done).ok);
        QCOMPARE(earnLines(QStringLiteral("a1")), 1);
        QVERIFY(record({answer(done, "rejected", "invalid_transition",
                               QStringLiteral("An appointment that is arrived cannot become "
                                              "completed."))})
                    .ok);
        QCOMPARE(earnLines(QStringLiteral("a1")), 0);
        QCOMPARE(balance(Desk::kThandi), 500);
        QCOMPARE(appointmentField(QStringLiteral("a1"), "status"), QStringLiteral("in_service"));
    }

    void noPointsNoLine()
    {
        // R450 at R1,000 per point is less than a point: no line, as on the server.
        Fixtures::RowWriter w = Desk::writer(m_db);
        QVERIFY(
            w.exec(QStringLiteral("UPDATE businesses SET loyalty_minor_per_point = 100000"), {}));
        bringToService(QStringLiteral("a1"));
        QVERIFY(enqueue(Mutations::setAppointmentStatus(QStringLiteral("a1"),
                                                        AppointmentStatus::Completed))
                    .ok);
        QCOMPARE(appointmentField(QStringLiteral("a1"), "status"), QStringLiteral("completed"));
        QCOMPARE(earnLines(QStringLiteral("a1")), 0);
    }

    // ---- customer.merge ------------------------------------------------------------------

    void mergeMovesEverythingToTheKeptCustomer()
    {
        Fixtures::RowWriter w = Desk::writer(m_db);
        w.notification({.id = QStringLiteral("note-priya"),
                        .title = QStringLiteral("Priya reached Silver"),
                        .actionUrl = QStringLiteral("chairside://customer/") + Desk::kPriya});
        QVERIFY2(w.ok(), qPrintable(w.error()));
        const QString before = snapshot();
        const qint64 priyaLineAt =
            scalar(QStringLiteral("SELECT created_at FROM loyalty_ledger WHERE id = 'l4'"))
                .toLongLong();

        const Mutation m = Mutations::mergeCustomers(Desk::kThandi, Desk::kPriya, 1);
        QCOMPARE(describeMutation(m_db, m),
                 QStringLiteral("Merge Priya Naidoo into Thandi Mokoena"));
        const OutboxResult result = enqueue(m, kAdmin);
        QVERIFY2(result.ok, qPrintable(result.error));
        for (const char *table : {"customers", "appointments", "loyalty_ledger", "notifications"})
            QVERIFY2(result.changedTables.contains(QLatin1String(table)), table);

        // The duplicate is a tombstone pointing at the kept customer.
        QCOMPARE(customerField(Desk::kPriya, "merged_into"), Desk::kThandi);
        QVERIFY(!customerField(Desk::kPriya, "deleted_at").isEmpty());
        QCOMPARE(customerField(Desk::kPriya, "full_name"), QStringLiteral("Priya Naidoo"));
        QVERIFY(scalar(QStringLiteral("SELECT phone FROM customers WHERE id = ?"), {Desk::kPriya})
                    .isNull());
        // Thandi keeps her own details and consent; Priya's other number and address are noted.
        QCOMPARE(customerField(Desk::kThandi, "phone"), QStringLiteral("+27 82 555 0101"));
        QCOMPARE(customerField(Desk::kThandi, "email"), QStringLiteral("thandi@example.com"));
        QCOMPARE(customerField(Desk::kThandi, "referral_code"), QStringLiteral("THANDI10"));
        QCOMPARE(customerField(Desk::kThandi, "notes"),
                 QStringLiteral("Likes tea\nMerged from Priya Naidoo: +27 83 555 0202, "
                                "priya@example.com"));
        QCOMPARE(customerField(Desk::kThandi, "allergy_notes"), QStringLiteral("Latex"));
        QCOMPARE(customerField(Desk::kThandi, "consent_sms"), QStringLiteral("0"));
        // Her bookings, points (with their dates) and links moved.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM appointments WHERE customer_id = ?"),
                       {Desk::kPriya}),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM appointments WHERE customer_id = ?"),
                       {Desk::kThandi}),
                 7);
        QCOMPARE(balance(Desk::kThandi), 595);
        QCOMPARE(balance(Desk::kPriya), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT created_at FROM loyalty_ledger WHERE id = 'l4'"))
                     .toLongLong(),
                 priyaLineAt);
        QCOMPARE(scalar(QStringLiteral("SELECT action_url FROM notifications WHERE id = "
                                       "'note-priya'"))
                     .toString(),
                 QStringLiteral("chairside://customer/") + Desk::kThandi);

        // Edits that still name Priya follow her to Thandi, or say where she went.
        const OutboxResult award =
            enqueue(Mutations::awardPoints(Desk::kPriya, 5, QStringLiteral("Stamp")), kAdmin);
        QVERIFY2(award.ok, qPrintable(award.error));
        QCOMPARE(balance(Desk::kThandi), 600);
        CustomerChanges edit;
        edit.id = Desk::kPriya;
        edit.notes = QStringLiteral("VIP");
        const OutboxResult edited = enqueue(Mutations::upsertCustomer(edit), kAdmin);
        QCOMPARE(edited.error,
                 QStringLiteral("Priya Naidoo was merged into Thandi Mokoena; make the change "
                                "there."));
        // Merging again is no change; Priya cannot be merged elsewhere, nor anyone into her.
        QVERIFY(enqueue(Mutations::mergeCustomers(Desk::kThandi, Desk::kPriya), kAdmin).ok);
        QCOMPARE(enqueue(Mutations::mergeCustomers(Desk::kJohan, Desk::kPriya), kAdmin).error,
                 QStringLiteral("Priya Naidoo was already merged into another customer."));
        QCOMPARE(enqueue(Mutations::mergeCustomers(Desk::kPriya, Desk::kJohan), kAdmin).error,
                 QStringLiteral("Priya Naidoo was merged into another customer; merge into that "
                                "one instead."));

        // The server refuses the merge (say another desk erased Thandi): everything goes back.
        QJsonArray answers;
        const QJsonArray ids = pendingIds();
        for (const QJsonValue &pending : ids)
            answers.prepend(answer(Mutation{pending.toString(), QStringLiteral("x"), {}, {}, 0},
                                   "rejected", "not_found",
                                   QStringLiteral("An erased customer cannot be merged.")));
        QVERIFY(record(answers).ok);
        QCOMPARE(Outbox(m_db).pendingCount(), 0);
        QCOMPARE(snapshot().section(QStringLiteral("outbox:"), 0, 0),
                 before.section(QStringLiteral("outbox:"), 0, 0));
    }

    void erasingTheKeptCustomerErasesTheDuplicatesName()
    {
        QVERIFY(enqueue(Mutations::mergeCustomers(Desk::kThandi, Desk::kPriya), kOwner).ok);
        QVERIFY(enqueue(Mutations::mergeCustomers(Desk::kJohan, Desk::kThandi), kOwner).ok);
        QCOMPARE(balance(Desk::kJohan), 595);
        QVERIFY(enqueue(Mutations::eraseCustomer(Desk::kJohan), kOwner).ok);
        for (const QString &id : {Desk::kJohan, Desk::kThandi, Desk::kPriya})
            QCOMPARE(customerField(id, "full_name"), QStringLiteral("Erased customer"));
        QCOMPARE(enqueue(Mutations::awardPoints(Desk::kPriya, 5, QStringLiteral("Stamp"))).error,
                 QStringLiteral("This customer was erased."));
    }

    void oddUnicodeSurvives()
    {
        const QString name = QStringLiteral("Zoë Ōtsuka-Nkosi 🌸 \u202eRTL\u202c O'Brien \"Q\"");
        const QString notes =
            QStringLiteral("Allergic to 🥜; says „hallo“ — ½ price? \\n 'quote'");
        CustomerChanges newcomer;
        newcomer.fullName = name;
        newcomer.notes = notes;
        const Mutation m = Mutations::upsertCustomer(newcomer);
        QVERIFY(enqueue(m).ok);
        const QString id = m.payload.value(QStringLiteral("id")).toString();
        QCOMPARE(
            scalar(QStringLiteral("SELECT full_name FROM customers WHERE id = ?"), {id}).toString(),
            name);
        QCOMPARE(
            scalar(QStringLiteral("SELECT notes FROM customers WHERE id = ?"), {id}).toString(),
            notes);
        const Mutation queued = Outbox(m_db).nextBatch(1).first();
        QCOMPARE(queued.payload.value(QStringLiteral("full_name")).toString(), name);
        QCOMPARE(queued.payload.value(QStringLiteral("notes")).toString(), notes);
        QCOMPARE(queued.summary, QStringLiteral("Add the customer ") + name);
        // And back from the server in a conflict row.
        QJsonObject row{{QStringLiteral("id"), id},
                        {QStringLiteral("business_id"), Desk::kBusiness},
                        {QStringLiteral("full_name"), QString(name + QStringLiteral(" ✂"))},
                        {QStringLiteral("notes"), notes},
                        {QStringLiteral("consent_sms"), true},
                        {QStringLiteral("created_at"), isoUtc(1'700'000'000)},
                        {QStringLiteral("updated_at"), isoUtc(1'700'000'000)},
                        {QStringLiteral("version"), 2}};
        QVERIFY(
            record({answer(m, "conflict", "already_exists", QStringLiteral("Exists."), row)}).ok);
        QCOMPARE(
            scalar(QStringLiteral("SELECT full_name || consent_sms FROM customers WHERE id = ?"),
                   {id})
                .toString(),
            name + QStringLiteral(" ✂1"));
    }

    void batchesAreOldestFirstAndLimited()
    {
        QList<QString> ids;
        for (int i = 1; i <= 5; ++i) {
            const Mutation m = Mutations::awardPoints(Desk::kPriya, i, QStringLiteral("n"));
            ids.append(m.id);
            QVERIFY(enqueue(m).ok);
        }
        const QList<Mutation> batch = Outbox(m_db).nextBatch(3);
        QCOMPARE(batch.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(batch.at(i).id, ids.at(i));
        QJsonArray answers;
        answers.append(answer(batch.at(0), "applied"));
        answers.append(answer(batch.at(1), "rejected", "forbidden", QStringLiteral("No.")));
        QVERIFY(record(answers).ok);
        const QList<Mutation> next = Outbox(m_db).nextBatch(3);
        QCOMPARE(next.size(), 3);
        QCOMPARE(next.first().id, ids.at(2));
        QCOMPARE(balance(Desk::kPriya), 95 + 1 + 3 + 4 + 5);
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
