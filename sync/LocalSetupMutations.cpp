#include "sync/LocalSetupMutations.h"

#include "core/business/SetupRules.h"
#include "core/business/StaffServices.h"
#include "store/repositories/BusinessSetupRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>

namespace Chairside {

Q_LOGGING_CATEGORY(lcLocalSetup, "chairside.sync.local.setup")

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Chairside::LocalSetupMutations", text);
}

QString failedSentence()
{
    return tr("The change could not be saved on this computer.");
}

// How a payload key becomes a column value (the server's rules for each field).
enum class Field {
    Required,     // text that cannot be blank; null keeps the value
    Nullable,     // text; blank or null clears it
    EmptyDefault, // text; null or blank writes ''
    Upper,        // text kept in capitals; null keeps
    Lower,        // text kept in small letters (colours); null keeps
    Keep,         // text; null keeps
    Integer,      // null keeps
    Flag,         // boolean; null keeps
};

struct Spec
{
    const char *key;
    Field field;
};

std::optional<QJsonObject> readRow(QSqlDatabase &db, const QString &table, const QString &id,
                                   bool *failed)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Table names come from this file only, never from input.
    q.prepare(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    if (!q.exec()) {
        qCWarning(lcLocalSetup) << "reading" << table << "failed:" << q.lastError().text();
        *failed = true;
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return localRowJson(q, table);
}

class SetupApplier
{
public:
    SetupApplier(QSqlDatabase &db, const Mutation &m, const LocalActor &actor)
        : m_db(db)
        , m_m(m)
        , m_p(m.payload)
        , m_actor(actor)
        , m_now(m.createdAt > 0 ? m.createdAt : QDateTime::currentSecsSinceEpoch())
    {}

    LocalEffect run()
    {
        const QString &k = m_m.kind;
        // As private.setup_forbidden: refused before anything is read.
        if (m_actor.role != StaffRole::Owner)
            refuse(tr("Only an owner can change the business setup."));
        else if (k == u"business.update")
            updateBusiness();
        else if (k == u"service.upsert")
            upsertService();
        else if (k == u"staff.upsert")
            upsertStaff();
        else if (k == u"working_hours.set")
            setWorkingHours();
        else if (k == u"time_off.upsert")
            upsertTimeOff();
        else if (k == u"staff.services_set")
            setStaffServices();
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

    bool has(const char *key) const { return m_p.contains(QLatin1String(key)); }
    bool isNull(const char *key) const
    {
        const QJsonValue v = m_p.value(QLatin1String(key));
        return v.isNull() || v.isUndefined();
    }
    // Never a null QString: absent keys write '' into NOT NULL text columns, as the server does.
    QString text(const char *key) const
    {
        const QString v = m_p.value(QLatin1String(key)).toString().trimmed();
        return v.isNull() ? QStringLiteral("") : v;
    }
    bool confirmed() const { return m_p.value(QStringLiteral("confirm_stranded")).toBool(); }

    bool exec(const QString &table, const QString &sql, const QVariantList &values)
    {
        if (failed())
            return false;
        QSqlQuery q(m_db);
        q.prepare(sql);
        for (const QVariant &value : values)
            q.addBindValue(value);
        if (!q.exec()) {
            qCWarning(lcLocalSetup)
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
        bool readFailed = false;
        auto found = readRow(m_db, table, id, &readFailed);
        if (readFailed)
            refuse(failedSentence());
        return found;
    }

    void target(const QString &table, const QString &id, const std::optional<QJsonObject> &before)
    {
        m_effect.targetTable = table;
        m_effect.targetId = id;
        if (before && before->contains(QStringLiteral("version")))
            m_effect.baseVersion = before->value(QStringLiteral("version")).toInteger();
    }

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

    QString businessId()
    {
        if (auto staff = row(QStringLiteral("staff_members"), m_actor.staffId))
            return staff->value(QStringLiteral("business_id")).toString();
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (q.exec(QStringLiteral("SELECT id FROM businesses ORDER BY id LIMIT 1")) && q.next())
            return q.value(0).toString();
        return {};
    }

    QTimeZone businessZone(const QString &id)
    {
        if (auto b = row(QStringLiteral("businesses"), id)) {
            const QTimeZone zone(b->value(QStringLiteral("time_zone")).toString().toUtf8());
            if (zone.isValid())
                return zone;
        }
        return QTimeZone::utc();
    }

    bool checked(bool isNew)
    {
        const QString problem = SetupRules::check(m_m.kind, m_p, isNew);
        if (!problem.isEmpty())
            refuse(problem);
        return !failed();
    }

    // Refuses with the server's kind of sentence when the change strands bookings and the
    // payload does not confirm it.
    bool strands(const StrandedBookings &stranded, StrandCause cause, const QString &businessId)
    {
        if (stranded.error) {
            refuse(failedSentence());
            return true;
        }
        if (stranded.count == 0 || confirmed())
            return false;
        refuse(describeStranded(stranded, cause, businessZone(businessId)) + u' '
               + tr("Save again to keep the change anyway."));
        return true;
    }

    // The column value of a payload key under `field`'s rule; nullopt: keep the column.
    std::optional<QVariant> valueOf(const Spec &spec) const
    {
        const QJsonValue v = m_p.value(QLatin1String(spec.key));
        const bool null = v.isNull() || v.isUndefined();
        switch (spec.field) {
        case Field::Required:
        case Field::Keep:
            return null ? std::nullopt : std::optional<QVariant>(v.toString().trimmed());
        case Field::Nullable: {
            const QString t = v.toString().trimmed();
            return t.isEmpty() ? QVariant() : QVariant(t);
        }
        case Field::EmptyDefault:
            return QVariant(v.toString().trimmed());
        case Field::Upper:
            return null ? std::nullopt : std::optional<QVariant>(v.toString().trimmed().toUpper());
        case Field::Lower:
            return null ? std::nullopt : std::optional<QVariant>(v.toString().trimmed().toLower());
        case Field::Integer:
            return null ? std::nullopt : std::optional<QVariant>(qint64(v.toDouble()));
        case Field::Flag:
            return null ? std::nullopt : std::optional<QVariant>(v.toBool() ? 1 : 0);
        }
        return std::nullopt;
    }

    // Updates the present keys of an existing row; nothing when every value is already so.
    void updateRow(const QString &table, const QJsonObject &before, const QList<Spec> &specs,
                   const QStringList &extraSets = {}, const QVariantList &extraValues = {})
    {
        QStringList sets;
        QVariantList values;
        bool same = extraSets.isEmpty();
        for (const Spec &spec : specs) {
            if (!has(spec.key))
                continue;
            const auto value = valueOf(spec);
            if (!value)
                continue;
            const QString column = QLatin1String(spec.key);
            sets.append(column + QStringLiteral(" = ?"));
            values.append(*value);
            const QJsonValue old = before.value(column);
            const bool equal = value->isNull()
                                   ? old.isNull()
                                   : (old.isDouble() ? old.toInteger() == value->toLongLong()
                                                     : old.toString() == value->toString());
            if (!equal)
                same = false;
        }
        if (same)
            return; // already so (applying an edit again changes nothing)
        remember(table, before);
        sets.append(extraSets);
        values.append(extraValues);
        values.append(m_now);
        values.append(before.value(QStringLiteral("id")).toString());
        exec(table,
             QStringLiteral("UPDATE %1 SET %2, updated_at = ? WHERE id = ?")
                 .arg(table, sets.join(u", ")),
             values);
    }

    // ---- business.update -----------------------------------------------------------------

    void updateBusiness()
    {
        const QString id = businessId();
        const auto b = row(QStringLiteral("businesses"), id);
        target(QStringLiteral("businesses"), id, b);
        if (failed())
            return;
        if (!b)
            return refuse(tr("The business is not known on this computer."));
        if (!checked(false))
            return;
        updateRow(QStringLiteral("businesses"), *b,
                  {{"name", Field::Required},
                   {"time_zone", Field::Keep},
                   {"currency", Field::Upper},
                   {"locale", Field::Keep},
                   {"phone", Field::Nullable},
                   {"email", Field::Nullable},
                   {"address", Field::Nullable},
                   {"loyalty_minor_per_point", Field::Integer},
                   {"loyalty_expiry_months", Field::Integer}});
    }

    // ---- service.upsert ------------------------------------------------------------------

    void upsertService()
    {
        const QString id = text("id");
        if (id.isEmpty())
            return refuse(tr("The service has no id."));
        const QString table = QStringLiteral("services");
        const auto s = row(table, id);
        target(table, id, s);
        if (failed() || !checked(!s))
            return;
        if (!s) {
            exec(table,
                 QStringLiteral("INSERT INTO services (id, business_id, name, category, "
                                "duration_minutes, processing_minutes, buffer_minutes, "
                                "price_minor, colour, active, updated_at) VALUES "
                                "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {id, businessId(), text("name"), text("category"),
                  m_p.value(QStringLiteral("duration_minutes")).toInteger(),
                  m_p.value(QStringLiteral("processing_minutes")).toInteger(0),
                  m_p.value(QStringLiteral("buffer_minutes")).toInteger(0),
                  m_p.value(QStringLiteral("price_minor")).toInteger(),
                  isNull("colour") ? QStringLiteral("#8e7cc3") : text("colour").toLower(),
                  isNull("active") || m_p.value(QStringLiteral("active")).toBool() ? 1 : 0, m_now});
            created(table, id);
            return;
        }
        if (!s->value(QStringLiteral("deleted_at")).isNull())
            return refuse(tr("This service was deleted."));
        const bool gone = m_p.value(QStringLiteral("deleted")).toBool();
        updateRow(table, *s,
                  {{"name", Field::Required},
                   {"category", Field::EmptyDefault},
                   {"duration_minutes", Field::Integer},
                   {"processing_minutes", Field::Integer},
                   {"buffer_minutes", Field::Integer},
                   {"price_minor", Field::Integer},
                   {"colour", Field::Lower},
                   {"active", Field::Flag}},
                  gone ? QStringList{QStringLiteral("deleted_at = ?")} : QStringList{},
                  gone ? QVariantList{m_now} : QVariantList{});
    }

    // ---- staff.upsert --------------------------------------------------------------------

    // As the server: someone active must still be an owner who can sign in afterwards.
    bool leavesNoOwner(const QJsonObject &s)
    {
        const QString role = has("role") && !isNull("role")
                                 ? text("role")
                                 : s.value(QStringLiteral("role")).toString();
        const bool active = has("active") && !isNull("active")
                                ? m_p.value(QStringLiteral("active")).toBool()
                                : s.value(QStringLiteral("active")).toInteger() != 0;
        const bool gone = m_p.value(QStringLiteral("deleted")).toBool();
        if (role == u"owner" && active && !gone && !s.value(QStringLiteral("user_id")).isNull())
            return false;
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
            "SELECT 1 FROM staff_members WHERE business_id = ? AND id <> ? AND role = 'owner' "
            "AND active = 1 AND deleted_at IS NULL AND user_id IS NOT NULL LIMIT 1"));
        q.addBindValue(s.value(QStringLiteral("business_id")).toString());
        q.addBindValue(s.value(QStringLiteral("id")).toString());
        if (!q.exec()) {
            refuse(failedSentence());
            return true;
        }
        return !q.next();
    }

    void upsertStaff()
    {
        const QString id = text("id");
        if (id.isEmpty())
            return refuse(tr("The staff member has no id."));
        const QString table = QStringLiteral("staff_members");
        const auto s = row(table, id);
        target(table, id, s);
        if (failed() || !checked(!s))
            return;
        if (!s) {
            exec(table,
                 QStringLiteral("INSERT INTO staff_members (id, business_id, display_name, role, "
                                "colour, phone, email, active, sort_order, updated_at) VALUES "
                                "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {id, businessId(), text("display_name"),
                  isNull("role") ? QStringLiteral("staff") : text("role"),
                  isNull("colour") ? QStringLiteral("#607d8b") : text("colour").toLower(),
                  text("phone").isEmpty() ? QVariant() : QVariant(text("phone")),
                  text("email").isEmpty() ? QVariant() : QVariant(text("email")),
                  isNull("active") || m_p.value(QStringLiteral("active")).toBool() ? 1 : 0,
                  m_p.value(QStringLiteral("sort_order")).toInteger(0), m_now});
            created(table, id);
            return;
        }
        if (!s->value(QStringLiteral("deleted_at")).isNull())
            return refuse(tr("This staff member was removed."));
        // A sign-in (user_id) is known on a synced desk only; the demo salon's people have none,
        // so the rule is the server's alone there.
        if (!s->value(QStringLiteral("user_id")).isNull() && leavesNoOwner(*s))
            return refuse(tr("The business needs at least one active owner who can sign in."));
        if (failed())
            return;
        const bool gone = m_p.value(QStringLiteral("deleted")).toBool();
        const bool leaving = gone
                             || (has("active") && !isNull("active")
                                 && !m_p.value(QStringLiteral("active")).toBool());
        if (leaving) {
            const QString business = s->value(QStringLiteral("business_id")).toString();
            if (strands(BusinessSetupRepository(m_db).strandedByLeaving(id, m_now),
                        StrandCause::NobodyLeft, business))
                return;
        }
        updateRow(table, *s,
                  {{"display_name", Field::Required},
                   {"role", Field::Keep},
                   {"colour", Field::Lower},
                   {"phone", Field::Nullable},
                   {"email", Field::Nullable},
                   {"active", Field::Flag},
                   {"sort_order", Field::Integer}},
                  gone ? QStringList{QStringLiteral("deleted_at = ?")} : QStringList{},
                  gone ? QVariantList{m_now} : QVariantList{});
    }

    // ---- working_hours.set ---------------------------------------------------------------

    // The person a per-person kind is about, once the payload passed its checks; nullopt (and
    // refused) when either fails or they are gone.
    std::optional<QJsonObject> checkedStaff(const QString &staffId)
    {
        const auto staff = row(QStringLiteral("staff_members"), staffId);
        if (failed() || !checked(false))
            return std::nullopt;
        if (!staff || !staff->value(QStringLiteral("deleted_at")).isNull()) {
            refuse(tr("That staff member no longer exists."));
            return std::nullopt;
        }
        return staff;
    }

    void setWorkingHours()
    {
        const QString staffId = text("staff_id");
        const auto staff = checkedStaff(staffId);
        if (!staff)
            return;
        const QString business = staff->value(QStringLiteral("business_id")).toString();
        const bool off = m_p.value(QStringLiteral("off")).toBool();
        SetupDayHours day;
        day.weekday = int(m_p.value(QStringLiteral("weekday")).toInteger());
        day.works = !off;
        day.startMinute = int(m_p.value(QStringLiteral("start_minute")).toInteger());
        day.endMinute = int(m_p.value(QStringLiteral("end_minute")).toInteger());
        if (!isNull("break_start_minute") && !isNull("break_end_minute")) {
            day.breakStartMinute = int(m_p.value(QStringLiteral("break_start_minute")).toInteger());
            day.breakEndMinute = int(m_p.value(QStringLiteral("break_end_minute")).toInteger());
        }
        if (strands(BusinessSetupRepository(m_db).strandedByHours(staffId, day,
                                                                  businessZone(business), m_now),
                    off ? StrandCause::DayOff : StrandCause::OutsideHours, business))
            return;

        // The day keeps its first live row; any others go (one span with one break a day).
        const QString table = QStringLiteral("working_hours");
        QList<QJsonObject> live;
        {
            QSqlQuery q(m_db);
            q.setForwardOnly(true);
            q.prepare(QStringLiteral("SELECT id FROM working_hours WHERE staff_id = ? AND "
                                     "weekday = ? AND deleted_at IS NULL ORDER BY start_minute, "
                                     "id"));
            q.addBindValue(staffId);
            q.addBindValue(day.weekday);
            if (!q.exec())
                return refuse(failedSentence());
            QStringList ids;
            while (q.next())
                ids.append(q.value(0).toString());
            q.finish();
            for (const QString &id : std::as_const(ids)) {
                if (auto r = row(table, id))
                    live.append(*r);
            }
        }
        for (qsizetype i = off ? 0 : 1; i < live.size(); ++i) {
            remember(table, live.at(i));
            exec(table,
                 QStringLiteral("UPDATE working_hours SET deleted_at = ?, updated_at = ? WHERE "
                                "id = ?"),
                 {m_now, m_now, live.at(i).value(QStringLiteral("id")).toString()});
        }
        if (off) {
            if (!live.isEmpty())
                target(table, live.first().value(QStringLiteral("id")).toString(), live.first());
            return;
        }
        const QVariant breakStart =
            day.breakStartMinute ? QVariant(*day.breakStartMinute) : QVariant();
        const QVariant breakEnd = day.breakEndMinute ? QVariant(*day.breakEndMinute) : QVariant();
        if (live.isEmpty()) {
            // The server makes the row under its own id; this one goes when it answers
            // (Outbox::recordAnswers), and meanwhile an id from the mutation keeps a repeat
            // application on the same row.
            const QString id =
                QUuid::createUuidV5(QUuid(QStringLiteral("0b8f5c7e-3d0a-4e44-9b1f-4c2d7a9e6f10")),
                                    m_m.id + QStringLiteral(":working_hours"))
                    .toString(QUuid::WithoutBraces);
            target(table, id, std::nullopt);
            if (row(table, id))
                return; // applied before
            exec(table,
                 QStringLiteral("INSERT INTO working_hours (id, business_id, staff_id, weekday, "
                                "start_minute, end_minute, break_start_minute, break_end_minute, "
                                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {id, business, staffId, day.weekday, day.startMinute, day.endMinute, breakStart,
                  breakEnd, m_now});
            created(table, id);
            return;
        }
        const QJsonObject &kept = live.first();
        target(table, kept.value(QStringLiteral("id")).toString(), kept);
        const auto same = [&](const char *column, const QVariant &value) {
            const QJsonValue old = kept.value(QLatin1String(column));
            return value.isNull() ? old.isNull() : old.toInteger() == value.toLongLong();
        };
        if (same("start_minute", day.startMinute) && same("end_minute", day.endMinute)
            && same("break_start_minute", breakStart) && same("break_end_minute", breakEnd))
            return;
        remember(table, kept);
        exec(table,
             QStringLiteral("UPDATE working_hours SET start_minute = ?, end_minute = ?, "
                            "break_start_minute = ?, break_end_minute = ?, updated_at = ? WHERE "
                            "id = ?"),
             {day.startMinute, day.endMinute, breakStart, breakEnd, m_now,
              kept.value(QStringLiteral("id")).toString()});
    }

    // ---- time_off.upsert -----------------------------------------------------------------

    void upsertTimeOff()
    {
        const QString id = text("id");
        if (id.isEmpty())
            return refuse(tr("The time off has no id."));
        const QString table = QStringLiteral("time_off");
        const auto t = row(table, id);
        target(table, id, t);
        if (failed())
            return;
        if (t && !t->value(QStringLiteral("deleted_at")).isNull())
            return refuse(tr("This time off was deleted."));
        const bool gone = m_p.value(QStringLiteral("deleted")).toBool();
        if (!t && gone)
            return refuse(tr("That time off no longer exists."));
        // Absent keys keep the row's values, as on the server.
        QJsonObject merged = m_p;
        if (t) {
            for (const char *key : {"staff_id", "starts_at", "ends_at"}) {
                if (isNull(key))
                    merged.insert(QLatin1String(key), t->value(QLatin1String(key)));
            }
        }
        const QString problem = SetupRules::check(m_m.kind, merged, true);
        if (!problem.isEmpty())
            return refuse(problem);
        const QString staffId = merged.value(QStringLiteral("staff_id")).toString();
        const qint64 starts = merged.value(QStringLiteral("starts_at")).toInteger();
        const qint64 ends = merged.value(QStringLiteral("ends_at")).toInteger();
        const auto staff = row(QStringLiteral("staff_members"), staffId);
        if (!gone && !staff)
            return refuse(tr("That staff member no longer exists."));
        if (!gone) {
            const QString business = staff->value(QStringLiteral("business_id")).toString();
            if (strands(
                    BusinessSetupRepository(m_db).strandedByTimeOff(staffId, starts, ends, m_now),
                    StrandCause::TimeOff, business))
                return;
        }
        if (!t) {
            exec(table,
                 QStringLiteral("INSERT INTO time_off (id, business_id, staff_id, starts_at, "
                                "ends_at, reason, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                 {id, staff->value(QStringLiteral("business_id")).toString(), staffId, starts, ends,
                  text("reason").isEmpty() ? QVariant() : QVariant(text("reason")), m_now});
            created(table, id);
            return;
        }
        updateRow(table, *t,
                  {{"staff_id", Field::Keep},
                   {"starts_at", Field::Integer},
                   {"ends_at", Field::Integer},
                   {"reason", Field::Nullable}},
                  gone ? QStringList{QStringLiteral("deleted_at = ?")} : QStringList{},
                  gone ? QVariantList{m_now} : QVariantList{});
    }

    // ---- staff.services_set --------------------------------------------------------------

    // The rows of one person's list, every pair's rows in id order.
    QList<QJsonObject> staffServiceRows(const QString &staffId)
    {
        QList<QJsonObject> rows;
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
            "SELECT * FROM staff_services WHERE staff_id = ? ORDER BY service_id, id"));
        q.addBindValue(staffId);
        if (!q.exec()) {
            qCWarning(lcLocalSetup) << "reading staff_services failed:" << q.lastError().text();
            refuse(failedSentence());
            return rows;
        }
        while (q.next())
            rows.append(localRowJson(q));
        return rows;
    }

    // As private.m_staff_services_set: the listed services replace the person's list (none:
    // every service); removed pairs become tombstones, a pair listed again gets its earlier row
    // back, new pairs get a row under the pair's own id (the server's id too).
    void setStaffServices()
    {
        const QString staffId = text("staff_id");
        const auto staff = checkedStaff(staffId);
        if (!staff)
            return;
        target(QStringLiteral("staff_members"), staffId, staff);
        const QString business = staff->value(QStringLiteral("business_id")).toString();

        QStringList wanted;
        const QJsonArray ids = m_p.value(QStringLiteral("service_ids")).toArray();
        for (const QJsonValue &id : ids) {
            const QString serviceId = id.toString().trimmed().toLower();
            if (!wanted.contains(serviceId))
                wanted.append(serviceId);
        }
        QList<QJsonObject> services;
        for (const QString &serviceId : std::as_const(wanted)) {
            const auto service = row(QStringLiteral("services"), serviceId);
            if (failed())
                return;
            if (!service || service->value(QStringLiteral("business_id")).toString() != business)
                return refuse(tr("A chosen service is not one of this business's services."));
            services.append(*service);
        }
        QString removedName;
        for (const QJsonObject &service : std::as_const(services)) {
            const QString name = service.value(QStringLiteral("name")).toString();
            if (!service.value(QStringLiteral("deleted_at")).isNull()
                && (removedName.isNull() || name < removedName))
                removedName = name;
        }
        if (!removedName.isNull())
            return refuse(
                tr("The service \"%1\" was removed; choose the services again.").arg(removedName));

        const QString table = QStringLiteral("staff_services");
        const QList<QJsonObject> rows = staffServiceRows(staffId);
        QHash<QString, QList<QJsonObject>> byService;
        for (const QJsonObject &r : rows)
            byService[r.value(QStringLiteral("service_id")).toString()].append(r);
        const auto live = [](const QJsonObject &r) {
            return r.value(QStringLiteral("deleted_at")).isNull();
        };
        for (const QJsonObject &r : rows) {
            if (!live(r) || wanted.contains(r.value(QStringLiteral("service_id")).toString()))
                continue;
            remember(table, r);
            exec(table,
                 QStringLiteral(
                     "UPDATE staff_services SET deleted_at = ?, updated_at = ? WHERE id = ?"),
                 {m_now, m_now, r.value(QStringLiteral("id")).toString()});
        }
        for (const QString &serviceId : std::as_const(wanted)) {
            const QList<QJsonObject> pair = byService.value(serviceId);
            if (std::any_of(pair.cbegin(), pair.cend(), live))
                continue;
            const QString id = StaffServices::rowId(staffId, serviceId);
            if (pair.isEmpty()) {
                exec(table,
                     QStringLiteral("INSERT INTO staff_services (id, business_id, staff_id, "
                                    "service_id, updated_at) VALUES (?, ?, ?, ?, ?)"),
                     {id, business, staffId, serviceId, m_now});
                created(table, id);
                continue;
            }
            // The pair's own-id row when there are several (as the server picks).
            QJsonObject back = pair.first();
            for (const QJsonObject &r : pair) {
                if (r.value(QStringLiteral("id")).toString() == id)
                    back = r;
            }
            remember(table, back);
            exec(table,
                 QStringLiteral(
                     "UPDATE staff_services SET deleted_at = NULL, updated_at = ? WHERE id = ?"),
                 {m_now, back.value(QStringLiteral("id")).toString()});
        }
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

QString nameOf(QSqlDatabase &db, const QString &table, const QString &id, const char *column)
{
    bool failed = false;
    if (auto r = readRow(db, table, id, &failed))
        return r->value(QLatin1String(column)).toString();
    return {};
}

} // namespace

bool isLocalSetupKind(const QString &kind)
{
    return kind == u"business.update" || kind == u"service.upsert" || kind == u"staff.upsert"
           || kind == u"working_hours.set" || kind == u"time_off.upsert"
           || kind == u"staff.services_set";
}

LocalEffect applySetupLocally(QSqlDatabase &db, const Mutation &mutation, const LocalActor &actor)
{
    return SetupApplier(db, mutation, actor).run();
}

QString describeSetupMutation(QSqlDatabase &db, const Mutation &mutation)
{
    const QJsonObject &p = mutation.payload;
    const QString &k = mutation.kind;
    const QString id = p.value(QStringLiteral("id")).toString();
    if (k == u"business.update")
        return tr("Change the business details");
    if (k == u"service.upsert") {
        QString name = nameOf(db, QStringLiteral("services"), id, "name");
        if (name.isEmpty())
            return tr("Add the service %1").arg(p.value(QStringLiteral("name")).toString());
        if (p.value(QStringLiteral("deleted")).toBool())
            return tr("Remove the service %1").arg(name);
        if (p.contains(QStringLiteral("price_minor")) && p.size() <= 3)
            return tr("Change the price of %1").arg(name);
        return tr("Change the service %1").arg(name);
    }
    if (k == u"staff.upsert") {
        const QString name = nameOf(db, QStringLiteral("staff_members"), id, "display_name");
        return name.isEmpty() ? tr("Add %1 to the team")
                                    .arg(p.value(QStringLiteral("display_name")).toString())
                              : tr("Change %1's details").arg(name);
    }
    const QString staff = nameOf(db, QStringLiteral("staff_members"),
                                 p.value(QStringLiteral("staff_id")).toString(), "display_name");
    if (k == u"working_hours.set") {
        const int weekday = int(p.value(QStringLiteral("weekday")).toInteger());
        const QString day = weekday >= 1 && weekday <= 7
                                ? QLocale().standaloneDayName(weekday, QLocale::LongFormat)
                                : QString();
        return tr("Set %1's hours on %2").arg(staff, day);
    }
    if (k == u"time_off.upsert")
        return staff.isEmpty() ? tr("Change time off") : tr("Set time off for %1").arg(staff);
    if (k == u"staff.services_set") {
        if (staff.isEmpty())
            return tr("Change who does which services");
        return p.value(QStringLiteral("service_ids")).toArray().isEmpty()
                   ? tr("Let %1 do every service").arg(staff)
                   : tr("Choose the services %1 does").arg(staff);
    }
    return {};
}

QString setupAnswerTable(const QString &kind)
{
    if (kind == u"business.update")
        return QStringLiteral("businesses");
    if (kind == u"service.upsert")
        return QStringLiteral("services");
    if (kind == u"staff.upsert")
        return QStringLiteral("staff_members");
    if (kind == u"working_hours.set")
        return QStringLiteral("working_hours");
    if (kind == u"time_off.upsert")
        return QStringLiteral("time_off");
    if (kind == u"staff.services_set")
        return QStringLiteral("staff_services"); // the server answers with no row
    return {};
}

} // namespace Chairside
