#pragma once

#include "store/BusinessContext.h"

#include <QWidget>

namespace Chairside {

class StoreExecutor;

// The Notifications pane.
class NotificationsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationsPane)

public:
    NotificationsPane(StoreExecutor *store, const BusinessContext &context,
                      QWidget *parent = nullptr);
    ~NotificationsPane() override;

private:
    StoreExecutor *m_store;
    BusinessContext m_context;
};

} // namespace Chairside
