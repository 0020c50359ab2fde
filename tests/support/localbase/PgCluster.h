#pragma once

#include <QString>

namespace Chairside::Localbase {

// The private PostgreSQL 15 cluster of one state directory, driven through
// scripts/pg-cluster.sh (runs the server as user postgres when we are root).
class PgCluster final
{
public:
    PgCluster(const QString &script, const QString &directory);

    bool start(int port, QString *error);
    void stop();
    bool isRunning() const;
    // Creates the database with the Supabase stand-in, every migration and optionally the seed.
    bool createDatabase(int port, const QString &name, bool seed, QString *error) const;
    QString directory() const { return m_directory; }

private:
    bool runScript(const QStringList &arguments, int timeoutMs, QString *output) const;

    QString m_script;
    QString m_directory;
    bool m_started = false;
};

} // namespace Chairside::Localbase
