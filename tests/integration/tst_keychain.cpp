// TokenVault against a real Secret Service (gnome-keyring inside dbus-run-session, see
// scripts/run-tests.sh): round trip, overwrite, delete, and "not found" told apart from errors.

#include "remote/TokenVault.h"

#include <QTest>
#include <QUuid>

#include <optional>

using namespace Chairside;

class TstKeychain final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writeReadOverwriteDelete();
    void readMissingIsNotFound();
    void keysSeparateBackendsAndAccounts();

private:
    VaultResult wait(const std::function<void(TokenVault::Done)> &start);

    // A service name of its own so a developer's real entries are never touched.
    const QString m_service =
        QStringLiteral("Chairside-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
};

VaultResult TstKeychain::wait(const std::function<void(TokenVault::Done)> &start)
{
    std::optional<VaultResult> answer;
    start([&answer](const VaultResult &result) { answer = result; });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 30000);
    }();
    return answer.value_or(
        VaultResult{VaultResult::Status::Error, {}, QStringLiteral("no answer")});
}

void TstKeychain::initTestCase()
{
    TokenVault vault(m_service);
    const VaultResult probe = wait([&](TokenVault::Done done) {
        vault.write(QStringLiteral("probe"), QStringLiteral("x"), std::move(done));
    });
    QVERIFY2(probe.isOk(),
             qPrintable(QStringLiteral("run under scripts/run-tests.sh: ") + probe.message));
    wait([&](TokenVault::Done done) { vault.remove(QStringLiteral("probe"), std::move(done)); });
}

void TstKeychain::writeReadOverwriteDelete()
{
    TokenVault vault(m_service);
    QCOMPARE(vault.service(), m_service);
    const QString key = TokenVault::keyFor(QStringLiteral("abc.supabase.co"),
                                           QStringLiteral("Thandi@Protea.example"));
    QCOMPARE(key, QStringLiteral("abc.supabase.co|thandi@protea.example"));

    QVERIFY(wait([&](TokenVault::Done done) {
                vault.write(key, QStringLiteral("first-token"), std::move(done));
            }).isOk());
    VaultResult read = wait([&](TokenVault::Done done) { vault.read(key, std::move(done)); });
    QVERIFY2(read.isOk(), qPrintable(read.message));
    QCOMPARE(read.secret, QStringLiteral("first-token"));

    QVERIFY(wait([&](TokenVault::Done done) {
                vault.write(key, QStringLiteral("second-token"), std::move(done));
            }).isOk());
    // A second vault object (another Session later) sees the same entry.
    TokenVault other(m_service);
    read = wait([&](TokenVault::Done done) { other.read(key, std::move(done)); });
    QVERIFY(read.isOk());
    QCOMPARE(read.secret, QStringLiteral("second-token"));

    const VaultResult removed =
        wait([&](TokenVault::Done done) { vault.remove(key, std::move(done)); });
    QVERIFY2(removed.isOk(), qPrintable(removed.message));
    read = wait([&](TokenVault::Done done) { vault.read(key, std::move(done)); });
    QCOMPARE(read.status, VaultResult::Status::NotFound);
    QVERIFY(read.secret.isEmpty());
}

void TstKeychain::readMissingIsNotFound()
{
    TokenVault vault(m_service);
    const VaultResult read = wait([&](TokenVault::Done done) {
        vault.read(QStringLiteral("nobody.example|nobody@nowhere.example"), std::move(done));
    });
    QCOMPARE(read.status, VaultResult::Status::NotFound);
    QVERIFY(!read.message.isEmpty());
}

void TstKeychain::keysSeparateBackendsAndAccounts()
{
    TokenVault vault(m_service);
    const QString a =
        TokenVault::keyFor(QStringLiteral("one.example"), QStringLiteral("a@x.example"));
    const QString b =
        TokenVault::keyFor(QStringLiteral("two.example"), QStringLiteral("a@x.example"));
    QVERIFY(wait([&](TokenVault::Done done) {
                vault.write(a, QStringLiteral("token-a"), std::move(done));
            }).isOk());
    QVERIFY(wait([&](TokenVault::Done done) {
                vault.write(b, QStringLiteral("token-b"), std::move(done));
            }).isOk());
    QCOMPARE(wait([&](TokenVault::Done done) { vault.read(a, std::move(done)); }).secret,
             QStringLiteral("token-a"));
    QCOMPARE(wait([&](TokenVault::Done done) { vault.read(b, std::move(done)); }).secret,
             QStringLiteral("token-b"));
    wait([&](TokenVault::Done done) { vault.remove(a, std::move(done)); });
    wait([&](TokenVault::Done done) { vault.remove(b, std::move(done)); });
}

QTEST_GUILESS_MAIN(TstKeychain)
#include "tst_keychain.moc"
