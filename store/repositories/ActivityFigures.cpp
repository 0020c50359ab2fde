#include "store/repositories/ActivityFigures.h"

#include "store/DirectStatement.h"

#include <QSet>

#include <algorithm>
#include <utility>

namespace Chairside {

namespace {

bool inside(const ReportPeriod &period, qint64 moment)
{
    return period.days() > 0 && moment >= period.start && moment < period.end;
}

// Both periods' range, or the period's alone when there is no previous one.
std::pair<qint64, qint64> rangeOf(const ReportPeriod &period, const ReportPeriod &previous)
{
    if (previous.days() <= 0)
        return {period.start, period.end};
    return {std::min(period.start, previous.start), std::max(period.end, previous.end)};
}

// The SQL for `columns` of a business's live rows of `table` whose `moment` is in [?, ?);
// the business and the bounds are bound (only names of this file's own are put in the text).
QString liveRowsBetween(QStringView columns, QStringView table, QStringView moment)
{
    return QStringLiteral("SELECT %1 FROM %2 WHERE business_id = ? AND deleted_at IS NULL "
                          "AND %3 >= ? AND %3 < ?")
        .arg(columns, table, moment);
}

} // namespace

ActivityFigures ActivityFigures::read(QSqlDatabase &db, const QString &businessId,
                                      const ReportPeriod &period, const ReportPeriod &previous)
{
    ActivityFigures figures;
    for (int i = 0; i < period.days(); ++i)
        figures.handoffDays.append({period.first.addDays(i)});
    const auto [from, to] = rangeOf(period, previous);
    const auto countsAt = [&](qint64 moment) -> PeriodCounts * {
        if (inside(period, moment))
            return &figures.current;
        if (inside(previous, moment))
            return &figures.previous;
        return nullptr;
    };

    // The handoffs of both periods: counts, and the period's per day by how they ended.
    const std::vector<qint64> days = dayBoundaries(period);
    DirectStatement handoffs(
        db, liveRowsBetween(u"created_at, resolved, outcome", u"ai_handoffs", u"created_at"));
    handoffs.bindAll(businessId, from, to);
    while (handoffs.next()) {
        const qint64 createdAt = handoffs.integer(0);
        PeriodCounts *counts = countsAt(createdAt);
        if (!counts)
            continue;
        const QByteArrayView outcome = handoffs.utf8(2);
        counts->handoffs += 1;
        counts->handoffsBooked += outcome == "booked" ? 1 : 0;
        const int day = counts == &figures.current ? dayIndexOf(days, createdAt) : -1;
        if (day >= 0) {
            const auto group =
                handoffOutcomeGroup(handoffs.integer(1) != 0, QString::fromUtf8(outcome));
            figures.handoffDays[day].outcomes[size_t(group)] += 1;
        }
    }
    figures.error = handoffs.error();
    if (figures.error)
        return figures;

    // The conversations that ever had a live handoff (any date: a handoff may come later),
    // from the small covering index idx_handoffs_conversation_live (a conversation id belongs
    // to one business), then the conversations of both periods.
    QSet<QByteArray> handedOff;
    DirectStatement raised(db, QStringLiteral("SELECT DISTINCT conversation_id FROM ai_handoffs "
                                              "WHERE deleted_at IS NULL"));
    while (raised.next())
        handedOff.insert(raised.utf8(0).toByteArray());
    figures.error = raised.error();
    if (figures.error)
        return figures;

    DirectStatement conversations(
        db, liveRowsBetween(u"started_at, status, id", u"ai_conversations", u"started_at"));
    conversations.bindAll(businessId, from, to);
    while (conversations.next()) {
        PeriodCounts *counts = countsAt(conversations.integer(0));
        if (!counts)
            continue;
        const QByteArrayView id = conversations.utf8(2);
        counts->conversations += 1;
        counts->resolvedByAi += conversations.utf8(1) == "resolved_by_ai" ? 1 : 0;
        counts->conversationsHandedOff +=
            handedOff.contains(QByteArray::fromRawData(id.data(), id.size())) ? 1 : 0;
    }
    figures.error = conversations.error();
    return figures;
}

} // namespace Chairside
