#pragma once

#include "store/BusinessContext.h"

#include <QDate>
#include <QString>
#include <QTemporaryDir>

#include <memory>

class QSettings;

namespace Chairside {
class AppSettings;
class StoreExecutor;
} // namespace Chairside

namespace Chairside::Fixtures {

// The generated demo salon in a fresh store, with a settings file beside it, as `chairside`
// makes them on a first start: for the tests that open the main window or its panes on the
// whole demo (the owner is signed in). Going away, it closes the settings, then the store.
class DemoDesk final
{
    Q_DISABLE_COPY_MOVE(DemoDesk)

public:
    // `today`: the demo's day (its bookings and handoffs are around it); invalid: the real day.
    explicit DemoDesk(const QDate &today = {});
    ~DemoDesk();

    // Generates the salon; empty when the desk is ready, otherwise what went wrong.
    QString open();

    StoreExecutor *store() const { return m_store.get(); }
    AppSettings *settings() const { return m_settings.get(); }
    const BusinessContext &context() const { return m_context; }
    // A file in the desk's temporary folder.
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

private:
    QDate m_today;
    QTemporaryDir m_dir;
    std::unique_ptr<StoreExecutor> m_store;
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<AppSettings> m_settings;
    BusinessContext m_context;
};

} // namespace Chairside::Fixtures
