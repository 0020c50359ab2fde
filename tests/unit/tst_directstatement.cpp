// DirectStatement: the calendar's read through SQLite's C API gives the same values QSqlQuery
// would (odd Unicode included), binds instead of splicing, and reports failures as StoreErrors.

#include "store/Database.h"
#include "store/DirectStatement.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

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
