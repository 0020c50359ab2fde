// PullPage::peekAhead, which reads a page's cursor and has_more from its text before the page is
// parsed (the sync engine asks for the next page with it): on real sync_pull pages captured from
// chairside-localbase (tests/data/sync) it must agree with parse(), and on text that is odd or
// cut short it must give nothing rather than a wrong cursor.
#include "sync/PullPage.h"
#include "tests/unit/SyncFixturePages.h"

#include <QTest>

using namespace Chairside;

namespace {

// In the order QJsonDocument writes an object (keys sorted), as PullPage::cursor holds it.
const QByteArray kCursor = "{\"after_id\":\"a1\",\"after_xid\":\"736\",\"table\":3}";

} // namespace

class TestPullPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agreesWithParseOnRealPages_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"full-page-owner.json", "incremental-page1.json",
                                 "incremental-page2.json", "incremental-page3.json"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void agreesWithParseOnRealPages()
    {
        QFETCH(QString, name);
        const QByteArray text = Tests::syncFixturePage(name);
        const auto parsed = PullPage::parse(text);
        QVERIFY2(parsed.page, qPrintable(parsed.error));
        const auto ahead = PullPage::peekAhead(text);
        QVERIFY(ahead);
        QCOMPARE(ahead->cursor, parsed.page->cursor);
        QCOMPARE(ahead->hasMore, parsed.page->hasMore);
    }

    void textCutShortGivesNothing()
    {
        // An answer cut off anywhere is not a whole object, so no cursor may come out of it.
        const QByteArray text = Tests::syncFixturePage(QStringLiteral("incremental-page1.json"));
        for (qsizetype length = 0; length < text.size(); length += 97)
            QVERIFY2(!PullPage::peekAhead(text.left(length)), qPrintable(QString::number(length)));
        QVERIFY(!PullPage::peekAhead(text.chopped(1)));
    }

    void valuesThatLookLikeTheKeys()
    {
        // Rows whose text holds quotes, backslashes, braces and the very key names: only the
        // page's own top-level members count.
        const QByteArray text =
            "{\"rows\": {\"customers\": [{\"id\": \"c1\", \"version\": 1,\n"
            "            \"notes\": \"say \\\"cursor\\\": {\\\"x\\\":1} and } ] { [ \\\\\", "
            "\"cursor\": \"not this one\",\n"
            "            \"has_more\": false}]}, \"deleted\": {}, \"has_more\": true, \"cursor\": "
            + kCursor + ", \"server_time\": \"2026-12-03T10:00:00+00:00\"}";
        const auto parsed = PullPage::parse(text);
        QVERIFY2(parsed.page, qPrintable(parsed.error));
        const auto ahead = PullPage::peekAhead(text);
        QVERIFY(ahead);
        QCOMPARE(ahead->cursor, parsed.page->cursor);
        QCOMPARE(ahead->cursor, kCursor);
        QVERIFY(ahead->hasMore);
    }

    void stringCursorAndLayout()
    {
        // A cursor may come as a string (sync_pull accepts both); spacing and order are free.
        const QByteArray text = "\n{ \"has_more\" :false ,\r\n\t\"cursor\" : \"{\\\"since\\\":"
                                "\\\"744:744:\\\"}\", \"rows\" : { } }\n";
        const auto parsed = PullPage::parse(text);
        QVERIFY2(parsed.page, qPrintable(parsed.error));
        const auto ahead = PullPage::peekAhead(text);
        QVERIFY(ahead);
        QCOMPARE(ahead->cursor, QByteArray("{\"since\":\"744:744:\"}"));
        QCOMPARE(ahead->cursor, parsed.page->cursor);
        QVERIFY(!ahead->hasMore);
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("array") << QByteArray("[{\"cursor\": {\"a\": 1}, \"has_more\": true}]");
        QTest::newRow("no cursor") << QByteArray("{\"rows\": {}, \"has_more\": true}");
        QTest::newRow("no has_more") << QByteArray("{\"rows\": {}, \"cursor\": {\"a\": 1}}");
        QTest::newRow("has_more a string")
            << QByteArray("{\"cursor\": {\"a\": 1}, \"has_more\": \"true\"}");
        QTest::newRow("cursor a number") << QByteArray("{\"cursor\": 5, \"has_more\": true}");
        QTest::newRow("cursor null") << QByteArray("{\"cursor\": null, \"has_more\": true}");
        QTest::newRow("cursor empty") << QByteArray("{\"cursor\": \"\", \"has_more\": true}");
        QTest::newRow("cursor broken") << QByteArray("{\"cursor\": {\"a\": }, \"has_more\": true}");
        QTest::newRow("unquoted key") << QByteArray("{cursor: {\"a\": 1}, \"has_more\": true}");
        QTest::newRow("no colon") << QByteArray("{\"cursor\" {\"a\": 1}, \"has_more\": true}");
        QTest::newRow("unclosed string")
            << QByteArray("{\"rows\": \"abc, \"cursor\": {\"a\": 1}, \"has_more\": true}");
        QTest::newRow("missing comma") << QByteArray("{\"cursor\": {\"a\": 1} \"has_more\": true}");
        QTest::newRow("not closed") << QByteArray("{\"cursor\": {\"a\": 1}, \"has_more\": true");
    }
    void refusals()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!PullPage::peekAhead(text));
    }
};

QTEST_GUILESS_MAIN(TestPullPage)
#include "tst_pullpage.moc"
