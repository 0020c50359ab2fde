#pragma once

#include "store/repositories/BusinessSetupRepository.h"

#include <QSet>
#include <QWidget>

#include <optional>

class QCheckBox;
class QListWidget;

namespace Chairside {

// The services one person performs (staff.services_set): "Every service", or a checklist of the
// business's services. Services removed from the business are not listed, so they drop out of a
// person's list when it is next saved (the server refuses removed services).
class StaffServicesEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaffServicesEditor)

public:
    explicit StaffServicesEditor(QWidget *parent = nullptr);

    // The business's services in display order; what is ticked stays ticked.
    void setServices(const QList<SetupService> &services);
    // nullopt: every service.
    void setChosen(const std::optional<QSet<QString>> &chosen);
    std::optional<QSet<QString>> chosen() const;
    // Whether the ticks differ from `stored` (the services no longer listed left aside).
    bool differsFrom(const std::optional<QSet<QString>> &stored) const;

    QCheckBox *everyService() const { return m_every; }
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void edited();

private:
    void tick(const QSet<QString> &ids);
    void updateEnabled();

    QCheckBox *m_every;
    QListWidget *m_list;
    bool m_filling = false;
};

} // namespace Chairside
