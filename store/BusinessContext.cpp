#include "store/BusinessContext.h"

#include <QSqlQuery>

namespace Chairside {

std::optional<BusinessContext> BusinessContext::loadDefault(QSqlDatabase &db)
{
    if (!db.isOpen())
        return std::nullopt;
    QSqlQuery business(db);
    business.prepare(QStringLiteral(
        "SELECT id, name, time_zone, currency, locale FROM businesses WHERE deleted_at IS NULL "
        "ORDER BY name, id LIMIT 1"));
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
    return context;
}

} // namespace Chairside
