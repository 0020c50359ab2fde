#include "core/escalations/HandoffSla.h"

#include <algorithm>

namespace Chairside {

SlaLevel slaLevelFor(const SlaPolicy &policy, qint64 businessSeconds)
{
    if (businessSeconds >= policy.redSeconds)
        return SlaLevel::Red;
    if (businessSeconds >= policy.amberSeconds)
        return SlaLevel::Amber;
    return SlaLevel::Fine;
}

SlaReading readSla(const BusinessHours &hours, const SlaPolicy &policy, qint64 raisedAt, qint64 now,
                   std::optional<qint64> resolvedAt)
{
    SlaReading reading;
    const qint64 end = resolvedAt ? std::max(*resolvedAt, raisedAt) : std::max(now, raisedAt);
    reading.elapsedSeconds = end - raisedAt;
    reading.businessSeconds = hours.openSecondsBetween(raisedAt, end);
    if (resolvedAt) {
        reading.openNow = false;
        return reading;
    }
    reading.level = slaLevelFor(policy, reading.businessSeconds);
    reading.openNow = hours.isOpenAt(end);
    if (reading.level == SlaLevel::Fine)
        reading.amberAt =
            hours.instantAfterOpenSeconds(end, policy.amberSeconds - reading.businessSeconds);
    if (reading.level != SlaLevel::Red)
        reading.redAt =
            hours.instantAfterOpenSeconds(end, policy.redSeconds - reading.businessSeconds);
    return reading;
}

} // namespace Chairside
