#pragma once

#include "SchemaCache.h"

#include <QByteArray>
#include <QString>

namespace Chairside::Localbase {

// Settings and shared state every handler reads; immutable after start-up except the schema
// cache, which has its own lock.
struct ServerContext
{
    QByteArray jwtSecret;
    QByteArray anonKey;
    QByteArray serviceKey;
    QString publicUrl; // https://127.0.0.1:N
    qint64 jwtExpirySeconds = 3600;
    qint64 refreshReuseSeconds = 10; // GoTrue refresh_token_reuse_interval
    qint64 maxRows = 1000;           // PostgREST db-max-rows
    qint64 maxBodyBytes = 1024 * 1024;
    bool faultsEnabled = false;
    SchemaCache schema;
};

} // namespace Chairside::Localbase
