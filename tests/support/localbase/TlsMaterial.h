#pragma once

#include <QSslConfiguration>
#include <QString>

namespace Chairside::Localbase {

// A private test CA and a server certificate for 127.0.0.1/localhost, made once per directory
// with the openssl command line tool: ca.pem (give it to clients), server.pem, server.key.
class TlsMaterial final
{
public:
    static bool ensure(const QString &directory, QString *error);
    static bool load(const QString &directory, QSslConfiguration *configuration, QString *error);
};

} // namespace Chairside::Localbase
