#pragma once

#include <QString>

#include <optional>

namespace Chairside {

// The life of an appointment. The database keys (toKey) are shared with the backend.
enum class AppointmentStatus {
    Requested,
    Confirmed,
    Arrived,
    InService,
    Completed,
    Cancelled,
    NoShow,
};
inline constexpr int kAppointmentStatusCount = 7;

QString toKey(AppointmentStatus status);
std::optional<AppointmentStatus> appointmentStatusFromKey(QStringView key);

// Allowed moves: requested -> confirmed -> arrived -> in service -> completed; a booking that
// has not started may be cancelled; one that was due and never arrived becomes a no-show.
bool canTransition(AppointmentStatus from, AppointmentStatus to);

// Whether the appointment holds its staff member's time (and so may not overlap another).
bool occupiesTime(AppointmentStatus status);

// Final states accept no further change.
bool isFinal(AppointmentStatus status);

enum class AppointmentSource {
    WhatsAppAi,
    Web,
    Phone,
    WalkIn,
    Desk,
};
inline constexpr int kAppointmentSourceCount = 5;

QString toKey(AppointmentSource source);
std::optional<AppointmentSource> appointmentSourceFromKey(QStringView key);

} // namespace Chairside
