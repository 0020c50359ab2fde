#pragma once

#include <QString>

namespace Chairside {

// What places a handoff in the queue.
struct HandoffQueueKey
{
    bool resolved = false;
    int priority = 2;     // 1 urgent … 4 low
    qint64 createdAt = 0; // raised (Unix seconds)
    qint64 resolvedAt = 0;
    QString id; // ties broken by id, so the order is total and paging never skips a row
};

// The queue's order: open handoffs first, by priority (urgent first), then the longest waiting
// first; resolved ones after them, the most recently resolved first (a resolution without a
// time counts from when the handoff was raised). The store's queries sort the same way
// (store/repositories/HandoffRepository), and a test checks that they agree.
bool handoffQueueLess(const HandoffQueueKey &a, const HandoffQueueKey &b);

} // namespace Chairside
