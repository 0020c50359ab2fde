#pragma once

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

namespace Chairside {

// One message of an AI conversation. The assistant's metadata JSON is flattened here into
// readable key/value pairs, so nothing above the store parses JSON.
struct ConversationMessage
{
    QString id;
    QString sender; // 'customer' | 'assistant' | 'staff' | 'system'
    QString body;
    qint64 sentAt = 0;
    QList<QPair<QString, QString>> metadata;
};

struct ConversationCounts
{
    qint64 conversations = 0;
    qint64 resolvedByAi = 0;
    qint64 handedOff = 0; // conversations with at least one handoff
};

class ConversationRepository final
{
public:
    explicit ConversationRepository(QSqlDatabase &db)
        : m_db(db)
    {}

    // The latest `limit` messages of a conversation, oldest first.
    QList<ConversationMessage> messages(const QString &conversationId, int limit = 500);

    // The assistant's name in a conversation ("Assistant" when unknown).
    QString agentName(const QString &conversationId);

    // Conversations started in [from, to).
    ConversationCounts counts(const QString &businessId, qint64 from, qint64 to);

    // Flattens a metadata JSON object into readable pairs ("intent" -> "book").
    static QList<QPair<QString, QString>> flattenMetadata(const QString &json);

private:
    QSqlDatabase &m_db;
};

} // namespace Chairside
