#include "ui/panes/CustomersPane.h"

#include "store/StoreExecutor.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Chairside {

CustomersPane::CustomersPane(StoreExecutor *store, const BusinessContext &context, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Customers"), this));
}

CustomersPane::~CustomersPane() = default;

} // namespace Chairside
