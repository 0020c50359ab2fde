#include "models/customers/CustomerExport.h"

#include "core/calendar/CsvWriter.h"
#include "store/Database.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Chairside {

namespace {

// Times in the store are Unix seconds; people and other programs read ISO 8601 in UTC.
bool isTimeColumn(const QString &name)
{
    return name.endsWith(u"_at");
}

QJsonValue jsonValue(const QString &column, const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    if (isTimeColumn(column))
        return QDateTime::fromSecsSinceEpoch(value.toLongLong(), Qt::UTC).toString(Qt::ISODate);
    if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
        return value.toLongLong();
    if (value.typeId() == QMetaType::Double)
        return value.toDouble();
    return value.toString();
}

// Every row of a prepared query as objects keyed by column name.
QJsonArray rows(QSqlQuery &q, QString *error)
{
    QJsonArray out;
    if (!q.exec()) {
        *error = Database::errorFrom(q.lastError(), StoreError::Kind::Query).message;
        return out;
    }
    while (q.next()) {
        const QSqlRecord record = q.record();
        QJsonObject row;
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), jsonValue(record.fieldName(i), q.value(i)));
        out.append(row);
    }
    return out;
}

QString writeAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return CustomerExport::tr("Cannot write %1: %2.")
            .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()), file.errorString());
    return {};
}

QString csvText(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toInteger(qint64(value.toDouble())));
    if (value.isString())
        return value.toString();
    return QString::fromUtf8(QJsonDocument(value.isObject() ? QJsonDocument(value.toObject())
                                                            : QJsonDocument(value.toArray()))
                                 .toJson(QJsonDocument::Compact));
}

void appendRecord(QList<QStringList> &lines, const QString &section, const QJsonObject &row)
{
    const QString id = row.value(QStringLiteral("id")).toString();
    for (auto it = row.begin(); it != row.end(); ++it) {
        if (it.value().isArray())
            continue; // nested records (messages) get lines of their own
        lines.append({section, id, it.key(), csvText(it.value())});
    }
}

} // namespace

QJsonObject CustomerExport::collect(QSqlDatabase &db, const QString &businessId,
                                    const QString &customerId, bool includeConversations,
                                    QString *error)
{
    QString failure;
    QSqlQuery customer(db);
    customer.setForwardOnly(true);
    customer.prepare(QStringLiteral("SELECT * FROM customers WHERE id = ? AND business_id = ?"));
    customer.addBindValue(customerId);
    customer.addBindValue(businessId);
    const QJsonArray customers = rows(customer, &failure);
    if (!failure.isEmpty() || customers.isEmpty()) {
        *error = failure.isEmpty() ? tr("This customer is no longer in the list.") : failure;
        return {};
    }

    QSqlQuery appointments(db);
    appointments.setForwardOnly(true);
    appointments.prepare(QStringLiteral(
        "SELECT a.*, s.name AS service_name, m.display_name AS staff_name FROM appointments a "
        "LEFT JOIN services s ON s.id = a.service_id LEFT JOIN staff_members m ON "
        "m.id = a.staff_id WHERE a.customer_id = ? ORDER BY a.starts_at, a.id"));
    appointments.addBindValue(customerId);
    const QJsonArray appointmentRows = rows(appointments, &failure);

    QSqlQuery ledger(db);
    ledger.setForwardOnly(true);
    ledger.prepare(QStringLiteral(
        "SELECT l.*, r.name AS reward_name FROM loyalty_ledger l LEFT JOIN loyalty_rewards r ON "
        "r.id = l.reward_id WHERE l.customer_id = ? ORDER BY l.created_at, l.id"));
    ledger.addBindValue(customerId);
    const QJsonArray ledgerRows = rows(ledger, &failure);

    QJsonArray conversations;
    if (includeConversations && failure.isEmpty()) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT * FROM ai_conversations WHERE customer_id = ? ORDER BY "
                                 "started_at, id"));
        q.addBindValue(customerId);
        const QJsonArray found = rows(q, &failure);
        for (const QJsonValue &value : found) {
            QJsonObject conversation = value.toObject();
            QSqlQuery m(db);
            m.setForwardOnly(true);
            m.prepare(QStringLiteral("SELECT * FROM ai_messages WHERE conversation_id = ? "
                                     "ORDER BY sent_at, id"));
            m.addBindValue(conversation.value(QStringLiteral("id")).toString());
            conversation.insert(QStringLiteral("messages"), rows(m, &failure));
            conversations.append(conversation);
        }
    }
    if (!failure.isEmpty()) {
        *error = failure;
        return {};
    }

    QJsonObject record{
        {QStringLiteral("format"), QStringLiteral("chairside.customer-export/1")},
        {QStringLiteral("exported_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("business_id"), businessId},
        {QStringLiteral("customer"), customers.first()},
        {QStringLiteral("appointments"), appointmentRows},
        {QStringLiteral("loyalty_ledger"), ledgerRows},
    };
    if (includeConversations)
        record.insert(QStringLiteral("conversations"), conversations);
    return record;
}

QByteArray CustomerExport::toCsv(const QJsonObject &record)
{
    QList<QStringList> lines{{QStringLiteral("section"), QStringLiteral("record_id"),
                              QStringLiteral("field"), QStringLiteral("value")}};
    appendRecord(lines, QStringLiteral("customer"),
                 record.value(QStringLiteral("customer")).toObject());
    for (const QJsonValue &row : record.value(QStringLiteral("appointments")).toArray())
        appendRecord(lines, QStringLiteral("appointment"), row.toObject());
    for (const QJsonValue &row : record.value(QStringLiteral("loyalty_ledger")).toArray())
        appendRecord(lines, QStringLiteral("loyalty_ledger"), row.toObject());
    for (const QJsonValue &row : record.value(QStringLiteral("conversations")).toArray()) {
        appendRecord(lines, QStringLiteral("conversation"), row.toObject());
        for (const QJsonValue &message : row.toObject().value(QStringLiteral("messages")).toArray())
            appendRecord(lines, QStringLiteral("message"), message.toObject());
    }
    return Csv::document(lines);
}

CustomerExportResult CustomerExport::write(QSqlDatabase &db, const QString &businessId,
                                           const QString &customerId, bool includeConversations,
                                           const QString &jsonPath, const QString &csvPath)
{
    CustomerExportResult result;
    const QJsonObject record =
        collect(db, businessId, customerId, includeConversations, &result.error);
    if (!result.error.isEmpty())
        return result;
    result.error = writeAtomically(jsonPath, QJsonDocument(record).toJson(QJsonDocument::Indented));
    if (result.error.isEmpty() && !csvPath.isEmpty())
        result.error = writeAtomically(csvPath, toCsv(record));
    result.appointments = int(record.value(QStringLiteral("appointments")).toArray().size());
    result.ledgerLines = int(record.value(QStringLiteral("loyalty_ledger")).toArray().size());
    const QJsonArray conversations = record.value(QStringLiteral("conversations")).toArray();
    result.conversations = int(conversations.size());
    for (const QJsonValue &c : conversations)
        result.messages += int(c.toObject().value(QStringLiteral("messages")).toArray().size());
    return result;
}

} // namespace Chairside
