#include "models/business/SubmitPlan.h"

#include "models/common/DeskEdits.h"

#include <memory>

namespace Chairside {

namespace {

struct PlanState
{
    DeskEdits *edits = nullptr;
    QList<Mutation> left;
    QStringList submitted;
    QObject *context = nullptr;
    std::function<void(const QString &, const QStringList &)> done;
};

void next(const std::shared_ptr<PlanState> &state)
{
    if (state->left.isEmpty()) {
        state->done({}, state->submitted);
        return;
    }
    const Mutation mutation = state->left.takeFirst();
    state->edits->submit(mutation, state->context,
                         [state, id = mutation.id](const OutboxResult &result) {
                             if (!result.ok) {
                                 state->done(result.error, state->submitted);
                                 return;
                             }
                             state->submitted.append(id);
                             next(state);
                         });
}

} // namespace

void submitPlan(DeskEdits *edits, QList<Mutation> mutations, QObject *context,
                std::function<void(const QString &error, const QStringList &submitted)> done)
{
    auto state = std::make_shared<PlanState>();
    state->edits = edits;
    state->left = std::move(mutations);
    state->context = context;
    state->done = std::move(done);
    next(state);
}

} // namespace Chairside
