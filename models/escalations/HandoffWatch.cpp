#include "models/escalations/HandoffWatch.h"

#include "store/StoreExecutor.h"
#include "store/repositories/EscalationRepository.h"

#include <utility>

namespace Chairside {

HandoffWatch::HandoffWatch(StoreExecutor *store, BusinessContext context, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_context(std::move(context))
{
    connect(m_store, &StoreExecutor::tablesChanged, this, [this](const QStringList &tables) {
        if (tables.contains(QStringLiteral("ai_handoffs"))
            || tables.contains(QStringLiteral("ai_conversations")))
            refresh();
    });
    refresh();
}

HandoffWatch::~HandoffWatch() = default;

void HandoffWatch::refresh()
{
    const quint64 generation = ++m_generation;
    m_store->run(
        this,
        [businessId = m_context.businessId](QSqlDatabase &db) {
            return EscalationRepository(db).openGlance(businessId);
        },
        [this, generation](const OpenHandoffsGlance &glance) {
            if (generation == m_generation)
                apply(glance);
        });
}

void HandoffWatch::apply(const OpenHandoffsGlance &g)
{
    if (g.open != m_openCount) {
        m_openCount = g.open;
        Q_EMIT openCountChanged(m_openCount);
    }
    // A handoff newer than any seen so far (the first read only sets the mark).
    if (!g.newestId.isEmpty()) {
        const bool newer =
            m_newestSeen >= 0 && g.newestId != m_newestSeenId && g.newestCreatedAt >= m_newestSeen;
        if (newer)
            Q_EMIT handoffArrived(g.newestCustomer.isEmpty() ? tr("A customer") : g.newestCustomer,
                                  g.newestReason.section(u'\n', 0, 0));
        if (m_newestSeen < 0 || g.newestCreatedAt >= m_newestSeen) {
            m_newestSeen = g.newestCreatedAt;
            m_newestSeenId = g.newestId;
        }
    } else if (m_newestSeen < 0) {
        m_newestSeen = 0;
    }
}

} // namespace Chairside
