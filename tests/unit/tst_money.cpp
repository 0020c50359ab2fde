#include "core/Money.h"

#include <QTest>

using namespace Chairside;

namespace {

// Grouping characters differ between CLDR versions (space, no-break space, narrow no-break
// space); the digits, symbol and decimal mark are what a person reads.
QString withoutGrouping(QString text)
{
    text.remove(QChar(0x00a0));
    text.remove(QChar(0x202f));
    text.remove(u' ');
    return text;
}

} // namespace

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void minorDigits_data()
    {
        QTest::addColumn<QString>("currency");
        QTest::addColumn<int>("digits");
        QTest::newRow("ZAR") << "ZAR" << 2;
        QTest::newRow("THB") << "THB" << 2;
        QTest::newRow("USD") << "USD" << 2;
        QTest::newRow("EUR") << "EUR" << 2;
        QTest::newRow("JPY") << "JPY" << 0;
        QTest::newRow("KRW") << "KRW" << 0;
        QTest::newRow("VND") << "VND" << 0;
        QTest::newRow("unknown code") << "XYZ" << 2;
        QTest::newRow("lower case is not a code") << "jpy" << 2;
    }

    void minorDigits()
    {
        QFETCH(QString, currency);
        QFETCH(int, digits);
        QCOMPARE(Chairside::minorDigits(currency), digits);
    }

    void randInSouthAfrica_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("expected"); // without grouping characters
        QTest::newRow("R1 250,00") << qint64(125000) << "R1250,00";
        QTest::newRow("R0,00") << qint64(0) << "R0,00";
        QTest::newRow("five cents") << qint64(5) << "R0,05";
        QTest::newRow("R150") << qint64(15000) << "R150,00";
        QTest::newRow("R1 234 567,89") << qint64(123456789) << "R1234567,89";
        QTest::newRow("R2 200,99") << qint64(220099) << "R2200,99";
    }

    void randInSouthAfrica()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, expected);
        const QString text =
            formatMoney({minor, QStringLiteral("ZAR")}, QLocale(QStringLiteral("en_ZA")));
        QCOMPARE(withoutGrouping(text), expected);
        // Thousands are grouped, with a space-like separator.
        if (minor >= 100000)
            QVERIFY2(text.size() > expected.size(), qPrintable(text));
    }

    void bahtInThailand_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("expected");
        QTest::newRow("฿1,250.00") << qint64(125000) << QString::fromUtf8("฿1,250.00");
        QTest::newRow("฿500.00") << qint64(50000) << QString::fromUtf8("฿500.00");
        QTest::newRow("฿15,000.00") << qint64(1500000) << QString::fromUtf8("฿15,000.00");
        QTest::newRow("satang") << qint64(99) << QString::fromUtf8("฿0.99");
        QTest::newRow("zero") << qint64(0) << QString::fromUtf8("฿0.00");
    }

    void bahtInThailand()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, expected);
        QCOMPARE(formatMoney({minor, QStringLiteral("THB")}, QLocale(QStringLiteral("th_TH"))),
                 expected);
    }

    void localeDecidesTheMarks()
    {
        // The same rands for an English (US) desk: a point for decimals, commas for thousands.
        QCOMPARE(formatMoney({125000, QStringLiteral("ZAR")}, QLocale(QStringLiteral("en_US"))),
                 QStringLiteral("R1,250.00"));
    }

    void zeroDigitCurrencyHasNoDecimals()
    {
        const QString text =
            formatMoney({1250, QStringLiteral("JPY")}, QLocale(QStringLiteral("en_US")));
        QVERIFY2(text.endsWith(QStringLiteral("1,250")), qPrintable(text));
        QVERIFY(!text.contains(u'.'));
    }

    void unknownCurrencyShowsItsCode()
    {
        const QString text =
            formatMoney({99, QStringLiteral("XYZ")}, QLocale(QStringLiteral("en_US")));
        QVERIFY2(text.contains(QStringLiteral("XYZ")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("0.99")), qPrintable(text));
    }

    void negativeAmountsAreMarked()
    {
        // A refund must never read as a payment.
        const QString text =
            formatMoney({-5000, QStringLiteral("ZAR")}, QLocale(QStringLiteral("en_ZA")));
        QVERIFY2(text.contains(u'-') || text.contains(u'(') || text.contains(QChar(0x2212)),
                 qPrintable(text));
        QVERIFY2(withoutGrouping(text).contains(QStringLiteral("50,00")), qPrintable(text));
    }

    void equality()
    {
        QCOMPARE((Money{100, QStringLiteral("ZAR")}), (Money{100, QStringLiteral("ZAR")}));
        QVERIFY(!(Money{100, QStringLiteral("ZAR")} == Money{100, QStringLiteral("THB")}));
        QVERIFY(!(Money{100, QStringLiteral("ZAR")} == Money{101, QStringLiteral("ZAR")}));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
