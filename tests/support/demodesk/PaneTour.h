#pragma once

#include <functional>

namespace Chairside {
class MainWindow;
class StoreExecutor;
} // namespace Chairside

namespace Chairside::Fixtures {

// Shows every pane of `window` in turn and, inside each, every tab of its visible tab widgets
// (the Business pane's pages, a customer's history), calling `atEach` once the store has
// answered what that view asked for: for the tests that look at everything a desk shows.
void visitEveryPaneAndTab(MainWindow &window, StoreExecutor *store,
                          const std::function<void()> &atEach = {});

} // namespace Chairside::Fixtures
