#pragma once

#include "store/BusinessContext.h"

#include <QWidget>

namespace Chairside {

class StoreExecutor;

// The Customers pane.
class CustomersPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomersPane)

public:
    CustomersPane(StoreExecutor *store, const BusinessContext &context, QWidget *parent = nullptr);
    ~CustomersPane() override;

private:
    StoreExecutor *m_store;
    BusinessContext m_context;
};

} // namespace Chairside
