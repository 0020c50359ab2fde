#pragma once

#include "sync/Mutation.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace Chairside {

class DeskEdits;

// Submits planned edits one after the other through DeskEdits, each only after the one before
// was applied locally: a local refusal stops the rest, so the cache never holds half a plan
// that the desk itself refused. `done(error, submittedIds)` runs on the GUI thread (not when
// `context` is gone): error empty when every edit was made.
void submitPlan(DeskEdits *edits, QList<Mutation> mutations, QObject *context,
                std::function<void(const QString &error, const QStringList &submitted)> done);

} // namespace Chairside
