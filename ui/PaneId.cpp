#include "ui/PaneId.h"

#include <QStringList>

#include <array>

namespace Chairside {

namespace {
constexpr std::array<const char16_t *, kPaneCount> kKeys = {
    u"appointments", u"escalations", u"customers", u"analytics", u"notifications", u"business"};
}

QString paneKey(PaneId pane)
{
    return QString::fromUtf16(kKeys.at(static_cast<size_t>(pane)));
}

std::optional<PaneId> paneFromKey(QStringView key)
{
    for (size_t i = 0; i < kKeys.size(); ++i) {
        if (key.compare(QStringView(kKeys[i]), Qt::CaseInsensitive) == 0)
            return static_cast<PaneId>(i);
    }
    return std::nullopt;
}

QString paneKeysForHelp()
{
    QStringList keys;
    for (const char16_t *key : kKeys)
        keys.append(QString::fromUtf16(key));
    return keys.join(QStringLiteral(", "));
}

} // namespace Chairside
