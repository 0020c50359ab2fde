#include "LocalbaseProcess.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QTimer>

namespace Chairside::Fixtures {

namespace {
constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
}

LocalbaseProcess::~LocalbaseProcess()
{
    stop();
}

QJsonObject LocalbaseProcess::start(const QString &stateDir, const QStringList &extraArgs,
                                    QString *error)
{
    stop();
    m_stateDir = stateDir;
    QDir().mkpath(stateDir);
    // As root, PostgreSQL runs as user postgres and must be able to traverse into the state dir.
    const QString parent = QFileInfo(stateDir).absolutePath();
    QFile::setPermissions(parent, QFile::permissions(parent) | QFileDevice::ExeOther);
    QFile::setPermissions(stateDir, QFile::permissions(stateDir) | QFileDevice::ExeOther);

    m_process.setProgram(QStringLiteral(LOCALBASE_BINARY));
    m_process.setArguments(QStringList{QStringLiteral("--state-dir"), stateDir,
                                       QStringLiteral("--port"), QStringLiteral("0")}
                           + extraArgs);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setReadChannel(QProcess::StandardOutput);
    m_process.start();
    if (!m_process.waitForStarted(30000)) {
        if (error)
            *error = m_process.errorString();
        return {};
    }
    QElapsedTimer timer;
    timer.start();
    while (!m_process.canReadLine() && m_process.state() == QProcess::Running
           && timer.elapsed() < 240000)
        m_process.waitForReadyRead(1000);
    if (!m_process.canReadLine()) {
        if (error)
            *error = QStringLiteral("server did not become ready: ")
                     + QString::fromLocal8Bit(m_process.readAllStandardError());
        return {};
    }
    m_info = QJsonDocument::fromJson(m_process.readLine()).object();
    if (m_info.isEmpty() && error)
        *error = QStringLiteral("the server's ready line was not JSON");
    return m_info;
}

void LocalbaseProcess::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(90000)) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }
    if (!m_stateDir.isEmpty()) {
        // Belt and braces: never leave a PostgreSQL server behind.
        QProcess::execute(QStringLiteral("bash"),
                          {QStringLiteral(LOCALBASE_SOURCE_DIR "/scripts/pg-cluster.sh"),
                           QStringLiteral("stop"), m_stateDir + QStringLiteral("/pg")});
        m_stateDir.clear();
    }
    m_info = {};
}

QString LocalbaseProcess::url() const
{
    return m_info.value(QStringLiteral("url")).toString();
}

QString LocalbaseProcess::anonKey() const
{
    return m_info.value(QStringLiteral("anon_key")).toString();
}

QString LocalbaseProcess::caFile() const
{
    return m_info.value(QStringLiteral("ca_file")).toString();
}

QByteArray LocalbaseProcess::jwtSecret() const
{
    return m_info.value(QStringLiteral("jwt_secret")).toString().toUtf8();
}

QJsonArray LocalbaseProcess::users() const
{
    return m_info.value(QStringLiteral("users")).toArray();
}

QSslConfiguration LocalbaseProcess::sslConfiguration() const
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.addCaCertificates(QSslCertificate::fromPath(caFile()));
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return ssl;
}

QByteArray LocalbaseProcess::mint(const QJsonObject &claims) const
{
    const QByteArray input =
        QByteArrayLiteral(R"({"alg":"HS256","typ":"JWT"})").toBase64(kBase64Url) + '.'
        + QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(kBase64Url);
    return input + '.'
           + QMessageAuthenticationCode::hash(input, jwtSecret(), QCryptographicHash::Sha256)
                 .toBase64(kBase64Url);
}

QByteArray LocalbaseProcess::serviceKey(qint64 seconds) const
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return mint(QJsonObject{{QStringLiteral("iss"), QStringLiteral("supabase")},
                            {QStringLiteral("role"), QStringLiteral("service_role")},
                            {QStringLiteral("iat"), now},
                            {QStringLiteral("exp"), now + seconds}});
}

LocalbaseProcess::Answer LocalbaseProcess::control(const QByteArray &method,
                                                   const QByteArray &body) const
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(url() + QStringLiteral("/__faults")));
    request.setSslConfiguration(sslConfiguration());
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setRawHeader("apikey", serviceKey());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timeout, &QTimer::timeout, reply, &QNetworkReply::abort);
    timeout.start(60000);
    if (!reply->isFinished())
        loop.exec();
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    if (answer.status < 200 || answer.status >= 300)
        answer.error = QStringLiteral("/__faults %1: HTTP %2 %3 %4")
                           .arg(QString::fromLatin1(method))
                           .arg(answer.status)
                           .arg(reply->errorString(), QString::fromUtf8(answer.body));
    delete reply;
    return answer;
}

bool LocalbaseProcess::setFault(const QJsonObject &fault, QString *error) const
{
    const Answer answer = control("POST", QJsonDocument(fault).toJson(QJsonDocument::Compact));
    if (!answer.error.isEmpty() && error)
        *error = answer.error;
    return answer.error.isEmpty();
}

bool LocalbaseProcess::clearFaults(QString *error) const
{
    const Answer answer = control("DELETE", {});
    if (!answer.error.isEmpty() && error)
        *error = answer.error;
    return answer.error.isEmpty();
}

QJsonArray LocalbaseProcess::faults() const
{
    const Answer answer = control("GET", {});
    return QJsonDocument::fromJson(answer.body).object().value(QStringLiteral("faults")).toArray();
}

} // namespace Chairside::Fixtures
