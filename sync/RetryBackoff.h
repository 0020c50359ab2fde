#pragma once

#include <QRandomGenerator>

#include <chrono>
#include <optional>

namespace Chairside {

// When to try again after a transient failure: about 1 s doubling to 60 s, each delay drawn from
// its upper half so that desks which lost the same connection do not all come back at once, and
// never sooner than the server's Retry-After.
class RetryBackoff final
{
public:
    using Milliseconds = std::chrono::milliseconds;

    static constexpr Milliseconds kFirst{1000};
    static constexpr Milliseconds kCap{60000};
    // A Retry-After longer than this is treated as a mistake, not a ban of hours.
    static constexpr Milliseconds kLongestRetryAfter{15 * 60 * 1000};

    explicit RetryBackoff(quint32 seed = QRandomGenerator::global()->generate());

    // The delay before the next attempt; each call counts one more failure.
    Milliseconds next(std::optional<std::chrono::seconds> retryAfter = std::nullopt);
    void reset() { m_failures = 0; }
    int failures() const { return m_failures; }

private:
    QRandomGenerator m_random;
    int m_failures = 0;
};

} // namespace Chairside
