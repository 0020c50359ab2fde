#include "models/escalations/TranscriptModel.h"

#include "core/calendar/BusinessTime.h"
#include "models/ModelRoles.h"
#include "store/StoreExecutor.h"
#include "store/repositories/EscalationRepository.h"

#include <QDateTime>

namespace Chairside {

namespace {

struct TranscriptLoad
{
    QList<ConversationMessage> messages;
    QString agentName;
    ReplyContext reply;
};

} // namespace

std::optional<qint64> TranscriptModel::firstOfferedSlot(const QString &offered,
                                                        const QTimeZone &zone, qint64 now)
{
    for (const QString &part : offered.split(u',', Qt::SkipEmptyParts)) {
        const QDateTime wall = QDateTime::fromString(part.trimmed(), Qt::ISODate);
        if (!wall.isValid())
            continue;
        const QTime time = wall.time();
        const qint64 at =
            BusinessTime::toSeconds(wall.date(), time.hour() * 60 + time.minute(), zone);
        if (at > now)
            return at;
    }
    return std::nullopt;
}

std::optional<qint64> TranscriptModel::offeredSlot(qint64 now) const
{
    for (auto it = m_entries.crbegin(); it != m_entries.crend(); ++it) {
        if (it->message.sender != u"assistant")
            continue;
        for (const auto &[key, value] : it->message.metadata) {
            if (key == u"offered_slots")
                return firstOfferedSlot(value, m_context.timeZone, now);
        }
    }
    return std::nullopt;
}

namespace {

QString metadataValue(const ConversationMessage &message, QStringView key)
{
    for (const auto &[k, value] : message.metadata) {
        if (k == key)
            return value;
    }
    return {};
}

// "offered_slots" -> "Offered slots"
QString readableKey(const QString &key)
{
    QString text = key;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace

TranscriptModel::TranscriptModel(StoreExecutor *store, BusinessContext context, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_context(std::move(context))
{}

TranscriptModel::~TranscriptModel() = default;

void TranscriptModel::setConversation(const QString &conversationId, const QString &customerName)
{
    m_conversationId = conversationId;
    m_customerName = customerName;
    reload();
}

void TranscriptModel::reload()
{
    const quint64 generation = ++m_generation;
    const QString conversationId = m_conversationId;
    const QString customerName = m_customerName;
    if (conversationId.isEmpty()) {
        m_loading = false;
        m_lastCustomerMessageAt.reset();
        beginResetModel();
        m_entries.clear();
        endResetModel();
        Q_EMIT loaded();
        return;
    }
    m_loading = true;
    m_store->run(
        this,
        [conversationId](QSqlDatabase &db) {
            ConversationRepository repository(db);
            return TranscriptLoad{repository.messages(conversationId),
                                  repository.agentName(conversationId),
                                  EscalationRepository(db).replyContext(conversationId)};
        },
        [this, generation, customerName](const TranscriptLoad &load) {
            if (generation != m_generation)
                return;
            m_loading = false;
            m_lastCustomerMessageAt = load.reply.lastCustomerMessageAt;
            const QDate today = QDateTime::currentDateTime().toTimeZone(m_context.timeZone).date();
            QList<Entry> entries;
            entries.reserve(load.messages.size());
            for (const ConversationMessage &message : load.messages) {
                Entry entry;
                entry.message = message;
                if (message.sender == u"customer")
                    entry.senderLabel = customerName.isEmpty() ? tr("Customer") : customerName;
                else if (message.sender == u"assistant")
                    entry.senderLabel = tr("%1 (AI assistant)").arg(load.agentName);
                else if (message.sender == u"staff")
                    entry.senderLabel = tr("Staff");
                else
                    entry.senderLabel = tr("System");
                const QDateTime at =
                    QDateTime::fromSecsSinceEpoch(message.sentAt, m_context.timeZone);
                entry.timeText = m_context.locale.toString(
                    at,
                    at.date() == today ? QStringLiteral("HH:mm") : QStringLiteral("d MMM, HH:mm"));
                entry.toolTip = m_context.locale.toString(at, QLocale::LongFormat);
                if (message.sender == u"staff") {
                    // A reply from the desk: how far it got instead of its bookkeeping ids.
                    const auto delivery = load.reply.deliveries.constFind(
                        metadataValue(message, u"outbound_message_id"));
                    if (delivery != load.reply.deliveries.cend()) {
                        entry.delivery = delivery->status;
                        entry.metadataText = deliveryText(delivery->status, delivery->error);
                        // Who at the desk wrote it, when the reply says so.
                        if (!delivery->senderName.isEmpty())
                            entry.senderLabel = delivery->senderName;
                    }
                } else {
                    QStringList parts;
                    for (const auto &[key, value] : message.metadata)
                        parts.append(tr("%1: %2").arg(readableKey(key), value));
                    entry.metadataText = parts.join(QStringLiteral(" · "));
                }
                entries.append(std::move(entry));
            }
            beginResetModel();
            m_entries = std::move(entries);
            endResetModel();
            Q_EMIT loaded();
        });
}

int TranscriptModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant TranscriptModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return entry.message.body;
    case Qt::ToolTipRole:
        return entry.toolTip;
    case Qt::AccessibleTextRole:
        return tr("%1 at %2: %3").arg(entry.senderLabel, entry.timeText, entry.message.body);
    case SenderRole:
    case StatusKeyRole:
        return entry.message.sender;
    case SenderLabelRole:
        return entry.senderLabel;
    case TimeTextRole:
        return entry.timeText;
    case MetadataTextRole:
        return entry.metadataText;
    case DeliveryStatusRole:
        return entry.delivery;
    case RawValueRole:
        return entry.message.sentAt;
    case IdRole:
        return entry.message.id;
    default:
        return {};
    }
}

QString TranscriptModel::deliveryText(const QString &status, const QString &error)
{
    if (status == u"queued")
        return tr("Queued — waiting to be sent");
    if (status == u"sent")
        return tr("✓ Sent");
    if (status == u"delivered")
        return tr("✓✓ Delivered");
    if (status == u"read")
        return tr("✓✓ Read");
    if (status == u"failed")
        return error.isEmpty() ? tr("⚠ Not delivered") : tr("⚠ Not delivered: %1").arg(error);
    return status;
}

QHash<int, QByteArray> TranscriptModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(SenderRole, "sender");
    names.insert(SenderLabelRole, "senderLabel");
    names.insert(TimeTextRole, "timeText");
    names.insert(MetadataTextRole, "metadataText");
    names.insert(DeliveryStatusRole, "deliveryStatus");
    return names;
}

} // namespace Chairside
