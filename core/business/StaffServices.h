#pragma once

#include <QHash>
#include <QSet>
#include <QString>

namespace Chairside::StaffServices {

// Which services each staff member performs (the staff_services table): a person with an entry
// performs exactly the listed services, a person without one performs every active service.
using Map = QHash<QString, QSet<QString>>; // staff id -> service ids

bool performs(const Map &map, const QString &staffId, const QString &serviceId);

// The id of the (staff member, service) pair's row, as the server derives it
// (private.staff_service_id in supabase/migrations/20261203000100_staff_services.sql): the
// version 3 uuid of "<staff_id>:<service_id>" in a fixed namespace, so the desk's optimistic row
// and the server's are one row.
QString rowId(const QString &staffId, const QString &serviceId);

} // namespace Chairside::StaffServices
