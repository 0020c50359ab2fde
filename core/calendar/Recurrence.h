#pragma once

#include <QDate>
#include <QList>
#include <QTimeZone>

namespace Chairside {

// A repeating booking: every N weeks on the same weekday at the same wall-clock time in the
// business's zone (also across daylight-saving changes), until a date or for a count of visits.
struct RecurrenceRule
{
    static constexpr int kMaxOccurrences = 52;

    int everyWeeks = 1; // 1–12
    int count = 0;      // visits including the first; 0: until `until`
    QDate until;        // last possible day, included; invalid: use count

    bool isValid() const
    {
        return everyWeeks >= 1 && everyWeeks <= 12 && (count > 0 || until.isValid());
    }
};

struct Occurrence
{
    QDate date;
    qint64 startsAt = 0; // Unix seconds
    qint64 endsAt = 0;
};

namespace Recurrence {

// The visits of a series whose first visit is on `first` at wall-clock `startMinute`, each
// `durationMinutes` of real time long; at most RecurrenceRule::kMaxOccurrences.
QList<Occurrence> expand(const QDate &first, int startMinute, int durationMinutes,
                         const RecurrenceRule &rule, const QTimeZone &zone);

} // namespace Recurrence

} // namespace Chairside
