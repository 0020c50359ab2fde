#include "TlsMaterial.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>

namespace Chairside::Localbase {

namespace {

bool runOpenssl(const QString &directory, const QStringList &arguments, QString *error)
{
    QProcess process;
    process.setWorkingDirectory(directory);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        *error = QStringLiteral("openssl %1 failed: %2")
                     .arg(arguments.value(0), QString::fromLocal8Bit(process.readAll()));
        return false;
    }
    return true;
}

} // namespace

bool TlsMaterial::ensure(const QString &directory, QString *error)
{
    QDir dir(directory);
    if (dir.exists(QStringLiteral("ca.pem")) && dir.exists(QStringLiteral("server.pem"))
        && dir.exists(QStringLiteral("server.key")))
        return true;
    if (!QDir().mkpath(directory)) {
        *error = QStringLiteral("cannot create %1").arg(directory);
        return false;
    }
    QFile extensions(dir.filePath(QStringLiteral("server.ext")));
    if (!extensions.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = extensions.errorString();
        return false;
    }
    extensions.write("basicConstraints=critical,CA:FALSE\n"
                     "keyUsage=critical,digitalSignature,keyEncipherment\n"
                     "extendedKeyUsage=serverAuth\n"
                     "subjectAltName=IP:127.0.0.1,DNS:localhost\n");
    extensions.close();
    const QStringList ecKey{
        QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
        QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    QStringList ca{QStringLiteral("req"), QStringLiteral("-x509")};
    ca << ecKey
       << QStringList{
              QStringLiteral("-keyout"), QStringLiteral("ca.key"),
              QStringLiteral("-out"),    QStringLiteral("ca.pem"),
              QStringLiteral("-days"),   QStringLiteral("3650"),
              QStringLiteral("-subj"),   QStringLiteral("/CN=Chairside localbase test CA"),
              QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
              QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")};
    QStringList csr{QStringLiteral("req")};
    csr << ecKey << QStringList{QStringLiteral("-keyout"), QStringLiteral("server.key"),
                                QStringLiteral("-out"),    QStringLiteral("server.csr"),
                                QStringLiteral("-subj"),   QStringLiteral("/CN=localhost")};
    const QStringList sign{QStringLiteral("x509"),
                           QStringLiteral("-req"),
                           QStringLiteral("-in"),
                           QStringLiteral("server.csr"),
                           QStringLiteral("-CA"),
                           QStringLiteral("ca.pem"),
                           QStringLiteral("-CAkey"),
                           QStringLiteral("ca.key"),
                           QStringLiteral("-CAcreateserial"),
                           QStringLiteral("-out"),
                           QStringLiteral("server.pem"),
                           QStringLiteral("-days"),
                           QStringLiteral("825"),
                           QStringLiteral("-sha256"),
                           QStringLiteral("-extfile"),
                           QStringLiteral("server.ext")};
    return runOpenssl(directory, ca, error) && runOpenssl(directory, csr, error)
           && runOpenssl(directory, sign, error);
}

bool TlsMaterial::load(const QString &directory, QSslConfiguration *configuration, QString *error)
{
    QDir dir(directory);
    QFile certificateFile(dir.filePath(QStringLiteral("server.pem")));
    QFile keyFile(dir.filePath(QStringLiteral("server.key")));
    QFile caFile(dir.filePath(QStringLiteral("ca.pem")));
    if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)
        || !caFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the TLS files in %1").arg(directory);
        return false;
    }
    const QSslCertificate certificate(&certificateFile, QSsl::Pem);
    const QSslCertificate caCertificate(&caFile, QSsl::Pem);
    const QSslKey key(&keyFile, QSsl::Ec, QSsl::Pem);
    if (certificate.isNull() || key.isNull() || caCertificate.isNull()) {
        *error = QStringLiteral("invalid TLS material in %1").arg(directory);
        return false;
    }
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setLocalCertificateChain({certificate, caCertificate});
    ssl.setPrivateKey(key);
    ssl.setPeerVerifyMode(QSslSocket::VerifyNone); // clients are not asked for certificates
    *configuration = ssl;
    return true;
}

} // namespace Chairside::Localbase
