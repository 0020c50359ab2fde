#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace Chairside {

class AppSettings;

// Where the Supabase project lives and how to reach it. Only public material: the anon (or
// publishable) key is meant to ship inside clients; a service-role key is refused outright.
struct BackendConfig
{
    Q_DECLARE_TR_FUNCTIONS(Chairside::BackendConfig)

public:
    QUrl url;        // https://<ref>.supabase.co or a self-hosted base URL
    QString anonKey; // legacy anon JWT or sb_publishable_...
    QString caFile;  // PEM of a private CA to trust in addition to the system's; may be empty

    static BackendConfig fromSettings(const AppSettings &settings);

    // Empty when usable; otherwise one sentence saying what is wrong, for people.
    QString validate() const;
    bool isValid() const { return validate().isEmpty(); }

    // `path` below the base URL, e.g. "/auth/v1/token" (keeps a base path of self-hosted setups).
    QUrl endpoint(const QString &path) const;
    // host[:port] of the backend: names the account's entry in the keychain.
    QString hostKey() const;
};

} // namespace Chairside
