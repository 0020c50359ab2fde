#include "models/common/DeskEdits.h"

#include "store/StoreExecutor.h"
#include "sync/LocalAuditTrail.h"

#include <QPointer>

namespace Chairside {

DeskEdits::DeskEdits(StoreExecutor *store, LocalActor actor, Outbox::Mode mode, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_actor(std::move(actor))
    , m_mode(mode)
{}

void DeskEdits::submit(const Mutation &mutation, QObject *context, Done done)
{
    m_store->run(
        this,
        [mutation, actor = m_actor, mode = m_mode](QSqlDatabase &db) {
            // The demo salon also records the edit in its audit log (the server does that
            // for accounts).
            return enqueueAudited(db, mutation, actor, mode);
        },
        [this, context = QPointer<QObject>(context),
         done = std::move(done)](const OutboxResult &result) {
            if (result.ok) {
                m_store->notifyTablesChanged(result.changedTables);
                if (m_mode == Outbox::Mode::Queue)
                    Q_EMIT queued();
            }
            if (context && done)
                done(result);
        });
}

} // namespace Chairside
