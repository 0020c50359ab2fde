#pragma once

#include <QString>

#include <optional>

namespace Chairside {

// The panes of the main window, in navigation order. The keys are the --pane names.
enum class PaneId {
    Appointments,
    Escalations,
    Customers,
    Analytics,
    Notifications,
    Business,
};
inline constexpr int kPaneCount = 6;

QString paneKey(PaneId pane);
std::optional<PaneId> paneFromKey(QStringView key);
QString paneKeysForHelp(); // "appointments, escalations, ..."

} // namespace Chairside
