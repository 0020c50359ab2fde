// PullApplier on real SQLite stores: atomic pages with their cursor, versions, tombstones, the
// mass-delete guard, the afterRows hook, malformed pages, and the audit against the server's.
#include "store/Database.h"
#include "sync/LocalAudit.h"
#include "sync/LocalMutations.h"
#include "sync/PullApplier.h"
#include "sync/PullPage.h"
#include "tests/unit/SyncFixturePages.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Chairside;

namespace {

const QString business = QStringLiteral("a0000000-0000-4000-8000-000000000001");

QJsonObject customer(const QString &id, qint64 version, const QString &name, bool deleted = false)
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("business_id"), business},
        {QStringLiteral("full_name"), name},
        {QStringLiteral("created_at"), QStringLiteral("2026-11-22T09:00:00+00:00")},
        {QStringLiteral("updated_at"), QStringLiteral("2026-11-22T09:00:00+00:00")},
        {QStringLiteral("deleted_at"), deleted ? QJsonValue(QStringLiteral("2026-11-22T10:00:00Z"))
                                               : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("version"), version},
        {QStringLiteral("consent_sms"), false},
    };
}

QJsonObject appointment(const QString &id, qint64 starts, qint64 ends)
{
    auto iso = [](qint64 s) {
        return QDateTime::fromSecsSinceEpoch(s, Qt::UTC).toString(Qt::ISODate);
    };
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("business_id"), business},
        {QStringLiteral("customer_id"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("staff_id"), QStringLiteral("a2000000-0000-4000-8000-000000000003")},
        {QStringLiteral("service_id"), QStringLiteral("a3000000-0000-4000-8000-000000000001")},
        {QStringLiteral("starts_at"), iso(starts)},
        {QStringLiteral("ends_at"), iso(ends)},
        {QStringLiteral("status"), QStringLiteral("confirmed")},
        {QStringLiteral("source"), QStringLiteral("desk")},
        {QStringLiteral("price_minor"), 45000},
        {QStringLiteral("notes"), QStringLiteral("Balayage and toner, allow extra time")},
        {QStringLiteral("cancel_reason"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("reminder_24h_sent_at"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("reminder_2h_sent_at"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("created_at"), iso(starts - 86400)},
        {QStringLiteral("updated_at"), iso(starts - 86400)},
        {QStringLiteral("deleted_at"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("version"), 1},
        {QStringLiteral("sync_xid"), QStringLiteral("812")},
    };
}

QByteArray pageJson(const QString &table, const QJsonArray &rows, const QString &since,
                    const QJsonArray &deleted = {})
{
    QJsonObject root{
        {QStringLiteral("rows"), QJsonObject{{table, rows}}},
        {QStringLiteral("deleted"),
         deleted.isEmpty() ? QJsonObject{} : QJsonObject{{table, deleted}}},
        {QStringLiteral("cursor"), QJsonObject{{QStringLiteral("since"), since}}},
        {QStringLiteral("has_more"), false},
        {QStringLiteral("server_time"), QStringLiteral("2026-11-22T10:00:00.5+00:00")},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

PullPage parsed(const QByteArray &json)
{
    auto parsedPage = PullPage::parse(json);
    if (!parsedPage.page)
        qFatal("page refused: %s", qPrintable(parsedPage.error));
    return *parsedPage.page;
}

} // namespace

class TestPullApplier final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;

    QSqlDatabase db()
    {
        std::optional<StoreError> error;
        QSqlDatabase database = Database::connectionForThisThread(m_path, &error);
        if (error)
            qFatal("store: %s", qPrintable(error->message));
        return database;
    }
    qint64 scalar(const QString &sql)
    {
        QSqlDatabase database = db();
        QSqlQuery query(database);
        if (!query.exec(sql) || !query.next())
            qFatal("query failed: %s", qPrintable(query.lastError().text()));
        return query.value(0).toLongLong();
    }
    QString text(const QString &sql)
    {
        QSqlDatabase database = db();
        QSqlQuery query(database);
        if (!query.exec(sql) || !query.next())
            return QStringLiteral("<none>");
        return query.value(0).toString();
    }
    // `count` live customers with ids c-0000 ... and version 1.
    void seedCustomers(int count)
    {
        QJsonArray rows;
        for (int i = 0; i < count; ++i)
            rows.append(customer(QStringLiteral("c-%1").arg(i, 4, 10, QLatin1Char('0')), 1,
                                 QStringLiteral("Customer %1").arg(i)));
        QSqlDatabase database = db();
        PullApplier applier(database);
        const auto result = applier.apply(
            parsed(pageJson(QStringLiteral("customers"), rows, QStringLiteral("1:1:"))));
        QVERIFY2(result.ok(), qPrintable(result.error));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("chairside.sqlite"));
    }
    void cleanup()
    {
        Database::closeForThisThread(m_path);
        m_dir.reset();
    }

    void rowImagesLeaveTheLocalCopiesOut()
    {
        // Undo images and the demo's audit entries read rows through localRowJson: a booking's
        // copy of its customer's name and phone (store migration 16) is no part of its history.
        QSqlDatabase database = db();
        QSqlQuery q(database);
        QVERIFY(q.exec(QStringLiteral("SELECT 'a1' AS id, 'Zoë' AS customer_name, "
                                      "'+27 83 111 2222' AS customer_phone, 3 AS version")));
        QVERIFY(q.next());
        const QJsonObject booking = localRowJson(q, u"appointments");
        QCOMPARE(booking.value(QStringLiteral("id")).toString(), QStringLiteral("a1"));
        QCOMPARE(booking.value(QStringLiteral("version")).toInt(), 3);
        QVERIFY(!booking.contains(QStringLiteral("customer_name")));
        QVERIFY(!booking.contains(QStringLiteral("customer_phone")));
        // Only the bookings' copies: another table's column of that name stays.
        QVERIFY(localRowJson(q, u"ai_conversations").contains(QStringLiteral("customer_name")));
    }

    // Real pages (a full pull, then a three-page incremental cycle) leave the cache equal to
    // the server's own audit of the same moment.
    void realPagesMatchTheServerAudit()
    {
        QSqlDatabase database = db();
        PullApplier applier(database);
        QStringList changed;
        for (const char *name : {"full-page-owner.json", "incremental-page1.json",
                                 "incremental-page2.json", "incremental-page3.json"}) {
            const PullPage page = parsed(Tests::syncFixturePage(QString::fromLatin1(name)));
            const auto result = applier.apply(page);
            QVERIFY2(result.ok(), qPrintable(result.error));
            QCOMPARE(PullApplier(database).storedCursor(), page.cursor);
            changed.append(result.changedTables);
        }
        QCOMPARE(PullApplier(database).storedCursor(), QByteArray(R"({"since":"744:744:"})"));
        QVERIFY(changed.contains(QStringLiteral("notifications")));

        QString error;
        const auto local = LocalAudit::compute(database, &error);
        QVERIFY2(local, qPrintable(error));
        const auto server = LocalAudit::fromServer(
            Tests::syncFixturePage(QStringLiteral("audit-owner.json")), &error);
        QVERIFY2(server, qPrintable(error));
        QCOMPARE(server->size(), 19);
        QCOMPARE(LocalAudit::differences(*local, *server), QStringList());

        // And the audit notices a difference.
        QVERIFY(QSqlQuery(database).exec(
            QStringLiteral("UPDATE services SET version = version + 1 WHERE rowid = 1")));
        const auto after = LocalAudit::compute(database, &error);
        QCOMPARE(LocalAudit::differences(*after, *server), QStringList{QStringLiteral("services")});

        // Orphans are allowed (parents this sign-in cannot see) and foreign keys come back on.
        QCOMPARE(text(QStringLiteral("PRAGMA foreign_keys")), QStringLiteral("1"));
        QVERIFY(PullApplier(database).danglingReferences().isEmpty());
    }

    void atomicWithTheCursor()
    {
        seedCustomers(1);
        // The 2nd row breaks CHECK (ends_at > starts_at): nothing of the page may stay.
        const QJsonArray rows{appointment(QStringLiteral("ap-1"), 1795338000, 1795341600),
                              appointment(QStringLiteral("ap-2"), 1795338000, 1795330000),
                              appointment(QStringLiteral("ap-3"), 1795338000, 1795341600)};
        QSqlDatabase database = db();
        PullApplier applier(database);
        const auto result = applier.apply(
            parsed(pageJson(QStringLiteral("appointments"), rows, QStringLiteral("2:2:"))));
        QCOMPARE(result.outcome, PullApplier::Outcome::Failed);
        QVERIFY(result.error.contains(u"ap-2"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM appointments")), 0LL);
        QCOMPARE(PullApplier(database).storedCursor(), QByteArray(R"({"since":"1:1:"})"));
        QCOMPARE(text(QStringLiteral("PRAGMA foreign_keys")), QStringLiteral("1"));

        // The same applier recovers: a good page applies (appointments point at a staff member
        // and service the cache does not have: the server is the authority).
        const auto good = applier.apply(
            parsed(pageJson(QStringLiteral("appointments"), QJsonArray{rows.at(0), rows.at(2)},
                            QStringLiteral("3:3:"))));
        QVERIFY2(good.ok(), qPrintable(good.error));
        QCOMPARE(good.rowsWritten.value(QStringLiteral("appointments")), 2);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM appointments")), 2LL);
        QCOMPARE(PullApplier(database).storedCursor(), QByteArray(R"({"since":"3:3:"})"));
        QCOMPARE(PullApplier(database).danglingReferences().value(QStringLiteral("appointments")),
                 6); // business, staff and service of two rows
    }

    void higherVersionWins()
    {
        QSqlDatabase database = db();
        PullApplier applier(database);
        const QString id = QStringLiteral("c-v");
        auto apply = [&](qint64 version, const QString &name) {
            return applier.apply(
                parsed(pageJson(QStringLiteral("customers"),
                                QJsonArray{customer(id, version, name)}, QStringLiteral("5:5:"))));
        };
        QVERIFY(apply(3, QStringLiteral("Thandi v3")).ok());
        // An older duplicate (a row can arrive more than once) never overwrites.
        auto older = apply(2, QStringLiteral("Thandi v2"));
        QVERIFY(older.ok());
        QCOMPARE(older.rowsSkipped.value(QStringLiteral("customers")), 1);
        QCOMPARE(older.rowsWritten.value(QStringLiteral("customers")), 0);
        QVERIFY(!older.changedTables.contains(QStringLiteral("customers")));
        QCOMPARE(text(QStringLiteral("SELECT full_name FROM customers WHERE id = 'c-v'")),
                 QStringLiteral("Thandi v3"));
        // The same version overwrites (the server's image is the truth).
        QVERIFY(apply(3, QStringLiteral("Thandi v3 again")).ok());
        QCOMPARE(text(QStringLiteral("SELECT full_name FROM customers WHERE id = 'c-v'")),
                 QStringLiteral("Thandi v3 again"));
        QVERIFY(apply(4, QStringLiteral("Thandi v4")).ok());
        QCOMPARE(text(QStringLiteral("SELECT full_name || version FROM customers")),
                 QStringLiteral("Thandi v44"));
        // The same id twice in one page: the higher version stays whatever the order.
        QVERIFY(applier
                    .apply(parsed(pageJson(QStringLiteral("customers"),
                                           QJsonArray{customer(id, 6, QStringLiteral("six")),
                                                      customer(id, 5, QStringLiteral("five"))},
                                           QStringLiteral("6:6:"))))
                    .ok());
        QCOMPARE(text(QStringLiteral("SELECT full_name FROM customers")), QStringLiteral("six"));
    }

    void tombstones()
    {
        seedCustomers(5);
        QSqlDatabase database = db();
        PullApplier applier(database);
        // c-0000 arrives as a tombstone row; c-0001 only in "deleted" (marked, version kept).
        const auto result = applier.apply(
            parsed(pageJson(QStringLiteral("customers"),
                            QJsonArray{customer(QStringLiteral("c-0000"), 2,
                                                QStringLiteral("Erased customer"), true)},
                            QStringLiteral("7:7:"),
                            QJsonArray{QStringLiteral("c-0000"), QStringLiteral("c-0001")})));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.tombstones, 2);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM customers")), 5LL);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM customers WHERE deleted_at IS NULL")),
                 3LL);
        QCOMPARE(scalar(QStringLiteral("SELECT deleted_at FROM customers WHERE id = 'c-0000'")),
                 1795341600LL);
        QCOMPARE(scalar(QStringLiteral("SELECT deleted_at FROM customers WHERE id = 'c-0001'")),
                 1795341600LL); // the page's server_time, rounded down
        QCOMPARE(scalar(QStringLiteral("SELECT version FROM customers WHERE id = 'c-0001'")), 1LL);
    }

    void massDeleteGuard()
    {
        seedCustomers(100);
        QJsonArray rows;
        for (int i = 0; i < 20; ++i)
            rows.append(customer(QStringLiteral("c-%1").arg(i, 4, 10, QLatin1Char('0')), 2,
                                 QStringLiteral("gone"), true));
        const PullPage page =
            parsed(pageJson(QStringLiteral("customers"), rows, QStringLiteral("8:8:")));
        QSqlDatabase database = db();
        PullApplier applier(database);
        const auto asked = applier.apply(page);
        QCOMPARE(asked.outcome, PullApplier::Outcome::NeedsConfirmation);
        QCOMPARE(asked.massDeletes.size(), 1);
        QCOMPARE(asked.massDeletes.first().table, QStringLiteral("customers"));
        QCOMPARE(asked.massDeletes.first().count, 20);
        QCOMPARE(asked.massDeletes.first().live, 100);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM customers WHERE deleted_at IS NULL")),
                 100LL);
        QCOMPARE(PullApplier(database).storedCursor(), QByteArray(R"({"since":"1:1:"})"));

        PullApplier::Options options;
        options.allowMassDelete = true;
        const auto confirmed = applier.apply(page, options);
        QVERIFY2(confirmed.ok(), qPrintable(confirmed.error));
        QCOMPARE(confirmed.massDeletes.size(), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM customers WHERE deleted_at IS NULL")),
                 80LL);
        QCOMPARE(PullApplier(database).storedCursor(), QByteArray(R"({"since":"8:8:"})"));

        // Tombstones already applied do not count again.
        QVERIFY(applier.apply(page).ok());
    }

    void massDeleteGuardThresholds()
    {
        seedCustomers(200);
        QSqlDatabase database = db();
        PullApplier applier(database);
        auto tombstonePage = [](int from, int count) {
            QJsonArray rows;
            for (int i = from; i < from + count; ++i)
                rows.append(customer(QStringLiteral("c-%1").arg(i, 4, 10, QLatin1Char('0')), 2,
                                     QStringLiteral("gone"), true));
            return parsed(pageJson(QStringLiteral("customers"), rows, QStringLiteral("9:9:")));
        };
        // Exactly a tenth (20 of 200) is not more than a tenth: applies.
        QVERIFY(applier.apply(tombstonePage(0, 20)).ok());
        // 19 of 180 is more than a tenth but fewer than 20: applies.
        QVERIFY(applier.apply(tombstonePage(20, 19)).ok());
        // 20 of 161: asks.
        QCOMPARE(applier.apply(tombstonePage(39, 20)).outcome,
                 PullApplier::Outcome::NeedsConfirmation);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM customers WHERE deleted_at IS NULL")),
                 161LL);
    }

    void afterRowsRunsInsideTheTransaction()
    {
        seedCustomers(1);
        QSqlDatabase database = db();
        PullApplier applier(database);
        const PullPage page = parsed(
            pageJson(QStringLiteral("customers"),
                     QJsonArray{customer(QStringLiteral("c-new"), 1, QStringLiteral("Anika"))},
                     QStringLiteral("10:10:")));

        // A second connection (the GUI's) must not see anything before commit.
        const QString otherName = QStringLiteral("other");
        QSet<QString> seenTables;
        qint64 seenInside = -1, seenOutside = -1;
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), otherName);
            other.setDatabaseName(m_path);
            QVERIFY(other.open());
            PullApplier::Options options;
            options.afterRows = [&](QSqlDatabase &hookDb, const QSet<QString> &touched) {
                seenTables = touched;
                QSqlQuery inside(hookDb);
                inside.exec(QStringLiteral("SELECT count(*) FROM customers WHERE id = 'c-new'"));
                inside.next();
                seenInside = inside.value(0).toLongLong();
                QSqlQuery outside(other);
                outside.exec(QStringLiteral("SELECT count(*) FROM customers WHERE id = 'c-new'"));
                outside.next();
                seenOutside = outside.value(0).toLongLong();
                // The engine writes its re-applied local edits here.
                QSqlQuery edit(hookDb);
                return edit.exec(QStringLiteral(
                    "UPDATE customers SET notes = 'pending edit' WHERE id = 'c-new'"));
            };
            QVERIFY(applier.apply(page, options).ok());
            other.close();
        }
        QSqlDatabase::removeDatabase(otherName);
        QCOMPARE(seenTables, QSet<QString>{QStringLiteral("customers")});
        QCOMPARE(seenInside, 1LL);
        QCOMPARE(seenOutside, 0LL);
        QCOMPARE(text(QStringLiteral("SELECT notes FROM customers WHERE id = 'c-new'")),
                 QStringLiteral("pending edit"));

        // A failing hook rolls back the rows and the cursor.
        PullApplier::Options failing;
        failing.afterRows = [](QSqlDatabase &, const QSet<QString> &) {
            return false;
        };
        const auto result = applier.apply(
            parsed(pageJson(QStringLiteral("customers"),
                            QJsonArray{customer(QStringLiteral("c-new"), 2, QStringLiteral("X")),
                                       customer(QStringLiteral("c-other"), 1, QStringLiteral("Y"))},
                            QStringLiteral("11:11:"))),
            failing);
        QCOMPARE(result.outcome, PullApplier::Outcome::Failed);
        QVERIFY(!result.error.isEmpty());
        QCOMPARE(text(QStringLiteral("SELECT full_name FROM customers WHERE id = 'c-new'")),
                 QStringLiteral("Anika"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM customers")), 2LL);
        QCOMPARE(PullApplier(database).storedCursor(), QByteArray(R"({"since":"10:10:"})"));
    }

    // A first sync's batch: pages join the caller's transaction, which only the caller ends.
    // A page that fails half-way is undone with the batch, never committed with it.
    void pagesJoinTheCallersTransaction()
    {
        seedCustomers(1);
        QSqlDatabase database = db();
        PullApplier::Options batch;
        batch.insideTransaction = true;
        const QJsonArray good{appointment(QStringLiteral("ap-1"), 1795338000, 1795341600)};
        // The 2nd row breaks CHECK (ends_at > starts_at) after the 1st was written.
        const QJsonArray broken{appointment(QStringLiteral("ap-2"), 1795338000, 1795341600),
                                appointment(QStringLiteral("ap-3"), 1795338000, 1795330000)};

        QSqlQuery(database).exec(QStringLiteral("PRAGMA foreign_keys=OFF"));
        QVERIFY(database.transaction());
        PullApplier applier(database);
        QVERIFY(applier
                    .apply(parsed(pageJson(QStringLiteral("appointments"), good,
                                           QStringLiteral("2:2:"))),
                           batch)
                    .ok());
        const auto failed = applier.apply(
            parsed(pageJson(QStringLiteral("appointments"), broken, QStringLiteral("3:3:"))),
            batch);
        QCOMPARE(failed.outcome, PullApplier::Outcome::Failed);
        QVERIFY(failed.error.contains(u"ap-3"));
        // Still the caller's: open, holding both pages' writes so far, until it is rolled back.
        QVERIFY(!QSqlQuery(database).exec(QStringLiteral("BEGIN")));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM appointments")), 2LL);
        QVERIFY(database.rollback());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM appointments")), 0LL);
        QCOMPARE(applier.storedCursor(), QByteArray(R"({"since":"1:1:"})"));

        // The next batch writes the good page again and commits it with its cursor.
        QVERIFY(database.transaction());
        QVERIFY(applier
                    .apply(parsed(pageJson(QStringLiteral("appointments"), good,
                                           QStringLiteral("2:2:"))),
                           batch)
                    .ok());
        QVERIFY(database.commit());
        QSqlQuery(database).exec(QStringLiteral("PRAGMA foreign_keys=ON"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM appointments")), 1LL);
        QCOMPARE(applier.storedCursor(), QByteArray(R"({"since":"2:2:"})"));
    }

    void malformedPagesRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        const QByteArray tail = ",\"cursor\":{\"since\":\"1:1:\"},\"has_more\":false}";
        QTest::newRow("not json") << QByteArray("<html>502 Bad Gateway</html>");
        QTest::newRow("truncated") << QByteArray("{\"rows\":{\"customers\":[{\"id\":\"a\",\"vers");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("null") << QByteArray("null");
        QTest::newRow("rows a list") << QByteArray("{\"rows\":[]" + tail);
        QTest::newRow("no cursor") << QByteArray("{\"rows\":{},\"has_more\":false}");
        QTest::newRow("null cursor")
            << QByteArray("{\"rows\":{},\"cursor\":null,\"has_more\":false}");
        QTest::newRow("has_more text")
            << QByteArray("{\"rows\":{},\"cursor\":{\"since\":\"1:1:\"},\"has_more\":\"no\"}");
        QTest::newRow("unknown table") << QByteArray(
            "{\"rows\":{\"applied_mutations\":[{\"id\":\"a\",\"version\":1}]}" + tail);
        QTest::newRow("unknown deleted table")
            << QByteArray("{\"rows\":{},\"deleted\":{\"outbox\":[\"a\"]}" + tail);
        QTest::newRow("rows not a list")
            << QByteArray("{\"rows\":{\"customers\":{\"id\":\"a\",\"version\":1}}" + tail);
        QTest::newRow("row not an object")
            << QByteArray("{\"rows\":{\"customers\":[\"a\"]}" + tail);
        QTest::newRow("deleted id a number")
            << QByteArray("{\"rows\":{},\"deleted\":{\"customers\":[5]}" + tail);
        QTest::newRow("bad server_time") << QByteArray(
            "{\"rows\":{},\"cursor\":{},\"has_more\":false,\"server_time\":\"soon\"}");
    }
    void malformedPagesRefused()
    {
        QFETCH(QByteArray, json);
        const auto result = PullPage::parse(json);
        QVERIFY(!result.page);
        QVERIFY(!result.error.isEmpty());
    }

    // Rows are read strictly only when they are written: a page with a row that is not a
    // complete, valid row is refused whole then, before any write.
    void unreadableRowsRefuseThePage_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("words");
        QTest::newRow("without id") << QByteArray(R"({"version":1})") << QStringLiteral("no id");
        QTest::newRow("numeric id")
            << QByteArray(R"({"id":5,"version":1})") << QStringLiteral("no id");
        QTest::newRow("without version")
            << QByteArray(R"({"id":"c-x"})") << QStringLiteral("no version");
        QTest::newRow("true version")
            << QByteArray(R"({"id":"c-x","version":true})") << QStringLiteral("no version");
        QTest::newRow("bad escape")
            << QByteArray("{\"id\":\"c-x\",\"version\":1,\"notes\":\"a\\qb\"}")
            << QStringLiteral("not valid JSON");
        QTest::newRow("invalid UTF-8")
            << QByteArray("{\"id\":\"c-x\",\"version\":1,\"notes\":\"\xc0\xaf\"}")
            << QStringLiteral("not valid JSON");
        QTest::newRow("missing comma")
            << QByteArray(R"({"id":"c-x" "version":1})") << QStringLiteral("not valid JSON");
        QTest::newRow("bare word") << QByteArray(R"({"id":"c-x","version":1,"notes":nope})")
                                   << QStringLiteral("not valid JSON");
    }
    void unreadableRowsRefuseThePage()
    {
        QFETCH(QByteArray, row);
        QFETCH(QString, words);
        const QByteArray good = R"({"id":"c-ok","version":1,"business_id":"b1","full_name":"A"})";
        const QByteArray json = "{\"rows\":{\"customers\":[" + good + "," + row
                                + "]},\"cursor\":{\"since\":\"3:3:\"},\"has_more\":false}";
        const auto page = PullPage::parse(json);
        QVERIFY2(page.page, qPrintable(page.error)); // the page's own parts are fine
        QSqlDatabase database = db();
        PullApplier applier(database);
        const QByteArray before = applier.storedCursor();
        const auto result = applier.apply(*page.page);
        QCOMPARE(result.outcome, PullApplier::Outcome::Failed);
        QVERIFY2(result.error.contains(words), qPrintable(result.error));
        QVERIFY2(result.error.contains(u"customers"), qPrintable(result.error));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM customers WHERE id = 'c-ok'")), 0LL);
        QCOMPARE(applier.storedCursor(), before);
    }

    // Text values go to SQLite as the page spells them: escapes decoded, odd Unicode kept, an
    // empty text empty (not NULL), nested JSON compact.
    void textValuesKeepTheirCharacters()
    {
        const QByteArray json =
            R"({"rows":{"customers":[{"id":"c-u","version":1,"business_id":"b1",)"
            "\"full_name\":\"Zo\\u00eb \\\"Z\\\" 😀 \\ud83d\\ude00 "
            "สวัสดี\",\"notes\":\"\",\"phone\":null,"
            "\"created_at\":\"2026-11-22T09:00:00Z\",\"updated_at\":\"2026-11-22T09:00:00Z\"}]},"
            R"("cursor":{"since":"4:4:"},"has_more":false})";
        QSqlDatabase database = db();
        PullApplier applier(database);
        QVERIFY(applier.apply(parsed(json)).ok());
        QSqlQuery query(database);
        QVERIFY(query.exec(QStringLiteral("SELECT full_name, notes, notes IS NULL, phone IS NULL "
                                          "FROM customers WHERE id = 'c-u'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("Zoë \"Z\" 😀 😀 สวัสดี"));
        QCOMPARE(query.value(1).toString(), QString());
        QCOMPARE(query.value(2).toInt(), 0);
        QCOMPARE(query.value(3).toInt(), 1);
    }

    // A page whose row has a value that does not fit is refused whole, before any write.
    void unconvertibleRowRefusesThePage()
    {
        seedCustomers(1);
        QJsonObject bad = appointment(QStringLiteral("ap-x"), 1795338000, 1795341600);
        bad.insert(QStringLiteral("starts_at"), QStringLiteral("next Tuesday"));
        QSqlDatabase database = db();
        PullApplier applier(database);
        const auto result = applier.apply(parsed(
            pageJson(QStringLiteral("appointments"),
                     QJsonArray{appointment(QStringLiteral("ap-ok"), 1795338000, 1795341600), bad},
                     QStringLiteral("12:12:"))));
        QCOMPARE(result.outcome, PullApplier::Outcome::Failed);
        QVERIFY(result.error.contains(u"starts_at"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM appointments")), 0LL);
        QCOMPARE(PullApplier(database).storedCursor(), QByteArray(R"({"since":"1:1:"})"));
    }

    // The cache's UNIQUE (business_id, rank) on tiers holds tombstones too; the server's does
    // not. A rank handed to another tier must not stop sync.
    void tierRanksMove()
    {
        QSqlDatabase database = db();
        PullApplier applier(database);
        auto tier = [](const QString &id, int rank, qint64 version, bool deleted) {
            return QJsonObject{
                {QStringLiteral("id"), id},
                {QStringLiteral("business_id"), business},
                {QStringLiteral("rank"), rank},
                {QStringLiteral("name"), id},
                {QStringLiteral("threshold_points"), rank * 100},
                {QStringLiteral("version"), version},
                {QStringLiteral("updated_at"), QStringLiteral("2026-11-22T09:00:00Z")},
                {QStringLiteral("deleted_at"),
                 deleted ? QJsonValue(QStringLiteral("2026-11-22T09:00:00Z"))
                         : QJsonValue(QJsonValue::Null)}};
        };
        const QString tiers = QStringLiteral("loyalty_tiers");
        QVERIFY(applier
                    .apply(parsed(pageJson(tiers,
                                           QJsonArray{tier(QStringLiteral("A"), 1, 1, false),
                                                      tier(QStringLiteral("B"), 2, 1, false)},
                                           QStringLiteral("1:1:"))))
                    .ok());
        // Swap the ranks; B's new image comes first.
        const auto swapped =
            applier.apply(parsed(pageJson(tiers,
                                          QJsonArray{tier(QStringLiteral("B"), 1, 2, false),
                                                     tier(QStringLiteral("A"), 2, 2, false)},
                                          QStringLiteral("2:2:"))));
        QVERIFY2(swapped.ok(), qPrintable(swapped.error));
        QCOMPARE(text(QStringLiteral("SELECT group_concat(id || rank || version, ',') FROM "
                                     "(SELECT * FROM loyalty_tiers ORDER BY id)")),
                 QStringLiteral("A22,B12"));
        // A new tier takes the rank of a deleted one.
        const auto replaced =
            applier.apply(parsed(pageJson(tiers,
                                          QJsonArray{tier(QStringLiteral("A"), 2, 3, true),
                                                     tier(QStringLiteral("C"), 2, 1, false)},
                                          QStringLiteral("3:3:"))));
        QVERIFY2(replaced.ok(), qPrintable(replaced.error));
        QCOMPARE(text(QStringLiteral("SELECT id FROM loyalty_tiers WHERE rank = 2 AND deleted_at "
                                     "IS NULL")),
                 QStringLiteral("C"));
    }

    void resetForFullResync()
    {
        seedCustomers(3);
        QSqlDatabase database = db();
        QSqlQuery outbox(database);
        QVERIFY(outbox.exec(
            QStringLiteral("INSERT INTO outbox (mutation_id, kind, payload, created_at) "
                           "VALUES ('m1', 'customer.upsert', '{}', 1)")));
        QString error;
        QVERIFY2(
            PullApplier(database).resetForFullResync(PullApplier::ResetScope::KeepRows, &error),
            qPrintable(error));
        QVERIFY(PullApplier(database).storedCursor().isEmpty());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM customers")), 3LL);

        seedCustomers(3);
        QVERIFY(
            PullApplier(database).resetForFullResync(PullApplier::ResetScope::ForgetRows, &error));
        QVERIFY(PullApplier(database).storedCursor().isEmpty());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM customers")), 0LL);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox")), 1LL);
        QCOMPARE(text(QStringLiteral("PRAGMA foreign_keys")), QStringLiteral("1"));
    }

    // Rows per second of apply() on 1000-row pages against a plain prepared bulk insert of the
    // same rows. Printed, not asserted (no timing assertions).
    void throughput()
    {
        QSqlDatabase database = db();
        const int pages = 20;
        const int perPage = 1000;
        QList<QByteArray> jsons;
        for (int p = 0; p < pages; ++p) {
            QJsonArray rows;
            for (int i = 0; i < perPage; ++i) {
                const qint64 starts = 1795338000 + (p * perPage + i) * 900;
                rows.append(appointment(QUuid::createUuid().toString(QUuid::WithoutBraces), starts,
                                        starts + 3600));
            }
            jsons.append(pageJson(QStringLiteral("appointments"), rows,
                                  QStringLiteral("%1:%1:").arg(p + 1)));
        }
        QElapsedTimer timer;
        timer.start();
        QList<PullPage> parsedPages;
        for (const QByteArray &json : jsons)
            parsedPages.append(parsed(json));
        const qint64 parseNs = timer.nsecsElapsed();

        PullApplier applier(database);
        timer.restart();
        for (const PullPage &page : parsedPages) {
            const auto result = applier.apply(page);
            QVERIFY2(result.ok(), qPrintable(result.error));
        }
        const qint64 applyNs = timer.nsecsElapsed();
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM appointments")),
                 qint64(pages) * perPage);

        // The baseline: the same values through one prepared plain INSERT per page transaction
        // into the same table (same indexes) of another store.
        QSqlQuery read(database);
        read.setForwardOnly(true);
        QVERIFY(read.exec(QStringLiteral("SELECT * FROM appointments")));
        QList<QVariantList> values;
        const int columns = read.record().count();
        while (read.next()) {
            QVariantList row;
            for (int c = 0; c < columns; ++c)
                row.append(read.value(c));
            values.append(row);
        }
        read.finish();
        const QString plainPath = m_dir->filePath(QStringLiteral("plain.sqlite"));
        qint64 plainNs = 0;
        {
            QSqlDatabase plain = Database::connectionForThisThread(plainPath);
            QVERIFY(plain.isOpen());
            QSqlQuery(plain).exec(QStringLiteral("PRAGMA foreign_keys=OFF"));
            timer.restart();
            QSqlQuery insert(plain);
            QStringList marks(columns, QStringLiteral("?"));
            QVERIFY(insert.prepare(QStringLiteral("INSERT INTO appointments VALUES (")
                                   + marks.join(u',') + u')'));
            for (int p = 0; p < pages; ++p) {
                plain.transaction();
                for (int i = p * perPage; i < (p + 1) * perPage; ++i) {
                    for (int c = 0; c < columns; ++c)
                        insert.bindValue(c, values.at(i).at(c));
                    QVERIFY(insert.exec());
                }
                plain.commit();
            }
            plainNs = timer.nsecsElapsed();
        }
        Database::closeForThisThread(plainPath);
        const double rows = double(pages) * perPage;
        qInfo("parse: %.0f rows/s; apply: %.0f rows/s; plain prepared insert: %.0f rows/s; "
              "apply/plain = %.2f",
              rows / (parseNs / 1e9), rows / (applyNs / 1e9), rows / (plainNs / 1e9),
              double(plainNs) / double(applyNs));
    }
};

QTEST_GUILESS_MAIN(TestPullApplier)
#include "tst_pullapplier.moc"
