// DirectStatement: the calendar's read through SQLite's C API gives the same values QSqlQuery
// would (odd Unicode included), binds instead of splicing, and reports failures as StoreErrors;
// the sync's writes through it land as QSqlQuery's did and the statement runs again after one;
// AppointmentRepository::inRange, its user, reads every field and keeps start-then-id order;
// SQLite keeps no memory statistics once the store has opened a connection (SqliteLibrary).

#include "store/Database.h"
#include "store/DirectStatement.h"
#include "store/repositories/AppointmentRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Chairside;

class TestDirectStatement : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    QSqlDatabase m_db;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("store.sqlite"));
        m_db = Database::connectionForThisThread(m_path);
        QVERIFY(m_db.isOpen());
        QSqlQuery q(m_db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (id INTEGER, name TEXT, note TEXT)")));
    }

    void cleanupTestCase()
    {
        m_db = {};
        Database::closeForThisThread(m_path);
    }

    void readsWhatQSqlQueryReads()
    {
        const QStringList names{QStringLiteral("Zoë Coetzée"),
                                QStringLiteral("วิไล สุขใจ"),
                                QStringLiteral("Nomvula 💇🏾‍♀️"),
                                QString(5000, u'x'),
                                QStringLiteral("a\u0000b"),
                                QStringLiteral("'; DROP TABLE t; --")};
        QSqlQuery insert(m_db);
        insert.prepare(QStringLiteral("INSERT INTO t (id, name, note) VALUES (?, ?, NULL)"));
        for (qsizetype i = 0; i < names.size(); ++i) {
            insert.addBindValue(qint64(i) + (qint64(1) << 40));
            insert.addBindValue(names.at(i));
            QVERIFY(insert.exec());
        }

        DirectStatement direct(m_db, QStringLiteral("SELECT id, name, note FROM t WHERE id >= ? "
                                                    "AND name <> ? ORDER BY id"));
        direct.bind(1, qint64(1) << 40);
        direct.bind(2, QStringLiteral("nobody"));
        QStringList read;
        qint64 id = (qint64(1) << 40) - 1;
        while (direct.next()) {
            QCOMPARE(direct.integer(0), ++id);
            read.append(direct.text(1));
            QVERIFY(direct.text(2).isEmpty()); // NULL
            QCOMPARE(direct.integer(2), qint64(0));
        }
        QVERIFY(!direct.error());
        QCOMPARE(read, names);

        QSqlQuery count(m_db);
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM t")) && count.next());
        QCOMPARE(count.value(0).toInt(), int(names.size())); // the quote was a value
    }

    void inRangeReadsEveryFieldInStartThenIdOrder()
    {
        QSqlQuery q(m_db);
        for (const QString &sql :
             {QStringLiteral("INSERT INTO businesses (id, name, time_zone, currency, locale, "
                             "updated_at) VALUES ('b1', 'Salon', 'UTC', 'ZAR', 'en_ZA', 1)"),
              QStringLiteral("INSERT INTO staff_members (id, business_id, display_name, role, "
                             "colour, updated_at) VALUES ('s1', 'b1', 'Ayesha', 'staff', "
                             "'#112233', 1)"),
              QStringLiteral("INSERT INTO services (id, business_id, name, duration_minutes, "
                             "processing_minutes, buffer_minutes, price_minor, colour, "
                             "updated_at) VALUES ('v1', 'b1', 'Colour', 60, 20, 10, 90000, "
                             "'#445566', 1)"),
              QStringLiteral(
                  "INSERT INTO customers (id, business_id, full_name, phone, "
                  "created_at, updated_at) VALUES ('c1', 'b1', 'Zoë 💇🏾‍♀️', "
                  "'+27821234567', 1, 1)"),
              // Removed since, without a phone: the booking keeps the name.
              QStringLiteral("INSERT INTO customers (id, business_id, full_name, phone, "
                             "created_at, updated_at, deleted_at) VALUES ('c2', 'b1', "
                             "'Removed Rose', NULL, 1, 1, 2)"),
              // Inserted out of order: three start at 1000 (ids c, a, b), one earlier.
              QStringLiteral("INSERT INTO appointments (id, business_id, customer_id, "
                             "staff_id, service_id, starts_at, ends_at, status, source, "
                             "price_minor, notes, cancel_reason, created_at, version, "
                             "updated_at) VALUES ('c', 'b1', 'c1', 's1', 'v1', 1000, 4600, "
                             "'confirmed', 'phone', 90000, 'วิไล', NULL, 1, 7, 1), "
                             "('a', 'b1', NULL, 's1', 'v1', 1000, 4600, 'cancelled', "
                             "'walk_in', 0, '', 'Sick', 1, 1, 1), "
                             "('b', 'b1', 'c1', 's1', 'v1', 1000, 4600, 'arrived', 'desk', "
                             "5, '', NULL, 1, 1, 1), "
                             "('early', 'b1', 'c2', 's1', 'v1', 500, 900, 'completed', 'web', "
                             "1, '', NULL, 1, 1, 1), "
                             "('late', 'b1', 'c1', 's1', 'v1', 5000, 6000, 'completed', "
                             "'web', 1, '', NULL, 1, 1, 1)")}) {
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        }
        const AppointmentRowsResult result =
            AppointmentRepository(m_db).inRange(QStringLiteral("b1"), 0, 5000);
        QVERIFY(!result.error);
        QStringList ids;
        for (const AppointmentRow &row : result.rows)
            ids.append(row.id);
        QCOMPARE(ids, (QStringList{QStringLiteral("early"), QStringLiteral("a"),
                                   QStringLiteral("b"), QStringLiteral("c")}));
        const AppointmentRow &c = result.rows.at(3);
        QCOMPARE(c.startsAt, qint64(1000));
        QCOMPARE(c.endsAt, qint64(4600));
        QCOMPARE(c.statusKey, QStringLiteral("confirmed"));
        QCOMPARE(c.sourceKey, QStringLiteral("phone"));
        QCOMPARE(c.priceMinor, qint64(90000));
        QCOMPARE(c.customerId, QStringLiteral("c1"));
        QCOMPARE(c.customerName, QStringLiteral("Zoë 💇🏾‍♀️"));
        QCOMPARE(c.customerPhone, QStringLiteral("+27821234567"));
        QCOMPARE(c.staffId, QStringLiteral("s1"));
        QCOMPARE(c.staffName, QStringLiteral("Ayesha"));
        QCOMPARE(c.staffColour, QStringLiteral("#112233"));
        QCOMPARE(c.serviceId, QStringLiteral("v1"));
        QCOMPARE(c.serviceName, QStringLiteral("Colour"));
        QCOMPARE(c.serviceColour, QStringLiteral("#445566"));
        QCOMPARE(c.processingMinutes, 20);
        QCOMPARE(c.bufferMinutes, 10);
        QCOMPARE(c.notes, QStringLiteral("วิไล"));
        QCOMPARE(c.version, qint64(7));
        const AppointmentRow &a = result.rows.at(1);
        QVERIFY(a.customerId.isEmpty());
        QVERIFY(a.customerName.isEmpty());
        const AppointmentRow &early = result.rows.at(0);
        QCOMPARE(early.customerName, QStringLiteral("Removed Rose"));
        QVERIFY(early.customerPhone.isEmpty());
        QCOMPARE(result.rows.at(2).customerName, c.customerName); // one customer, two bookings
        QCOMPARE(a.cancelReason, QStringLiteral("Sick"));
    }

    // The sync's upserts: every kind of value PullApplier binds lands as QSqlQuery would write
    // it, the statement runs again and again, and a failed run says why and leaves it usable.
    void writesAndRunsAgain()
    {
        QSqlQuery q(m_db);
        QVERIFY(q.exec(QStringLiteral(
            "CREATE TABLE w (id TEXT PRIMARY KEY, n INTEGER, r REAL, s TEXT, u TEXT UNIQUE)")));
        DirectStatement upsert(
            m_db, QStringLiteral("INSERT INTO w (id, n, r, s, u) VALUES (?, ?, ?, ?, ?) ON "
                                 "CONFLICT (id) DO UPDATE SET n = excluded.n WHERE excluded.n > "
                                 "w.n"));
        const auto run = [&](const QString &id, const QVariant &n, const QVariant &s,
                             const QVariant &u) {
            upsert.reset();
            upsert.bind(1, QVariant(id));
            upsert.bind(2, n);
            upsert.bind(3, QVariant(2.5));
            upsert.bind(4, s);
            upsert.bind(5, u);
            return upsert.execute();
        };
        QVERIFY(run(QStringLiteral("a"), qint64(1) << 40,
                    QStringLiteral("Zoë 💇🏾‍♀️ วิไล"), QVariant()));
        QCOMPARE(upsert.changes(), 1);
        QVERIFY(run(QStringLiteral("b"), true, QVariant(), QStringLiteral("only-b")));
        QVERIFY(run(QStringLiteral("a"), qint64(5), QVariant(), QVariant())); // older: kept
        QCOMPARE(upsert.changes(), 0);

        // Another unique key: refused with SQLite's code, then the same statement goes on.
        QVERIFY(!run(QStringLiteral("c"), qint64(1), QVariant(), QStringLiteral("only-b")));
        QVERIFY(upsert.error());
        QCOMPARE(upsert.errorCode(), 2067); // SQLITE_CONSTRAINT_UNIQUE
        QVERIFY2(upsert.error()->detail.contains(u"UNIQUE"), qPrintable(upsert.error()->detail));
        QVERIFY(run(QStringLiteral("c"), qint64(1), QString(3000, u'é'), QStringLiteral("c")));
        QVERIFY(!upsert.error());
        QCOMPARE(upsert.errorCode(), 0);

        QVERIFY(q.exec(QStringLiteral("SELECT id, n, typeof(n), r, s, typeof(s), u FROM w ORDER "
                                      "BY id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toLongLong(), qint64(1) << 40);
        QCOMPARE(q.value(2).toString(), QStringLiteral("integer"));
        QCOMPARE(q.value(3).toDouble(), 2.5);
        QCOMPARE(q.value(4).toString(), QStringLiteral("Zoë 💇🏾‍♀️ วิไล"));
        QVERIFY(q.value(6).isNull());
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toLongLong(), 1); // true
        QCOMPARE(q.value(5).toString(), QStringLiteral("null"));
        QVERIFY(q.next());
        QCOMPARE(q.value(4).toString(), QString(3000, u'é'));
        QVERIFY(!q.next());
    }

    void sqliteCountsNoMemory()
    {
        // The first connection (initTestCase) configured the library: its allocations since
        // then, this statement's included, were not counted.
        DirectStatement select(m_db, QStringLiteral("SELECT count(*), group_concat(name) FROM t"));
        QVERIFY(select.next());
        QVERIFY(!select.error());
        QCOMPARE(sqlite3_memory_used(), sqlite3_int64(0));
        QCOMPARE(sqlite3_memory_highwater(0), sqlite3_int64(0));
    }

    void failuresAreStoreErrors()
    {
        DirectStatement wrong(m_db, QStringLiteral("SELECT missing FROM nowhere"));
        QVERIFY(!wrong.next());
        QVERIFY(wrong.error());
        QCOMPARE(wrong.error()->kind, StoreError::Kind::Query);
        QVERIFY2(wrong.error()->detail.contains(QStringLiteral("nowhere")),
                 qPrintable(wrong.error()->detail));

        DirectStatement outOfRange(m_db, QStringLiteral("SELECT ?"));
        outOfRange.bind(2, qint64(1));
        QVERIFY(!outOfRange.next());
        QVERIFY(outOfRange.error());

        QSqlDatabase closed;
        DirectStatement noConnection(closed, QStringLiteral("SELECT 1"));
        QVERIFY(!noConnection.next());
        QVERIFY(noConnection.error());
    }
};

QTEST_GUILESS_MAIN(TestDirectStatement)
#include "tst_directstatement.moc"
