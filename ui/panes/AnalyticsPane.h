#pragma once

#include "store/BusinessContext.h"

#include <QWidget>

namespace Chairside {

class StoreExecutor;

// The Analytics pane.
class AnalyticsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalyticsPane)

public:
    AnalyticsPane(StoreExecutor *store, const BusinessContext &context, QWidget *parent = nullptr);
    ~AnalyticsPane() override;

private:
    StoreExecutor *m_store;
    BusinessContext m_context;
};

} // namespace Chairside
