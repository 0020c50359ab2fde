#pragma once

#include "sync/LocalMutations.h"
#include "sync/Mutation.h"
#include "sync/Outbox.h"

#include <QSqlDatabase>

namespace Chairside {

// Outbox::enqueue, and in a store without a backend (Mode::LocalOnly, the demo salon) also the
// audit_log line the server's private.audit() trigger would have written for the same change:
// same action names ("loyalty_tiers.update", "loyalty.award", "handoff.claim"...), the changed
// columns as detail, the person at the desk as actor, in the same transaction as the edit. With
// a backend (Mode::Queue) the server writes the audit log and sync brings it; nothing is added
// locally, so the cache never holds audit rows the server does not have.
OutboxResult enqueueAudited(QSqlDatabase &db, const Mutation &mutation, const LocalActor &actor,
                            Outbox::Mode mode);

} // namespace Chairside
