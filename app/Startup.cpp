#include "app/Startup.h"

#include <QCoreApplication>

namespace Chairside {

StartupResult prepareLocalStore(QSqlDatabase &db, const std::optional<StoreError> &openError,
                                const DemoSalonOptions &demo)
{
    StartupResult result;
    if (openError || !db.isOpen()) {
        result.error = openError.value_or(StoreError{
            StoreError::Kind::CannotOpen,
            QCoreApplication::translate("Chairside::Startup", "The local store cannot be opened."),
            {}});
        return result;
    }
    if (needsDemoSalon(db, demo)) {
        if (auto error = generateDemoSalon(db, demo, &result.demo)) {
            result.error = error;
            return result;
        }
        result.generatedDemo = true;
    }
    result.context = BusinessContext::loadDefault(db);
    if (!result.context)
        result.error = StoreError{
            StoreError::Kind::Query,
            QCoreApplication::translate("Chairside::Startup", "The local store holds no business."),
            {}};
    return result;
}

} // namespace Chairside
