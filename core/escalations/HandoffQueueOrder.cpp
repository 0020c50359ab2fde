#include "core/escalations/HandoffQueueOrder.h"

#include <tuple>

namespace Chairside {

bool handoffQueueLess(const HandoffQueueKey &a, const HandoffQueueKey &b)
{
    if (a.resolved != b.resolved)
        return !a.resolved;
    if (!a.resolved)
        return std::tie(a.priority, a.createdAt, a.id) < std::tie(b.priority, b.createdAt, b.id);
    const qint64 aTime = a.resolvedAt > 0 ? a.resolvedAt : a.createdAt;
    const qint64 bTime = b.resolvedAt > 0 ? b.resolvedAt : b.createdAt;
    return std::tie(bTime, b.id) < std::tie(aTime, a.id);
}

} // namespace Chairside
