#include "ui/panes/NotificationsPane.h"

#include "store/StoreExecutor.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Chairside {

NotificationsPane::NotificationsPane(StoreExecutor *store, const BusinessContext &context,
                                     QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Notifications"), this));
}

NotificationsPane::~NotificationsPane() = default;

} // namespace Chairside
