#include "tests/support/demodesk/DemoDesk.h"

#include "app/Startup.h"
#include "store/AppSettings.h"
#include "store/StoreExecutor.h"

#include <QSettings>

namespace Chairside::Fixtures {

DemoDesk::DemoDesk(const QDate &today)
    : m_today(today)
{}

DemoDesk::~DemoDesk()
{
    m_settings.reset();
    m_qsettings.reset();
    m_store.reset();
}

QString DemoDesk::open()
{
    if (!m_dir.isValid())
        return QStringLiteral("cannot make a temporary folder: %1").arg(m_dir.errorString());
    m_store = std::make_unique<StoreExecutor>(m_dir.filePath(QStringLiteral("chairside.sqlite")));
    DemoSalonOptions demo;
    if (m_today.isValid())
        demo.anchorDate = m_today;
    StoreExecutor *store = m_store.get();
    const StartupResult startup =
        m_store
            ->run([store, demo](QSqlDatabase &db) {
                return prepareLocalStore(db, store->lastOpenError(), demo);
            })
            .result();
    if (startup.error)
        return startup.error->message;
    if (!startup.context)
        return QStringLiteral("the demo store names no business");
    m_context = *startup.context;
    m_qsettings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")),
                                              QSettings::IniFormat);
    m_settings = std::make_unique<AppSettings>(m_qsettings.get());
    return {};
}

} // namespace Chairside::Fixtures
