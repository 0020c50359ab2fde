#include "core/PhoneNumber.h"

#include <QTest>

using namespace Chairside;

class TestPhoneNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void display_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("shown");
        QTest::newRow("South African mobile") << "+27821234567"
                                              << "+27 82 123 4567";
        QTest::newRow("Thai mobile") << "+66812345678"
                                     << "+66 81 234 5678";
        QTest::newRow("Bangkok landline") << "+6621234567"
                                          << "+66 2 123 4567";
        QTest::newRow("UK mobile") << "+447700900123"
                                   << "+44 7700 900123";
        QTest::newRow("US") << "+12125550100"
                            << "+1 212 555 0100";
        QTest::newRow("Australia mobile") << "+61412345678"
                                          << "+61 4 1234 5678";
        QTest::newRow("unknown country") << "+4915112345678"
                                         << "+49 151 123 456 78";
        // Not E.164: shown exactly as stored, never hidden or mangled.
        QTest::newRow("local format") << "082 123 4567"
                                      << "082 123 4567";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("letters") << "+27 call me"
                                 << "+27 call me";
        QTest::newRow("Thai digits") << "+๖๖๘๑๒๓๔๕๖๗๘"
                                     << "+๖๖๘๑๒๓๔๕๖๗๘";
        QTest::newRow("too long") << "+2782123456789012345"
                                  << "+2782123456789012345";
    }

    void display()
    {
        QFETCH(QString, stored);
        QFETCH(QString, shown);
        QCOMPARE(formatPhoneForDisplay(stored), shown);
    }
};

QTEST_APPLESS_MAIN(TestPhoneNumber)
#include "tst_phonenumber.moc"
