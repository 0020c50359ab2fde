#pragma once

#include "store/BusinessContext.h"
#include "store/repositories/ConversationRepository.h"

#include <QAbstractListModel>

#include <optional>

namespace Chairside {

class StoreExecutor;

// The messages of one AI conversation, oldest first, for the transcript beside the queue.
class TranscriptModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TranscriptModel)

public:
    enum Role {
        SenderRole = Qt::UserRole + 64, // 'customer' | 'assistant' | 'staff' | 'system'
        SenderLabelRole,                // who, in words
        TimeTextRole,                   // "14:05", or "12 Nov, 14:05" on another day
        MetadataTextRole,               // the assistant's metadata in plain words, or a staff
                                        // reply's delivery status; or empty
        DeliveryStatusRole,             // a staff reply: 'queued' | 'sent' | 'delivered' |
                                        // 'read' | 'failed'; empty for other messages
    };

    TranscriptModel(StoreExecutor *store, BusinessContext context, QObject *parent = nullptr);
    ~TranscriptModel() override;

    // Loads a conversation; `customerName` labels the customer's messages. Empty id: clears.
    void setConversation(const QString &conversationId, const QString &customerName);
    const QString &conversationId() const { return m_conversationId; }
    bool isLoading() const { return m_loading; }
    // When the customer last wrote (for the WhatsApp reply window); empty when never.
    std::optional<qint64> lastCustomerMessageAt() const { return m_lastCustomerMessageAt; }
    // Reloads the conversation shown (new messages, delivery updates).
    void reload();

    // "Delivered", "Not delivered: …": a delivery status in words.
    static QString deliveryText(const QString &status, const QString &error = {});

    // The first slot the assistant last offered that is still ahead of `now` (Unix seconds), from
    // its "offered_slots" metadata (wall times in the business's zone, "2026-09-05T08:15").
    std::optional<qint64> offeredSlot(qint64 now) const;
    static std::optional<qint64> firstOfferedSlot(const QString &offered, const QTimeZone &zone,
                                                  qint64 now);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void loaded();

private:
    struct Entry
    {
        ConversationMessage message;
        QString senderLabel;
        QString timeText;
        QString toolTip;
        QString metadataText;
        QString delivery;
    };

    StoreExecutor *m_store;
    BusinessContext m_context;
    QString m_conversationId;
    QString m_customerName;
    std::optional<qint64> m_lastCustomerMessageAt;
    QList<Entry> m_entries;
    quint64 m_generation = 0;
    bool m_loading = false;
};

} // namespace Chairside
