#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>

namespace Chairside::Fixtures {

// chairside-localbase with its private PostgreSQL cluster, for integration tests. Started on a
// free port with verified TLS (a generated test CA); stopped on destruction even when a test
// fails. Blocking helpers are fine here: this is test code on the test's own thread.
class LocalbaseProcess final
{
public:
    LocalbaseProcess() = default;
    ~LocalbaseProcess();
    LocalbaseProcess(const LocalbaseProcess &) = delete;
    LocalbaseProcess &operator=(const LocalbaseProcess &) = delete;

    // Starts the server on `stateDir` (created on first use; reused with its data later) with
    // `--port 0` plus `extraArgs` (e.g. "--faults", "--jwt-exp", "5"). Returns the ready line
    // (url, anon_key, ca_file, jwt_secret, users), or an empty object and a reason in *error.
    QJsonObject start(const QString &stateDir, const QStringList &extraArgs, QString *error);
    // Stops the server and makes sure its PostgreSQL is gone.
    void stop();

    QJsonObject info() const { return m_info; }
    QString url() const;
    QString anonKey() const;
    QString caFile() const;
    QByteArray jwtSecret() const;
    QJsonArray users() const;
    static QString password() { return QStringLiteral("chairside-demo-1"); }

    // System CAs plus the server's test CA, peer verification on.
    QSslConfiguration sslConfiguration() const;

    // An HS256 JWT over `claims`, signed with the server's secret.
    QByteArray mint(const QJsonObject &claims) const;
    // A service-role key valid for `seconds` (only for the /__faults control endpoint).
    QByteArray serviceKey(qint64 seconds = 600) const;

    // /__faults (needs --faults). setFault takes one fault object or {"faults":[...]};
    // each returns false with *error when the server did not accept it.
    bool setFault(const QJsonObject &fault, QString *error = nullptr) const;
    bool clearFaults(QString *error = nullptr) const;
    // The armed faults with their remaining counts.
    QJsonArray faults() const;

private:
    struct Answer
    {
        int status = 0;
        QByteArray body;
        QString error;
    };
    Answer control(const QByteArray &method, const QByteArray &body) const;

    QProcess m_process;
    QString m_stateDir;
    QJsonObject m_info;
};

} // namespace Chairside::Fixtures
