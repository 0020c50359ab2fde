#pragma once

#include "store/repositories/BusinessSetupRepository.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace Chairside {

class StoreExecutor;

// The business setup as the settings pane shows it: read on the store's thread, read again when
// a setup table changes (an edit here, a sync), and handed to the pages in one piece.
class BusinessSetupModel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BusinessSetupModel)

public:
    using Clock = std::function<qint64()>; // Unix seconds

    BusinessSetupModel(StoreExecutor *store, QString businessId, QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    void reload();

    bool isLoaded() const { return m_loaded; }
    const BusinessSetup &setup() const { return m_setup; }
    std::optional<SetupStaff> staff(const QString &id) const;
    std::optional<SetupService> service(const QString &id) const;
    SetupWeek week(const QString &staffId) const;
    QList<SetupTimeOff> timeOffOf(const QString &staffId) const;
    // The services the person performs; nullopt: every service (no list of their own).
    std::optional<QSet<QString>> servicesOf(const QString &staffId) const;
    QStringList categories() const;

    static bool isSetupTable(const QString &table);

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &message);

private:
    StoreExecutor *m_store;
    QString m_businessId;
    Clock m_clock;
    BusinessSetup m_setup;
    bool m_loaded = false;
    int m_generation = 0;
};

} // namespace Chairside
