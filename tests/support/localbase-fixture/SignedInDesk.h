#pragma once

#include "LocalbaseProcess.h"
#include "store/BusinessContext.h"
#include "sync/SyncService.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace Chairside::Fixtures {

// One desk signed in to chairside-localbase with its own SyncService and cache file, for tests
// where two desks race (claims, redemptions). Realtime is off: the test decides when each syncs.
struct SignedInDesk
{
    QString path; // the desk's cache
    QString userId;
    BusinessContext context;
    std::unique_ptr<SyncService> service;
    std::unique_ptr<QSignalSpy> cycles; // cycleFinished(bool)

    // The cache's connection on the calling thread.
    QSqlDatabase db() const;
};

// Signs `email` in (the seed's password), runs the first sync into `storePath` and reads the
// business; nullptr, with a warning saying which step failed, when one does.
std::unique_ptr<SignedInDesk> openSignedInDesk(const LocalbaseProcess &server,
                                               const QString &vaultService, const QString &email,
                                               const QString &storePath);

// A superuser session to the server's own PostgreSQL (to look behind the API), opened once
// under `connectionName`.
QSqlDatabase serverDatabase(const LocalbaseProcess &server, const QString &connectionName);

} // namespace Chairside::Fixtures
