#pragma once

#include "core/business/StaffServices.h"
#include "store/StoreError.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace Chairside {

struct StaffMember
{
    QString id;
    QString name;
    QString colour; // "#rrggbb"
    QString roleKey;
};

// A stretch of one local day in minutes since local midnight, [start, end).
struct DayMinutes
{
    int start = 0;
    int end = 0;
    QString label; // why (time off reason), may be empty
};

// One staff member's day: when they work, their break and their time off, in local minutes.
struct StaffDay
{
    StaffMember member;
    bool works = false; // has working hours on this weekday
    int workStart = 0;
    int workEnd = 0;
    std::optional<DayMinutes> lunchBreak;
    QList<DayMinutes> timeOff;
};

struct StaffDayResult
{
    QList<StaffDay> staff;
    std::optional<StoreError> error;
};

struct StaffListResult
{
    QList<StaffMember> staff;
    std::optional<StoreError> error;
};

struct StaffServicesResult
{
    StaffServices::Map services;
    std::optional<StoreError> error;
};

// Reads staff members, their working hours and time off from the local store.
class StaffRepository final
{
public:
    explicit StaffRepository(QSqlDatabase &db);

    // Active staff in their display order (sort_order, then name).
    StaffListResult activeStaff(const QString &businessId);

    // Who performs which services (the live staff_services rows); a person without any
    // performs every service.
    StaffServicesResult performedServices(const QString &businessId);

    // Active staff with their hours on `date` (business zone `zone`): weekday hours from
    // working_hours (weekday 1 = Monday, as QDate::dayOfWeek), time off clipped to the day.
    StaffDayResult daySchedule(const QString &businessId, const QDate &date, const QTimeZone &zone);
    // The same for `members` read once by activeStaff(): a week asks for seven days.
    StaffDayResult daySchedule(const QString &businessId, const QList<StaffMember> &members,
                               const QDate &date, const QTimeZone &zone);

    // Minutes since local midnight of `date` for a Unix time, clamped to [0, 1440].
    static int localMinuteOfDay(qint64 secs, const QDate &date, const QTimeZone &zone);

private:
    QSqlDatabase &m_db;
};

} // namespace Chairside
