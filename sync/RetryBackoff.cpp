#include "sync/RetryBackoff.h"

#include <algorithm>

namespace Chairside {

RetryBackoff::RetryBackoff(quint32 seed)
    : m_random(seed)
{}

RetryBackoff::Milliseconds RetryBackoff::next(std::optional<std::chrono::seconds> retryAfter)
{
    const int doublings = std::min(m_failures, 6); // 1 s * 2^6 = 64 s, capped to 60 s below
    ++m_failures;
    const qint64 ceiling = std::min<qint64>(kFirst.count() << doublings, kCap.count());
    const qint64 floor = ceiling / 2;
    Milliseconds delay(floor + qint64(m_random.bounded(quint32(ceiling - floor + 1))));
    if (retryAfter) {
        const Milliseconds asked = std::min<Milliseconds>(*retryAfter, kLongestRetryAfter);
        delay = std::max(delay, asked);
    }
    return delay;
}

} // namespace Chairside
