#include "PgCluster.h"

#include <QProcess>

namespace Chairside::Localbase {

PgCluster::PgCluster(const QString &script, const QString &directory)
    : m_script(script)
    , m_directory(directory)
{}

bool PgCluster::runScript(const QStringList &arguments, int timeoutMs, QString *output) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("bash"), QStringList{m_script} + arguments);
    const bool finished = process.waitForFinished(timeoutMs);
    if (!finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    if (output)
        *output = QString::fromLocal8Bit(process.readAll()).trimmed();
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool PgCluster::isRunning() const
{
    return runScript({QStringLiteral("status"), m_directory}, 30000, nullptr);
}

bool PgCluster::start(int port, QString *error)
{
    if (isRunning())
        stop(); // a leftover from a killed run: restart it on our port
    QString output;
    if (!runScript({QStringLiteral("start"), m_directory, QString::number(port)}, 180000,
                   &output)) {
        *error = QStringLiteral("pg-cluster.sh start failed: %1").arg(output);
        return false;
    }
    m_started = true;
    return true;
}

void PgCluster::stop()
{
    runScript({QStringLiteral("stop"), m_directory}, 90000, nullptr);
    m_started = false;
}

bool PgCluster::createDatabase(int port, const QString &name, bool seed, QString *error) const
{
    QStringList arguments{QStringLiteral("createdb"), QString::number(port), name};
    if (!seed)
        arguments.append(QStringLiteral("--no-seed"));
    QString output;
    if (!runScript(arguments, 600000, &output)) {
        *error = QStringLiteral("pg-cluster.sh createdb failed: %1").arg(output);
        return false;
    }
    return true;
}

} // namespace Chairside::Localbase
