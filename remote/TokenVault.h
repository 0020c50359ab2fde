#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace Chairside {

struct VaultResult
{
    enum class Status {
        Ok,
        NotFound,    // no entry under that key (reading or deleting)
        Unavailable, // no Secret Service / keychain on this system, or access denied
        Error,
    };

    Status status = Status::Error;
    QString secret;  // on a successful read
    QString message; // a sentence for people when not Ok

    bool isOk() const { return status == Status::Ok; }
};

// The refresh token's only home outside memory: the OS keychain through QtKeychain (Secret
// Service on Linux, Keychain on macOS, Credential Manager on Windows). Never falls back to a
// plain file. Every call answers exactly once, asynchronously, on this object's thread; no
// answers after destruction. Usable from any thread: the keychain work itself always runs on
// the application's main thread (QtKeychain is not safe to use from several threads).
class TokenVault final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenVault)

public:
    using Done = std::function<void(VaultResult)>;

    explicit TokenVault(QObject *parent = nullptr);
    // Another service name keeps tests apart from a real installation's entries.
    explicit TokenVault(const QString &service, QObject *parent = nullptr);
    ~TokenVault() override;

    // "<backend host>|<email>": one entry per backend and account.
    static QString keyFor(const QString &hostKey, const QString &email);

    void read(const QString &key, Done done);
    void write(const QString &key, const QString &secret, Done done);
    void remove(const QString &key, Done done);

    QString service() const { return m_service; }

private:
    struct Guard;
    static void answer(const std::shared_ptr<Guard> &guard, TokenVault *vault, Done done,
                       VaultResult result);

    QString m_service;
    std::shared_ptr<Guard> m_guard;
};

} // namespace Chairside
