#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace Chairside {

// The four urgency levels shared by handoffs and notifications, with the label and icon every
// list shows together (never colour alone).
enum class PriorityLevel {
    Low,
    Normal,
    High,
    Urgent,
};

// Notifications store the level as text ('low' ... 'urgent'); unknown text reads as normal.
PriorityLevel priorityFromKey(QStringView key);

// Handoffs store it as 1 (urgent) ... 4 (low) so the queue index sorts the most urgent first.
PriorityLevel priorityFromHandoff(int value);

QString priorityLabel(PriorityLevel level);
QColor priorityColour(PriorityLevel level);

// A small glyph with a distinct shape per level. Needs a QGuiApplication.
QIcon priorityIcon(PriorityLevel level);

} // namespace Chairside
