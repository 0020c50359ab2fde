#include "sync/LocalMutations.h"

#include "core/Loyalty.h"
#include "store/Migrations.h"
#include "sync/LocalRulesMutations.h"
#include "sync/LocalSetupMutations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>
#include <QUuid>

namespace Chairside {

Q_LOGGING_CATEGORY(lcLocalMutations, "chairside.sync.local")

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Chairside::LocalMutations", text);
}

QString failedSentence()
{
    return tr("The change could not be saved on this computer.");
}

// Ids for rows a mutation creates when its payload names none: derived from the mutation id, so
// applying it again finds the same row.
QString derivedId(const QString &from, const char *what)
{
    static const QUuid ns(QStringLiteral("6f1c3a52-2f7e-4c1e-9a55-8d1f3e0b7c21"));
    return QUuid::createUuidV5(ns, from + QLatin1Char(':') + QLatin1String(what))
        .toString(QUuid::WithoutBraces);
}

QJsonValue jsonFrom(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QJsonValue(value.toLongLong());
    case QMetaType::Double:
        return QJsonValue(value.toDouble());
    default:
        return QJsonValue(value.toString());
    }
}

std::optional<qint64> timeOf(const QJsonValue &value)
{
    if (value.isDouble())
        return qint64(value.toDouble());
    if (value.isString())
        return secondsFromIso(value.toString());
    return std::nullopt;
}

// The local row of `table` with `id` as JSON (local representation), or nullopt.
std::optional<QJsonObject> readRow(QSqlDatabase &db, const QString &table, const QString &id,
                                   QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Table names come from this file only, never from input.
    q.prepare(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return localRowJson(q, table);
}

struct ColumnInfo
{
    QString name;
    bool integer = false;
};

QList<ColumnInfo> columnsOf(QSqlDatabase &db, const QString &table)
{
    QList<ColumnInfo> columns;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
        return columns;
    while (q.next()) {
        const QString name = q.value(1).toString();
        if (isLocalCopyColumn(table, name))
            continue; // the triggers keep it; an old image must not bring back an old copy
        columns.append({name, q.value(2).toString().compare(u"INTEGER", Qt::CaseInsensitive) == 0});
    }
    return columns;
}

QVariant localValue(const QJsonValue &value, bool integerColumn)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QVariant();
    case QJsonValue::Bool:
        return value.toBool() ? 1 : 0;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == double(qint64(d)))
            return qint64(d);
        return d;
    }
    case QJsonValue::String:
        if (integerColumn) {
            if (const auto seconds = secondsFromIso(value.toString()))
                return *seconds;
        }
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return QVariant();
}

enum class VersionGuard {
    NotOlder, // a server image: only replaces a row of the same or an older version
    Same,     // a local pre-image: only while no newer version has arrived
};

// Inserts `row`, or updates the row with its id, by the columns the local table has.
QString upsertRow(QSqlDatabase &db, const QString &table, const QJsonObject &row,
                  VersionGuard guard)
{
    const QList<ColumnInfo> columns = columnsOf(db, table);
    if (columns.isEmpty())
        return tr("Chairside does not keep \"%1\" on this computer.").arg(table);
    QStringList names;
    QStringList updates;
    QVariantList values;
    for (const ColumnInfo &column : columns) {
        if (!row.contains(column.name))
            continue;
        names.append(column.name);
        values.append(localValue(row.value(column.name), column.integer));
        if (column.name != u"id")
            updates.append(QStringLiteral("%1 = excluded.%1").arg(column.name));
    }
    if (!names.contains(QStringLiteral("id")))
        return tr("The server sent a row without an id.");
    QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(table, names.join(u", "),
                           QStringList(names.size(), QStringLiteral("?")).join(u", "));
    if (!updates.isEmpty()) {
        sql += QStringLiteral(" ON CONFLICT(id) DO UPDATE SET %1").arg(updates.join(u", "));
        if (names.contains(QStringLiteral("version"))) {
            sql += guard == VersionGuard::NotOlder
                       ? QStringLiteral(" WHERE excluded.version >= %1.version").arg(table)
                       : QStringLiteral(" WHERE excluded.version = %1.version").arg(table);
        }
    } else {
        sql += QStringLiteral(" ON CONFLICT(id) DO NOTHING");
    }
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &value : std::as_const(values))
        q.addBindValue(value);
    if (!q.exec()) {
        qCWarning(lcLocalMutations)
            << "writing a row of" << table << "failed:" << q.lastError().text();
        return failedSentence();
    }
    return {};
}

QString businessZoneText(QSqlDatabase &db, const QString &businessId, qint64 seconds,
                         const QString &format)
{
    QTimeZone zone = QTimeZone::utc();
    QLocale locale;
    if (auto business = readRow(db, QStringLiteral("businesses"), businessId, nullptr)) {
        const QTimeZone z(business->value(QStringLiteral("time_zone")).toString().toUtf8());
        if (z.isValid())
            zone = z;
        locale = QLocale(business->value(QStringLiteral("locale")).toString());
    }
    return locale.toString(QDateTime::fromSecsSinceEpoch(seconds, zone), format);
}

QString text(const QJsonObject &row, const char *key)
{
    return row.value(QLatin1String(key)).toString();
}

qint64 number(const QJsonObject &row, const char *key)
{
    return row.value(QLatin1String(key)).toInteger();
}

bool isNull(const QJsonObject &row, const char *key)
{
    const QJsonValue v = row.value(QLatin1String(key));
    return v.isNull() || v.isUndefined();
}

// One application of one mutation: the refusals, the writes and the undo it collects.
class Applier
{
public:
    Applier(QSqlDatabase &db, const Mutation &m, const LocalActor &actor)
        : m_db(db)
        , m_m(m)
        , m_p(m.payload)
        , m_actor(actor)
        , m_now(m.createdAt > 0 ? m.createdAt : QDateTime::currentSecsSinceEpoch())
    {}

    LocalEffect run()
    {
        const QString &k = m_m.kind;
        if (k == u"appointment.create")
            createAppointment();
        else if (k == u"appointment.reschedule")
            rescheduleAppointment();
        else if (k == u"appointment.set_status")
            setStatus(m_p.value(QStringLiteral("status")).toString());
        else if (k == u"appointment.cancel")
            setStatus(QStringLiteral("cancelled"));
        else if (k == u"customer.upsert")
            upsertCustomer();
        else if (k == u"customer.erase")
            eraseCustomer();
        else if (k == u"customer.merge")
            mergeCustomers();
        else if (k.startsWith(u"handoff."))
            handoff();
        else if (k.startsWith(u"loyalty."))
            loyalty();
        else if (k == u"notification.read" || k == u"notification.dismiss")
            notification();
        else
            refuse(tr("This version of Chairside does not know how to make this change."));
        if (!m_effect.ok()) {
            m_effect.tables.clear();
            m_effect.undo = {};
        } else {
            m_effect.tables.removeDuplicates();
            m_effect.undo = QJsonObject{{QStringLiteral("restore"), m_restore},
                                        {QStringLiteral("delete"), m_delete}};
        }
        return m_effect;
    }

private:
    bool failed() const { return !m_effect.ok(); }

    void refuse(const QString &sentence)
    {
        if (m_effect.error.isEmpty())
            m_effect.error = sentence;
    }

    bool exec(const QString &table, const QString &sql, const QVariantList &values)
    {
        if (failed())
            return false;
        QSqlQuery q(m_db);
        q.prepare(sql);
        for (const QVariant &value : values)
            q.addBindValue(value);
        if (!q.exec()) {
            qCWarning(lcLocalMutations)
                << m_m.kind << "failed on" << table << ":" << q.lastError().text();
            refuse(failedSentence());
            return false;
        }
        m_effect.tables.append(table);
        return true;
    }

    std::optional<QJsonObject> row(const QString &table, const QString &id)
    {
        if (id.isEmpty() || failed())
            return std::nullopt;
        QString error;
        auto found = readRow(m_db, table, id, &error);
        if (!error.isEmpty()) {
            qCWarning(lcLocalMutations) << "reading" << table << "failed:" << error;
            refuse(failedSentence());
        }
        return found;
    }

    void target(const QString &table, const QString &id, const std::optional<QJsonObject> &before)
    {
        m_effect.targetTable = table;
        m_effect.targetId = id;
        if (before && before->contains(QStringLiteral("version")))
            m_effect.baseVersion = number(*before, "version");
    }

    // The row as it was before this mutation touched it, once per row.
    void remember(const QString &table, const QJsonObject &before)
    {
        QJsonArray rows = m_restore.value(table).toArray();
        for (const QJsonValue &r : std::as_const(rows)) {
            if (r.toObject().value(QStringLiteral("id")) == before.value(QStringLiteral("id")))
                return;
        }
        rows.append(before);
        m_restore.insert(table, rows);
    }

    void created(const QString &table, const QString &id)
    {
        QJsonArray ids = m_delete.value(table).toArray();
        ids.append(id);
        m_delete.insert(table, ids);
    }

    // Never a null QString: absent keys write '' into NOT NULL text columns, as the server does.
    QString payloadText(const char *key) const
    {
        const QString value = m_p.value(QLatin1String(key)).toString();
        return value.isNull() ? QStringLiteral("") : value;
    }
    bool has(const char *key) const { return m_p.contains(QLatin1String(key)); }

    QString staffName(const QString &id)
    {
        if (auto staff = row(QStringLiteral("staff_members"), id))
            return text(*staff, "display_name");
        return {};
    }

    QString actorBusiness()
    {
        if (auto staff = row(QStringLiteral("staff_members"), m_actor.staffId))
            return text(*staff, "business_id");
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (q.exec(QStringLiteral("SELECT id FROM businesses ORDER BY id LIMIT 1")) && q.next())
            return q.value(0).toString();
        return {};
    }

    // The customer a (possibly merged) customer id stands for now: merged_into followed to the
    // end, as the server's private.live_customer_id does for edits that name a merged customer.
    QString liveCustomerId(const QString &id)
    {
        QString current = id;
        for (int hop = 0; hop < 32 && !current.isEmpty(); ++hop) {
            const auto c = row(QStringLiteral("customers"), current);
            if (!c || isNull(*c, "merged_into"))
                break;
            current = text(*c, "merged_into");
        }
        return current;
    }

    // "Nomsa K. was merged into Nomsa Khumalo; make the change there."
    QString mergedSentence(const QJsonObject &merged)
    {
        QString kept;
        if (auto k = row(QStringLiteral("customers"), liveCustomerId(text(merged, "id"))))
            kept = text(*k, "full_name");
        if (kept.isEmpty())
            kept = tr("another customer");
        return tr("%1 was merged into %2; make the change there.")
            .arg(text(merged, "full_name"), kept);
    }

    // ---- appointments ---------------------------------------------------------------------

    // The server's double-booking rule (appointments_no_double_booking): half-open ranges of
    // bookings that hold time, not cancelled, no-show or deleted.
    bool doubleBooked(const QString &businessId, const QString &staffId, const QString &selfId,
                      qint64 starts, qint64 ends)
    {
        if (failed())
            return true;
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
            "SELECT starts_at, ends_at FROM appointments WHERE staff_id = ? AND id <> ? AND "
            "deleted_at IS NULL AND status NOT IN ('cancelled','no_show') AND starts_at < ? AND "
            "ends_at > ? ORDER BY starts_at LIMIT 1"));
        q.addBindValue(staffId);
        q.addBindValue(selfId);
        q.addBindValue(ends);
        q.addBindValue(starts);
        if (!q.exec()) {
            refuse(failedSentence());
            return true;
        }
        if (!q.next())
            return false;
        const qint64 otherStart = q.value(0).toLongLong();
        const qint64 otherEnd = q.value(1).toLongLong();
        q.finish();
        QString name = staffName(staffId);
        if (name.isEmpty())
            name = tr("This staff member");
        refuse(
            tr("%1 is already booked from %2 to %3 on %4.")
                .arg(name, businessZoneText(m_db, businessId, otherStart, QStringLiteral("HH:mm")),
                     businessZoneText(m_db, businessId, otherEnd, QStringLiteral("HH:mm")),
                     businessZoneText(m_db, businessId, otherStart, QStringLiteral("ddd d MMM"))));
        return true;
    }

    void createAppointment()
    {
        const QString id = payloadText("id");
        if (id.isEmpty())
            return refuse(tr("The new appointment has no id."));
        const auto existing = row(QStringLiteral("appointments"), id);
        target(QStringLiteral("appointments"), id, std::nullopt);
        if (existing || failed())
            return; // already applied
        const auto service = row(QStringLiteral("services"), payloadText("service_id"));
        if (!service || !isNull(*service, "deleted_at"))
            return refuse(tr("That service no longer exists."));
        const QString staffId = payloadText("staff_id");
        if (!row(QStringLiteral("staff_members"), staffId))
            return refuse(tr("That staff member is not known on this computer."));
        const QString customerId = liveCustomerId(payloadText("customer_id"));
        if (!customerId.isEmpty() && !row(QStringLiteral("customers"), customerId))
            return refuse(tr("That customer no longer exists."));
        const QString status = has("status") ? payloadText("status") : QStringLiteral("confirmed");
        if (status != u"requested" && status != u"confirmed" && status != u"arrived")
            return refuse(tr("A new appointment cannot start as \"%1\".").arg(status));
        const QString source = has("source") ? payloadText("source") : QStringLiteral("desk");
        if (!appointmentSourceFromKey(source))
            return refuse(tr("\"%1\" is not a way an appointment can be booked.").arg(source));
        const auto starts = timeOf(m_p.value(QStringLiteral("starts_at")));
        if (!starts)
            return refuse(tr("The appointment has no start time."));
        const qint64 length =
            60
            * (number(*service, "duration_minutes") + number(*service, "processing_minutes")
               + number(*service, "buffer_minutes"));
        const qint64 ends = timeOf(m_p.value(QStringLiteral("ends_at"))).value_or(*starts + length);
        if (ends <= *starts)
            return refuse(tr("The end must be after the start."));
        const QString businessId = text(*service, "business_id");
        if (doubleBooked(businessId, staffId, id, *starts, ends))
            return;
        const qint64 price = has("price_minor")
                                 ? m_p.value(QStringLiteral("price_minor")).toInteger()
                                 : number(*service, "price_minor");
        exec(QStringLiteral("appointments"),
             QStringLiteral(
                 "INSERT INTO appointments (id, business_id, customer_id, staff_id, "
                 "service_id, starts_at, ends_at, status, source, price_minor, notes, "
                 "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {id, businessId, customerId.isEmpty() ? QVariant() : QVariant(customerId), staffId,
              text(*service, "id"), *starts, ends, status, source, price, payloadText("notes"),
              m_now, m_now});
        created(QStringLiteral("appointments"), id);
    }

    std::optional<QJsonObject> liveAppointment()
    {
        const QString id = payloadText("id");
        auto a = row(QStringLiteral("appointments"), id);
        target(QStringLiteral("appointments"), id, a);
        if (failed())
            return std::nullopt;
        if (!a || !isNull(*a, "deleted_at")) {
            refuse(tr("That appointment no longer exists."));
            return std::nullopt;
        }
        return a;
    }

    QString frozenSentence(const QString &status)
    {
        return tr("This appointment is already %1, so it can no longer be changed.")
            .arg(QString(status).replace(u'_', u'-'));
    }

    void rescheduleAppointment()
    {
        const auto a = liveAppointment();
        if (!a)
            return;
        const QString status = text(*a, "status");
        const auto key = appointmentStatusFromKey(status);
        const auto starts = timeOf(m_p.value(QStringLiteral("starts_at")));
        if (!starts)
            return refuse(tr("The appointment has no start time."));
        const qint64 ends =
            timeOf(m_p.value(QStringLiteral("ends_at")))
                .value_or(*starts + number(*a, "ends_at") - number(*a, "starts_at"));
        const QString staffId = has("staff_id") ? payloadText("staff_id") : text(*a, "staff_id");
        const QString serviceId =
            has("service_id") ? payloadText("service_id") : text(*a, "service_id");
        if (*starts == number(*a, "starts_at") && ends == number(*a, "ends_at")
            && staffId == text(*a, "staff_id") && serviceId == text(*a, "service_id"))
            return; // already there
        if (key && isFinal(*key))
            return refuse(frozenSentence(status));
        if (ends <= *starts)
            return refuse(tr("The end must be after the start."));
        if (staffId != text(*a, "staff_id") && !row(QStringLiteral("staff_members"), staffId))
            return refuse(tr("That staff member is not known on this computer."));
        if (serviceId != text(*a, "service_id") && !row(QStringLiteral("services"), serviceId))
            return refuse(tr("That service no longer exists."));
        if (key && occupiesTime(*key)
            && doubleBooked(text(*a, "business_id"), staffId, text(*a, "id"), *starts, ends))
            return;
        remember(QStringLiteral("appointments"), *a);
        exec(QStringLiteral("appointments"),
             QStringLiteral("UPDATE appointments SET starts_at = ?, ends_at = ?, staff_id = ?, "
                            "service_id = ?, updated_at = ? WHERE id = ?"),
             {*starts, ends, staffId, serviceId, m_now, text(*a, "id")});
    }

    void setStatus(const QString &newStatus)
    {
        const auto a = liveAppointment();
        if (!a)
            return;
        const QString oldStatus = text(*a, "status");
        if (oldStatus == newStatus)
            return; // the server answers "applied, no change" too
        const auto from = appointmentStatusFromKey(oldStatus);
        const auto to = appointmentStatusFromKey(newStatus);
        if (!to)
            return refuse(tr("\"%1\" is not an appointment status.").arg(newStatus));
        if (from && isFinal(*from))
            return refuse(frozenSentence(oldStatus));
        if (!from || !canTransition(*from, *to)) {
            return refuse(tr("An appointment that is %1 cannot become %2.")
                              .arg(QString(oldStatus).replace(u'_', u' '),
                                   QString(newStatus).replace(u'_', u' ')));
        }
        QVariant reason = a->value(QStringLiteral("cancel_reason")).toVariant();
        if (*to == AppointmentStatus::Cancelled) {
            if (has("cancel_reason") && !isNull(m_p, "cancel_reason"))
                reason = payloadText("cancel_reason");
            else if (has("reason") && !isNull(m_p, "reason"))
                reason = payloadText("reason");
        }
        remember(QStringLiteral("appointments"), *a);
        exec(QStringLiteral("appointments"),
             QStringLiteral("UPDATE appointments SET status = ?, cancel_reason = ?, updated_at = ? "
                            "WHERE id = ?"),
             {newStatus, reason, m_now, text(*a, "id")});
        if (*to == AppointmentStatus::Completed)
            earnPoints(*a);
    }

    // The server's appointments_earn_points: one earn line per completed appointment with a
    // live customer, floor(price / the business's spend per point), the service as the reason,
    // under the id the server gives it (earnLineId). Version 0 marks it as this desk's guess:
    // the server's own line (version 1 or more) replaces it when pulled, and Outbox removes it
    // if the server wrote none (see recordAnswers).
    void earnPoints(const QJsonObject &a)
    {
        const QString customerId = text(a, "customer_id");
        if (customerId.isEmpty() || failed())
            return;
        const auto customer = row(QStringLiteral("customers"), customerId);
        const auto business = row(QStringLiteral("businesses"), text(a, "business_id"));
        if (!customer || !isNull(*customer, "deleted_at") || !business)
            return;
        const qint64 points =
            pointsEarned(number(a, "price_minor"), number(*business, "loyalty_minor_per_point"));
        if (points <= 0)
            return;
        const QString id = earnLineId(text(a, "id"));
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT 1 FROM loyalty_ledger WHERE id = ? OR (appointment_id = ? "
                                 "AND kind = 'earn' AND deleted_at IS NULL) LIMIT 1"));
        q.addBindValue(id);
        q.addBindValue(text(a, "id"));
        if (!q.exec())
            return refuse(failedSentence());
        if (q.next())
            return; // earned already
        q.finish();
        QString reason;
        if (auto service = row(QStringLiteral("services"), text(a, "service_id")))
            reason = text(*service, "name");
        exec(QStringLiteral("loyalty_ledger"),
             QStringLiteral("INSERT INTO loyalty_ledger (id, business_id, customer_id, kind, "
                            "points, reason, appointment_id, created_by, created_at, version, "
                            "updated_at) VALUES (?, ?, ?, 'earn', ?, ?, ?, ?, ?, 0, ?)"),
             {id, text(a, "business_id"), customerId, points,
              reason.isNull() ? QStringLiteral("") : reason, text(a, "id"),
              m_actor.staffId.isEmpty() ? QVariant() : QVariant(m_actor.staffId), m_now, m_now});
        created(QStringLiteral("loyalty_ledger"), id);
    }

    // ---- customers ------------------------------------------------------------------------

    void upsertCustomer()
    {
        const QString id = payloadText("id");
        if (id.isEmpty())
            return refuse(tr("The customer has no id."));
        const auto c = row(QStringLiteral("customers"), id);
        target(QStringLiteral("customers"), id, c);
        if (failed())
            return;
        const auto flag = [this](const char *key) {
            return m_p.value(QLatin1String(key)).toBool() ? 1 : 0;
        };
        const auto nullableText = [this](const char *key) {
            return isNull(m_p, key) ? QVariant() : QVariant(payloadText(key));
        };
        if (has("full_name") && payloadText("full_name").trimmed().isEmpty())
            return refuse(tr("A customer needs a name."));
        if (!c) {
            if (!has("full_name"))
                return refuse(tr("A new customer needs a name."));
            exec(QStringLiteral("customers"),
                 QStringLiteral("INSERT INTO customers (id, business_id, full_name, phone, email, "
                                "consent_whatsapp, consent_sms, consent_email, notes, "
                                "allergy_notes, referral_code, created_at, updated_at) VALUES "
                                "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {id, actorBusiness(), payloadText("full_name"), nullableText("phone"),
                  nullableText("email"), flag("consent_whatsapp"), flag("consent_sms"),
                  flag("consent_email"), payloadText("notes"), payloadText("allergy_notes"),
                  nullableText("referral_code"), m_now, m_now});
            created(QStringLiteral("customers"), id);
            return;
        }
        if (!isNull(*c, "merged_into"))
            return refuse(mergedSentence(*c));
        if (!isNull(*c, "deleted_at"))
            return refuse(tr("This customer was deleted."));
        // Only the keys present change (the same list as the server's customer.upsert).
        static const char *const kText[] = {"full_name", "phone", "email", "referral_code"};
        static const char *const kNotNullText[] = {"notes", "allergy_notes"};
        static const char *const kFlags[] = {"consent_whatsapp", "consent_sms", "consent_email"};
        QStringList sets;
        QVariantList values;
        for (const char *key : kText) {
            if (has(key)) {
                sets.append(QStringLiteral("%1 = ?").arg(QLatin1String(key)));
                values.append(nullableText(key));
            }
        }
        for (const char *key : kNotNullText) {
            if (has(key)) {
                sets.append(QStringLiteral("%1 = ?").arg(QLatin1String(key)));
                values.append(payloadText(key));
            }
        }
        for (const char *key : kFlags) {
            if (has(key)) {
                sets.append(QStringLiteral("%1 = ?").arg(QLatin1String(key)));
                values.append(flag(key));
            }
        }
        bool same = true;
        for (int i = 0; i < sets.size(); ++i) {
            const QString column = sets.at(i).section(u' ', 0, 0);
            if (localValue(c->value(column), false) != values.at(i)
                && !(c->value(column).isNull() && values.at(i).isNull()))
                same = false;
        }
        if (sets.isEmpty() || same)
            return; // nothing to change, or already applied
        remember(QStringLiteral("customers"), *c);
        values.append(m_now);
        values.append(id);
        exec(QStringLiteral("customers"),
             QStringLiteral("UPDATE customers SET %1, updated_at = ? WHERE id = ?")
                 .arg(sets.join(u", ")),
             values);
    }

    void eraseCustomer()
    {
        if (m_actor.role == StaffRole::Staff)
            return refuse(tr("Only admins and owners can erase a customer."));
        const QString id = payloadText("id");
        const auto c = row(QStringLiteral("customers"), id);
        target(QStringLiteral("customers"), id, c);
        if (failed())
            return;
        if (!c)
            return refuse(tr("That customer no longer exists."));
        if (!isNull(*c, "merged_into"))
            return refuse(mergedSentence(*c));
        remember(QStringLiteral("customers"), *c);
        // The customer's own chat messages are erased with them (private.erase_customer_messages).
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
            "SELECT m.id FROM ai_messages m JOIN ai_conversations v ON v.id = m.conversation_id "
            "WHERE v.customer_id = ? AND m.sender = 'customer' AND (m.body <> '[erased]' OR "
            "m.metadata <> '{}')"));
        q.addBindValue(id);
        QStringList messages;
        if (q.exec()) {
            while (q.next())
                messages.append(q.value(0).toString());
        } else {
            return refuse(failedSentence());
        }
        q.finish();
        for (const QString &message : std::as_const(messages)) {
            if (auto before = row(QStringLiteral("ai_messages"), message))
                remember(QStringLiteral("ai_messages"), *before);
            exec(QStringLiteral("ai_messages"),
                 QStringLiteral("UPDATE ai_messages SET body = '[erased]', metadata = '{}' WHERE "
                                "id = ?"),
                 {message});
        }
        exec(QStringLiteral("customers"),
             QStringLiteral("UPDATE customers SET full_name = 'Erased customer', phone = NULL, "
                            "email = NULL, consent_whatsapp = 0, consent_sms = 0, "
                            "consent_email = 0, notes = '', allergy_notes = '', "
                            "referral_code = NULL, deleted_at = COALESCE(deleted_at, ?), "
                            "updated_at = ? WHERE id = ?"),
             {m_now, m_now, id});
        eraseMergedInto(id);
    }

    // private.erase_merged_customers: the names left on duplicates merged into the erased
    // customer (directly or through another merge) go too.
    void eraseMergedInto(const QString &id)
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
            "WITH RECURSIVE merged(id) AS (SELECT id FROM customers WHERE merged_into = ? UNION "
            "SELECT c.id FROM customers c JOIN merged ON c.merged_into = merged.id) "
            "SELECT c.id FROM customers c JOIN merged ON merged.id = c.id "
            "WHERE c.full_name <> 'Erased customer'"));
        q.addBindValue(id);
        if (!q.exec())
            return refuse(failedSentence());
        QStringList ids;
        while (q.next())
            ids.append(q.value(0).toString());
        q.finish();
        for (const QString &merged : std::as_const(ids)) {
            if (auto before = row(QStringLiteral("customers"), merged))
                remember(QStringLiteral("customers"), *before);
            exec(QStringLiteral("customers"),
                 QStringLiteral("UPDATE customers SET full_name = 'Erased customer', phone = NULL, "
                                "email = NULL, consent_whatsapp = 0, consent_sms = 0, "
                                "consent_email = 0, notes = '', allergy_notes = '', "
                                "referral_code = NULL, updated_at = ? WHERE id = ?"),
                 {m_now, merged});
        }
    }

    // ---- customer.merge -------------------------------------------------------------------

    // private.joined_notes: the kept text, the merged text unless the kept one holds it, then
    // `extra`, one per line, each trimmed of spaces, tabs and line breaks.
    static QString joinedNotes(const QString &kept, const QString &merged,
                               const QString &extra = {})
    {
        const auto trimmed = [](QString t) {
            const auto blank = [](QChar c) {
                return c == u' ' || c == u'\t' || c == u'\r' || c == u'\n';
            };
            while (!t.isEmpty() && blank(t.front()))
                t.remove(0, 1);
            while (!t.isEmpty() && blank(t.back()))
                t.chop(1);
            return t;
        };
        QStringList parts;
        if (!trimmed(kept).isEmpty())
            parts.append(trimmed(kept));
        if (!trimmed(merged).isEmpty() && !kept.contains(trimmed(merged)))
            parts.append(trimmed(merged));
        if (!extra.isEmpty())
            parts.append(extra);
        return parts.join(u'\n');
    }

    static QString phoneDigits(const QString &phone)
    {
        QString digits;
        for (const QChar c : phone) {
            if (c >= u'0' && c <= u'9')
                digits.append(c);
        }
        return digits;
    }

    // private.m_customer_merge: the same refusals in the same order, the same filling of the
    // kept customer, and the same tombstone.
    void mergeCustomers()
    {
        if (m_actor.role == StaffRole::Staff)
            return refuse(tr("Only admins and owners can merge customers."));
        const QString keepId = payloadText("keep_id");
        const QString mergeId = payloadText("merge_id");
        if (keepId.isEmpty() || mergeId.isEmpty())
            return refuse(tr("The merge does not name both customers."));
        if (keepId == mergeId)
            return refuse(tr("A customer cannot be merged into themselves."));
        const QString table = QStringLiteral("customers");
        const auto k = row(table, keepId);
        const auto m = row(table, mergeId);
        target(table, keepId, k);
        if (failed())
            return;
        if (!k || !m)
            return refuse(tr("That customer no longer exists."));
        if (text(*k, "business_id") != text(*m, "business_id"))
            return refuse(tr("Customers of different businesses cannot be merged."));
        if (text(*m, "merged_into") == keepId)
            return moveReferences(mergeId, keepId); // merged already: only stragglers move
        if (!isNull(*m, "merged_into"))
            return refuse(
                tr("%1 was already merged into another customer.").arg(text(*m, "full_name")));
        if (!isNull(*k, "merged_into"))
            return refuse(tr("%1 was merged into another customer; merge into that one instead.")
                              .arg(text(*k, "full_name")));
        if (!isNull(*k, "deleted_at") || !isNull(*m, "deleted_at"))
            return refuse(tr("An erased customer cannot be merged."));
        if (has("expected_version") && !isNull(m_p, "expected_version")
            && m_p.value(QStringLiteral("expected_version")).toInteger() != number(*k, "version"))
            return refuse(tr("Someone else changed this customer first."));

        const QString keptPhone = text(*k, "phone");
        const QString keptEmail = text(*k, "email");
        const QString mergedPhone = text(*m, "phone");
        const QString mergedEmail = text(*m, "email");
        QStringList differing;
        if (!mergedPhone.isEmpty() && !keptPhone.isEmpty()
            && phoneDigits(mergedPhone) != phoneDigits(keptPhone))
            differing.append(mergedPhone);
        if (!mergedEmail.isEmpty() && !keptEmail.isEmpty()
            && mergedEmail.compare(keptEmail, Qt::CaseInsensitive) != 0)
            differing.append(mergedEmail);
        // The same English words as the server writes (they are data, not the desk's language).
        const QString extra = differing.isEmpty()
                                  ? QString()
                                  : QStringLiteral("Merged from ") + text(*m, "full_name")
                                        + QStringLiteral(": ") + differing.join(u", ");
        const auto nullable = [](const QJsonObject &r, const char *key) {
            return isNull(r, key) ? QVariant() : QVariant(text(r, key));
        };
        remember(table, *k);
        remember(table, *m);
        exec(table,
             QStringLiteral("UPDATE customers SET merged_into = ?, deleted_at = ?, phone = NULL, "
                            "email = NULL, referral_code = NULL, consent_whatsapp = 0, "
                            "consent_sms = 0, consent_email = 0, notes = '', allergy_notes = '', "
                            "updated_at = ? WHERE id = ?"),
             {keepId, m_now, m_now, mergeId});
        exec(table,
             QStringLiteral("UPDATE customers SET phone = ?, email = ?, referral_code = ?, "
                            "notes = ?, allergy_notes = ?, updated_at = ? WHERE id = ?"),
             {keptPhone.isEmpty() ? nullable(*m, "phone") : QVariant(keptPhone),
              keptEmail.isEmpty() ? nullable(*m, "email") : QVariant(keptEmail),
              isNull(*k, "referral_code") ? nullable(*m, "referral_code")
                                          : nullable(*k, "referral_code"),
              joinedNotes(text(*k, "notes"), text(*m, "notes"), extra),
              joinedNotes(text(*k, "allergy_notes"), text(*m, "allergy_notes")), m_now, keepId});
        moveReferences(mergeId, keepId);
    }

    // private.move_customer_references: appointments, conversations, handoffs, outbound
    // messages and ledger lines of the duplicate now belong to the kept customer, and links
    // to the duplicate in notifications lead to the kept one.
    void moveReferences(const QString &mergedId, const QString &keptId)
    {
        static const char *const kTables[] = {"appointments", "ai_conversations", "ai_handoffs",
                                              "outbound_messages", "loyalty_ledger"};
        for (const char *name : kTables) {
            const QString table = QString::fromLatin1(name);
            moveRows(table, QStringLiteral("SELECT id FROM %1 WHERE customer_id = ?").arg(table),
                     QStringLiteral("UPDATE %1 SET customer_id = ?, updated_at = ? WHERE id = ?")
                         .arg(table),
                     mergedId, keptId);
        }
        moveRows(QStringLiteral("notifications"),
                 QStringLiteral("SELECT id FROM notifications WHERE action_url = "
                                "'chairside://customer/' || ?"),
                 QStringLiteral("UPDATE notifications SET action_url = 'chairside://customer/' "
                                "|| ?, updated_at = ? WHERE id = ?"),
                 mergedId, keptId);
    }

    void moveRows(const QString &table, const QString &select, const QString &update,
                  const QString &from, const QString &to)
    {
        if (failed())
            return;
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(select);
        q.addBindValue(from);
        if (!q.exec())
            return refuse(failedSentence());
        QStringList ids;
        while (q.next())
            ids.append(q.value(0).toString());
        q.finish();
        for (const QString &id : std::as_const(ids)) {
            if (auto before = row(table, id))
                remember(table, *before);
            exec(table, update, {to, m_now, id});
        }
    }

    // ---- handoffs -------------------------------------------------------------------------

    void blockedBy(const QJsonObject &h)
    {
        if (number(h, "resolved") != 0)
            return refuse(tr("This handoff is already resolved."));
        QString name = staffName(text(h, "assigned_to"));
        if (name.isEmpty())
            name = tr("Someone else");
        refuse(tr("%1 is already handling this conversation.").arg(name));
    }

    void handoff()
    {
        if (m_actor.role == StaffRole::Staff)
            return refuse(tr("Only admins and owners can work on handed-off conversations."));
        const QString id = payloadText("id");
        const auto h = row(QStringLiteral("ai_handoffs"), id);
        target(QStringLiteral("ai_handoffs"), id, h);
        if (failed())
            return;
        if (!h || !isNull(*h, "deleted_at"))
            return refuse(tr("That handoff no longer exists."));
        const QString &me = m_actor.staffId;
        const bool resolved = number(*h, "resolved") != 0;
        const QString assigned = text(*h, "assigned_to");
        const bool owner = m_actor.role == StaffRole::Owner;
        const QString &k = m_m.kind;
        const QString table = QStringLiteral("ai_handoffs");

        if (k == u"handoff.claim") {
            if (!resolved && assigned == me)
                return; // already ours
            if (resolved || !assigned.isEmpty())
                return blockedBy(*h);
            remember(table, *h);
            exec(table,
                 QStringLiteral("UPDATE ai_handoffs SET assigned_to = ?, claimed_at = ?, "
                                "updated_at = ? WHERE id = ?"),
                 {me, m_now, m_now, id});
        } else if (k == u"handoff.release") {
            if (!resolved && assigned.isEmpty())
                return; // already released
            if (resolved || (assigned != me && !owner))
                return blockedBy(*h);
            remember(table, *h);
            exec(table,
                 QStringLiteral("UPDATE ai_handoffs SET assigned_to = NULL, claimed_at = NULL, "
                                "updated_at = ? WHERE id = ?"),
                 {m_now, id});
        } else if (k == u"handoff.resolve") {
            if (resolved || (!assigned.isEmpty() && assigned != me && !owner))
                return blockedBy(*h);
            const QString outcome = has("outcome") && !isNull(m_p, "outcome")
                                        ? payloadText("outcome")
                                        : QStringLiteral("answered");
            QVariant note = h->value(QStringLiteral("resolution_note")).toVariant();
            if (has("resolution_note") && !isNull(m_p, "resolution_note"))
                note = payloadText("resolution_note");
            else if (has("note") && !isNull(m_p, "note"))
                note = payloadText("note");
            remember(table, *h);
            exec(table,
                 QStringLiteral("UPDATE ai_handoffs SET resolved = 1, assigned_to = "
                                "COALESCE(assigned_to, ?), claimed_at = COALESCE(claimed_at, ?), "
                                "outcome = ?, resolution_note = ?, resolved_at = ?, "
                                "resolved_by = ?, updated_at = ? WHERE id = ?"),
                 {me, m_now, outcome, note, m_now, me, m_now, id});
            closeConversation(text(*h, "conversation_id"));
        } else if (k == u"handoff.reply") {
            reply(*h, resolved, assigned);
        } else {
            refuse(tr("This version of Chairside does not know how to make this change."));
        }
    }

    void closeConversation(const QString &conversationId)
    {
        const auto conv = row(QStringLiteral("ai_conversations"), conversationId);
        if (!conv || text(*conv, "status") != u"handed_off")
            return;
        remember(QStringLiteral("ai_conversations"), *conv);
        exec(QStringLiteral("ai_conversations"),
             QStringLiteral("UPDATE ai_conversations SET status = 'closed', updated_at = ? WHERE "
                            "id = ?"),
             {m_now, conversationId});
    }

    void reply(const QJsonObject &h, bool resolved, const QString &assigned)
    {
        const QString &me = m_actor.staffId;
        const QString body = payloadText("body");
        if (body.trimmed().isEmpty())
            return refuse(tr("A reply needs some text."));
        const QString messageId =
            has("message_id") ? payloadText("message_id") : derivedId(m_m.id, "outbound");
        if (row(QStringLiteral("outbound_messages"), messageId) || failed())
            return; // already queued
        if (resolved || (!assigned.isEmpty() && assigned != me))
            return blockedBy(h);
        const QString id = text(h, "id");
        const QString conversationId = text(h, "conversation_id");
        const auto conv = row(QStringLiteral("ai_conversations"), conversationId);
        if (!conv)
            return refuse(tr("That conversation is not known on this computer."));
        if (assigned.isEmpty()) {
            remember(QStringLiteral("ai_handoffs"), h);
            exec(QStringLiteral("ai_handoffs"),
                 QStringLiteral("UPDATE ai_handoffs SET assigned_to = ?, claimed_at = ?, "
                                "updated_at = ? WHERE id = ?"),
                 {me, m_now, m_now, id});
        }
        const QString channel =
            has("channel") && !isNull(m_p, "channel")
                ? payloadText("channel")
                : (text(*conv, "channel") == u"whatsapp" ? QStringLiteral("whatsapp")
                                                         : QStringLiteral("email"));
        exec(QStringLiteral("outbound_messages"),
             QStringLiteral("INSERT INTO outbound_messages (id, business_id, customer_id, "
                            "conversation_id, handoff_id, channel, kind, body, status, "
                            "created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, "
                            "'reply', ?, 'queued', ?, ?, ?)"),
             {messageId, text(h, "business_id"), h.value(QStringLiteral("customer_id")).toVariant(),
              conversationId, id, channel, body, me, m_now, m_now});
        created(QStringLiteral("outbound_messages"), messageId);
        // The transcript shows the reply at once; the server writes its own copy, which the
        // next pull brings (this one is removed when the server has applied the reply).
        const QString transcriptId = derivedId(messageId, "transcript");
        const QJsonObject metadata{{QStringLiteral("outbound_message_id"), messageId},
                                   {QStringLiteral("staff_id"), me},
                                   {QStringLiteral("local"), true}};
        exec(QStringLiteral("ai_messages"),
             QStringLiteral("INSERT INTO ai_messages (id, business_id, conversation_id, sender, "
                            "body, metadata, sent_at, updated_at) VALUES (?, ?, ?, 'staff', ?, ?, "
                            "?, ?)"),
             {transcriptId, text(h, "business_id"), conversationId, body,
              QString::fromUtf8(QJsonDocument(metadata).toJson(QJsonDocument::Compact)), m_now,
              m_now});
        created(QStringLiteral("ai_messages"), transcriptId);
        remember(QStringLiteral("ai_conversations"), *conv);
        exec(QStringLiteral("ai_conversations"),
             QStringLiteral("UPDATE ai_conversations SET last_message_at = MAX(last_message_at, "
                            "?), updated_at = ? WHERE id = ?"),
             {m_now, m_now, conversationId});
    }

    // ---- loyalty --------------------------------------------------------------------------

    void loyalty()
    {
        const QString &k = m_m.kind;
        if (k != u"loyalty.award" && k != u"loyalty.redeem" && k != u"loyalty.adjust")
            return refuse(tr("This version of Chairside does not know how to make this change."));
        if (k == u"loyalty.adjust" && m_actor.role != StaffRole::Owner)
            return refuse(tr("Only owners can adjust a points balance by hand."));
        const QString id = has("id") ? payloadText("id") : derivedId(m_m.id, "ledger");
        target(QStringLiteral("loyalty_ledger"), id, std::nullopt);
        if (row(QStringLiteral("loyalty_ledger"), id) || failed())
            return; // already booked
        const QString customerId = liveCustomerId(payloadText("customer_id"));
        const auto customer = row(QStringLiteral("customers"), customerId);
        if (!customer)
            return refuse(tr("That customer no longer exists."));
        if (!isNull(*customer, "deleted_at"))
            return refuse(tr("This customer was erased."));
        std::optional<QJsonObject> reward;
        std::optional<qint64> points;
        if (has("points") && !isNull(m_p, "points"))
            points = m_p.value(QStringLiteral("points")).toInteger();
        if (k == u"loyalty.redeem" && has("reward_id") && !isNull(m_p, "reward_id")) {
            reward = row(QStringLiteral("loyalty_rewards"), payloadText("reward_id"));
            if (!reward || number(*reward, "active") == 0 || !isNull(*reward, "deleted_at"))
                return refuse(tr("That reward is no longer offered."));
            if (!points)
                points = number(*reward, "cost_points");
        }
        if (!points || *points == 0 || (k != u"loyalty.adjust" && *points < 0))
            return refuse(tr("Points must be a positive whole number."));
        const qint64 signedPoints = k == u"loyalty.redeem" ? -*points : *points;
        if (signedPoints < 0) {
            QSqlQuery q(m_db);
            q.setForwardOnly(true);
            q.prepare(QStringLiteral("SELECT COALESCE(SUM(points), 0) FROM loyalty_ledger WHERE "
                                     "customer_id = ? AND deleted_at IS NULL"));
            q.addBindValue(customerId);
            if (!q.exec() || !q.next())
                return refuse(failedSentence());
            const qint64 balance = q.value(0).toLongLong();
            if (balance + signedPoints < 0)
                return refuse(tr("The customer has %1 points, so %2 cannot be taken off.")
                                  .arg(balance)
                                  .arg(-signedPoints));
        }
        QString reason = payloadText("reason");
        if (isNull(m_p, "reason") && reward)
            reason = text(*reward, "name");
        const QString kind = k == u"loyalty.award"    ? QStringLiteral("award")
                             : k == u"loyalty.redeem" ? QStringLiteral("redeem")
                                                      : QStringLiteral("adjust");
        const QString appointmentId = payloadText("appointment_id");
        exec(QStringLiteral("loyalty_ledger"),
             QStringLiteral("INSERT INTO loyalty_ledger (id, business_id, customer_id, kind, "
                            "points, reason, appointment_id, reward_id, created_by, created_at, "
                            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {id, text(*customer, "business_id"), customerId, kind, signedPoints, reason,
              appointmentId.isEmpty() ? QVariant() : QVariant(appointmentId),
              reward ? QVariant(text(*reward, "id")) : QVariant(),
              m_actor.staffId.isEmpty() ? QVariant() : QVariant(m_actor.staffId), m_now, m_now});
        created(QStringLiteral("loyalty_ledger"), id);
    }

    // ---- notifications --------------------------------------------------------------------

    void notification()
    {
        const QString id = payloadText("id");
        const auto n = row(QStringLiteral("notifications"), id);
        target(QStringLiteral("notifications"), id, n);
        if (failed())
            return;
        if (!n || !isNull(*n, "deleted_at"))
            return refuse(tr("That notification no longer exists."));
        const bool dismiss = m_m.kind == u"notification.dismiss";
        const bool read = !isNull(*n, "read_at");
        if (read && (!dismiss || number(*n, "dismissed") != 0))
            return; // already so
        remember(QStringLiteral("notifications"), *n);
        exec(QStringLiteral("notifications"),
             QStringLiteral("UPDATE notifications SET read_at = COALESCE(read_at, ?), "
                            "dismissed = CASE WHEN ? THEN 1 ELSE dismissed END, updated_at = ? "
                            "WHERE id = ?"),
             {m_now, dismiss ? 1 : 0, m_now, id});
    }

    QSqlDatabase &m_db;
    const Mutation &m_m;
    const QJsonObject &m_p;
    const LocalActor &m_actor;
    const qint64 m_now;
    LocalEffect m_effect;
    QJsonObject m_restore;
    QJsonObject m_delete;
};

// ---- summaries ----------------------------------------------------------------------------

class Describer
{
public:
    Describer(QSqlDatabase &db, const Mutation &m)
        : m_db(db)
        , m_m(m)
        , m_p(m.payload)
    {}

    QString run()
    {
        const QString &k = m_m.kind;
        const QString id = m_p.value(QStringLiteral("id")).toString();
        if (k == u"appointment.create")
            return create();
        if (k.startsWith(u"appointment.")) {
            const auto a = find(QStringLiteral("appointments"), id);
            if (!a)
                return {};
            const QString who = possessive(customerName(text(*a, "customer_id")));
            const QString when = shortTime(text(*a, "business_id"), number(*a, "starts_at"));
            if (k == u"appointment.reschedule") {
                const auto starts = timeOf(m_p.value(QStringLiteral("starts_at")));
                if (!starts)
                    return {};
                return tr("Move %1 appointment to %2")
                    .arg(who, shortTime(text(*a, "business_id"), *starts));
            }
            if (k == u"appointment.cancel")
                return tr("Cancel %1 appointment of %2").arg(who, when);
            return tr("Mark %1 appointment of %2 as %3")
                .arg(who, when, m_p.value(QStringLiteral("status")).toString().replace(u'_', u' '));
        }
        if (k == u"customer.upsert") {
            const auto c = find(QStringLiteral("customers"), id);
            if (!c)
                return tr("Add the customer %1")
                    .arg(m_p.value(QStringLiteral("full_name")).toString());
            return tr("Update %1 details").arg(possessive(text(*c, "full_name")));
        }
        if (k == u"customer.erase") {
            const auto c = find(QStringLiteral("customers"), id);
            return c ? tr("Erase %1 personal data").arg(possessive(text(*c, "full_name")))
                     : QString();
        }
        if (k == u"customer.merge") {
            const QString kept = customerName(m_p.value(QStringLiteral("keep_id")).toString());
            const QString merged = customerName(m_p.value(QStringLiteral("merge_id")).toString());
            return kept.isEmpty() || merged.isEmpty() ? QString()
                                                      : tr("Merge %1 into %2").arg(merged, kept);
        }
        if (k.startsWith(u"handoff."))
            return handoff(id);
        if (k.startsWith(u"loyalty."))
            return loyalty();
        if (k.startsWith(u"notification.")) {
            const auto n = find(QStringLiteral("notifications"), id);
            if (!n)
                return {};
            const QString title = text(*n, "title");
            return k == u"notification.read" ? tr("Mark \u201c%1\u201d as read").arg(title)
                                             : tr("Dismiss \u201c%1\u201d").arg(title);
        }
        return {};
    }

private:
    std::optional<QJsonObject> find(const QString &table, const QString &id)
    {
        return id.isEmpty() ? std::nullopt : readRow(m_db, table, id, nullptr);
    }

    QString customerName(const QString &id)
    {
        if (auto c = find(QStringLiteral("customers"), id))
            return text(*c, "full_name");
        return {};
    }

    static QString possessive(const QString &name)
    {
        if (name.isEmpty())
            return tr("a walk-in's");
        return name.endsWith(u's') ? tr("%1'").arg(name) : tr("%1's").arg(name);
    }

    QString shortTime(const QString &businessId, qint64 seconds)
    {
        return businessZoneText(m_db, businessId, seconds, QStringLiteral("ddd d MMM HH:mm"));
    }

    QString create()
    {
        const auto service =
            find(QStringLiteral("services"), m_p.value(QStringLiteral("service_id")).toString());
        const auto starts = timeOf(m_p.value(QStringLiteral("starts_at")));
        if (!service || !starts)
            return {};
        QString customer = customerName(m_p.value(QStringLiteral("customer_id")).toString());
        if (customer.isEmpty())
            customer = tr("a walk-in");
        QString staff;
        if (auto s = find(QStringLiteral("staff_members"),
                          m_p.value(QStringLiteral("staff_id")).toString()))
            staff = text(*s, "display_name");
        return tr("Book %1 for %2 with %3 on %4")
            .arg(customer, text(*service, "name"), staff,
                 shortTime(text(*service, "business_id"), *starts));
    }

    QString handoff(const QString &id)
    {
        const auto h = find(QStringLiteral("ai_handoffs"), id);
        if (!h)
            return {};
        QString who = customerName(text(*h, "customer_id"));
        if (who.isEmpty())
            who = tr("a customer");
        const QString &k = m_m.kind;
        if (k == u"handoff.claim")
            return tr("Take over the conversation with %1").arg(who);
        if (k == u"handoff.release")
            return tr("Hand back the conversation with %1").arg(who);
        if (k == u"handoff.resolve")
            return tr("Close the conversation with %1 (%2)")
                .arg(who, m_p.value(QStringLiteral("outcome"))
                              .toString(QStringLiteral("answered"))
                              .replace(u'_', u' '));
        QString body = m_p.value(QStringLiteral("body")).toString().simplified();
        if (body.size() > 40)
            body = body.left(39) + QChar(0x2026);
        return tr("Reply to %1: \u201c%2\u201d").arg(who, body);
    }

    QString loyalty()
    {
        const QString who = customerName(m_p.value(QStringLiteral("customer_id")).toString());
        if (who.isEmpty())
            return {};
        const qint64 points = m_p.value(QStringLiteral("points")).toInteger();
        const QString &k = m_m.kind;
        if (k == u"loyalty.award")
            return tr("Award %1 points to %2").arg(points).arg(who);
        if (k == u"loyalty.adjust")
            return tr("Adjust %1 points by %2")
                .arg(possessive(who),
                     points > 0 ? QStringLiteral("+%1").arg(points) : QString::number(points));
        if (points > 0)
            return tr("Redeem %1 points from %2").arg(points).arg(who);
        if (auto reward = find(QStringLiteral("loyalty_rewards"),
                               m_p.value(QStringLiteral("reward_id")).toString()))
            return tr("Redeem \u201c%1\u201d for %2").arg(text(*reward, "name"), who);
        return {};
    }

    QSqlDatabase &m_db;
    const Mutation &m_m;
    const QJsonObject &m_p;
};

} // namespace

LocalEffect applyLocally(QSqlDatabase &db, const Mutation &mutation, const LocalActor &actor)
{
    LocalEffect effect;
    if (!beginSavepoint(db, "chairside_apply", &effect.error))
        return effect;
    // The business setup kinds have files of their own (sync/LocalSetupMutations,
    // sync/LocalRulesMutations).
    effect = isLocalRulesKind(mutation.kind)   ? applyRulesLocally(db, mutation, actor)
             : isLocalSetupKind(mutation.kind) ? applySetupLocally(db, mutation, actor)
                                               : Applier(db, mutation, actor).run();
    if (!effect.ok()) {
        rollbackSavepoint(db, "chairside_apply");
        return effect;
    }
    QString error;
    if (!releaseSavepoint(db, "chairside_apply", &error)) {
        rollbackSavepoint(db, "chairside_apply");
        LocalEffect failed;
        failed.error = error;
        return failed;
    }
    return effect;
}

QString describeMutation(QSqlDatabase &db, const Mutation &mutation)
{
    const QString text = isLocalRulesKind(mutation.kind)   ? describeRulesMutation(db, mutation)
                         : isLocalSetupKind(mutation.kind) ? describeSetupMutation(db, mutation)
                                                           : Describer(db, mutation).run();
    return text.isEmpty() ? Mutations::genericSummary(mutation) : text;
}

QString undoLocally(QSqlDatabase &db, const QJsonObject &undo, QStringList *tables)
{
    // Children before parents: a created reply's transcript row and outbound message go before
    // anything they point at is touched.
    const QJsonObject deletions = undo.value(QStringLiteral("delete")).toObject();
    static const char *const kDeleteOrder[] = {"ai_messages", "outbound_messages", "loyalty_ledger",
                                               "appointments", "customers"};
    QStringList order;
    for (const char *t : kDeleteOrder)
        order.append(QString::fromLatin1(t));
    for (auto it = deletions.begin(); it != deletions.end(); ++it) {
        if (!order.contains(it.key()))
            order.append(it.key());
    }
    for (const QString &table : std::as_const(order)) {
        const QJsonArray ids = deletions.value(table).toArray();
        for (const QJsonValue &id : ids) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
            q.addBindValue(id.toString());
            if (!q.exec()) {
                qCWarning(lcLocalMutations) << "undo failed on" << table << q.lastError().text();
                return failedSentence();
            }
            if (tables)
                tables->append(table);
        }
    }
    const QJsonObject restores = undo.value(QStringLiteral("restore")).toObject();
    for (auto it = restores.begin(); it != restores.end(); ++it) {
        const QJsonArray rows = it.value().toArray();
        for (const QJsonValue &r : rows) {
            const QString error = upsertRow(db, it.key(), r.toObject(), VersionGuard::Same);
            if (!error.isEmpty())
                return error;
            if (tables)
                tables->append(it.key());
        }
    }
    return {};
}

QString writeServerRow(QSqlDatabase &db, const QString &table, const QJsonObject &row)
{
    return upsertRow(db, table, row, VersionGuard::NotOlder);
}

QString answerTable(const QString &kind, bool applied)
{
    if (kind.startsWith(u"appointment."))
        return QStringLiteral("appointments");
    if (kind.startsWith(u"customer."))
        return QStringLiteral("customers");
    if (kind == u"handoff.reply" && applied)
        return QStringLiteral("outbound_messages");
    if (kind.startsWith(u"handoff."))
        return QStringLiteral("ai_handoffs");
    if (kind.startsWith(u"loyalty."))
        return QStringLiteral("loyalty_ledger");
    if (kind.startsWith(u"notification."))
        return QStringLiteral("notifications");
    if (isLocalSetupKind(kind))
        return setupAnswerTable(kind);
    if (isLocalRulesKind(kind))
        return rulesAnswerTable(kind);
    return {};
}

QJsonObject localRowJson(const QSqlQuery &query, QStringView table)
{
    QJsonObject row;
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i) {
        const QString name = record.fieldName(i);
        if (!isLocalCopyColumn(table, name))
            row.insert(name, jsonFrom(query.value(i)));
    }
    return row;
}

std::optional<qint64> secondsFromIso(const QString &text)
{
    static const QRegularExpression iso(QStringLiteral(
        R"(^(\d{4}-\d\d-\d\d)[T ](\d\d:\d\d(?::\d\d)?)(\.\d+)?(Z|z|[+-]\d\d(?::?\d\d)?)?$)"));
    const QRegularExpressionMatch match = iso.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    QString zone = match.captured(4);
    if (zone.isEmpty() || zone.compare(u"z", Qt::CaseInsensitive) == 0) {
        zone = QStringLiteral("Z");
    } else if (zone.size() == 3) {
        zone += QStringLiteral(":00");
    } else if (zone.size() == 5) {
        zone.insert(3, u':');
    }
    const QDateTime parsed =
        QDateTime::fromString(match.captured(1) + u'T' + match.captured(2) + zone, Qt::ISODate);
    if (!parsed.isValid())
        return std::nullopt;
    return parsed.toSecsSinceEpoch();
}

bool beginSavepoint(QSqlDatabase &db, const char *name, QString *error)
{
    QSqlQuery q(db);
    // Outside a transaction a SAVEPOINT starts a deferred one: its first read pins a snapshot,
    // and when another connection (the sync engine, the window) commits before the first write,
    // SQLite refuses the upgrade at once with "database is locked", without waiting. A write
    // that changes nothing takes the write lock up front, where the busy timeout applies.
    if (q.exec(QStringLiteral("SAVEPOINT %1").arg(QLatin1String(name)))) {
        if (q.exec(QStringLiteral("UPDATE sync_state SET key = key WHERE 0")))
            return true;
        qCWarning(lcLocalMutations) << "the store is busy:" << q.lastError().text();
        rollbackSavepoint(db, name);
        if (error)
            *error = failedSentence();
        return false;
    }
    qCWarning(lcLocalMutations) << "savepoint failed:" << q.lastError().text();
    if (error)
        *error = failedSentence();
    return false;
}

bool releaseSavepoint(QSqlDatabase &db, const char *name, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("RELEASE SAVEPOINT %1").arg(QLatin1String(name))))
        return true;
    qCWarning(lcLocalMutations) << "release failed:" << q.lastError().text();
    if (error)
        *error = failedSentence();
    return false;
}

void rollbackSavepoint(QSqlDatabase &db, const char *name)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT %1").arg(QLatin1String(name))))
        qCWarning(lcLocalMutations) << "rollback failed:" << q.lastError().text();
    q.exec(QStringLiteral("RELEASE SAVEPOINT %1").arg(QLatin1String(name)));
}

} // namespace Chairside
