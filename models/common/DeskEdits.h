#pragma once

#include "sync/LocalMutations.h"
#include "sync/Mutation.h"
#include "sync/Outbox.h"

#include <QObject>

#include <functional>

namespace Chairside {

class StoreExecutor;

// The one way the panes change data: a mutation is applied to the local tables and, for a
// signed-in account, queued in the outbox, in one transaction on the store's thread (never the
// GUI thread). The models hear about the changed tables; a queued edit asks the sync service to
// run soon. The demo salon applies edits locally only.
class DeskEdits final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeskEdits)

public:
    using Done = std::function<void(const OutboxResult &)>;

    DeskEdits(StoreExecutor *store, LocalActor actor, Outbox::Mode mode, QObject *parent = nullptr);

    // `done` runs on this object's thread unless `context` is gone by then; on failure nothing
    // was written and the result says why, in a sentence for people.
    void submit(const Mutation &mutation, QObject *context, Done done = {});

    const LocalActor &actor() const { return m_actor; }
    Outbox::Mode mode() const { return m_mode; }

Q_SIGNALS:
    // An edit waits in the outbox for the server: time for the sync service to run.
    void queued();

private:
    StoreExecutor *m_store;
    LocalActor m_actor;
    Outbox::Mode m_mode;
};

} // namespace Chairside
