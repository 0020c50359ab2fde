#include "core/Role.h"

namespace Chairside {

QString toKey(StaffRole role)
{
    switch (role) {
    case StaffRole::Staff:
        return QStringLiteral("staff");
    case StaffRole::Admin:
        return QStringLiteral("admin");
    case StaffRole::Owner:
        return QStringLiteral("owner");
    }
    return {};
}

std::optional<StaffRole> staffRoleFromKey(QStringView key)
{
    if (key == u"staff")
        return StaffRole::Staff;
    if (key == u"admin")
        return StaffRole::Admin;
    if (key == u"owner")
        return StaffRole::Owner;
    return std::nullopt;
}

bool canSeeEscalations(StaffRole role)
{
    return role == StaffRole::Admin || role == StaffRole::Owner;
}

bool canSeeAnalytics(StaffRole role)
{
    return role == StaffRole::Owner;
}

bool canSeeBusinessSettings(StaffRole role)
{
    return role == StaffRole::Owner;
}

} // namespace Chairside
