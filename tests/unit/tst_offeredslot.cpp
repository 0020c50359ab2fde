#include "models/escalations/TranscriptModel.h"

#include <QDateTime>
#include <QTest>

using namespace Chairside;

// Booking from a handoff starts at the slot the assistant offered: the first one still ahead,
// read as a wall time in the business's zone.
class TestOfferedSlot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstSlotStillAhead()
    {
        const QTimeZone joburg("Africa/Johannesburg");
        const qint64 now = QDateTime(QDate(2026, 9, 5), QTime(8, 30), joburg).toSecsSinceEpoch();
        // 08:15 has passed; 09:45 Johannesburg is 07:45 UTC.
        QCOMPARE(
            TranscriptModel::firstOfferedSlot(QStringLiteral("2026-09-05T08:15, 2026-09-05T09:45"),
                                              joburg, now),
            std::optional<qint64>(
                QDateTime(QDate(2026, 9, 5), QTime(7, 45), QTimeZone::utc()).toSecsSinceEpoch()));
        QCOMPARE(TranscriptModel::firstOfferedSlot(QStringLiteral("2026-09-05T08:15"), joburg, now),
                 std::nullopt);
        QCOMPARE(TranscriptModel::firstOfferedSlot(QStringLiteral("soon, tomorrow"), joburg, now),
                 std::nullopt);
    }

    // A slot on the night London's clocks go forward lands after the gap.
    void slotInADstGap()
    {
        const QTimeZone london("Europe/London");
        const qint64 now = 0;
        QCOMPARE(
            TranscriptModel::firstOfferedSlot(QStringLiteral("2026-03-29T01:30"), london, now),
            std::optional<qint64>(
                QDateTime(QDate(2026, 3, 29), QTime(1, 30), QTimeZone::utc()).toSecsSinceEpoch()));
    }
};

QTEST_GUILESS_MAIN(TestOfferedSlot)
#include "tst_offeredslot.moc"
