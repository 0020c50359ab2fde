#include "core/business/StaffServices.h"

#include <QUuid>

namespace Chairside::StaffServices {

bool performs(const Map &map, const QString &staffId, const QString &serviceId)
{
    const auto it = map.constFind(staffId);
    return it == map.constEnd() || it->contains(serviceId);
}

QString rowId(const QString &staffId, const QString &serviceId)
{
    static const QUuid ns(QStringLiteral("5f0c8a3e-9b7d-4c21-8e6a-2d4b1f7c9a05"));
    return QUuid::createUuidV3(ns, staffId.toLower() + u':' + serviceId.toLower())
        .toString(QUuid::WithoutBraces);
}

} // namespace Chairside::StaffServices
