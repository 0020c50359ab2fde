#pragma once

#include "store/BusinessContext.h"
#include "store/repositories/CustomerRepository.h"

#include <QObject>

#include <optional>

namespace Chairside {

class CustomerAppointmentsModel;
class CustomerConversationsModel;
class LoyaltyLedgerModel;
class StoreExecutor;

// Loads one customer's profile in a single store job and feeds the profile's small tables
// (upcoming, history, points ledger). A newer request makes older replies stale.
class CustomerProfileLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerProfileLoader)

public:
    CustomerProfileLoader(StoreExecutor *store, const BusinessContext &context,
                          QObject *parent = nullptr);
    ~CustomerProfileLoader() override;

    void load(const QString &customerId);
    void reload();
    void clear();

    QString customerId() const { return m_customerId; }
    const std::optional<CustomerProfile> &profile() const { return m_profile; }
    bool isLoading() const { return m_loading; }

    CustomerAppointmentsModel *upcomingModel() const { return m_upcoming; }
    CustomerAppointmentsModel *historyModel() const { return m_history; }
    LoyaltyLedgerModel *ledgerModel() const { return m_ledger; }
    CustomerConversationsModel *conversationsModel() const { return m_conversations; }

Q_SIGNALS:
    void profileLoaded();
    void profileMissing(); // deleted or not in this business
    void loadFailed(const QString &message);

private:
    StoreExecutor *m_store;
    BusinessContext m_context;
    QString m_customerId;
    std::optional<CustomerProfile> m_profile;
    CustomerAppointmentsModel *m_upcoming;
    CustomerAppointmentsModel *m_history;
    LoyaltyLedgerModel *m_ledger;
    CustomerConversationsModel *m_conversations;
    quint64 m_generation = 0;
    bool m_loading = false;
};

} // namespace Chairside
