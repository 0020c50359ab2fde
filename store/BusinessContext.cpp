#include "store/BusinessContext.h"

#include <QSqlQuery>

namespace Chairside {

namespace {

std::optional<BusinessContext> loadBusiness(QSqlDatabase &db, const QString &businessId)
{
    QSqlQuery business(db);
    if (businessId.isEmpty()) {
        business.prepare(
            QStringLiteral("SELECT id, name, time_zone, currency, locale FROM businesses WHERE "
                           "deleted_at IS NULL ORDER BY name, id LIMIT 1"));
    } else {
        business.prepare(QStringLiteral("SELECT id, name, time_zone, currency, locale FROM "
                                        "businesses WHERE id = ? AND deleted_at IS NULL"));
        business.addBindValue(businessId);
    }
    if (!business.exec() || !business.next())
        return std::nullopt;
    BusinessContext context;
    context.businessId = business.value(0).toString();
    context.businessName = business.value(1).toString();
    context.timeZone = QTimeZone(business.value(2).toString().toUtf8());
    if (!context.timeZone.isValid())
        context.timeZone = QTimeZone::utc();
    context.currency = business.value(3).toString();
    context.locale = QLocale(business.value(4).toString());
    return context;
}

} // namespace

std::optional<BusinessContext> BusinessContext::loadForUser(QSqlDatabase &db, const QString &userId)
{
    if (!db.isOpen() || userId.isEmpty())
        return std::nullopt;
    QSqlQuery staff(db);
    staff.prepare(QStringLiteral("SELECT id, business_id, display_name, role FROM staff_members "
                                 "WHERE user_id = ? AND deleted_at IS NULL AND active = 1 "
                                 "ORDER BY id LIMIT 1"));
    staff.addBindValue(userId);
    if (!staff.exec() || !staff.next())
        return std::nullopt;
    auto context = loadBusiness(db, staff.value(1).toString());
    if (!context)
        return std::nullopt;
    context->staffId = staff.value(0).toString();
    context->staffName = staff.value(2).toString();
    context->role = staffRoleFromKey(staff.value(3).toString()).value_or(StaffRole::Staff);
    return context;
}

std::optional<BusinessContext> BusinessContext::loadDefault(QSqlDatabase &db)
{
    if (!db.isOpen())
        return std::nullopt;
    auto found = loadBusiness(db, {});
    if (!found)
        return std::nullopt;
    BusinessContext &context = *found;
    QSqlQuery staff(db);
    staff.prepare(QStringLiteral(
        "SELECT id, display_name, role FROM staff_members WHERE business_id = ? AND deleted_at "
        "IS NULL AND active = 1 ORDER BY CASE role WHEN 'owner' THEN 0 WHEN 'admin' THEN 1 ELSE 2 "
        "END, sort_order, id LIMIT 1"));
    staff.addBindValue(context.businessId);
    if (staff.exec() && staff.next()) {
        context.staffId = staff.value(0).toString();
        context.staffName = staff.value(1).toString();
        context.role = staffRoleFromKey(staff.value(2).toString()).value_or(StaffRole::Staff);
    }
    return found;
}

} // namespace Chairside
