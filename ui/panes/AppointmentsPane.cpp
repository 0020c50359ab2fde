#include "ui/panes/AppointmentsPane.h"

#include "store/StoreExecutor.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Chairside {

AppointmentsPane::AppointmentsPane(StoreExecutor *store, const BusinessContext &context,
                                   QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Appointments"), this));
}

AppointmentsPane::~AppointmentsPane() = default;

} // namespace Chairside
