#pragma once

#include <QSettings>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Chairside {

// Typed settings, one table of keys and defaults, kept apart from secrets: tokens never go here
// (they live in the OS keychain). QSettings is injected so tests can use a scratch file.
class AppSettings final
{
public:
    explicit AppSettings(QSettings *settings);

    QUrl backendUrl() const;
    void setBackendUrl(const QUrl &url);

    // The project's public anon key (a publishable key, safe to keep in settings).
    QString anonKey() const;
    void setAnonKey(const QString &key);

    // A PEM file with the certificate authority of a self-hosted backend; empty: system CAs.
    QString caCertificateFile() const;
    void setCaCertificateFile(const QString &path);

    // The e-mail of the last sign-in, to offer it again and to find its saved token in the
    // keychain (the e-mail is not a secret; the token never comes here).
    QString lastSignInEmail() const;
    void setLastSignInEmail(const QString &email);

    // The backend's user id of that sign-in: names the account's local cache, so the desk can
    // open it offline before the server has confirmed the sign-in again. Not a secret.
    QString accountUserId() const;
    void setAccountUserId(const QString &userId);

    // A BCP 47 language tag ("en", "af", "zu", "th"); empty: the system's language.
    QString language() const;
    void setLanguage(const QString &language);

    // The day view's columns for one business: staff ids in the desk's order, and the ones the
    // desk chose not to show. Empty: everyone, in the business's own order.
    QStringList dayColumnOrder(const QString &businessId) const;
    QStringList hiddenDayColumns(const QString &businessId) const;
    void setDayColumns(const QString &businessId, const QStringList &order,
                       const QStringList &hidden);

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);

    // Whether the desk works on the local demo store (no backend configured).
    bool usesLocalDemo() const { return backendUrl().isEmpty(); }

private:
    QSettings *m_settings;
};

} // namespace Chairside
