#include "models/business/BusinessSetupModel.h"

#include "store/StoreExecutor.h"

#include <QDateTime>

namespace Chairside {

BusinessSetupModel::BusinessSetupModel(StoreExecutor *store, QString businessId, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_businessId(std::move(businessId))
    , m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{
    connect(m_store, &StoreExecutor::tablesChanged, this, [this](const QStringList &tables) {
        for (const QString &table : tables) {
            if (isSetupTable(table))
                return reload();
        }
    });
}

bool BusinessSetupModel::isSetupTable(const QString &table)
{
    return table == u"businesses" || table == u"staff_members" || table == u"working_hours"
           || table == u"time_off" || table == u"services" || table == u"staff_services";
}

void BusinessSetupModel::reload()
{
    const int generation = ++m_generation;
    m_store->run(
        this,
        [id = m_businessId, now = m_clock()](QSqlDatabase &db) {
            return BusinessSetupRepository(db).load(id, now);
        },
        [this, generation](BusinessSetup setup) {
            if (generation != m_generation)
                return; // a newer read is on its way
            if (setup.error) {
                Q_EMIT loadFailed(setup.error->message);
                return;
            }
            m_setup = std::move(setup);
            m_loaded = true;
            Q_EMIT loaded();
        });
}

std::optional<SetupStaff> BusinessSetupModel::staff(const QString &id) const
{
    for (const SetupStaff &s : m_setup.staff) {
        if (s.id == id)
            return s;
    }
    return std::nullopt;
}

std::optional<SetupService> BusinessSetupModel::service(const QString &id) const
{
    for (const SetupService &s : m_setup.services) {
        if (s.id == id)
            return s;
    }
    return std::nullopt;
}

SetupWeek BusinessSetupModel::week(const QString &staffId) const
{
    if (const auto it = m_setup.hours.constFind(staffId); it != m_setup.hours.constEnd())
        return *it;
    SetupWeek week;
    for (int d = 0; d < 7; ++d)
        week[size_t(d)].weekday = d + 1;
    return week;
}

QList<SetupTimeOff> BusinessSetupModel::timeOffOf(const QString &staffId) const
{
    QList<SetupTimeOff> found;
    for (const SetupTimeOff &t : m_setup.timeOff) {
        if (t.staffId == staffId)
            found.append(t);
    }
    return found;
}

std::optional<QSet<QString>> BusinessSetupModel::servicesOf(const QString &staffId) const
{
    if (const auto it = m_setup.staffServices.constFind(staffId);
        it != m_setup.staffServices.constEnd())
        return *it;
    return std::nullopt;
}

QStringList BusinessSetupModel::categories() const
{
    QStringList names;
    for (const SetupService &s : m_setup.services) {
        if (!s.category.isEmpty() && !names.contains(s.category))
            names.append(s.category);
    }
    return names;
}

} // namespace Chairside
