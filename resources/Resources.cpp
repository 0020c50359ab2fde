#include "resources/Resources.h"

#include <QtCore/qglobal.h>

static void initChairsideResources()
{
    Q_INIT_RESOURCE(chairside_resources);
    Q_INIT_RESOURCE(chairside_nav_icons);
}

namespace Chairside {
void initResources()
{
    initChairsideResources();
}
} // namespace Chairside
