#pragma once

#include "core/escalations/BusinessHours.h"

#include <QtGlobal>

#include <optional>

namespace Chairside {

// How long a handoff may wait, in open (business) seconds, before the queue shows it amber,
// then red.
struct SlaPolicy
{
    qint64 amberSeconds = 30 * 60;
    qint64 redSeconds = 2 * 60 * 60;
};

enum class SlaLevel { Fine, Amber, Red };

// Where a waiting handoff stands against the policy at one instant.
struct SlaReading
{
    qint64 elapsedSeconds = 0;  // wall-clock time since it was raised
    qint64 businessSeconds = 0; // of that, time the salon was open
    SlaLevel level = SlaLevel::Fine;
    bool openNow = true; // the clock is running (the salon is open now)
    // When it turns amber / red (Unix seconds); nullopt when it already has, or too far away.
    std::optional<qint64> amberAt;
    std::optional<qint64> redAt;
};

// The SLA of a handoff raised at `raisedAt`, read at `now`; a resolved one stops at
// `resolvedAt` (then it is always Fine: nobody is waiting any more).
SlaReading readSla(const BusinessHours &hours, const SlaPolicy &policy, qint64 raisedAt, qint64 now,
                   std::optional<qint64> resolvedAt = std::nullopt);

SlaLevel slaLevelFor(const SlaPolicy &policy, qint64 businessSeconds);

} // namespace Chairside
