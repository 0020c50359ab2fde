#include "models/customers/CustomerConversationsModel.h"

#include "models/ModelRoles.h"
#include "models/appointments/AppointmentPresentation.h"

namespace Chairside {

namespace {

QString channelLabel(const QString &key)
{
    if (key == u"whatsapp")
        return CustomerConversationsModel::tr("WhatsApp");
    if (key == u"web")
        return CustomerConversationsModel::tr("Web chat");
    return key;
}

QString statusLabel(const QString &key)
{
    if (key == u"open")
        return CustomerConversationsModel::tr("Open");
    if (key == u"handed_off")
        return CustomerConversationsModel::tr("With a person");
    if (key == u"resolved_by_ai")
        return CustomerConversationsModel::tr("Answered by the assistant");
    if (key == u"closed")
        return CustomerConversationsModel::tr("Closed");
    return key;
}

} // namespace

CustomerConversationsModel::CustomerConversationsModel(const BusinessContext &context,
                                                       QObject *parent)
    : RowTableModel(ColumnCount, -1, parent)
    , m_context(context)
{}

CustomerConversationsModel::~CustomerConversationsModel() = default;

void CustomerConversationsModel::setConversations(const QList<CustomerConversation> &conversations)
{
    QList<Row> rows;
    rows.reserve(conversations.size());
    for (const CustomerConversation &c : conversations) {
        rows.append(Row{c, AppointmentPresentation::formatDateTime(c.lastMessageAt, m_context),
                        channelLabel(c.channel), statusLabel(c.status)});
    }
    resetRows(std::move(rows));
}

QVariant CustomerConversationsModel::rowData(const Row &row, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case WhenColumn:
            return row.when;
        case ChannelColumn:
            return row.channel;
        case StatusColumn:
            return row.status;
        case IntentColumn:
            return row.raw.intent;
        case LastMessageColumn:
            // One line in the table; the whole message in the tooltip.
            return row.raw.lastCustomerMessage.simplified();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (column == LastMessageColumn && !row.raw.lastCustomerMessage.isEmpty())
            return row.raw.lastCustomerMessage;
        if (column == WhenColumn)
            return tr("%n message(s)", nullptr, row.raw.messages);
        return {};
    case RawValueRole:
        switch (column) {
        case WhenColumn:
            return row.raw.lastMessageAt;
        case ChannelColumn:
            return row.raw.channel;
        case StatusColumn:
            return row.raw.status;
        case IntentColumn:
            return row.raw.intent;
        case LastMessageColumn:
            return row.raw.lastCustomerMessage;
        default:
            return {};
        }
    case IdRole:
        return row.raw.id;
    default:
        return {};
    }
}

QString CustomerConversationsModel::headerText(int column) const
{
    switch (column) {
    case WhenColumn:
        return tr("Last message");
    case ChannelColumn:
        return tr("Channel");
    case StatusColumn:
        return tr("Status");
    case IntentColumn:
        return tr("About");
    case LastMessageColumn:
        return tr("The customer last said");
    default:
        return {};
    }
}

} // namespace Chairside
