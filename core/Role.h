#pragma once

#include <QString>

#include <optional>

namespace Chairside {

// What a signed-in person may do; the server's Row Level Security is the authority, this only
// decides which panes the desktop shows.
enum class StaffRole {
    Staff,
    Admin,
    Owner,
};

QString toKey(StaffRole role);
std::optional<StaffRole> staffRoleFromKey(QStringView key);

bool canSeeEscalations(StaffRole role);
bool canSeeAnalytics(StaffRole role);
// The business settings (profile, staff, services, rules): owners only, as the server's
// apply_mutations allows setup changes from owners only.
bool canSeeBusinessSettings(StaffRole role);

} // namespace Chairside
