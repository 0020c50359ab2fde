#pragma once

#include "store/BusinessContext.h"
#include "store/StoreError.h"
#include "store/demo/DemoSalon.h"

#include <QSqlDatabase>

#include <optional>

namespace Chairside {

struct StartupResult
{
    std::optional<StoreError> error;
    std::optional<BusinessContext> context;
    bool generatedDemo = false;
    DemoSalonSummary demo;
};

// Runs on the store's worker: makes sure the store holds a demo salon made from `demo` (the
// embedded default) and loads who is at the desk.
StartupResult prepareLocalStore(QSqlDatabase &db, const std::optional<StoreError> &openError,
                                const DemoSalonOptions &demo);

} // namespace Chairside
