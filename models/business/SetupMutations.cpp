#include "models/business/SetupMutations.h"

#include <QDateTime>
#include <QJsonArray>

namespace Chairside::SetupMutations {

namespace {

// No expected_version: a payload carries only the fields that changed and the server keeps the
// others, so two quick saves at one desk (the second still based on the cached version) merge
// instead of conflicting with each other.
Mutation make(const QString &kind, QJsonObject payload)
{
    Mutation m;
    m.id = Mutations::newId();
    m.kind = kind;
    m.payload = std::move(payload);
    m.createdAt = QDateTime::currentSecsSinceEpoch();
    return m;
}

// Blank optional texts go as null (the server clears them).
QJsonValue nullable(const QString &text)
{
    const QString t = text.trimmed();
    return t.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(t);
}

template<typename T>
void putIfChanged(QJsonObject &p, const char *key, const T &before, const T &after, bool isNew,
                  const QJsonValue &value)
{
    if (isNew || before != after)
        p.insert(QLatin1String(key), value);
}

} // namespace

Mutation updateBusiness(const SetupProfile &b, const SetupProfile &a)
{
    QJsonObject p;
    putIfChanged(p, "name", b.name, a.name, false, a.name.trimmed());
    putIfChanged(p, "time_zone", b.timeZone, a.timeZone, false, a.timeZone.trimmed());
    putIfChanged(p, "currency", b.currency, a.currency, false, a.currency.trimmed().toUpper());
    putIfChanged(p, "locale", b.locale, a.locale, false, a.locale.trimmed());
    putIfChanged(p, "phone", b.phone, a.phone, false, nullable(a.phone));
    putIfChanged(p, "email", b.email, a.email, false, nullable(a.email));
    putIfChanged(p, "address", b.address, a.address, false, nullable(a.address));
    putIfChanged(p, "loyalty_minor_per_point", b.loyaltyMinorPerPoint, a.loyaltyMinorPerPoint,
                 false, a.loyaltyMinorPerPoint);
    putIfChanged(p, "loyalty_expiry_months", b.loyaltyExpiryMonths, a.loyaltyExpiryMonths, false,
                 a.loyaltyExpiryMonths);
    return make(QStringLiteral("business.update"), p);
}

Mutation upsertService(const std::optional<SetupService> &before, const SetupService &a)
{
    const bool isNew = !before;
    const SetupService b = before.value_or(SetupService{});
    QJsonObject p;
    putIfChanged(p, "name", b.name, a.name, isNew, a.name.trimmed());
    putIfChanged(p, "category", b.category, a.category, isNew, a.category.trimmed());
    putIfChanged(p, "duration_minutes", b.durationMinutes, a.durationMinutes, isNew,
                 a.durationMinutes);
    putIfChanged(p, "processing_minutes", b.processingMinutes, a.processingMinutes, isNew,
                 a.processingMinutes);
    putIfChanged(p, "buffer_minutes", b.bufferMinutes, a.bufferMinutes, isNew, a.bufferMinutes);
    putIfChanged(p, "price_minor", b.priceMinor, a.priceMinor, isNew, a.priceMinor);
    if (!a.colour.isEmpty())
        putIfChanged(p, "colour", b.colour, a.colour, isNew, a.colour);
    putIfChanged(p, "active", b.active, a.active, isNew, a.active);
    p.insert(QStringLiteral("id"), isNew && a.id.isEmpty() ? Mutations::newId() : a.id);
    return make(QStringLiteral("service.upsert"), p);
}

Mutation removeService(const SetupService &service)
{
    return make(QStringLiteral("service.upsert"),
                QJsonObject{{QStringLiteral("id"), service.id}, {QStringLiteral("deleted"), true}});
}

Mutation upsertStaff(const std::optional<SetupStaff> &before, const SetupStaff &a)
{
    const bool isNew = !before;
    const SetupStaff b = before.value_or(SetupStaff{});
    QJsonObject p;
    putIfChanged(p, "display_name", b.displayName, a.displayName, isNew, a.displayName.trimmed());
    putIfChanged(p, "role", b.role, a.role, isNew, a.role);
    if (!a.colour.isEmpty())
        putIfChanged(p, "colour", b.colour, a.colour, isNew, a.colour);
    putIfChanged(p, "phone", b.phone, a.phone, isNew, nullable(a.phone));
    putIfChanged(p, "email", b.email, a.email, isNew, nullable(a.email));
    putIfChanged(p, "active", b.active, a.active, isNew, a.active);
    putIfChanged(p, "sort_order", b.sortOrder, a.sortOrder, isNew, a.sortOrder);
    p.insert(QStringLiteral("id"), isNew && a.id.isEmpty() ? Mutations::newId() : a.id);
    return make(QStringLiteral("staff.upsert"), p);
}

Mutation setStaffServices(const QString &staffId, const std::optional<QSet<QString>> &services)
{
    QStringList ids = services ? QStringList(services->cbegin(), services->cend()) : QStringList();
    ids.sort(); // the same list always reads the same
    return make(QStringLiteral("staff.services_set"),
                QJsonObject{{QStringLiteral("staff_id"), staffId},
                            {QStringLiteral("service_ids"), QJsonArray::fromStringList(ids)}});
}

Mutation setWorkingHours(const QString &staffId, const SetupDayHours &day)
{
    QJsonObject p{{QStringLiteral("staff_id"), staffId}, {QStringLiteral("weekday"), day.weekday}};
    if (!day.works) {
        p.insert(QStringLiteral("off"), true);
    } else {
        p.insert(QStringLiteral("start_minute"), day.startMinute);
        p.insert(QStringLiteral("end_minute"), day.endMinute);
        p.insert(QStringLiteral("break_start_minute"),
                 day.breakStartMinute ? QJsonValue(*day.breakStartMinute) : QJsonValue());
        p.insert(QStringLiteral("break_end_minute"),
                 day.breakEndMinute ? QJsonValue(*day.breakEndMinute) : QJsonValue());
    }
    return make(QStringLiteral("working_hours.set"), p);
}

Mutation upsertTimeOff(const SetupTimeOff &t)
{
    QJsonObject p{{QStringLiteral("id"), t.id.isEmpty() ? Mutations::newId() : t.id},
                  {QStringLiteral("staff_id"), t.staffId},
                  {QStringLiteral("starts_at"), t.startsAt},
                  {QStringLiteral("ends_at"), t.endsAt},
                  {QStringLiteral("reason"), nullable(t.reason)}};
    return make(QStringLiteral("time_off.upsert"), p);
}

Mutation removeTimeOff(const SetupTimeOff &t)
{
    return make(QStringLiteral("time_off.upsert"),
                QJsonObject{{QStringLiteral("id"), t.id}, {QStringLiteral("deleted"), true}});
}

Mutation confirmStranded(const Mutation &mutation)
{
    QJsonObject p = mutation.payload;
    p.insert(QStringLiteral("confirm_stranded"), true);
    Mutation again = make(mutation.kind, p);
    return again;
}

bool changesSomething(const Mutation &m)
{
    QJsonObject p = m.payload;
    p.remove(QStringLiteral("id"));
    p.remove(QStringLiteral("expected_version"));
    return !p.isEmpty();
}

} // namespace Chairside::SetupMutations
