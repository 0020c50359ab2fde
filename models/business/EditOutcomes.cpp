#include "models/business/EditOutcomes.h"

#include "models/sync/SyncIssuesModel.h"
#include "store/StoreExecutor.h"

#include <QSqlQuery>

namespace Chairside {

namespace {

struct OutboxState
{
    QString mutationId;
    QString state;
    QString summary;
    QString reason;
    QString code;
};

} // namespace

EditOutcomes::EditOutcomes(StoreExecutor *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    connect(m_store, &StoreExecutor::tablesChanged, this, [this](const QStringList &tables) {
        if (isWaiting() && tables.contains(QStringLiteral("outbox")))
            check();
    });
}

EditOutcomes::~EditOutcomes() = default;

void EditOutcomes::track(const QString &mutationId)
{
    m_waiting.insert(mutationId, true);
}

void EditOutcomes::check()
{
    if (m_checking) {
        m_again = true;
        return;
    }
    if (!isWaiting())
        return;
    m_checking = true;
    const QStringList ids = m_waiting.keys();
    m_store->run(
        this,
        [ids](QSqlDatabase &db) {
            QList<OutboxState> states;
            QSqlQuery q(db);
            q.setForwardOnly(true);
            q.prepare(QStringLiteral("SELECT state, summary, reason, code FROM outbox "
                                     "WHERE mutation_id = ?"));
            for (const QString &id : ids) {
                q.addBindValue(id);
                if (!q.exec())
                    continue; // unknown: asked again on the next change
                OutboxState s{id, QStringLiteral("applied"), {}, {}, {}};
                if (q.next())
                    s = {id, q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toString()};
                q.finish();
                states.append(s);
            }
            return states;
        },
        [this](const QList<OutboxState> &states) {
            m_checking = false;
            for (const OutboxState &s : states) {
                if (s.state == u"pending" || s.state == u"in_flight")
                    continue;
                m_waiting.remove(s.mutationId);
                if (s.state == u"rejected" || s.state == u"conflict")
                    Q_EMIT refused(s.summary, s.reason.isEmpty()
                                                  ? SyncIssuesModel::reasonForCode(s.code)
                                                  : s.reason);
            }
            if (!isWaiting())
                Q_EMIT allAnswered();
            else if (m_again)
                check();
            m_again = false;
        });
}

} // namespace Chairside
