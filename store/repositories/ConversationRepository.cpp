#include "store/repositories/ConversationRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

namespace Chairside {

namespace {

QString plainJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (number == double(qint64(number)))
            return QString::number(qint64(number));
        return QString::number(number);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    case QJsonValue::Array: {
        QStringList parts;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array)
            parts.append(plainJson(item));
        return parts.join(QStringLiteral(", "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

} // namespace

QList<ConversationMessage> ConversationRepository::messages(const QString &conversationId,
                                                            int limit)
{
    QList<ConversationMessage> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Newest first through idx_messages_conversation, then turned around for reading.
    q.prepare(QStringLiteral("SELECT id, sender, body, metadata, sent_at FROM ai_messages "
                             "WHERE conversation_id = ? AND deleted_at IS NULL "
                             "ORDER BY sent_at DESC, id DESC LIMIT ?"));
    q.addBindValue(conversationId);
    q.addBindValue(limit);
    if (!q.exec())
        return result;
    while (q.next()) {
        ConversationMessage message;
        message.id = q.value(0).toString();
        message.sender = q.value(1).toString();
        message.body = q.value(2).toString();
        message.metadata = flattenMetadata(q.value(3).toString());
        message.sentAt = q.value(4).toLongLong();
        result.append(std::move(message));
    }
    std::reverse(result.begin(), result.end());
    return result;
}

QString ConversationRepository::agentName(const QString &conversationId)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT agent_name FROM ai_conversations WHERE id = ?"));
    q.addBindValue(conversationId);
    if (q.exec() && q.next() && !q.value(0).toString().isEmpty())
        return q.value(0).toString();
    return QStringLiteral("Assistant");
}

ConversationCounts ConversationRepository::counts(const QString &businessId, qint64 from, qint64 to)
{
    ConversationCounts counts;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT COUNT(*), COALESCE(SUM(cv.status = 'resolved_by_ai'), 0), "
        "COALESCE(SUM(EXISTS (SELECT 1 FROM ai_handoffs h WHERE h.conversation_id = cv.id "
        "AND h.deleted_at IS NULL)), 0) "
        "FROM ai_conversations cv WHERE cv.business_id = ? AND cv.deleted_at IS NULL "
        "AND cv.started_at >= ? AND cv.started_at < ?"));
    q.addBindValue(businessId);
    q.addBindValue(from);
    q.addBindValue(to);
    if (q.exec() && q.next()) {
        counts.conversations = q.value(0).toLongLong();
        counts.resolvedByAi = q.value(1).toLongLong();
        counts.handedOff = q.value(2).toLongLong();
    }
    return counts;
}

QList<QPair<QString, QString>> ConversationRepository::flattenMetadata(const QString &json)
{
    QList<QPair<QString, QString>> pairs;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
    if (!document.isObject())
        return pairs;
    const QJsonObject object = document.object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString text = plainJson(it.value());
        if (!text.isEmpty())
            pairs.append({it.key(), text});
    }
    return pairs;
}

} // namespace Chairside
