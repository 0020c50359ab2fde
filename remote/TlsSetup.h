#pragma once

#include <QCoreApplication>
#include <QSslConfiguration>
#include <QString>

#include <optional>

class QNetworkRequest;

namespace Chairside {

// The TLS settings every remote request uses: the system's trusted CAs plus, for a self-hosted
// backend, its private CA. Peers are always verified; there is deliberately no way to turn that
// off or to ignore certificate errors.
class TlsSetup final
{
    Q_DECLARE_TR_FUNCTIONS(Chairside::TlsSetup)

public:
    // `caFile` may be empty (system CAs only). On failure returns nullopt and a sentence in *error.
    static std::optional<QSslConfiguration> configuration(const QString &caFile, QString *error);

    // Applies `ssl` to a request, with the other per-request settings shared by all clients.
    static void prepare(QNetworkRequest &request, const QSslConfiguration &ssl);
};

} // namespace Chairside
