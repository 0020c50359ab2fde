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

    void normalize_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("region");
        QTest::addColumn<QString>("e164");
        QTest::addColumn<int>("problem");
        const int za = QLocale::SouthAfrica;
        const int none = int(PhoneProblem::None);
        QTest::newRow("national, spaces") << "082 123 4567" << za << "+27821234567" << none;
        QTest::newRow("national, dashes") << "082-123-4567" << za << "+27821234567" << none;
        QTest::newRow("international with +") << "+27 82 123 4567" << za << "+27821234567" << none;
        QTest::newRow("international with 00") << "0027821234567" << za << "+27821234567" << none;
        QTest::newRow("brackets") << "(082) 123 4567" << za << "+27821234567" << none;
        QTest::newRow("already E.164") << "+27821234567" << za << "+27821234567" << none;
        QTest::newRow("without the trunk 0") << "82 123 4567" << za << "+27821234567" << none;
        QTest::newRow("Thai mobile in Thailand")
            << "081 234 5678" << int(QLocale::Thailand) << "+66812345678" << none;
        QTest::newRow("Bangkok landline")
            << "02 123 4567" << int(QLocale::Thailand) << "+6621234567" << none;
        QTest::newRow("UK mobile in the UK")
            << "07700 900123" << int(QLocale::UnitedKingdom) << "+447700900123" << none;
        QTest::newRow("US with the leading 1")
            << "1 (212) 555-0100" << int(QLocale::UnitedStates) << "+12125550100" << none;
        QTest::newRow("US without it")
            << "212.555.0100" << int(QLocale::UnitedStates) << "+12125550100" << none;
        QTest::newRow("foreign number at a South African salon")
            << "+44 7700 900123" << za << "+447700900123" << none;
        QTest::newRow("unknown country, international")
            << "+49 151 12345678" << za << "+4915112345678" << none;
        QTest::newRow("empty") << "   " << za << "" << int(PhoneProblem::Empty);
        QTest::newRow("letters") << "082 CALL ME" << za << ""
                                 << int(PhoneProblem::InvalidCharacters);
        QTest::newRow("plus in the middle")
            << "082+1234567" << za << "" << int(PhoneProblem::InvalidCharacters);
        QTest::newRow("Thai digits")
            << "๐๘๑๒๓๔๕๖๗๘" << int(QLocale::Thailand) << "" << int(PhoneProblem::InvalidCharacters);
        QTest::newRow("a digit missing")
            << "082 123 456" << za << "" << int(PhoneProblem::TooShort);
        QTest::newRow("a digit too many")
            << "082 123 45678" << za << "" << int(PhoneProblem::TooLong);
        QTest::newRow("far too short") << "+27 12" << za << "" << int(PhoneProblem::TooShort);
        QTest::newRow("over 15 digits")
            << "+49 1234 5678 9012 3456" << za << "" << int(PhoneProblem::TooLong);
        QTest::newRow("national number, country unknown")
            << "0151 12345678" << int(QLocale::AnyTerritory) << "" << int(PhoneProblem::NoCountry);
    }

    void normalize()
    {
        QFETCH(QString, typed);
        QFETCH(int, region);
        QFETCH(QString, e164);
        QFETCH(int, problem);
        const PhoneParse parsed = normalizePhone(typed, QLocale::Territory(region));
        QCOMPARE(int(parsed.problem), problem);
        QCOMPARE(parsed.e164, e164);
        if (parsed.ok()) // normalising is idempotent
            QCOMPARE(normalizePhone(parsed.e164, QLocale::Territory(region)).e164, e164);
    }
};

QTEST_APPLESS_MAIN(TestPhoneNumber)
#include "tst_phonenumber.moc"
