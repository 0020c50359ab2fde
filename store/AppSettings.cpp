#include "store/AppSettings.h"

namespace Chairside {

namespace {
namespace Key {
const QString backendUrl = QStringLiteral("backend/url");
const QString anonKey = QStringLiteral("backend/anonKey");
const QString caFile = QStringLiteral("backend/caCertificateFile");
const QString lastSignInEmail = QStringLiteral("backend/lastSignInEmail");
const QString accountUserId = QStringLiteral("backend/accountUserId");
const QString language = QStringLiteral("ui/language");
const QString geometry = QStringLiteral("ui/mainWindowGeometry");
} // namespace Key
} // namespace

AppSettings::AppSettings(QSettings *settings)
    : m_settings(settings)
{}

QUrl AppSettings::backendUrl() const
{
    return QUrl(m_settings->value(Key::backendUrl).toString(), QUrl::StrictMode);
}

void AppSettings::setBackendUrl(const QUrl &url)
{
    m_settings->setValue(Key::backendUrl, url.toString());
}

QString AppSettings::anonKey() const
{
    return m_settings->value(Key::anonKey).toString();
}

void AppSettings::setAnonKey(const QString &key)
{
    m_settings->setValue(Key::anonKey, key.trimmed());
}

QString AppSettings::caCertificateFile() const
{
    return m_settings->value(Key::caFile).toString();
}

void AppSettings::setCaCertificateFile(const QString &path)
{
    m_settings->setValue(Key::caFile, path);
}

QString AppSettings::accountUserId() const
{
    return m_settings->value(Key::accountUserId).toString();
}

void AppSettings::setAccountUserId(const QString &userId)
{
    if (userId.isEmpty())
        m_settings->remove(Key::accountUserId);
    else
        m_settings->setValue(Key::accountUserId, userId);
}

QString AppSettings::lastSignInEmail() const
{
    return m_settings->value(Key::lastSignInEmail).toString();
}

void AppSettings::setLastSignInEmail(const QString &email)
{
    m_settings->setValue(Key::lastSignInEmail, email.trimmed());
}

QString AppSettings::language() const
{
    return m_settings->value(Key::language).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings->setValue(Key::language, language);
}

QStringList AppSettings::dayColumnOrder(const QString &businessId) const
{
    return m_settings->value(QStringLiteral("dayColumns/%1/order").arg(businessId)).toStringList();
}

QStringList AppSettings::hiddenDayColumns(const QString &businessId) const
{
    return m_settings->value(QStringLiteral("dayColumns/%1/hidden").arg(businessId)).toStringList();
}

void AppSettings::setDayColumns(const QString &businessId, const QStringList &order,
                                const QStringList &hidden)
{
    m_settings->setValue(QStringLiteral("dayColumns/%1/order").arg(businessId), order);
    m_settings->setValue(QStringLiteral("dayColumns/%1/hidden").arg(businessId), hidden);
}

QByteArray AppSettings::mainWindowGeometry() const
{
    return m_settings->value(Key::geometry).toByteArray();
}

void AppSettings::setMainWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(Key::geometry, geometry);
}

} // namespace Chairside
