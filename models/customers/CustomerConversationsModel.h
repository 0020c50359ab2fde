#pragma once

#include "models/common/RowTableModel.h"
#include "store/BusinessContext.h"
#include "store/repositories/CustomerRepository.h"

namespace Chairside {

// One conversation with its display texts.
struct CustomerConversationLine
{
    CustomerConversation raw;
    QString when;
    QString channel;
    QString status;
};

// The customer's AI conversations on the profile, latest first: when, channel, status, intent,
// and what the customer last said.
class CustomerConversationsModel final : public RowTableModel<CustomerConversationLine>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerConversationsModel)

public:
    enum Column : int {
        WhenColumn,
        ChannelColumn,
        StatusColumn,
        IntentColumn,
        LastMessageColumn,
        ColumnCount
    };

    explicit CustomerConversationsModel(const BusinessContext &context, QObject *parent = nullptr);
    ~CustomerConversationsModel() override;

    void setConversations(const QList<CustomerConversation> &conversations);

private:
    using Row = CustomerConversationLine;

    QString headerText(int column) const override;
    QVariant rowData(const Row &row, int column, int role) const override;

    BusinessContext m_context;
};

} // namespace Chairside
