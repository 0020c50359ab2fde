#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Chairside::Localbase {

// One PostgreSQL connection per worker thread and purpose, opened on first use and closed when
// the thread ends. "rest" logs in as PostgREST's authenticator (switches role per request);
// "admin" logs in as the superuser for auth bookkeeping that no API role may touch.
class PgConnections final
{
public:
    enum class Purpose { Rest, Admin };

    struct Settings
    {
        QString host;
        int port = 0;
        QString database;
        QString restUser;
        QString adminUser;
    };

    static void configure(const Settings &settings);
    static Settings settings();
    // Opens (or reopens after a failure) the calling thread's connection; invalid on failure.
    static QSqlDatabase connection(Purpose purpose, QString *error = nullptr);
    // Drops the calling thread's connection so the next call reconnects (after 08xxx errors).
    static void discard(Purpose purpose);
    static void quiet(QSqlDatabase &db);
};

} // namespace Chairside::Localbase
