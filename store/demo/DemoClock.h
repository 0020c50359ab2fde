#pragma once

#include <QDate>
#include <QHash>
#include <QTimeZone>

#include <optional>

namespace Chairside {

// Business-local wall time to Unix seconds and back. QTimeZone does the conversion, so days
// with a daylight-saving change are right; ordinary days are cached by their UTC offset because
// the generator converts hundreds of thousands of times.
class DemoClock final
{
public:
    explicit DemoClock(const QTimeZone &zone);

    const QTimeZone &zone() const { return m_zone; }
    // Unix seconds of `minute` minutes after local midnight of `date`.
    qint64 toEpoch(QDate date, int minute) const;
    QDate localDate(qint64 epoch) const;
    int localMinute(qint64 epoch) const; // minutes after local midnight

private:
    // The UTC offset that holds for the whole local day, or nullopt on a transition day.
    std::optional<int> uniformOffset(QDate date) const;

    QTimeZone m_zone;
    mutable QHash<qint64, std::optional<int>> m_offsets;
};

} // namespace Chairside
