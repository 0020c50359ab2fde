// DeferredIndexes on real SQLite stores with the real migrations: a first sync sets the plain
// secondary indexes aside and builds them again; unique ones and those queries name stay; a
// rolled-back transaction or a later migration loses none.
#include "store/Database.h"
#include "store/DeferredIndexes.h"
#include "store/Migrations.h"
#include "tests/support/fixtures/IndexNames.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Chairside;
using Chairside::Fixtures::indexNames;

namespace {

const QStringList kTables{QStringLiteral("customers"), QStringLiteral("appointments"),
                          QStringLiteral("loyalty_ledger"), QStringLiteral("loyalty_tiers")};

} // namespace

class TestDeferredIndexes final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_counter)); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void setAsideAndBuiltAgain()
    {
        const QString path = freshPath();
        {
            QSqlDatabase db = Database::connectionForThisThread(path);
            QVERIFY(db.isOpen());
            const QStringList before = indexNames(db);
            QVERIFY(before.contains(QStringLiteral("idx_appointments_business_period")));

            QVERIFY(db.transaction());
            const auto dropped = DeferredIndexes::setAside(db, kTables);
            QVERIFY(dropped);
            QVERIFY(*dropped > 3);
            QVERIFY(db.commit());
            QVERIFY(DeferredIndexes::pending(db));

            const QStringList aside = indexNames(db);
            QCOMPARE(aside.size(), before.size() - *dropped);
            QVERIFY(!aside.contains(QStringLiteral("idx_appointments_business_period")));
            // Unique keys are constraints, and queries that name an index need it.
            for (const QString &name : DeferredIndexes::namedByQueries())
                QVERIFY2(aside.contains(name), qPrintable(name));
            QSqlQuery unique(db);
            QVERIFY(unique.exec(
                QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND "
                               "tbl_name = 'loyalty_tiers' AND name LIKE 'sqlite_autoindex%'")));
            QVERIFY(unique.next());
            QVERIFY(unique.value(0).toInt() >= 1);
            // Tables outside the list keep theirs.
            const QStringList others =
                before.filter(QRegularExpression(QStringLiteral("^idx_(ai_messages|audit)")));
            QVERIFY(!others.isEmpty());
            for (const QString &name : others)
                QVERIFY2(aside.contains(name), qPrintable(name));
            // A query naming a kept index still runs.
            QSqlQuery named(db);
            QVERIFY(named.exec(QStringLiteral(
                "SELECT count(*) FROM loyalty_ledger INDEXED BY idx_ledger_business_customer "
                "WHERE business_id = 'b'")));

            QVERIFY(DeferredIndexes::restore(db));
            QCOMPARE(indexNames(db), before);
            QVERIFY(!DeferredIndexes::pending(db));
            QVERIFY(DeferredIndexes::restore(db)); // nothing recorded: nothing to do
            QCOMPARE(indexNames(db), before);
        }
        Database::closeForThisThread(path);
    }

    // While a first sync runs the search does not follow the customers; restore() makes it
    // find exactly the live customers again, under their new names.
    void theSearchIsFilledAgain()
    {
        const QString path = freshPath();
        {
            QSqlDatabase db = Database::connectionForThisThread(path);
            QVERIFY(db.isOpen());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys=OFF")));
            const auto addCustomer = [&](const QString &id, const QString &name, bool deleted) {
                q.prepare(QStringLiteral(
                    "INSERT INTO customers (id, business_id, full_name, phone, created_at, "
                    "updated_at, deleted_at) VALUES (?, 'b', ?, '+27 82 555 0101', 1, 1, ?)"));
                q.addBindValue(id);
                q.addBindValue(name);
                q.addBindValue(deleted ? QVariant(qint64(2)) : QVariant());
                return q.exec();
            };
            const auto found = [&](const QString &words) {
                QSqlQuery search(db);
                search.prepare(QStringLiteral("SELECT count(*) FROM customer_search WHERE "
                                              "customer_search MATCH ?"));
                search.addBindValue(words);
                return search.exec() && search.next() ? search.value(0).toInt() : -1;
            };
            QVERIFY(addCustomer(QStringLiteral("c1"), QStringLiteral("Zanele Mokoena"), false));
            QVERIFY(addCustomer(QStringLiteral("c2"), QStringLiteral("Gone Person"), true));
            QCOMPARE(found(QStringLiteral("Zanele")), 1);

            // Without the customers among the tables, the search keeps following them.
            QVERIFY(db.transaction());
            QVERIFY(DeferredIndexes::setAside(db, {QStringLiteral("appointments")}));
            QVERIFY(db.commit());
            QVERIFY(DeferredIndexes::restore(db));
            QVERIFY(addCustomer(QStringLiteral("c3"), QStringLiteral("Ploy Srisuk"), false));
            QCOMPARE(found(QStringLiteral("Ploy")), 1);

            QVERIFY(db.transaction());
            QVERIFY(DeferredIndexes::setAside(db, kTables));
            QVERIFY(db.commit());
            QVERIFY(DeferredIndexes::pending(db));
            QVERIFY(addCustomer(QStringLiteral("c4"), QStringLiteral("Ärna Öberg"), false));
            QVERIFY(q.exec(QStringLiteral(
                "UPDATE customers SET full_name = 'Zanele Dlamini' WHERE id = 'c1'")));
            QVERIFY(q.exec(QStringLiteral("UPDATE customers SET deleted_at = 3 WHERE id = 'c3'")));
            QCOMPARE(found(QStringLiteral("Arna")), 0); // set aside: not followed
            QCOMPARE(found(QStringLiteral("Dlamini")), 0);

            QVERIFY(DeferredIndexes::restore(db));
            QVERIFY(!DeferredIndexes::pending(db));
            QCOMPARE(found(QStringLiteral("Arna")), 1);
            QCOMPARE(found(QStringLiteral("Dlamini")), 1);
            QCOMPARE(found(QStringLiteral("Mokoena")), 0);
            QCOMPARE(found(QStringLiteral("Ploy")), 0);
            QCOMPARE(found(QStringLiteral("Gone")), 0);
            QCOMPARE(found(QStringLiteral("phone:0101*")), 2);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM customer_search")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 2);

            // And it follows the customers again.
            QVERIFY(addCustomer(QStringLiteral("c5"), QStringLiteral("Nomsa Khumalo"), false));
            QCOMPARE(found(QStringLiteral("Nomsa")), 1);
        }
        Database::closeForThisThread(path);
    }

    void everyIndexNamedByAQueryIsKept()
    {
        // A query with INDEXED BY fails while its index is aside: every such name in the
        // sources must be on the list DeferredIndexes keeps (and the list names no other).
        QSet<QString> named;
        const QRegularExpression indexedBy(QStringLiteral(R"(INDEXED\s+BY\s+(idx_\w+))"));
        for (const char *folder : {"app", "models", "store", "sync", "ui"}) {
            QDirIterator files(QStringLiteral(CHAIRSIDE_SOURCE_DIR "/") + QLatin1String(folder),
                               {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                               QDirIterator::Subdirectories);
            while (files.hasNext()) {
                QFile file(files.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QString text = QString::fromUtf8(file.readAll());
                for (const auto &match : indexedBy.globalMatch(text))
                    named.insert(match.captured(1));
            }
        }
        QVERIFY(!named.isEmpty());
        const QStringList kept = DeferredIndexes::namedByQueries();
        QCOMPARE(named, QSet<QString>(kept.cbegin(), kept.cend()));
    }

    // The record comes back from the store file: only index statements are run from it, and a
    // damaged one is cleared without running anything.
    void onlyIndexesAreRunFromTheRecord()
    {
        const QString path = freshPath();
        {
            QSqlDatabase db = Database::connectionForThisThread(path);
            QVERIFY(db.isOpen());
            const QStringList before = indexNames(db);
            QVERIFY(db.transaction());
            QVERIFY(DeferredIndexes::setAside(db, kTables));
            QVERIFY(db.commit());

            // Another statement, one after a semicolon and a number beside the real ones.
            QSqlQuery edit(db);
            QVERIFY(edit.exec(QStringLiteral(
                "UPDATE sync_state SET value = json_insert(value, '$[#]', 'DROP TABLE "
                "loyalty_tiers', "
                "'$[#]', 'CREATE INDEX x ON customers(id); DROP TABLE customers', '$[#]', 7) "
                "WHERE key = 'deferred_indexes'")));
            QCOMPARE(edit.numRowsAffected(), 1);
            QVERIFY(DeferredIndexes::restore(db));
            QCOMPARE(indexNames(db), before);
            QVERIFY(!DeferredIndexes::pending(db));
            QSqlQuery tables(db);
            QVERIFY(
                tables.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = "
                                           "'table' AND name IN ('loyalty_tiers', 'customers')")));
            QVERIFY(tables.next());
            QCOMPARE(tables.value(0).toInt(), 2);

            // Not JSON at all: cleared, nothing run.
            QVERIFY(edit.exec(QStringLiteral("INSERT INTO sync_state (key, value) VALUES "
                                             "('deferred_indexes', 'DROP TABLE customers')")));
            QVERIFY(DeferredIndexes::restore(db));
            QVERIFY(!DeferredIndexes::pending(db));
            QCOMPARE(indexNames(db), before);
        }
        Database::closeForThisThread(path);
    }

    void aRollbackKeepsEveryIndex()
    {
        const QString path = freshPath();
        {
            QSqlDatabase db = Database::connectionForThisThread(path);
            const QStringList before = indexNames(db);
            QVERIFY(db.transaction());
            QVERIFY(DeferredIndexes::setAside(db, kTables));
            QVERIFY(db.rollback());
            QCOMPARE(indexNames(db), before);
            QVERIFY(!DeferredIndexes::pending(db));
        }
        Database::closeForThisThread(path);
    }

    void aMigrationBuildsThemFirst()
    {
        // A first sync stopped with its indexes aside, then Chairside was updated: the store
        // migrates with every index in place.
        const QString path = freshPath();
        {
            Database::Options older;
            older.migrateUpTo = latestSchemaVersion() - 1;
            std::optional<StoreError> error;
            QSqlDatabase db = Database::connectionForThisThread(path, &error, older);
            QVERIFY2(!error, error ? qPrintable(error->message) : "");
            QVERIFY(db.transaction());
            QVERIFY(DeferredIndexes::setAside(db, kTables));
            QVERIFY(db.commit());
        }
        Database::closeForThisThread(path);

        const QString reference = freshPath();
        QStringList expected;
        {
            QSqlDatabase db = Database::connectionForThisThread(reference);
            expected = indexNames(db);
        }
        Database::closeForThisThread(reference);

        {
            std::optional<StoreError> error;
            QSqlDatabase db = Database::connectionForThisThread(path, &error);
            QVERIFY2(!error, error ? qPrintable(error->message) : "");
            QCOMPARE(Database::schemaVersion(db), latestSchemaVersion());
            QCOMPARE(indexNames(db), expected);
            QVERIFY(!DeferredIndexes::pending(db));
        }
        Database::closeForThisThread(path);
    }
};

QTEST_GUILESS_MAIN(TestDeferredIndexes)
#include "tst_deferredindexes.moc"
