// Customer search over the store's full-text index: what a typed text finds (CustomerSearch's
// query through customer_search) and that the triggers keep the index in step with every kind
// of write to customers (local edits, pulled upserts, tombstones, erasure, deletes).

#include "store/Database.h"
#include "store/repositories/CustomerRepository.h"
#include "store/repositories/CustomerSearch.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Chairside;

class TestCustomerSearch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_stores = 0;
    QSqlDatabase m_db;

    bool exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(m_db);
        q.prepare(sql);
        for (const QVariant &value : values)
            q.addBindValue(value);
        if (!q.exec()) {
            qWarning() << q.lastError().text() << sql;
            return false;
        }
        return true;
    }

    bool addCustomer(const QString &id, const QString &name, const QVariant &phone = {},
                     const QVariant &email = {})
    {
        return exec(
            QStringLiteral("INSERT INTO customers (id, business_id, full_name, phone, "
                           "email, created_at, updated_at) VALUES (?, 'b1', ?, ?, ?, 1, 1)"),
            {id, name, phone, email});
    }

    // The ids the desk's search finds for `text`, in id order; "error" when the query fails.
    QStringList find(const QString &text, const QString &order = QStringLiteral("c.id"),
                     CustomerSearch::Lookup lookup = CustomerSearch::Lookup::ByMatches)
    {
        const CustomerSearch search = CustomerSearch::fromText(text);
        if (search.isEmpty())
            return {QStringLiteral("everyone")};
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT c.id FROM customers c WHERE c.deleted_at IS NULL AND ")
                  + search.condition(u"c", lookup) + QStringLiteral(" ORDER BY ") + order);
        for (const QVariant &value : search.bindValues())
            q.addBindValue(value);
        if (!q.exec()) {
            qWarning() << q.lastError().text() << search.matchExpression();
            return {QStringLiteral("error")};
        }
        QStringList ids;
        while (q.next())
            ids.append(q.value(0).toString());
        return ids;
    }

    qint64 indexRows()
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM customer_search")) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("store%1.sqlite").arg(++m_stores));
        m_db = Database::connectionForThisThread(m_path);
        QVERIFY(m_db.isOpen());
        QVERIFY(exec(QStringLiteral("INSERT INTO businesses (id, name, time_zone, currency, "
                                    "locale, updated_at) VALUES ('b1', 'Salon', 'UTC', 'ZAR', "
                                    "'en_ZA', 1)")));
        QVERIFY(addCustomer(QStringLiteral("thandi"), QStringLiteral("Thandi Mokoena"),
                            QStringLiteral("+27 82 555 0101"),
                            QStringLiteral("thandi.mokoena@example.com")));
        QVERIFY(addCustomer(QStringLiteral("johan"), QStringLiteral("Johan van der Merwe"),
                            QStringLiteral("+27845550199"), QStringLiteral("johan@vdm.co.za")));
        QVERIFY(addCustomer(QStringLiteral("zoe"), QStringLiteral("Zoë Coetzée")));
        QVERIFY(addCustomer(QStringLiteral("wilai"), QStringLiteral("วิไล สุขใจ"),
                            QStringLiteral("+66 81 234 5678")));
        QVERIFY(addCustomer(QStringLiteral("obrien"), QStringLiteral("Siobhán O'Brien"),
                            QStringLiteral("(021) 555-7788"), QStringLiteral("siobhan@mail.ie")));
        QVERIFY(addCustomer(QStringLiteral("gone"), QStringLiteral("Thandeka Gone"),
                            QStringLiteral("+27825550101")));
        QVERIFY(exec(QStringLiteral("UPDATE customers SET deleted_at = 5 WHERE id = 'gone'")));
    }

    void cleanup()
    {
        m_db = {};
        Database::closeForThisThread(m_path);
    }

    void finds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        const QStringList thandi{QStringLiteral("thandi")};
        const QStringList johan{QStringLiteral("johan")};
        QTest::newRow("first name prefix") << QStringLiteral("tha") << thandi;
        QTest::newRow("any case") << QStringLiteral("THANDI") << thandi;
        QTest::newRow("surname") << QStringLiteral("mokoena") << thandi;
        QTest::newRow("words in any order") << QStringLiteral("mok thandi") << thandi;
        QTest::newRow("every word must match") << QStringLiteral("thandi merwe") << QStringList{};
        QTest::newRow("later words") << QStringLiteral("van der") << johan;
        QTest::newRow("middle of a word") << QStringLiteral("handi") << QStringList{};
        QTest::newRow("accents typed or not")
            << QStringLiteral("zoe coetzee") << QStringList{QStringLiteral("zoe")};
        QTest::newRow("accents typed")
            << QStringLiteral("Zoë") << QStringList{QStringLiteral("zoe")};
        QTest::newRow("Thai name prefix")
            << QStringLiteral("วิไ") << QStringList{QStringLiteral("wilai")};
        QTest::newRow("Thai second word")
            << QStringLiteral("สุข") << QStringList{QStringLiteral("wilai")};
        QTest::newRow("apostrophe")
            << QStringLiteral("o'bri") << QStringList{QStringLiteral("obrien")};
        QTest::newRow("e-mail start") << QStringLiteral("thandi.mok") << thandi;
        QTest::newRow("e-mail with @") << QStringLiteral("johan@vdm") << johan;
        QTest::newRow("e-mail domain") << QStringLiteral("vdm.co") << johan;
        QTest::newRow("local phone") << QStringLiteral("082 555 0101") << thandi;
        QTest::newRow("international phone") << QStringLiteral("+27 84 555") << johan;
        QTest::newRow("last digits") << QStringLiteral("0199") << johan;
        QTest::newRow("digits in the middle")
            << QStringLiteral("555")
            << QStringList{QStringLiteral("johan"), QStringLiteral("obrien"),
                           QStringLiteral("thandi")};
        QTest::newRow("punctuated stored number")
            << QStringLiteral("021 555 77") << QStringList{QStringLiteral("obrien")};
        QTest::newRow("Thai digits")
            << QStringLiteral("๐๘๑ ๒๓๔") << QStringList{QStringLiteral("wilai")};
        QTest::newRow("two digits search no phone") << QStringLiteral("82") << QStringList{};
        QTest::newRow("no match") << QStringLiteral("xavier") << QStringList{};
        QTest::newRow("spaces only")
            << QStringLiteral("   ") << QStringList{QStringLiteral("everyone")};
        // FTS5 syntax in the text is text, never a query (and never an error).
        QTest::newRow("percent") << QStringLiteral("%") << QStringList{};
        QTest::newRow("quote") << QStringLiteral("\"thandi") << thandi;
        QTest::newRow("lone quote") << QStringLiteral("\"") << QStringList{};
        QTest::newRow("star") << QStringLiteral("*") << QStringList{};
        QTest::newRow("operators") << QStringLiteral("thandi OR johan") << QStringList{};
        QTest::newRow("NOT") << QStringLiteral("NOT") << QStringList{};
        QTest::newRow("column filter") << QStringLiteral("phone:555") << QStringList{};
        QTest::newRow("NEAR") << QStringLiteral("NEAR(thandi") << QStringList{};
        QTest::newRow("parenthesis") << QStringLiteral("(") << QStringList{};
        QTest::newRow("caret and minus") << QStringLiteral("^-thandi") << thandi;
        QTest::newRow("a deleted customer is not found")
            << QStringLiteral("thandeka") << QStringList{};
    }

    void finds()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(find(text), expected);
    }

    void hugeTextIsAnsweredNotRefused()
    {
        // A pasted page: more words than are searched, each longer than is searched.
        QString text = QStringLiteral("Thandi ");
        for (int i = 0; i < 2000; ++i)
            text += QString(300, QChar(u'a' + i % 26)) + u' ';
        QCOMPARE(find(text), QStringList{});
        const CustomerSearch search = CustomerSearch::fromText(text);
        QVERIFY(search.matchExpression().size() < 1000);
        QCOMPARE(find(QStringLiteral("thandi ") + QString(100, u'x')), QStringList{});
    }

    void broadTextsFindTheSameInNameOrder()
    {
        QVERIFY(CustomerSearch::fromText(QStringLiteral("m")).isBroad());
        QVERIFY(CustomerSearch::fromText(QStringLiteral("t m")).isBroad());
        QVERIFY(!CustomerSearch::fromText(QStringLiteral("mok")).isBroad());
        QVERIFY(!CustomerSearch::fromText(QStringLiteral("t mok")).isBroad());
        QVERIFY(!CustomerSearch::fromText(QStringLiteral("555")).isBroad());
        QCOMPARE(CustomerSearch::fromText(QStringLiteral("m")).lookupInNameOrder(),
                 CustomerSearch::Lookup::InNameOrder);
        QCOMPARE(CustomerSearch::fromText(QStringLiteral("mok")).lookupInNameOrder(),
                 CustomerSearch::Lookup::ByMatches);
        // The unary + changes the plan, never the rows: by name, windows included.
        const QString byName = QStringLiteral("c.full_name COLLATE NOCASE, c.id");
        for (const QString &text : {QStringLiteral("m"), QStringLiteral("t"), QStringLiteral("z"),
                                    QStringLiteral("s o"), QStringLiteral("q")}) {
            for (const QString &window : {QString(), QStringLiteral(" LIMIT 1 OFFSET 1")}) {
                QCOMPARE(find(text, byName + window, CustomerSearch::Lookup::InNameOrder),
                         find(text, byName + window));
            }
        }
        QCOMPARE(find(QStringLiteral("m"), byName, CustomerSearch::Lookup::InNameOrder),
                 (QStringList{QStringLiteral("johan"), QStringLiteral("obrien"),
                              QStringLiteral("thandi")}));
    }

    void countsTheIndexOnlyWhenTheStoreHoldsOneBusiness()
    {
        CustomerRepository repository(m_db);
        CustomerFilter filter;
        filter.businessId = QStringLiteral("b1");
        filter.text = QStringLiteral("m");
        QCOMPARE(repository.count(filter).count, qint64(3));
        // Another salon's customer matches too: the count stays the business's own.
        QVERIFY(exec(QStringLiteral("INSERT INTO businesses (id, name, time_zone, currency, "
                                    "locale, updated_at) VALUES ('b2', 'Other', 'UTC', 'ZAR', "
                                    "'en_ZA', 1)")));
        QVERIFY(exec(QStringLiteral("INSERT INTO customers (id, business_id, full_name, "
                                    "created_at, updated_at) VALUES ('m2', 'b2', 'Mpho Molefe', 1, "
                                    "1)")));
        QCOMPARE(repository.count(filter).count, qint64(3));
        filter.businessId = QStringLiteral("b2");
        QCOMPARE(repository.count(filter).count, qint64(1));
        filter.text.clear();
        QCOMPARE(repository.count(filter).count, qint64(1));
    }

    void theMatchExpressionQuotesEveryWord()
    {
        QCOMPARE(CustomerSearch::fromText(QStringLiteral(" thandi  \"mok ")).matchExpression(),
                 QStringLiteral("{name email} : (\"thandi\"* AND \"\"\"mok\"*)"));
        QCOMPARE(CustomerSearch::fromText(QStringLiteral("082 555")).matchExpression(),
                 QStringLiteral("{name email} : (\"082\"* AND \"555\"*) OR phone : \"82555\"*"));
        QVERIFY(CustomerSearch::fromText(QString()).isEmpty());
    }

    void editsReachTheIndex()
    {
        // A new number and no e-mail.
        QCOMPARE(find(QStringLiteral("example")), QStringList{QStringLiteral("thandi")});
        QVERIFY(exec(QStringLiteral("UPDATE customers SET phone = '+27 71 000 1234', email = NULL, "
                                    "version = 2 WHERE id = 'thandi'")));
        QCOMPARE(find(QStringLiteral("082 555 0101")), QStringList{});
        QCOMPARE(find(QStringLiteral("071 000")), QStringList{QStringLiteral("thandi")});
        QCOMPARE(find(QStringLiteral("example")), QStringList{});

        // A rename: the old name no longer finds the row, the new one does.
        QVERIFY(exec(QStringLiteral("UPDATE customers SET full_name = 'Thandiwe Dube' WHERE id = "
                                    "'thandi'")));
        QCOMPARE(find(QStringLiteral("mokoena")), QStringList{});
        QCOMPARE(find(QStringLiteral("dube")), QStringList{QStringLiteral("thandi")});

        // A change to other columns leaves the search row alone.
        const qint64 rows = indexRows();
        QVERIFY(exec(QStringLiteral("UPDATE customers SET notes = 'likes tea', version = 3 WHERE "
                                    "id = 'thandi'")));
        QCOMPARE(indexRows(), rows);
        QCOMPARE(find(QStringLiteral("dube")), QStringList{QStringLiteral("thandi")});
    }

    void tombstonesLeaveAndReturn()
    {
        const qint64 rows = indexRows();
        QCOMPARE(rows, qint64(5)); // the deleted one was never indexed
        QVERIFY(exec(QStringLiteral("UPDATE customers SET deleted_at = 9 WHERE id = 'johan'")));
        QCOMPARE(indexRows(), rows - 1);
        QCOMPARE(find(QStringLiteral("johan")), QStringList{});
        // Brought back (an undone delete, or a server that restored it).
        QVERIFY(exec(QStringLiteral("UPDATE customers SET deleted_at = NULL WHERE id = 'johan'")));
        QCOMPARE(find(QStringLiteral("johan")), QStringList{QStringLiteral("johan")});
        // Erased: the personal data goes from the index with the row's.
        QVERIFY(exec(QStringLiteral("UPDATE customers SET full_name = 'Erased customer', phone = "
                                    "NULL, email = NULL WHERE id = 'johan'")));
        QCOMPARE(find(QStringLiteral("merwe")), QStringList{});
        QCOMPARE(find(QStringLiteral("0199")), QStringList{});
        QCOMPARE(find(QStringLiteral("johan@")), QStringList{});
        // Removed for good.
        QVERIFY(exec(QStringLiteral("DELETE FROM customers WHERE id = 'johan'")));
        QCOMPARE(indexRows(), rows - 1);
        QCOMPARE(find(QStringLiteral("erased")), QStringList{});
    }

    void pulledRowsAreIndexed()
    {
        // PullApplier's statement: a new row, then a newer version of it, then an older one that
        // changes nothing.
        const QString upsert = QStringLiteral(
            "INSERT OR REPLACE INTO customers (id, business_id, full_name, phone, email, "
            "created_at, version, updated_at) VALUES (?, 'b1', ?, ?, NULL, 1, ?, 1) ON CONFLICT "
            "(\"id\") DO UPDATE SET full_name = excluded.full_name, phone = excluded.phone, "
            "email = excluded.email, version = excluded.version WHERE excluded.\"version\" >= "
            "customers.\"version\"");
        QVERIFY(exec(upsert, {QStringLiteral("pulled"), QStringLiteral("Nomvula Dlamini-Zulu"),
                              QStringLiteral("+27831112222"), 2}));
        QCOMPARE(find(QStringLiteral("zulu")), QStringList{QStringLiteral("pulled")});
        QVERIFY(exec(upsert, {QStringLiteral("pulled"), QStringLiteral("Nomvula Khumalo"),
                              QStringLiteral("+27831112222"), 3}));
        QCOMPARE(find(QStringLiteral("zulu")), QStringList{});
        QCOMPARE(find(QStringLiteral("khumalo")), QStringList{QStringLiteral("pulled")});
        QVERIFY(exec(upsert, {QStringLiteral("pulled"), QStringLiteral("Nomvula Old"),
                              QStringLiteral("+27831112222"), 1}));
        QCOMPARE(find(QStringLiteral("khumalo")), QStringList{QStringLiteral("pulled")});
        QCOMPARE(find(QStringLiteral("old")), QStringList{});
    }

    void aReusedRowidIsIndexedAfresh()
    {
        // The newest row deleted without its trigger (as REPLACE does) and its rowid given to the
        // next insert: the new row is found and the old one is not.
        QVERIFY(addCustomer(QStringLiteral("last"), QStringLiteral("Sipho Ndlovu")));
        QSqlQuery q(m_db);
        QVERIFY(q.exec(QStringLiteral("SELECT max(rowid) FROM customers")) && q.next());
        const qint64 last = q.value(0).toLongLong();
        q.finish();
        QVERIFY(exec(QStringLiteral("PRAGMA recursive_triggers = OFF")));
        QVERIFY(exec(QStringLiteral("DROP TRIGGER customer_search_delete")));
        QVERIFY(exec(QStringLiteral("DELETE FROM customers WHERE rowid = ?"), {last}));
        QVERIFY(addCustomer(QStringLiteral("newest"), QStringLiteral("Lerato Mahlangu")));
        QVERIFY(q.exec(QStringLiteral("SELECT rowid FROM customers WHERE id = 'newest'"))
                && q.next());
        QCOMPARE(q.value(0).toLongLong(), last);
        QCOMPARE(find(QStringLiteral("lerato")), QStringList{QStringLiteral("newest")});
        QCOMPARE(find(QStringLiteral("sipho")), QStringList{});
    }
};

QTEST_GUILESS_MAIN(TestCustomerSearch)
#include "tst_customersearch.moc"
