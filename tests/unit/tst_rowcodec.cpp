// RowCodec and PullPage on real sync_pull pages (tests/data/sync, captured from
// chairside-localbase running the real supabase/migrations) and on hand-made edge cases.
#include "store/Database.h"
#include "sync/PullApplier.h"
#include "sync/PullPage.h"
#include "sync/RowCodec.h"
#include "tests/unit/SyncFixturePages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Chairside;

namespace {

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

class TestRowCodec final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    QSqlDatabase db()
    {
        std::optional<StoreError> error;
        QSqlDatabase database = Database::connectionForThisThread(m_path, &error);
        if (error)
            qFatal("store: %s", qPrintable(error->message));
        return database;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("chairside.sqlite"));
    }
    void cleanupTestCase() { Database::closeForThisThread(m_path); }

    void parseTimestamp_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<bool>("valid");
        QTest::newRow("postgrest")
            << QStringLiteral("2026-11-22T09:00:00+00:00") << 1795338000LL << true;
        QTest::newRow("Z") << QStringLiteral("2026-11-22T09:00:00Z") << 1795338000LL << true;
        QTest::newRow("micro") << QStringLiteral("2026-11-22T09:00:00.91502+00:00") << 1795338000LL
                               << true;
        QTest::newRow("milli Z") << QStringLiteral("2026-11-22T09:00:00.999Z") << 1795338000LL
                                 << true;
        QTest::newRow("plus two") << QStringLiteral("2026-11-22T11:00:00+02:00") << 1795338000LL
                                  << true;
        QTest::newRow("minus five")
            << QStringLiteral("2026-11-22T04:00:00-05:00") << 1795338000LL << true;
        QTest::newRow("India compact")
            << QStringLiteral("2026-11-22T14:30:00+0530") << 1795338000LL << true;
        QTest::newRow("hours only")
            << QStringLiteral("2026-11-22 10:00:00+01") << 1795338000LL << true;
        QTest::newRow("space form")
            << QStringLiteral("2026-11-22 09:00:00+00") << 1795338000LL << true;
        QTest::newRow("day boundary")
            << QStringLiteral("2026-11-23T00:30:00+15:30") << 1795338000LL << true;
        QTest::newRow("leap day") << QStringLiteral("2024-02-29T00:00:00+00:00") << 1709164800LL
                                  << true;
        QTest::newRow("before 1970") << QStringLiteral("1969-12-31T23:59:59.5Z") << -1LL << true;
        QTest::newRow("lmt seconds")
            << QStringLiteral("1970-01-01T00:19:32+00:19:32") << 0LL << true;
        QTest::newRow("no leap day") << QStringLiteral("2026-02-29T00:00:00Z") << 0LL << false;
        QTest::newRow("month 13") << QStringLiteral("2026-13-01T00:00:00Z") << 0LL << false;
        QTest::newRow("date only") << QStringLiteral("2026-11-22") << 0LL << false;
        QTest::newRow("trailing") << QStringLiteral("2026-11-22T09:00:00+00:00x") << 0LL << false;
        QTest::newRow("words") << QStringLiteral("tomorrow") << 0LL << false;
        QTest::newRow("infinity") << QStringLiteral("infinity") << 0LL << false;
        QTest::newRow("empty") << QString() << 0LL << false;
    }
    void parseTimestamp()
    {
        QFETCH(QString, text);
        QFETCH(qint64, seconds);
        QFETCH(bool, valid);
        const auto parsed = RowCodec::parseTimestamp(text);
        QCOMPARE(parsed.has_value(), valid);
        if (valid)
            QCOMPARE(*parsed, seconds);
    }

    // Every synced table of a real full page converts, and every local column has a server
    // twin (the only server extras are ignored).
    void everySyncedTableConverts()
    {
        QString error;
        const auto parsed =
            PullPage::parse(Tests::syncFixturePage(QStringLiteral("full-page-owner.json")));
        QVERIFY2(parsed.page, qPrintable(parsed.error));
        const auto &page = parsed.page;
        QSqlDatabase database = db();
        RowCodec codec(database);
        QStringList seen;
        for (const PullPage::TableRows &entry : page->tables)
            seen.append(entry.table);
        QCOMPARE(seen, RowCodec::syncedTables()); // all 19, in the protocol's order

        for (const PullPage::TableRows &entry : page->tables) {
            const RowCodec::TableLayout *layout = codec.layout(entry.table, &error);
            QVERIFY2(layout, qPrintable(error));
            QVERIFY(!entry.rows.isEmpty());
            for (const QByteArrayView text : entry.rows) {
                const QJsonObject row = PullPage::rowObject(text);
                RowCodec::EncodedRow encoded;
                QVERIFY2(codec.encode(*layout, page->text, text, &encoded, &error),
                         qPrintable(error));
                QCOMPARE(encoded.id, row.value(QLatin1String("id")).toString());
                QStringList missing;
                for (int i = 0; i < layout->columns.size(); ++i) {
                    if (!(encoded.presentMask & (quint64(1) << i)))
                        missing.append(layout->columns.at(i).name);
                }
                QVERIFY2(missing.isEmpty(),
                         qPrintable(entry.table + u": no server value for " + missing.join(u", ")));
                QStringList extra;
                for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
                    if (!layout->indexOf.contains(it.key()))
                        extra.append(it.key());
                }
                // Only created_at on businesses and staff_members is server-only.
                const bool createdAtOnly =
                    extra.isEmpty()
                    || (extra == QStringList{QStringLiteral("created_at")}
                        && (entry.table == u"businesses" || entry.table == u"staff_members"));
                QVERIFY2(createdAtOnly, qPrintable(entry.table + u": " + extra.join(u", ")));
            }
        }
    }

    void kindsFollowTheLocalSchema()
    {
        QSqlDatabase database = db();
        RowCodec codec(database);
        QString error;
        const auto *appointments = codec.layout(QStringLiteral("appointments"), &error);
        QVERIFY(appointments);
        auto kind = [&](const RowCodec::TableLayout *l, const char *name) {
            return l->columns.at(l->indexOf.value(QString::fromLatin1(name))).kind;
        };
        QCOMPARE(kind(appointments, "starts_at"), RowCodec::ColumnKind::Time);
        QCOMPARE(kind(appointments, "reminder_24h_sent_at"), RowCodec::ColumnKind::Time);
        QCOMPARE(kind(appointments, "price_minor"), RowCodec::ColumnKind::Integer);
        QCOMPARE(kind(appointments, "status"), RowCodec::ColumnKind::Text);
        // The customer's name and phone on a booking are this computer's copies (store
        // migration 16): never taken from a server row.
        QVERIFY(!appointments->indexOf.contains(QStringLiteral("customer_name")));
        QVERIFY(!appointments->indexOf.contains(QStringLiteral("customer_phone")));
        const auto *events = codec.layout(QStringLiteral("appointment_events"), &error);
        QCOMPARE(kind(events, "at"), RowCodec::ColumnKind::Time);
        const auto *messages = codec.layout(QStringLiteral("ai_messages"), &error);
        QCOMPARE(kind(messages, "metadata"), RowCodec::ColumnKind::Text);
        QCOMPARE(kind(messages, "sent_at"), RowCodec::ColumnKind::Time);
    }

    void conversions()
    {
        QSqlDatabase database = db();
        RowCodec codec(database);
        QString error;
        const auto *messages = codec.layout(QStringLiteral("ai_messages"), &error);
        QVERIFY(messages);
        RowCodec::EncodedRow row;
        QVERIFY2(codec.encode(*messages,
                              object(R"({"id":"m1","version":"9007199254740993","business_id":"b",
                                  "conversation_id":"c","sender":"customer",
                                  "body":"สวัสดี 😀 مرحبا שלום","sync_xid":"812",
                                  "metadata":{"b":[1,2,{"x":null}],"a":"ü"},
                                  "sent_at":"2026-11-22T11:00:00.5+02:00","updated_at":1795338000,
                                  "deleted_at":null})"),
                              &row, &error),
                 qPrintable(error));
        auto value = [&](const char *name) {
            return row.value(messages->indexOf.value(QString::fromLatin1(name)));
        };
        QCOMPARE(row.version, 9007199254740993LL); // a bigint as a string stays exact
        QCOMPARE(value("body").toString(), QStringLiteral("สวัสดี 😀 مرحبا שלום"));
        QCOMPARE(value("metadata").toString(), QStringLiteral(R"({"a":"ü","b":[1,2,{"x":null}]})"));
        QCOMPARE(value("sent_at").toLongLong(), 1795338000LL);
        QCOMPARE(value("updated_at").toLongLong(), 1795338000LL);
        QVERIFY(value("deleted_at").isNull());
        QVERIFY(!row.tombstone);
        QVERIFY(!messages->indexOf.contains(QStringLiteral("sync_xid"))); // ignored

        const auto *customers = codec.layout(QStringLiteral("customers"), &error);
        QVERIFY(codec.encode(*customers, object(R"({"id":"c1","version":2,"consent_sms":true,
                                 "consent_email":false,"deleted_at":"2026-11-22T09:00:00Z"})"),
                             &row, &error));
        auto customer = [&](const char *name) {
            return row.value(customers->indexOf.value(QString::fromLatin1(name)));
        };
        QCOMPARE(customer("consent_sms").toLongLong(), 1LL);
        QCOMPARE(customer("consent_email").toLongLong(), 0LL);
        QVERIFY(row.tombstone);
        // Columns the row lacks are not written, so they keep their default or value.
        QVERIFY(!(row.presentMask
                  & (quint64(1) << customers->indexOf.value(QStringLiteral("full_name")))));

        const auto *services = codec.layout(QStringLiteral("services"), &error);
        QVERIFY(codec.encode(*services, object(R"({"id":"s","version":1,"price_minor":"45000"})"),
                             &row, &error));
        QCOMPARE(row.value(services->indexOf.value(QStringLiteral("price_minor"))).toLongLong(),
                 45000LL);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QByteArray>("row");
        QTest::newRow("no id") << QStringLiteral("customers") << QByteArray(R"({"version":1})");
        QTest::newRow("empty id") << QStringLiteral("customers")
                                  << QByteArray(R"({"id":"","version":1})");
        QTest::newRow("numeric id")
            << QStringLiteral("customers") << QByteArray(R"({"id":5,"version":1})");
        QTest::newRow("no version") << QStringLiteral("customers") << QByteArray(R"({"id":"x"})");
        QTest::newRow("null version")
            << QStringLiteral("customers") << QByteArray(R"({"id":"x","version":null})");
        QTest::newRow("fraction version")
            << QStringLiteral("customers") << QByteArray(R"({"id":"x","version":1.5})");
        QTest::newRow("text in time") << QStringLiteral("appointments")
                                      << QByteArray(R"({"id":"x","version":1,"starts_at":"soon"})");
        QTest::newRow("object in integer")
            << QStringLiteral("services")
            << QByteArray(R"({"id":"x","version":1,"price_minor":{"a":1}})");
        QTest::newRow("words in integer")
            << QStringLiteral("services")
            << QByteArray(R"({"id":"x","version":1,"price_minor":"lots"})");
        QTest::newRow("bool in time") << QStringLiteral("appointments")
                                      << QByteArray(R"({"id":"x","version":1,"ends_at":true})");
    }
    void refusals()
    {
        QFETCH(QString, table);
        QFETCH(QByteArray, row);
        QSqlDatabase database = db();
        RowCodec codec(database);
        QString error;
        const auto *layout = codec.layout(table, &error);
        QVERIFY(layout);
        RowCodec::EncodedRow encoded;
        QVERIFY(!codec.encode(*layout, QJsonDocument::fromJson(row).object(), &encoded, &error));
        QVERIFY(!error.isEmpty());
    }

    // Rows cut short or changed anywhere by one byte: every one is either read or refused with a
    // sentence, never read past its end (the sanitizer build runs this too).
    void damagedRowsAreRefusedOrRead()
    {
        const auto parsed =
            PullPage::parse(Tests::syncFixturePage(QStringLiteral("full-page-owner.json")));
        QVERIFY2(parsed.page, qPrintable(parsed.error));
        QSqlDatabase database = db();
        RowCodec codec(database);
        QString error;
        const QByteArray replacements = "\"\\{}[],:0-.e tfnu\x01\xc3";
        int refused = 0;
        for (const PullPage::TableRows &entry : parsed.page->tables) {
            const RowCodec::TableLayout *layout = codec.layout(entry.table, &error);
            QVERIFY2(layout, qPrintable(error));
            // Each row is copied on its own, so reading past its end is reading past the copy.
            const QByteArray row = entry.rows.constFirst().toByteArray();
            RowCodec::EncodedRow encoded;
            for (qsizetype length = 0; length < row.size(); ++length) {
                const QByteArray cut = row.left(length);
                error.clear();
                QVERIFY(!codec.encode(*layout, cut, cut, &encoded, &error));
                QVERIFY(!error.isEmpty());
            }
            for (qsizetype at = 0; at < row.size(); ++at) {
                for (const char replacement : replacements) {
                    QByteArray changed = row;
                    changed[at] = replacement;
                    error.clear();
                    if (!codec.encode(*layout, changed, changed, &encoded, &error)) {
                        QVERIFY(!error.isEmpty());
                        ++refused;
                    }
                }
            }
        }
        QVERIFY(refused > 1000);
    }

    void unknownTablesRefused()
    {
        QSqlDatabase database = db();
        RowCodec codec(database);
        QString error;
        QVERIFY(!codec.layout(QStringLiteral("applied_mutations"), &error));
        QVERIFY(error.contains(u"applied_mutations"));
        QVERIFY(!codec.layout(QStringLiteral("outbox"), &error));
        QVERIFY(!codec.layout(QStringLiteral("customers; DROP TABLE customers"), &error));
        QVERIFY(codec.layout(QStringLiteral("customers"), &error));
    }

    // Real rows go through the applier and come back out of SQLite intact.
    void realRowsSurviveTheStore()
    {
        QSqlDatabase database = db();
        PullApplier applier(database);
        for (const char *name : {"full-page-owner.json", "incremental-page1.json"}) {
            const auto parsed = PullPage::parse(Tests::syncFixturePage(QString::fromLatin1(name)));
            QVERIFY2(parsed.page, qPrintable(parsed.error));
            const auto result = applier.apply(*parsed.page);
            QVERIFY2(result.ok(), qPrintable(result.error));
        }
        QSqlQuery query(database);
        QVERIFY(query.exec(QStringLiteral(
            "SELECT full_name, notes, allergy_notes, consent_whatsapp, consent_sms, created_at, "
            "deleted_at FROM customers WHERE id = 'c4000000-0000-4000-8000-000000000001'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("Zoë 😀 Nguyễn — สมชาย שלום مرحبا"));
        QCOMPARE(query.value(1).toString(), QStringLiteral("Line1\nLine2 \"quoted\" \\ backslash"));
        QCOMPARE(query.value(2).toString(), QStringLiteral("Latex 🧤"));
        QCOMPARE(query.value(3).toInt(), 1);
        QCOMPARE(query.value(4).toInt(), 0);
        QCOMPARE(query.value(5).toLongLong(), 1795329492LL); // 06:38:12.56264 rounded down
        QVERIFY(query.value(6).isNull());

        // The appointment was made at 09:30:00.5+02:00 and came back in UTC.
        QVERIFY(query.exec(QStringLiteral(
            "SELECT starts_at, ends_at, status, notes, cancel_reason, reminder_24h_sent_at "
            "FROM appointments WHERE id = 'c5000000-0000-4000-8000-000000000001'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toLongLong(), 1796110200LL);
        QCOMPARE(query.value(1).toLongLong(), 1796110200LL + 3600);
        QCOMPARE(query.value(2).toString(), QStringLiteral("cancelled"));
        QCOMPARE(query.value(3).toString(), QStringLiteral("ทดสอบ 🎉"));
        QCOMPARE(query.value(4).toString(), QStringLiteral("Client ill 🤒"));
        QVERIFY(query.value(5).isNull());

        // The erased customer is a tombstone row, not gone.
        QVERIFY(query.exec(QStringLiteral("SELECT full_name, deleted_at, version FROM customers "
                                          "WHERE id = 'a4000000-0000-4000-8000-000000000002'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("Erased customer"));
        QCOMPARE(query.value(1).toLongLong(), 1795329492LL);
        QCOMPARE(query.value(2).toLongLong(), 2LL);

        QVERIFY(query.exec(
            QStringLiteral("SELECT metadata, sent_at FROM ai_messages ORDER BY id LIMIT 1")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("{}"));
    }
};

QTEST_GUILESS_MAIN(TestRowCodec)
#include "tst_rowcodec.moc"
