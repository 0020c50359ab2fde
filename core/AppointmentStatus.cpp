#include "core/AppointmentStatus.h"

#include <array>

namespace Chairside {

namespace {
constexpr std::array<const char16_t *, kAppointmentStatusCount> kStatusKeys = {
    u"requested", u"confirmed", u"arrived", u"in_service", u"completed", u"cancelled", u"no_show"};
constexpr std::array<const char16_t *, kAppointmentSourceCount> kSourceKeys = {
    u"whatsapp_ai", u"web", u"phone", u"walk_in", u"desk"};
} // namespace

QString toKey(AppointmentStatus status)
{
    return QString::fromUtf16(kStatusKeys.at(static_cast<size_t>(status)));
}

std::optional<AppointmentStatus> appointmentStatusFromKey(QStringView key)
{
    for (size_t i = 0; i < kStatusKeys.size(); ++i) {
        if (key == QStringView(kStatusKeys[i]))
            return static_cast<AppointmentStatus>(i);
    }
    return std::nullopt;
}

bool canTransition(AppointmentStatus from, AppointmentStatus to)
{
    using S = AppointmentStatus;
    switch (from) {
    case S::Requested:
        return to == S::Confirmed || to == S::Cancelled;
    case S::Confirmed:
        return to == S::Arrived || to == S::Cancelled || to == S::NoShow;
    case S::Arrived:
        return to == S::InService || to == S::NoShow;
    case S::InService:
        return to == S::Completed;
    case S::Completed:
    case S::Cancelled:
    case S::NoShow:
        return false;
    }
    return false;
}

bool occupiesTime(AppointmentStatus status)
{
    return status != AppointmentStatus::Cancelled && status != AppointmentStatus::NoShow;
}

bool isFinal(AppointmentStatus status)
{
    return status == AppointmentStatus::Completed || status == AppointmentStatus::Cancelled
           || status == AppointmentStatus::NoShow;
}

QString toKey(AppointmentSource source)
{
    return QString::fromUtf16(kSourceKeys.at(static_cast<size_t>(source)));
}

std::optional<AppointmentSource> appointmentSourceFromKey(QStringView key)
{
    for (size_t i = 0; i < kSourceKeys.size(); ++i) {
        if (key == QStringView(kSourceKeys[i]))
            return static_cast<AppointmentSource>(i);
    }
    return std::nullopt;
}

} // namespace Chairside
