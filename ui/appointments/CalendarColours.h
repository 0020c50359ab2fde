#pragma once

#include <QColor>

class QPalette;

namespace Chairside {

// The calendar's own colours for its grid, shading and labels, picked for the palette it paints
// with. On a light desktop they are the calendar's fixed greys; on a dark one they are mixed from
// the palette, so hours off stay shaded darker than the working day, as on a light desk, and
// the lines stay faint instead of glaring. Appointment blocks keep their light status fills and
// dark words on either (see DayScheduleModel::StatusFillRole).
struct CalendarColours
{
    QColor offHours;     // before and after the working day, breaks, time off
    QColor offHatch;     // the stripes over them
    QColor hourLine;     // the grid's hour lines and column edges
    QColor halfHourLine; // the half hours
    QColor quarterLine;  // the quarter hours
    QColor mutedText;    // hour labels, column details, "Break"
    QColor deskZoneText; // the desk computer's own clock beside the business's
    QColor todayText;    // today's column title in a week

    static CalendarColours forPalette(const QPalette &palette);
};

} // namespace Chairside
