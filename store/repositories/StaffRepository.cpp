#include "store/repositories/StaffRepository.h"

#include "core/calendar/BusinessTime.h"
#include "store/Database.h"

#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace Chairside {

StaffRepository::StaffRepository(QSqlDatabase &db)
    : m_db(db)
{}

StaffListResult StaffRepository::activeStaff(const QString &businessId)
{
    StaffListResult result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT id, display_name, colour, role FROM staff_members WHERE business_id = ? AND "
        "active = 1 AND deleted_at IS NULL ORDER BY sort_order, display_name COLLATE NOCASE, id"));
    q.addBindValue(businessId);
    if (!q.exec()) {
        result.error = Database::errorFrom(q.lastError(), StoreError::Kind::Query);
        return result;
    }
    while (q.next()) {
        result.staff.append(StaffMember{q.value(0).toString(), q.value(1).toString(),
                                        q.value(2).toString(), q.value(3).toString()});
    }
    return result;
}

StaffServicesResult StaffRepository::performedServices(const QString &businessId)
{
    StaffServicesResult result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT staff_id, service_id FROM staff_services WHERE "
                             "business_id = ? AND deleted_at IS NULL"));
    q.addBindValue(businessId);
    if (!q.exec()) {
        result.error = Database::errorFrom(q.lastError(), StoreError::Kind::Query);
        return result;
    }
    while (q.next())
        result.services[q.value(0).toString()].insert(q.value(1).toString());
    return result;
}

int StaffRepository::localMinuteOfDay(qint64 secs, const QDate &date, const QTimeZone &zone)
{
    return BusinessTime::minuteOfDay(secs, date, zone);
}

StaffDayResult StaffRepository::daySchedule(const QString &businessId, const QDate &date,
                                            const QTimeZone &zone)
{
    StaffListResult members = activeStaff(businessId);
    if (members.error) {
        StaffDayResult result;
        result.error = members.error;
        return result;
    }
    return daySchedule(businessId, members.staff, date, zone);
}

StaffDayResult StaffRepository::daySchedule(const QString &businessId,
                                            const QList<StaffMember> &members, const QDate &date,
                                            const QTimeZone &zone)
{
    StaffDayResult result;
    QHash<QString, qsizetype> indexById;
    for (const StaffMember &member : members) {
        indexById.insert(member.id, result.staff.size());
        result.staff.append(StaffDay{member, false, 0, 0, std::nullopt, {}});
    }

    QSqlQuery hours(m_db);
    hours.setForwardOnly(true);
    hours.prepare(QStringLiteral(
        "SELECT staff_id, start_minute, end_minute, break_start_minute, break_end_minute FROM "
        "working_hours WHERE business_id = ? AND weekday = ? AND deleted_at IS NULL"));
    hours.addBindValue(businessId);
    hours.addBindValue(date.dayOfWeek());
    if (!hours.exec()) {
        result.error = Database::errorFrom(hours.lastError(), StoreError::Kind::Query);
        return result;
    }
    while (hours.next()) {
        const auto it = indexById.constFind(hours.value(0).toString());
        if (it == indexById.constEnd())
            continue;
        StaffDay &day = result.staff[*it];
        const int start = hours.value(1).toInt();
        const int end = hours.value(2).toInt();
        // Split shifts are stored as several rows: the day spans from the first start to the
        // last end.
        day.workStart = day.works ? std::min(day.workStart, start) : start;
        day.workEnd = day.works ? std::max(day.workEnd, end) : end;
        day.works = true;
        if (!hours.value(3).isNull() && !hours.value(4).isNull())
            day.lunchBreak = DayMinutes{hours.value(3).toInt(), hours.value(4).toInt(), {}};
    }

    const qint64 dayStart = BusinessTime::startOfDay(date, zone);
    const qint64 dayEnd = BusinessTime::startOfDay(date.addDays(1), zone);
    QSqlQuery off(m_db);
    off.setForwardOnly(true);
    off.prepare(QStringLiteral(
        "SELECT staff_id, starts_at, ends_at, COALESCE(reason, '') FROM time_off WHERE "
        "business_id = ? AND deleted_at IS NULL AND starts_at < ? AND ends_at > ? "
        "ORDER BY starts_at"));
    off.addBindValue(businessId);
    off.addBindValue(dayEnd);
    off.addBindValue(dayStart);
    if (!off.exec()) {
        result.error = Database::errorFrom(off.lastError(), StoreError::Kind::Query);
        return result;
    }
    while (off.next()) {
        const auto it = indexById.constFind(off.value(0).toString());
        if (it == indexById.constEnd())
            continue;
        const int start = localMinuteOfDay(off.value(1).toLongLong(), date, zone);
        const int end = localMinuteOfDay(off.value(2).toLongLong(), date, zone);
        if (end > start)
            result.staff[*it].timeOff.append(DayMinutes{start, end, off.value(3).toString()});
    }
    return result;
}

} // namespace Chairside
