#include "remote/TlsSetup.h"

#include <QFile>
#include <QNetworkRequest>
#include <QSslCertificate>

namespace Chairside {

std::optional<QSslConfiguration> TlsSetup::configuration(const QString &caFile, QString *error)
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    ssl.setProtocol(QSsl::SecureProtocols);
    if (caFile.isEmpty())
        return ssl;
    QFile file(caFile);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("The certificate authority file %1 cannot be read: %2")
                         .arg(caFile, file.errorString());
        return std::nullopt;
    }
    const QList<QSslCertificate> certificates =
        QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty()) {
        if (error)
            *error = tr("The file %1 holds no certificate in PEM format.").arg(caFile);
        return std::nullopt;
    }
    ssl.addCaCertificates(certificates);
    return ssl;
}

void TlsSetup::prepare(QNetworkRequest &request, const QSslConfiguration &ssl)
{
    request.setSslConfiguration(ssl);
    // HTTP/1.1 keeps connection failures attributable to one request; HTTP/2 buys nothing here.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    // A redirected POST would carry the tokens somewhere else: never follow.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
}

} // namespace Chairside
