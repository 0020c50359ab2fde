#include "remote/BackendConfig.h"

#include "store/AppSettings.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Chairside {

namespace {

// The role claim of a JWT, read without checking the signature (only the server can do that;
// here it only tells an anon key from a service key pasted by mistake). Empty if not a JWT.
QString jwtRole(const QString &token)
{
    const QStringList parts = token.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return {};
    const auto decoded = QByteArray::fromBase64Encoding(
        parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (!decoded)
        return {};
    const QJsonDocument payload = QJsonDocument::fromJson(*decoded);
    return payload.object().value(QStringLiteral("role")).toString();
}

} // namespace

BackendConfig BackendConfig::fromSettings(const AppSettings &settings)
{
    return BackendConfig{settings.backendUrl(), settings.anonKey(), settings.caCertificateFile()};
}

QString BackendConfig::validate() const
{
    if (url.isEmpty())
        return tr("No backend address is set.");
    if (!url.isValid())
        return tr("The backend address is not a valid web address.");
    if (url.scheme() != QLatin1String("https"))
        return tr("The backend address must start with https://; unencrypted connections are "
                  "not allowed.");
    if (url.host().isEmpty())
        return tr("The backend address has no host name.");
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return tr("The backend address must be a plain https:// address without a user name, "
                  "query or fragment.");
    const QString key = anonKey.trimmed();
    if (key.isEmpty())
        return tr("The project's anon key is missing.");
    if (key.startsWith(QLatin1String("sb_secret_")))
        return tr("This is the project's secret key. Chairside never holds a secret key: enter "
                  "the publishable (anon) key instead, and replace the secret key if it was "
                  "shared.");
    if (key.startsWith(QLatin1String("sb_publishable_")))
        return {};
    // An allow-list, not a deny-list: only the anon role is ever accepted, so no key with more
    // rights (the service-role key above all) can end up on a desk, whatever its role is called.
    const QString role = jwtRole(key);
    if (role.isEmpty())
        return tr("The anon key is not recognised: it should be the project's anon key (a long "
                  "text in three parts separated by dots) or a key starting with "
                  "sb_publishable_.");
    if (role != QLatin1String("anon"))
        return tr("This key has the role \"%1\", not anon. Chairside only holds the anon key; a "
                  "key with more rights, such as the service-role key, must never be on a desk: "
                  "enter the anon key instead, and rotate this one if it was shared.")
            .arg(role.left(40));
    return {};
}

QUrl BackendConfig::endpoint(const QString &path) const
{
    QUrl result = url;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    result.setPath(base + path);
    return result;
}

QString BackendConfig::hostKey() const
{
    const int port = url.port(-1);
    if (port == -1 || port == 443)
        return url.host();
    return url.host() + QLatin1Char(':') + QString::number(port);
}

} // namespace Chairside
