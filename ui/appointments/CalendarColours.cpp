#include "ui/appointments/CalendarColours.h"

#include "ui/ColourMath.h"
#include "ui/DarkPalette.h"

#include <QPalette>

namespace Chairside {

CalendarColours CalendarColours::forPalette(const QPalette &palette)
{
    if (!isDarkPalette(palette)) {
        return CalendarColours{
            .offHours = QColor(0xec, 0xee, 0xf1),
            .offHatch = QColor(0xd3, 0xd7, 0xdc),
            .hourLine = QColor(0xd3, 0xd7, 0xdc),
            .halfHourLine = QColor(0xe4, 0xe7, 0xeb),
            .quarterLine = QColor(0xf1, 0xf3, 0xf5),
            .mutedText = QColor(0x5f, 0x66, 0x6d),
            .deskZoneText = QColor(0x1f, 0x5f, 0xa8),
            .todayText = QColor(0xb3, 0x26, 0x1e), // the now line's red, darker for AA
        };
    }
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    return CalendarColours{
        .offHours = mixedColour(base, Qt::black, 0.35),
        .offHatch = mixedColour(base, text, 0.12),
        .hourLine = mixedColour(base, text, 0.22),
        .halfHourLine = mixedColour(base, text, 0.13),
        .quarterLine = mixedColour(base, text, 0.06),
        .mutedText = mixedColour(text, base, 0.32),
        .deskZoneText = QColor(0x8a, 0xb4, 0xf8),
        .todayText = QColor(0xf2, 0x8b, 0x82),
    };
}

} // namespace Chairside
