#include "resources/Resources.h"

#include <QtCore/qglobal.h>

static void initChairsideResources()
{
    Q_INIT_RESOURCE(chairside_resources);
}

namespace Chairside {
void initResources()
{
    initChairsideResources();
}
} // namespace Chairside
