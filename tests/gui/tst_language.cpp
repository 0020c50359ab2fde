// Settings → Language applies at once: the main window is made again in the chosen language,
// showing the same pane; dates, numbers and money follow the language's locale in the business's
// currency. The catalogue is a tiny test-only one (tests/gui/i18n), not the translators' files.
#include "app/DeskSession.h"
#include "core/Money.h"
#include "store/AppSettings.h"
#include "ui/MainWindow.h"
#include "ui/SettingsDialog.h"
#include "ui/Translations.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Chairside;

class TestLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void settingsSwitchTheWindowAtOnce();
    void formatsFollowTheLanguage_data();
    void formatsFollowTheLanguage();
    void unknownSettingMeansEnglish();

private:
    QTemporaryDir m_dir;
};

namespace {

QString navigationText(MainWindow *window, PaneId pane)
{
    auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigation"));
    return navigation ? navigation->item(int(pane))->text() : QString();
}

void chooseLanguage(AppSettings *settings, const QString &code)
{
    // No parent: the window it would belong to is replaced while the test holds the dialog.
    SettingsDialog dialog(settings);
    QComboBox *language = nullptr;
    for (auto *combo : dialog.findChildren<QComboBox *>()) {
        if (combo->accessibleName() == u"Language")
            language = combo;
    }
    QVERIFY(language);
    const int index = language->findData(code);
    QVERIFY(index >= 0);
    language->setCurrentIndex(index);
    dialog.accept();
}

} // namespace

void TestLanguage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Translations::setExtraSearchPath(QStringLiteral(CHAIRSIDE_TEST_QM_DIR));
}

void TestLanguage::cleanup()
{
    Translations::apply(QStringLiteral("en"));
}

void TestLanguage::settingsSwitchTheWindowAtOnce()
{
    QSettings store(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    AppSettings settings(&store);
    Translations::apply(settings.language());

    DeskSession::Options options;
    options.dataDir = m_dir.filePath(QStringLiteral("desk"));
    options.demo.anchorDate = QDate(2026, 3, 10);
    DeskSession session(options, &settings);
    session.start();
    QTRY_VERIFY(session.window());
    MainWindow *before = session.window();
    QCOMPARE(navigationText(before, PaneId::Appointments), QStringLiteral("Appointments"));
    before->showPane(PaneId::Customers);

    QSignalSpy rebuilt(&session, &DeskSession::windowRebuilt);
    chooseLanguage(&settings, QStringLiteral("af"));
    QCOMPARE(settings.language(), QStringLiteral("af"));
    QVERIFY(rebuilt.wait(5000));

    MainWindow *after = session.window();
    QVERIFY(after && after != before);
    QCOMPARE(navigationText(after, PaneId::Appointments), QStringLiteral("Afsprake"));
    // Written under another context in the catalogue: found by its source text.
    QCOMPARE(navigationText(after, PaneId::Analytics), QStringLiteral("Ontleding"));
    QCOMPARE(after->menuBar()->actions().constFirst()->text(), QStringLiteral("&Lêer"));
    QCOMPARE(after->currentPane(), PaneId::Customers);
    // The demo salon is in Cape Town: Afrikaans as South Africa writes it.
    QCOMPARE(QLocale().name(), QStringLiteral("af_ZA"));
    auto *date = after->findChild<QDateEdit *>(QStringLiteral("appointmentDate"));
    QVERIFY(date);
    QCOMPARE(date->locale().name(), QStringLiteral("af_ZA"));

    chooseLanguage(&settings, QStringLiteral("en"));
    QVERIFY(rebuilt.wait(5000));
    QCOMPARE(navigationText(session.window(), PaneId::Appointments),
             QStringLiteral("Appointments"));
    QCOMPARE(QLocale().name(), QStringLiteral("en_ZA"));
}

void TestLanguage::formatsFollowTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("business");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("money");
    QTest::addColumn<QString>("month");

    // 1 250,50 in the business's currency; March in the language.
    QTest::newRow("af in South Africa")
        << QStringLiteral("af") << QStringLiteral("en_ZA") << QStringLiteral("ZAR")
        << QStringLiteral("af_ZA") << QStringLiteral("R1\u00a0250,50") << QStringLiteral("Maart");
    QTest::newRow("zu in South Africa")
        << QStringLiteral("zu") << QStringLiteral("en_ZA") << QStringLiteral("ZAR")
        << QStringLiteral("zu_ZA") << QStringLiteral("R1,250.50") << QStringLiteral("Mashi");
    QTest::newRow("th in Thailand")
        << QStringLiteral("th") << QStringLiteral("th_TH") << QStringLiteral("THB")
        << QStringLiteral("th_TH") << QStringLiteral("฿1,250.50") << QStringLiteral("มีนาคม");
    QTest::newRow("th at a South African salon")
        << QStringLiteral("th") << QStringLiteral("en_ZA") << QStringLiteral("ZAR")
        << QStringLiteral("th_TH") << QStringLiteral("R1,250.50") << QStringLiteral("มีนาคม");
    QTest::newRow("en in Thailand keeps the salon's own locale")
        << QStringLiteral("en") << QStringLiteral("th_TH") << QStringLiteral("THB")
        << QStringLiteral("en_TH") << QString() << QStringLiteral("March");
    QTest::newRow("en in South Africa")
        << QStringLiteral("en") << QStringLiteral("en_ZA") << QStringLiteral("ZAR")
        << QStringLiteral("en_ZA") << QStringLiteral("R1\u00a0250,50") << QStringLiteral("March");
}

void TestLanguage::formatsFollowTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, business);
    QFETCH(QString, currency);
    QFETCH(QString, locale);
    QFETCH(QString, money);
    QFETCH(QString, month);

    QCOMPARE(Translations::apply(language), language);
    const QLocale shown = Translations::displayLocale(QLocale(business));
    if (locale != u"en_TH")
        QCOMPARE(shown.name(), locale);
    else // English is not written in Thailand's CLDR data: the language's own locale
        QCOMPARE(shown.language(), QLocale::English);
    if (!money.isEmpty())
        QCOMPARE(formatMoney(Money{125050, currency}, shown), money);
    QVERIFY2(shown.toString(QDate(2026, 3, 10), QLocale::LongFormat).contains(month),
             qPrintable(shown.toString(QDate(2026, 3, 10), QLocale::LongFormat)));
}

void TestLanguage::unknownSettingMeansEnglish()
{
    QCOMPARE(Translations::resolve(QStringLiteral("xx")), QStringLiteral("en"));
    QCOMPARE(Translations::resolve(QStringLiteral("th")), QStringLiteral("th"));
    QCOMPARE(Translations::apply(QStringLiteral("xx")), QStringLiteral("en"));
    QCOMPARE(Translations::currentLanguage(), QStringLiteral("en"));
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
