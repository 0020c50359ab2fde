#include "models/customers/CustomerProfileLoader.h"

#include "models/customers/CustomerAppointmentsModel.h"
#include "models/customers/CustomerConversationsModel.h"
#include "models/customers/LoyaltyLedgerModel.h"
#include "store/StoreExecutor.h"

#include <QDateTime>

namespace Chairside {

CustomerProfileLoader::CustomerProfileLoader(StoreExecutor *store, const BusinessContext &context,
                                             QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_context(context)
    , m_upcoming(new CustomerAppointmentsModel(context, this))
    , m_history(new CustomerAppointmentsModel(context, this))
    , m_ledger(new LoyaltyLedgerModel(context, this))
    , m_conversations(new CustomerConversationsModel(context, this))
{}

CustomerProfileLoader::~CustomerProfileLoader() = default;

void CustomerProfileLoader::load(const QString &customerId)
{
    m_customerId = customerId;
    reload();
}

void CustomerProfileLoader::reload()
{
    const quint64 generation = ++m_generation;
    if (m_customerId.isEmpty()) {
        m_loading = false;
        return;
    }
    m_loading = true;
    m_store->run(
        this,
        [businessId = m_context.businessId, customerId = m_customerId,
         conversations = canSeeEscalations(m_context.role)](QSqlDatabase &db) {
            CustomerRepository repository(db);
            CustomerProfileResult result =
                repository.profile(businessId, customerId, QDateTime::currentSecsSinceEpoch());
            // Conversations only for the roles that may read them (as the server's RLS).
            if (result.profile && conversations) {
                CustomerConversationsResult found = repository.conversations(customerId);
                if (found.error)
                    result.error = found.error;
                result.profile->conversationsShown = true;
                result.profile->conversations = std::move(found.conversations);
            }
            return result;
        },
        [this, generation](CustomerProfileResult result) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (result.error) {
                Q_EMIT loadFailed(result.error->message);
                return;
            }
            m_profile = std::move(result.profile);
            if (!m_profile) {
                m_upcoming->setAppointments({});
                m_history->setAppointments({});
                m_ledger->setEntries({});
                m_conversations->setConversations({});
                Q_EMIT profileMissing();
                return;
            }
            m_upcoming->setAppointments(m_profile->upcoming);
            m_history->setAppointments(m_profile->history);
            m_ledger->setEntries(m_profile->ledger);
            m_conversations->setConversations(m_profile->conversations);
            Q_EMIT profileLoaded();
        });
}

void CustomerProfileLoader::clear()
{
    ++m_generation;
    m_loading = false;
    m_customerId.clear();
    m_profile.reset();
    m_upcoming->setAppointments({});
    m_history->setAppointments({});
    m_ledger->setEntries({});
    m_conversations->setConversations({});
}

} // namespace Chairside
