// The sign-in dialog: prefilled from the settings, refuses what cannot be used (an http://
// server, a service-role key, something that is not an e-mail address) before Sign in is
// enabled, asks with exactly what was typed, and shows the server's answer inline without losing
// anything.
#include "store/AppSettings.h"
#include "ui/sync/LoginDialog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Chairside;

namespace {

// A JWT-shaped key with the given role claim (the dialog only reads the claim).
QString keyWithRole(const QString &role)
{
    const auto url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
    return QString::fromLatin1(
        QByteArrayLiteral(R"({"alg":"HS256","typ":"JWT"})").toBase64(url) + '.'
        + QJsonDocument(QJsonObject{{QStringLiteral("iss"), QStringLiteral("supabase")},
                                    {QStringLiteral("role"), role},
                                    {QStringLiteral("exp"), 4102444800LL}})
              .toJson(QJsonDocument::Compact)
              .toBase64(url)
        + ".c2lnbmF0dXJl");
}

QLineEdit *edit(QWidget *dialog, const char *name)
{
    return dialog->findChild<QLineEdit *>(QLatin1String(name));
}

} // namespace

class TestLoginDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<AppSettings> m_settings;
    const QString m_anonKey = keyWithRole(QStringLiteral("anon"));
    int m_files = 0;

    // Fills in a usable sign-in.
    static void fill(LoginDialog &dialog, const QString &url, const QString &key)
    {
        dialog.setServerSectionExpanded(true);
        edit(&dialog, "loginBackendUrl")->setText(url);
        edit(&dialog, "loginAnonKey")->setText(key);
        edit(&dialog, "loginCaFile")->clear();
        edit(&dialog, "loginEmail")->setText(QStringLiteral("thandi@protea.example"));
        edit(&dialog, "loginPassword")->setText(QStringLiteral("chairside-demo-1"));
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        // A new file for every test: QSettings shares what it read between its objects.
        m_settings.reset();
        m_qsettings.reset();
        m_qsettings = std::make_unique<QSettings>(
            m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++m_files)), QSettings::IniFormat);
        m_settings = std::make_unique<AppSettings>(m_qsettings.get());
    }

    void prefilledFromTheSettings()
    {
        m_settings->setBackendUrl(QUrl(QStringLiteral("https://protea.example.com")));
        m_settings->setAnonKey(m_anonKey);
        m_settings->setLastSignInEmail(QStringLiteral("owner@protea.example"));
        LoginDialog dialog(*m_settings);
        QCOMPARE(edit(&dialog, "loginEmail")->text(), QStringLiteral("owner@protea.example"));
        QCOMPARE(edit(&dialog, "loginBackendUrl")->text(),
                 QStringLiteral("https://protea.example.com"));
        QCOMPARE(edit(&dialog, "loginAnonKey")->text(), m_anonKey);
        QCOMPARE(edit(&dialog, "loginPassword")->echoMode(), QLineEdit::Password);
        QVERIFY(edit(&dialog, "loginPassword")->text().isEmpty());
        // A usable server stays folded away; the password is what is missing.
        QVERIFY(!dialog.isServerSectionExpanded());
        QCOMPARE(dialog.validationProblem(), QStringLiteral("Enter your password."));
        QVERIFY(!dialog.signInButton()->isEnabled());
        QVERIFY(dialog.messageText().isEmpty()); // nothing scolded before anything was typed
    }

    void firstStartShowsTheServerSection()
    {
        LoginDialog dialog(*m_settings);
        QVERIFY(dialog.isServerSectionExpanded());
        QVERIFY(!dialog.signInButton()->isEnabled());
    }

    void acceptsAUsableSignIn()
    {
        LoginDialog dialog(*m_settings);
        fill(dialog, QStringLiteral("https://protea.example.com"), m_anonKey);
        QCOMPARE(dialog.validationProblem(), QString());
        QVERIFY(dialog.signInButton()->isEnabled());
        QVERIFY(dialog.messageText().isEmpty());
        // A publishable key is fine too.
        edit(&dialog, "loginAnonKey")->setText(QStringLiteral("sb_publishable_abc123"));
        QVERIFY(dialog.signInButton()->isEnabled());
    }

    void refusesPlainHttp()
    {
        LoginDialog dialog(*m_settings);
        fill(dialog, QStringLiteral("http://protea.example.com"), m_anonKey);
        QVERIFY2(dialog.validationProblem().contains(QStringLiteral("https://")),
                 qPrintable(dialog.validationProblem()));
        QVERIFY(!dialog.signInButton()->isEnabled());
        QCOMPARE(dialog.messageText(), dialog.validationProblem()); // said inline
        QSignalSpy requested(&dialog, &LoginDialog::signInRequested);
        QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
        QTest::keyClick(edit(&dialog, "loginPassword"), Qt::Key_Return);
        QCOMPARE(requested.size(), 0);
    }

    void refusesAServiceRoleKey()
    {
        LoginDialog dialog(*m_settings);
        fill(dialog, QStringLiteral("https://protea.example.com"),
             keyWithRole(QStringLiteral("service_role")));
        QVERIFY2(dialog.validationProblem().contains(QStringLiteral("service-role")),
                 qPrintable(dialog.validationProblem()));
        QVERIFY(!dialog.signInButton()->isEnabled());
        edit(&dialog, "loginAnonKey")->setText(QStringLiteral("sb_secret_abc123"));
        QVERIFY(dialog.validationProblem().contains(QStringLiteral("secret key")));
        QVERIFY(!dialog.signInButton()->isEnabled());
    }

    void refusesWhatIsNotAnEmailAddress_data()
    {
        QTest::addColumn<QString>("email");
        QTest::newRow("no at") << QStringLiteral("thandi.protea.example");
        QTest::newRow("no domain") << QStringLiteral("thandi@");
        QTest::newRow("no dot") << QStringLiteral("thandi@protea");
        QTest::newRow("space") << QStringLiteral("thandi dlamini@protea.example");
    }

    void refusesWhatIsNotAnEmailAddress()
    {
        QFETCH(QString, email);
        LoginDialog dialog(*m_settings);
        fill(dialog, QStringLiteral("https://protea.example.com"), m_anonKey);
        edit(&dialog, "loginEmail")->setText(email);
        QVERIFY2(dialog.validationProblem().contains(QStringLiteral("is not an e-mail address")),
                 qPrintable(dialog.validationProblem()));
        QVERIFY(!dialog.signInButton()->isEnabled());
        QCOMPARE(dialog.messageText(), dialog.validationProblem());
    }

    void unreadableCaFileIsRefused()
    {
        LoginDialog dialog(*m_settings);
        fill(dialog, QStringLiteral("https://protea.example.com"), m_anonKey);
        edit(&dialog, "loginCaFile")->setText(m_dir.filePath(QStringLiteral("missing.pem")));
        QVERIFY(dialog.validationProblem().contains(QStringLiteral("CA certificate")));
        QVERIFY(!dialog.signInButton()->isEnabled());
    }

    void signInCarriesTheFieldsAndWaits()
    {
        LoginDialog dialog(*m_settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        fill(dialog, QStringLiteral("https://protea.example.com/"), m_anonKey);
        edit(&dialog, "loginEmail")->setText(QStringLiteral("  thandi@protea.example "));
        QSignalSpy requested(&dialog, &LoginDialog::signInRequested);
        QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        const auto backend = requested.first().at(0).value<BackendConfig>();
        QCOMPARE(backend.url, QUrl(QStringLiteral("https://protea.example.com/")));
        QCOMPARE(backend.anonKey, m_anonKey);
        QCOMPARE(backend.caFile, QString());
        QCOMPARE(requested.first().at(1).toString(), QStringLiteral("thandi@protea.example"));
        QCOMPARE(requested.first().at(2).toString(), QStringLiteral("chairside-demo-1"));

        // Busy until the answer: nothing can be changed or sent twice.
        QVERIFY(dialog.isBusy());
        QCOMPARE(dialog.signInButton()->text(), QStringLiteral("Signing in…"));
        QVERIFY(!dialog.signInButton()->isEnabled());
        QVERIFY(!edit(&dialog, "loginEmail")->isEnabled());
        QVERIFY(!edit(&dialog, "loginPassword")->isEnabled());
        QVERIFY(!dialog.demoButton()->isEnabled());
        QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
    }

    void serverErrorIsShownInlineAndKeepsTheFields()
    {
        LoginDialog dialog(*m_settings);
        dialog.show();
        fill(dialog, QStringLiteral("https://protea.example.com"), m_anonKey);
        QSignalSpy requested(&dialog, &LoginDialog::signInRequested);
        QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        const QString refusal = QStringLiteral("The e-mail address or password is wrong.");
        dialog.showError(refusal);
        QVERIFY(!dialog.isBusy());
        QCOMPARE(dialog.messageText(), refusal);
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("loginMessage"));
        QVERIFY(message && message->isVisible());
        QCOMPARE(message->accessibleName(), refusal);
        QCOMPARE(edit(&dialog, "loginEmail")->text(), QStringLiteral("thandi@protea.example"));
        QCOMPARE(edit(&dialog, "loginPassword")->text(), QStringLiteral("chairside-demo-1"));
        QCOMPARE(edit(&dialog, "loginBackendUrl")->text(),
                 QStringLiteral("https://protea.example.com"));
        QVERIFY(edit(&dialog, "loginPassword")->isEnabled());
        QVERIFY(dialog.signInButton()->isEnabled());
        QCOMPARE(dialog.signInButton()->text(), QStringLiteral("&Sign in"));
        QVERIFY(dialog.isVisible()); // not a message box: the dialog stays as it was

        // Typing again answers the message; trying again asks again.
        QTest::keyClick(edit(&dialog, "loginPassword"), Qt::Key_End);
        QTest::keyClicks(edit(&dialog, "loginPassword"), QStringLiteral("2"));
        QVERIFY(dialog.messageText().isEmpty());
        QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
        QCOMPARE(requested.size(), 2);
        QCOMPARE(requested.last().at(2).toString(), QStringLiteral("chairside-demo-12"));
    }

    void demoButtonAsksForTheDemo()
    {
        LoginDialog dialog(*m_settings);
        dialog.show();
        QSignalSpy demo(&dialog, &LoginDialog::demoRequested);
        QSignalSpy requested(&dialog, &LoginDialog::signInRequested);
        QTest::mouseClick(dialog.demoButton(), Qt::LeftButton);
        QCOMPARE(demo.size(), 1);
        QCOMPARE(requested.size(), 0);
    }

    void fieldsHaveAccessibleNames()
    {
        LoginDialog dialog(*m_settings);
        const auto edits = dialog.findChildren<QLineEdit *>();
        QCOMPARE(edits.size(), 5);
        for (QLineEdit *field : edits)
            QVERIFY2(!field->accessibleName().isEmpty(), qPrintable(field->objectName()));
    }
};

QTEST_MAIN(TestLoginDialog)
#include "tst_logindialog.moc"
