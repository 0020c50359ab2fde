#pragma once

#include <QJsonObject>
#include <QString>

namespace Chairside::SetupRules {

// The server's ranges for the business setup mutations (supabase/migrations/
// 20261202000300_business_setup.sql), checked at the desk before an edit is made so the owner
// hears about a mistake at once and in the same words. The server checks again and decides.

inline constexpr int kMaxServiceMinutes = 720;
inline constexpr int kMinServiceMinutes = 5;
inline constexpr int kMaxBufferMinutes = 240;
inline constexpr qint64 kMaxPriceMinor = 100000000000LL;
inline constexpr int kMaxNameLength = 120; // services
inline constexpr int kMaxStaffNameLength = 80;
inline constexpr int kMaxBusinessNameLength = 200;
inline constexpr int kMaxCategoryLength = 80;
inline constexpr int kMaxPhoneLength = 40;
inline constexpr int kMaxAddressLength = 500;
inline constexpr int kMaxReasonLength = 200;
inline constexpr int kMinuteStep = 5;
inline constexpr qint64 kMaxTimeOffSeconds = 366LL * 86400;
inline constexpr int kMaxServicesPerStaff = 1000;

// The first problem with a payload of `kind` (business.update, service.upsert, staff.upsert,
// working_hours.set, time_off.upsert, staff.services_set), as the server would say it; empty
// when it is fine.
// `isNew` says whether the row is being created (a new service needs a duration and a price).
QString check(const QString &kind, const QJsonObject &payload, bool isNew = false);

bool looksLikeEmail(const QString &text);
bool isColour(const QString &text); // #rrggbb

} // namespace Chairside::SetupRules
