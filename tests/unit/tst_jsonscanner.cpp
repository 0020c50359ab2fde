// JsonScanner, the strict JSON reader a first sync reads its pages with: what it accepts must be
// JSON (checked against QJsonDocument on real pages and on every one-byte change of a row),
// strings come out decoded as UTF-8, numbers follow the grammar and QJsonValue's integer rules,
// and hostile text (invalid UTF-8, deep nesting, text cut short) is refused without harm.
#include "sync/JsonScanner.h"
#include "tests/unit/SyncFixturePages.h"

#include <QJsonDocument>
#include <QTest>

using namespace Chairside;

namespace {

// Whether the scanner reads `text` as exactly one JSON value.
bool scannerAccepts(QByteArrayView text)
{
    JsonScanner scan(text);
    return scan.skipValue() && scan.atEnd();
}

bool qtAccepts(const QByteArray &text)
{
    QJsonParseError error{};
    QJsonDocument::fromJson(text, &error);
    return error.error == QJsonParseError::NoError;
}

QByteArray decoded(const QByteArray &json, bool *ok = nullptr)
{
    JsonScanner scan(json);
    QByteArrayView out;
    QByteArray scratch;
    const bool read = scan.readString(&out, &scratch);
    if (ok)
        *ok = read;
    return out.toByteArray();
}

} // namespace

class TestJsonScanner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsRealPages_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"full-page-owner.json", "incremental-page1.json",
                                 "incremental-page2.json", "incremental-page3.json"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void readsRealPages()
    {
        QFETCH(QString, name);
        const QByteArray text = Tests::syncFixturePage(name);
        QVERIFY(qtAccepts(text));
        QVERIFY(scannerAccepts(text));
        JsonScanner loose(text);
        QByteArrayView span;
        QVERIFY(loose.skipValueLoosely(&span));
        QVERIFY(loose.atEnd());
        QCOMPARE(span.size(), text.trimmed().size());
    }

    // Every change of one byte of a row to a character that matters in JSON: when the scanner
    // still reads it, so does QJsonDocument (the scanner is never the laxer of the two).
    void neverLaxerThanQt()
    {
        const QByteArray row =
            "{\"id\":\"a\\\"b\\\\\",\"n\":-12.5e+3,\"t\":true,\"f\":false,\"z\":null,"
            "\"o\":{\"a\":[1,{\"b\":\"\\u00e9\\ud83d\\ude00\"}]},\"s\":\"ü 😀\"}";
        QVERIFY(qtAccepts(row));
        QVERIFY(scannerAccepts(row));
        const QByteArray replacements = "\"\\{}[],:0-+.eE \x01\x7f\xc3\xa9\xff tfnu";
        int accepted = 0;
        for (qsizetype at = 0; at < row.size(); ++at) {
            for (const char replacement : replacements) {
                QByteArray changed = row;
                changed[at] = replacement;
                if (!scannerAccepts(changed))
                    continue;
                ++accepted;
                QVERIFY2(qtAccepts(changed), changed.constData());
            }
            // Text cut short is never a value.
            QVERIFY2(!scannerAccepts(row.left(at)), row.left(at).constData());
        }
        QVERIFY(accepted > 100); // the test changed bytes inside strings too
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("leading zero") << QByteArray("[01]");
        QTest::newRow("bare point") << QByteArray("[1.]");
        QTest::newRow("point first") << QByteArray("[.5]");
        QTest::newRow("lone minus") << QByteArray("[-]");
        QTest::newRow("empty exponent") << QByteArray("[1e]");
        QTest::newRow("plus sign") << QByteArray("[+1]");
        QTest::newRow("trailing comma") << QByteArray("[1,]");
        QTest::newRow("object trailing comma") << QByteArray(R"({"a":1,})");
        QTest::newRow("key not a string") << QByteArray("{a:1}");
        QTest::newRow("missing colon") << QByteArray(R"({"a" 1})");
        QTest::newRow("bad escape") << QByteArray("[\"a\\qb\"]");
        QTest::newRow("short unicode escape") << QByteArray("[\"\\u12\"]");
        QTest::newRow("control character") << QByteArray("[\"a\tb\"]");
        QTest::newRow("overlong UTF-8") << QByteArray("[\"\xc0\xaf\"]");
        QTest::newRow("UTF-8 surrogate") << QByteArray("[\"\xed\xa0\x80\"]");
        QTest::newRow("past U+10FFFF") << QByteArray("[\"\xf4\x90\x80\x80\"]");
        QTest::newRow("cut UTF-8") << QByteArray("[\"\xe2\x82\"]");
        QTest::newRow("stray continuation") << QByteArray("[\"\x80\"]");
        QTest::newRow("wrong closer") << QByteArray("[1}");
        QTest::newRow("unclosed string") << QByteArray("[\"abc]");
        QTest::newRow("two values") << QByteArray("[1] [2]");
        QTest::newRow("truth misspelt") << QByteArray("[tru]");
        QTest::newRow("empty") << QByteArray("");
    }
    void refusals()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!scannerAccepts(text));
        JsonScanner scan(text);
        scan.skipValue();
        QVERIFY(scan.failed() || !scan.atEnd());
    }

    void deepNestingIsRefusedNotFollowed()
    {
        const int depth = 100000; // far past kMaxDepth: no recursion, no crash
        const QByteArray text = QByteArray(depth, '[') + QByteArray(depth, ']');
        QVERIFY(!scannerAccepts(text));
        JsonScanner loose(text);
        QVERIFY(!loose.skipValueLoosely());
        const int allowed = JsonScanner::kMaxDepth;
        const QByteArray deepest = QByteArray(allowed, '[') + QByteArray(allowed, ']');
        QVERIFY(scannerAccepts(deepest));
    }

    void stringsComeOutAsUtf8_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("plain") << QByteArray(R"("plain")") << QByteArray("plain");
        QTest::newRow("empty") << QByteArray(R"("")") << QByteArray();
        QTest::newRow("short escapes") << QByteArray("\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\"")
                                       << QByteArray("a\"b\\c/d\b\f\n\r\t");
        QTest::newRow("unicode escapes")
            << QByteArray("\"\\u00e9\\u0e2a\"") << QByteArray("\xc3\xa9\xe0\xb8\xaa");
        QTest::newRow("surrogate pair")
            << QByteArray("\"\\ud83d\\ude00!\"") << QByteArray("\xf0\x9f\x98\x80!");
        // A lone surrogate names no character: U+FFFD, as Qt reads it.
        QTest::newRow("lone high surrogate")
            << QByteArray("\"x\\ud800y\"") << QByteArray("x\xef\xbf\xbdy");
        QTest::newRow("lone low surrogate")
            << QByteArray("\"\\ude00\"") << QByteArray("\xef\xbf\xbd");
        const QByteArray thai = "\xe0\xb8\xaa\xe0\xb8\xa7\xe0\xb8\xb1 \xf0\x9f\x98\x80";
        QTest::newRow("UTF-8 as it is") << QByteArray('"' + thai + '"') << thai;
    }
    void stringsComeOutAsUtf8()
    {
        QFETCH(QByteArray, json);
        QFETCH(QByteArray, text);
        bool ok = false;
        const QByteArray read = decoded(json, &ok);
        QVERIFY(ok);
        QCOMPARE(read, text);
    }

    void unescapedTextIsNotCopied()
    {
        const QByteArray text = "\"no escapes here\"";
        JsonScanner scan(text);
        QByteArrayView out;
        QByteArray scratch;
        QVERIFY(scan.readString(&out, &scratch));
        const char *expected = text.constData() + 1;
        QCOMPARE(out.data(), expected);
        QVERIFY(scratch.isEmpty());
    }

    void numbers()
    {
        QCOMPARE(JsonScanner::integerOf("0"), std::optional<qint64>(0));
        QCOMPARE(JsonScanner::integerOf("-42"), std::optional<qint64>(-42));
        QCOMPARE(JsonScanner::integerOf("9223372036854775807"),
                 std::optional<qint64>(9223372036854775807LL));
        QCOMPARE(JsonScanner::integerOf("-9223372036854775808"),
                 std::optional<qint64>(std::numeric_limits<qint64>::min()));
        QCOMPARE(JsonScanner::integerOf("1.0"), std::optional<qint64>(1));
        QCOMPARE(JsonScanner::integerOf("1e3"), std::optional<qint64>(1000));
        QCOMPARE(JsonScanner::integerOf("1.5"), std::nullopt);
        QCOMPARE(JsonScanner::integerOf("9223372036854775808"), std::nullopt);
        QCOMPARE(JsonScanner::integerOf("1e19"), std::nullopt);
        QCOMPARE(JsonScanner::doubleOf("-12.5e+3"), std::optional<double>(-12500.0));
        QCOMPARE(JsonScanner::doubleOf("1e999"), std::nullopt); // not finite

        JsonScanner scan("[-0.5e-2, 7]");
        QVERIFY(scan.take('['));
        QByteArrayView number;
        QVERIFY(scan.readNumber(&number));
        QCOMPARE(number, QByteArrayView("-0.5e-2"));
        QVERIFY(scan.take(','));
        QVERIFY(scan.readNumber(&number));
        QCOMPARE(number, QByteArrayView("7"));
        QVERIFY(scan.take(']'));
        QVERIFY(scan.atEnd());
    }

    // The loose skip finds where a row ends even when its strings hold brackets, quotes and
    // backslashes; what is inside is read strictly later.
    void looseSkipFindsTheEnd()
    {
        const QByteArray text = "[{\"a\":\"}]\\\"{\",\"b\":\"\\\\\"},{\"c\":[]}]";
        JsonScanner scan(text);
        QVERIFY(scan.take('['));
        const QByteArrayView firstRow = QByteArrayView(text).sliced(1, text.indexOf("},") - 1 + 1);
        const QByteArrayView secondRow = QByteArrayView(text).sliced(text.indexOf("},") + 2, 8);
        QByteArrayView first;
        QVERIFY(scan.skipValueLoosely(&first));
        QCOMPARE(first, firstRow);
        QVERIFY(scan.take(','));
        QByteArrayView second;
        QVERIFY(scan.skipValueLoosely(&second));
        QCOMPARE(second, secondRow);
        QVERIFY(scan.take(']'));
        QVERIFY(scan.atEnd());
        JsonScanner cut("{\"a\":\"b");
        QVERIFY(!cut.skipValueLoosely());
    }
};

QTEST_GUILESS_MAIN(TestJsonScanner)
#include "tst_jsonscanner.moc"
