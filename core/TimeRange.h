#pragma once

#include <QtGlobal>

namespace Chairside {

// A half-open interval [start, end) in Unix seconds (UTC). Two bookings that touch do not overlap.
struct TimeRange
{
    qint64 start = 0;
    qint64 end = 0;

    constexpr bool isValid() const { return end > start; }
    constexpr qint64 seconds() const { return end - start; }
    // Empty ranges overlap nothing: they hold no time.
    constexpr bool overlaps(const TimeRange &other) const
    {
        return isValid() && other.isValid() && start < other.end && other.start < end;
    }
    constexpr bool contains(const TimeRange &other) const
    {
        return start <= other.start && other.end <= end;
    }
    friend constexpr bool operator==(const TimeRange &, const TimeRange &) = default;
};

} // namespace Chairside
