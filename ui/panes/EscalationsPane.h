#pragma once

#include "store/BusinessContext.h"

#include <QWidget>

namespace Chairside {

class StoreExecutor;

// The Escalations pane.
class EscalationsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EscalationsPane)

public:
    EscalationsPane(StoreExecutor *store, const BusinessContext &context,
                    QWidget *parent = nullptr);
    ~EscalationsPane() override;

private:
    StoreExecutor *m_store;
    BusinessContext m_context;
};

} // namespace Chairside
