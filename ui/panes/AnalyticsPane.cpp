#include "ui/panes/AnalyticsPane.h"

#include "store/StoreExecutor.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Chairside {

AnalyticsPane::AnalyticsPane(StoreExecutor *store, const BusinessContext &context, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Analytics"), this));
}

AnalyticsPane::~AnalyticsPane() = default;

} // namespace Chairside
