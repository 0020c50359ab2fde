#include "translations/TranslationResources.h"

#include <QtCore/qglobal.h>

static void initChairsideTranslations()
{
    Q_INIT_RESOURCE(chairside_translations);
}

namespace Chairside {
void initTranslationResources()
{
    initChairsideTranslations();
}
} // namespace Chairside
