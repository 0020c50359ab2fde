#include "ui/panes/EscalationsPane.h"

#include "store/StoreExecutor.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Chairside {

EscalationsPane::EscalationsPane(StoreExecutor *store, const BusinessContext &context,
                                 QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Escalations"), this));
}

EscalationsPane::~EscalationsPane() = default;

} // namespace Chairside
