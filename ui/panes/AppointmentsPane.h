#pragma once

#include "store/BusinessContext.h"

#include <QWidget>

namespace Chairside {

class StoreExecutor;

// The Appointments pane.
class AppointmentsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppointmentsPane)

public:
    AppointmentsPane(StoreExecutor *store, const BusinessContext &context,
                     QWidget *parent = nullptr);
    ~AppointmentsPane() override;

private:
    StoreExecutor *m_store;
    BusinessContext m_context;
};

} // namespace Chairside
