#include "store/Database.h"
#include "store/Migrations.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Chairside;

namespace {

QString pragma(QSqlDatabase &db, const QString &statement)
{
    QSqlQuery q(db);
    if (!q.exec(statement) || !q.next())
        return {};
    return q.value(0).toString();
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// A row that is valid in the schema of `version`, and a query that finds it again.
struct SampleRow
{
    QString insert;
    QString check;
};

SampleRow sampleFor(int version)
{
    if (version >= 4)
        return {QStringLiteral("INSERT OR REPLACE INTO outbox (mutation_id, kind, payload, "
                               "created_at, summary, code, server_row) VALUES ('m4', "
                               "'customer.upsert', '{}', 1, 'v4-row', 'version_mismatch', '{}')"),
                QStringLiteral("SELECT summary FROM outbox WHERE mutation_id = 'm4'")};
    if (version >= 2)
        return {QStringLiteral("INSERT OR REPLACE INTO sync_state (key, value) VALUES ('cursor', "
                               "'v2-row')"),
                QStringLiteral("SELECT value FROM sync_state WHERE key = 'cursor'")};
    return {QStringLiteral("INSERT INTO businesses (id, name, time_zone, currency, locale, "
                           "updated_at) VALUES ('b1', 'v1-row', 'Africa/Johannesburg', 'ZAR', "
                           "'en_ZA', 1)"),
            QStringLiteral("SELECT name FROM businesses WHERE id = 'b1'")};
}

QString expectedSampleValue(int version)
{
    if (version >= 4)
        return QStringLiteral("v4-row");
    return version >= 2 ? QStringLiteral("v2-row") : QStringLiteral("v1-row");
}

} // namespace

class TestStoreMigrations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath()
    {
        return m_dir.filePath(QStringLiteral("store%1.sqlite").arg(++m_counter));
    }

    // A real store with some hundred pages of data, closed, so damage can be done to the file.
    QString populatedStore()
    {
        const QString path = freshPath();
        {
            QSqlDatabase db = Database::connectionForThisThread(path);
            if (!db.isOpen())
                return {};
            QSqlQuery q(db);
            db.transaction();
            q.exec(QStringLiteral("INSERT INTO businesses (id, name, time_zone, currency, locale, "
                                  "updated_at) VALUES ('b1', 'Salon', 'UTC', 'ZAR', 'en_ZA', 1)"));
            q.prepare(QStringLiteral("INSERT INTO customers (id, business_id, full_name, notes, "
                                     "created_at, updated_at) VALUES (?, 'b1', ?, ?, 1, 1)"));
            for (int i = 0; i < 3000; ++i) {
                q.addBindValue(QStringLiteral("c%1").arg(i));
                q.addBindValue(QStringLiteral("Customer %1").arg(i));
                q.addBindValue(QString(200, QChar(u'a' + i % 26)));
                q.exec();
            }
            db.commit();
        }
        Database::closeForThisThread(path);
        return path;
    }

    std::optional<StoreError> openError(const QString &path)
    {
        std::optional<StoreError> error;
        {
            QSqlDatabase db = Database::connectionForThisThread(path, &error);
            if (!error && !db.isOpen())
                error = StoreError{StoreError::Kind::Query, QStringLiteral("not open"), {}};
        }
        Database::closeForThisThread(path);
        return error;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void freshStoreIsLatestWithWalAndForeignKeys()
    {
        const QString path = freshPath();
        {
            std::optional<StoreError> error;
            QSqlDatabase db = Database::connectionForThisThread(path, &error);
            QVERIFY2(!error, qPrintable(error ? error->message : QString()));
            QVERIFY(db.isOpen());
            QCOMPARE(Database::schemaVersion(db), latestSchemaVersion());
            QCOMPARE(pragma(db, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
            QCOMPARE(pragma(db, QStringLiteral("PRAGMA foreign_keys")), QStringLiteral("1"));
            // The calendar's and dashboard's page cache; the integrity check runs with
            // SQLite's small default (it reads every page once) and hands the large one back.
            QCOMPARE(pragma(db, QStringLiteral("PRAGMA cache_size")), QStringLiteral("-32768"));
            QVERIFY(!Database::verify(db));
            QCOMPARE(pragma(db, QStringLiteral("PRAGMA cache_size")), QStringLiteral("-32768"));
            // Foreign keys are enforced, not just declared.
            QSqlQuery q(db);
            QVERIFY(!q.exec(QStringLiteral("INSERT INTO staff_members (id, business_id, "
                                           "display_name, role, updated_at) VALUES ('s', "
                                           "'missing', 'x', 'staff', 1)")));
        }
        Database::closeForThisThread(path);
    }

    void migrationStepsAreNumberedWithoutGaps()
    {
        const QList<Migration> &steps = localMigrations();
        QVERIFY(!steps.isEmpty());
        for (qsizetype i = 0; i < steps.size(); ++i) {
            QCOMPARE(steps.at(i).version, int(i) + 1);
            QVERIFY(!steps.at(i).description.isEmpty());
            QVERIFY(!steps.at(i).statements.isEmpty() || steps.at(i).afterStatements);
        }
        QCOMPARE(latestSchemaVersion(), steps.constLast().version);
    }

    void upgradesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 1; v < latestSchemaVersion(); ++v)
            QTest::addRow("from v%d", v) << v;
    }

    void upgradesFromEveryEarlierVersion()
    {
        QFETCH(int, from);
        const QString path = freshPath();
        {
            std::optional<StoreError> error;
            Database::Options options;
            options.migrateUpTo = from;
            QSqlDatabase db = Database::connectionForThisThread(path, &error, options);
            QVERIFY2(!error, qPrintable(error ? error->message : QString()));
            QCOMPARE(Database::schemaVersion(db), from);
            QSqlQuery q(db);
            QVERIFY2(q.exec(sampleFor(from).insert), qPrintable(q.lastError().text()));
        }
        Database::closeForThisThread(path);
        {
            std::optional<StoreError> error;
            QSqlDatabase db = Database::connectionForThisThread(path, &error);
            QVERIFY2(!error, qPrintable(error ? error->message : QString()));
            QCOMPARE(Database::schemaVersion(db), latestSchemaVersion());
            QSqlQuery q(db);
            QVERIFY(q.exec(sampleFor(from).check));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), expectedSampleValue(from));
            q.finish();
            // The upgraded schema is the same as a fresh one: the newest tables work.
            QVERIFY2(q.exec(sampleFor(latestSchemaVersion()).insert),
                     qPrintable(q.lastError().text()));
            QCOMPARE(pragma(db, QStringLiteral("PRAGMA foreign_key_check")), QString());
        }
        Database::closeForThisThread(path);
    }

    void upgradeIndexesTheCustomersForSearch()
    {
        // Version 10 builds customer_search from the customers already cached: live ones only.
        const QString path = freshPath();
        {
            Database::Options options;
            options.migrateUpTo = 9;
            QSqlDatabase db = Database::connectionForThisThread(path, nullptr, options);
            QVERIFY(db.isOpen());
            QSqlQuery q(db);
            QVERIFY(q.exec(sampleFor(1).insert));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO customers (id, business_id, full_name, phone, email, created_at, "
                "updated_at, deleted_at) VALUES ('c1', 'b1', 'Ayesha Patel', '+27 83 111 2222', "
                "'ayesha@example.com', 1, 1, NULL), ('c2', 'b1', 'Ayanda Zulu', '+27831113333', "
                "NULL, 1, 1, 7)")));
        }
        Database::closeForThisThread(path);
        {
            QSqlDatabase db = Database::connectionForThisThread(path);
            QCOMPARE(Database::schemaVersion(db), latestSchemaVersion());
            QSqlQuery q(db);
            const auto found = [&q](const QString &match) {
                QStringList ids;
                q.prepare(QStringLiteral("SELECT c.id FROM customers c WHERE c.rowid IN (SELECT "
                                         "rowid FROM customer_search WHERE customer_search "
                                         "MATCH ?) ORDER BY c.id"));
                q.addBindValue(match);
                if (!q.exec())
                    return QStringList{q.lastError().text()};
                while (q.next())
                    ids.append(q.value(0).toString());
                return ids;
            };
            QCOMPARE(found(QStringLiteral("\"aye\"*")), QStringList{QStringLiteral("c1")});
            QCOMPARE(found(QStringLiteral("phone : \"831112\"*")),
                     QStringList{QStringLiteral("c1")});
            QCOMPARE(found(QStringLiteral("\"ayanda\"*")), QStringList{});
        }
        Database::closeForThisThread(path);
    }

    void upgradeCopiesCustomerNamesOntoBookings()
    {
        // Version 16 gives each cached booking its customer's name and phone, which the calendar
        // now reads instead of looking the customer up: without the copy an upgraded desk would
        // show its bookings without names.
        const QString path = freshPath();
        {
            Database::Options options;
            options.migrateUpTo = 15;
            QSqlDatabase db = Database::connectionForThisThread(path, nullptr, options);
            QVERIFY(db.isOpen());
            QSqlQuery q(db);
            QVERIFY(q.exec(sampleFor(1).insert));
            for (const char *sql : {
                     "INSERT INTO customers (id, business_id, full_name, phone, created_at, "
                     "updated_at) VALUES ('c1', 'b1', 'Nomvula Dlamini-Müller', '+27 83 111 2222', "
                     "1, 1)",
                     "INSERT INTO staff_members (id, business_id, display_name, role, updated_at) "
                     "VALUES ('s1', 'b1', 'Anna', 'owner', 1)",
                     "INSERT INTO services (id, business_id, name, duration_minutes, price_minor, "
                     "updated_at) VALUES ('v1', 'b1', 'Cut', 60, 25000, 1)",
                     "INSERT INTO appointments (id, business_id, customer_id, staff_id, "
                     "service_id, "
                     "starts_at, ends_at, status, source, created_at, updated_at) VALUES "
                     "('a1', 'b1', 'c1', 's1', 'v1', 100, 200, 'confirmed', 'desk', 1, 1), "
                     "('a2', 'b1', NULL, 's1', 'v1', 300, 400, 'confirmed', 'walk_in', 1, 1)",
                 }) {
                QVERIFY2(q.exec(QString::fromUtf8(sql)), qPrintable(q.lastError().text()));
            }
        }
        Database::closeForThisThread(path);
        {
            QSqlDatabase db = Database::connectionForThisThread(path);
            QCOMPARE(Database::schemaVersion(db), latestSchemaVersion());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT id, customer_name, customer_phone FROM "
                                          "appointments ORDER BY id")));
            QVERIFY(q.next());
            QCOMPARE(q.value(1).toString(), QStringLiteral("Nomvula Dlamini-Müller"));
            QCOMPARE(q.value(2).toString(), QStringLiteral("+27 83 111 2222"));
            QVERIFY(q.next()); // the walk-in without a customer has no copy
            QVERIFY(q.value(1).isNull());
            QVERIFY(q.value(2).isNull());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = "
                                          "'idx_customers_card'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        Database::closeForThisThread(path);
    }

    // Migration 17: a CHECK's list of allowed values written as comparisons means the same.
    void checksWithoutInListsMeanTheSame()
    {
        QCOMPARE(checksWithoutInLists(QStringLiteral(
                     "CREATE TABLE t (id TEXT, status TEXT CHECK (status IN ('a','b',\n"
                     "    'it''s')), kind TEXT CHECK (kind IS NULL OR kind IN ('x', 'y')))")),
                 QStringLiteral("CREATE TABLE t (id TEXT, status TEXT CHECK ((status = 'a' OR "
                                "status = 'b' OR status = 'it''s')), kind TEXT CHECK (kind IS "
                                "NULL OR kind IN ('x', 'y')))"));
        const QString plain = QStringLiteral("CREATE TABLE u (id TEXT PRIMARY KEY, n INTEGER)");
        QCOMPARE(checksWithoutInLists(plain), plain);
        const QString negated =
            QStringLiteral("CREATE TABLE v (kind TEXT CHECK (kind NOT IN ('a', 'b', 'c')))");
        QCOMPARE(checksWithoutInLists(negated), negated);
    }

    // A store of every version reads its CHECKs as comparisons: writing a row no longer builds a
    // temporary index of each list (no OpenEphemeral in the insert's program), and the
    // constraints still refuse what they refused.
    void checksNoLongerBuildATemporaryIndexPerRow()
    {
        const QString path = freshPath();
        {
            std::optional<StoreError> error;
            Database::Options options;
            options.migrateUpTo = 16;
            QSqlDatabase db = Database::connectionForThisThread(path, &error, options);
            QVERIFY2(!error, qPrintable(error ? error->message : QString()));
        }
        Database::closeForThisThread(path);
        std::optional<StoreError> error;
        QSqlDatabase db = Database::connectionForThisThread(path, &error);
        QVERIFY2(!error, qPrintable(error ? error->message : QString()));
        QCOMPARE(Database::schemaVersion(db), latestSchemaVersion());
        QCOMPARE(pragma(db, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table'")));
        static const QRegularExpression longList(QStringLiteral(R"(IN\s*\('[^)]*,[^)]*,)"));
        int tables = 0;
        while (q.next()) {
            ++tables;
            QVERIFY2(!q.value(1).toString().contains(longList), qPrintable(q.value(0).toString()));
        }
        QVERIFY(tables > 15);
        const QString insert = QStringLiteral(
            "INSERT INTO appointments (id, business_id, staff_id, service_id, starts_at, ends_at, "
            "status, source, created_at, updated_at) VALUES ('a1', 'b1', 's1', 'v1', 0, 60, ?, "
            "'desk', 0, 0)");
        QVERIFY(q.exec(QStringLiteral("EXPLAIN ")
                       + QString(insert).replace(u'?', QStringLiteral("'confirmed'"))));
        while (q.next())
            QVERIFY(q.value(1).toString() != u"OpenEphemeral");
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        q.prepare(insert);
        q.addBindValue(QStringLiteral("maybe"));
        QVERIFY(!q.exec());
        QVERIFY2(q.lastError().text().contains(QStringLiteral("CHECK")),
                 qPrintable(q.lastError().text()));
        q.prepare(insert);
        q.addBindValue(QStringLiteral("confirmed"));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        q.finish();
        db = {};
        Database::closeForThisThread(path);
    }

    // No index repeats the leading columns of another on its table (a partial or unique one
    // aside): the longer one serves its look-ups, so the shorter only costs writes and a first
    // sync's rebuild. Migration 18 dropped the two there were.
    void noIndexIsThePrefixOfAnother()
    {
        const QString path = freshPath();
        std::optional<StoreError> error;
        QSqlDatabase db = Database::connectionForThisThread(path, &error);
        QVERIFY2(!error, qPrintable(error ? error->message : QString()));
        QSqlQuery tables(db);
        QVERIFY(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                           "AND name NOT LIKE 'sqlite%' AND sql NOT LIKE "
                                           "'CREATE VIRTUAL%'")));
        QStringList redundant;
        int indexes = 0;
        while (tables.next()) {
            const QString table = tables.value(0).toString();
            // Each plain index's key columns: name, collation and direction.
            QHash<QString, QStringList> keys;
            QSqlQuery list(db);
            QVERIFY(list.exec(QStringLiteral("SELECT name, \"unique\", origin, partial FROM "
                                             "pragma_index_list('%1')")
                                  .arg(table)));
            while (list.next()) {
                if (list.value(2).toString() != u"c" || list.value(3).toInt() != 0)
                    continue;
                const QString name = list.value(0).toString();
                QSqlQuery info(db);
                QVERIFY(info.exec(QStringLiteral("SELECT name, coll, \"desc\" FROM "
                                                 "pragma_index_xinfo('%1') WHERE key = 1")
                                      .arg(name)));
                QStringList columns;
                while (info.next())
                    columns.append(QStringLiteral("%1 %2 %3")
                                       .arg(info.value(0).toString(), info.value(1).toString(),
                                            info.value(2).toString()));
                if (list.value(1).toInt() == 0)
                    keys.insert(name, columns);
                else
                    keys.insert(name + QStringLiteral(" (unique)"), columns);
                ++indexes;
            }
            for (auto shorter = keys.cbegin(); shorter != keys.cend(); ++shorter) {
                if (shorter.key().endsWith(u" (unique)"))
                    continue;
                for (auto longer = keys.cbegin(); longer != keys.cend(); ++longer) {
                    if (longer != shorter && longer->size() >= shorter->size()
                        && longer->mid(0, shorter->size()) == *shorter)
                        redundant.append(shorter.key() + QStringLiteral(" < ") + longer.key());
                }
            }
        }
        QVERIFY(indexes > 30);
        QCOMPARE(redundant, QStringList());
        db = {};
        Database::closeForThisThread(path);
    }

    void reopeningTheLatestChangesNothing()
    {
        const QString path = populatedStore();
        QVERIFY(!path.isEmpty());
        const QByteArray before = fileHash(path);
        {
            QSqlDatabase db = Database::connectionForThisThread(path);
            QVERIFY(db.isOpen());
            QCOMPARE(Database::schemaVersion(db), latestSchemaVersion());
        }
        Database::closeForThisThread(path);
        QCOMPARE(fileHash(path), before);
    }

    void newerSchemaIsRefusedAndLeftAlone()
    {
        const QString path = populatedStore();
        QVERIFY(!path.isEmpty());
        {
            QSqlDatabase db = Database::connectionForThisThread(path);
            QSqlQuery q(db);
            // PRAGMA takes no bound values; the number is computed here.
            QVERIFY(
                q.exec(QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion() + 1)));
        }
        Database::closeForThisThread(path);
        const QByteArray before = fileHash(path);
        QVERIFY(!before.isEmpty());

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("store not usable")));
        const auto error = openError(path);
        QVERIFY(error.has_value());
        QCOMPARE(error->kind, StoreError::Kind::NewerSchema);
        QVERIFY2(error->message.contains(QStringLiteral("newer"), Qt::CaseInsensitive),
                 qPrintable(error->message));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal"))
                || QFile(path + QStringLiteral("-wal")).size() == 0);

        // Refused again on the next try, still untouched.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("store not usable")));
        QCOMPARE(openError(path)->kind, StoreError::Kind::NewerSchema);
        QCOMPARE(fileHash(path), before);
    }

    void corruptFilesAreReported_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("random bytes") << QStringLiteral("random");
        QTest::newRow("a text file") << QStringLiteral("text");
        QTest::newRow("a truncated database") << QStringLiteral("truncated");
        QTest::newRow("an overwritten page") << QStringLiteral("page");
        QTest::newRow("a damaged header") << QStringLiteral("header");
    }

    void corruptFilesAreReported()
    {
        QFETCH(QString, damage);
        QString path;
        if (damage == u"random" || damage == u"text") {
            path = freshPath();
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            if (damage == u"random") {
                QRandomGenerator random(42);
                QByteArray bytes(64 * 1024, Qt::Uninitialized);
                random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
                file.write(bytes);
            } else {
                for (int i = 0; i < 200; ++i)
                    file.write("Appointments for Tuesday: Thandiwe 09:00, Pieter 10:30...\n");
            }
        } else {
            path = populatedStore();
            QVERIFY(!path.isEmpty());
            QFile file(path);
            const qint64 size = file.size();
            QVERIFY(size > 100 * 4096);
            if (damage == u"truncated") {
                QVERIFY(file.resize(size / 2));
            } else if (damage == u"page") {
                // Overwrite three pages in the middle of the customers table with noise.
                QVERIFY(file.open(QIODevice::ReadWrite));
                QVERIFY(file.seek(size / 2 / 4096 * 4096));
                QByteArray noise(3 * 4096, '\0');
                QRandomGenerator random(7);
                random.fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
                QCOMPARE(file.write(noise), noise.size());
            } else {
                // The 16-byte magic string at the start of every SQLite file.
                QVERIFY(file.open(QIODevice::ReadWrite));
                QCOMPARE(file.write("Not SQLite here!", 16), 16);
            }
        }
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("store not usable")));
        const auto error = openError(path);
        QVERIFY(error.has_value());
        QCOMPARE(error->kind, StoreError::Kind::Corrupt);
        QVERIFY(!error->message.isEmpty());
    }

    void uncreatableFolderCannotOpen()
    {
        // A folder below a regular file cannot be made, even by root.
        const QString blocker = m_dir.filePath(QStringLiteral("blocker"));
        {
            QFile file(blocker);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("x");
        }
        const QString path = blocker + QStringLiteral("/data/chairside.sqlite");
        const auto error = openError(path);
        QVERIFY(error.has_value());
        QCOMPARE(error->kind, StoreError::Kind::CannotOpen);
        QVERIFY(!error->message.isEmpty());
        QVERIFY(!QFile::exists(path));
    }

    void sameThreadGetsTheSameConnection()
    {
        const QString path = freshPath();
        {
            QSqlDatabase first = Database::connectionForThisThread(path);
            QSqlDatabase second = Database::connectionForThisThread(path);
            QVERIFY(first.isOpen());
            QCOMPARE(first.connectionName(), second.connectionName());
        }
        Database::closeForThisThread(path);
        {
            // Closed and forgotten: the next call opens afresh.
            QSqlDatabase again = Database::connectionForThisThread(path);
            QVERIFY(again.isOpen());
            QCOMPARE(Database::schemaVersion(again), latestSchemaVersion());
        }
        Database::closeForThisThread(path);
    }
};

QTEST_GUILESS_MAIN(TestStoreMigrations)
#include "tst_storemigrations.moc"
