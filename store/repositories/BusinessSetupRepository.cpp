#include "store/repositories/BusinessSetupRepository.h"

#include "store/Database.h"
#include "store/repositories/StaffRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace Chairside {

namespace {

std::optional<int> optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

} // namespace

QString describeStranded(const StrandedBookings &stranded, StrandCause cause, const QTimeZone &zone)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("Chairside::BusinessSetupRepository", text);
    };
    const QDateTime first = QDateTime::fromSecsSinceEpoch(stranded.firstStart, zone);
    const QString day = QLocale().toString(first.date(), QStringLiteral("ddd d MMM"));
    const QString time = first.time().toString(QStringLiteral("HH:mm"));
    const QString who = stranded.staffName.isEmpty() ? tr("this staff member") : stranded.staffName;
    const QString bookings = stranded.count == 1
                                 ? tr("1 upcoming appointment")
                                 : tr("%1 upcoming appointments").arg(stranded.count);
    QString text;
    switch (cause) {
    case StrandCause::OutsideHours:
        text = tr("%1 of %2 would fall outside these hours (the first on %3 at %4).");
        break;
    case StrandCause::DayOff:
        text = tr("%1 of %2 would fall on a day off (the first on %3 at %4).");
        break;
    case StrandCause::TimeOff:
        text = tr("%1 of %2 would fall in this time off (the first on %3 at %4).");
        break;
    case StrandCause::NobodyLeft:
        text = tr("%1 of %2 would have nobody to do them (the first on %3 at %4).");
        break;
    }
    return text.arg(bookings, who, day, time);
}

BusinessSetupRepository::BusinessSetupRepository(QSqlDatabase &db)
    : m_db(db)
{}

BusinessSetup BusinessSetupRepository::load(const QString &businessId, qint64 now)
{
    BusinessSetup setup;
    const auto failed = [&setup](const QSqlQuery &q) {
        setup.error = Database::errorFrom(q.lastError(), StoreError::Kind::Query);
        return setup;
    };

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT id, name, time_zone, currency, locale, phone, email, address, "
        "loyalty_minor_per_point, loyalty_expiry_months, version FROM businesses WHERE id = ?"));
    q.addBindValue(businessId);
    if (!q.exec())
        return failed(q);
    if (q.next()) {
        setup.profile =
            SetupProfile{q.value(0).toString(), q.value(1).toString(),   q.value(2).toString(),
                         q.value(3).toString(), q.value(4).toString(),   q.value(5).toString(),
                         q.value(6).toString(), q.value(7).toString(),   q.value(8).toLongLong(),
                         q.value(9).toInt(),    q.value(10).toLongLong()};
    }
    q.finish();

    q.prepare(QStringLiteral(
        "SELECT id, display_name, role, colour, phone, email, active, sort_order, "
        "user_id IS NOT NULL, version FROM staff_members WHERE business_id = ? AND deleted_at "
        "IS NULL ORDER BY sort_order, display_name COLLATE NOCASE, id"));
    q.addBindValue(businessId);
    if (!q.exec())
        return failed(q);
    while (q.next()) {
        SetupStaff s{q.value(0).toString(),   q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(),   q.value(4).toString(), q.value(5).toString(),
                     q.value(6).toInt() != 0, q.value(7).toInt(),    q.value(8).toInt() != 0,
                     q.value(9).toLongLong()};
        SetupWeek week;
        for (int d = 0; d < 7; ++d)
            week[size_t(d)].weekday = d + 1;
        setup.hours.insert(s.id, week);
        setup.staff.append(std::move(s));
    }
    q.finish();

    // The server keeps one span per person and weekday; older data may hold several, which
    // the day view reads as one span from the first start to the last end (as here).
    q.prepare(QStringLiteral(
        "SELECT staff_id, weekday, start_minute, end_minute, break_start_minute, "
        "break_end_minute FROM working_hours WHERE business_id = ? AND deleted_at IS NULL "
        "ORDER BY staff_id, weekday, start_minute, id"));
    q.addBindValue(businessId);
    if (!q.exec())
        return failed(q);
    while (q.next()) {
        const auto it = setup.hours.find(q.value(0).toString());
        const int weekday = q.value(1).toInt();
        if (it == setup.hours.end() || weekday < 1 || weekday > 7)
            continue;
        SetupDayHours &day = (*it)[size_t(weekday - 1)];
        const int start = q.value(2).toInt();
        const int end = q.value(3).toInt();
        if (!day.works) {
            day.startMinute = start;
            day.endMinute = end;
            day.breakStartMinute = optionalInt(q.value(4));
            day.breakEndMinute = optionalInt(q.value(5));
        } else {
            day.startMinute = std::min(day.startMinute, start);
            day.endMinute = std::max(day.endMinute, end);
        }
        day.works = true;
    }
    q.finish();

    // Opening hours: the span in which anyone active works, per weekday.
    for (const SetupStaff &s : std::as_const(setup.staff)) {
        if (!s.active)
            continue;
        const SetupWeek &week = setup.hours.value(s.id);
        for (const SetupDayHours &day : week) {
            if (!day.works)
                continue;
            auto &open = setup.openingHours[size_t(day.weekday - 1)];
            open = open ? std::pair(std::min(open->first, day.startMinute),
                                    std::max(open->second, day.endMinute))
                        : std::pair(day.startMinute, day.endMinute);
        }
    }

    q.prepare(QStringLiteral(
        "SELECT id, staff_id, starts_at, ends_at, reason, version FROM time_off WHERE "
        "business_id = ? AND deleted_at IS NULL AND ends_at > ? ORDER BY starts_at, id"));
    q.addBindValue(businessId);
    q.addBindValue(now);
    if (!q.exec())
        return failed(q);
    while (q.next()) {
        setup.timeOff.append(SetupTimeOff{q.value(0).toString(), q.value(1).toString(),
                                          q.value(2).toLongLong(), q.value(3).toLongLong(),
                                          q.value(4).toString(), q.value(5).toLongLong()});
    }
    q.finish();

    q.prepare(QStringLiteral(
        "SELECT id, name, category, duration_minutes, processing_minutes, buffer_minutes, "
        "price_minor, colour, active, version FROM services WHERE business_id = ? AND "
        "deleted_at IS NULL ORDER BY category COLLATE NOCASE, name COLLATE NOCASE, id"));
    q.addBindValue(businessId);
    if (!q.exec())
        return failed(q);
    while (q.next()) {
        setup.services.append(SetupService{
            q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
            q.value(4).toInt(), q.value(5).toInt(), q.value(6).toLongLong(), q.value(7).toString(),
            q.value(8).toInt() != 0, q.value(9).toLongLong()});
    }
    q.finish();

    StaffServicesResult performed = StaffRepository(m_db).performedServices(businessId);
    if (performed.error) {
        setup.error = performed.error;
        return setup;
    }
    setup.staffServices = std::move(performed.services);
    return setup;
}

std::optional<QList<BusinessSetupRepository::Upcoming>>
BusinessSetupRepository::upcoming(const QString &staffId, qint64 now, StoreError *error)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT id, starts_at, ends_at FROM appointments WHERE staff_id = ? AND deleted_at IS "
        "NULL AND status IN ('requested','confirmed') AND starts_at >= ? ORDER BY starts_at, id"));
    q.addBindValue(staffId);
    q.addBindValue(now);
    if (!q.exec()) {
        *error = Database::errorFrom(q.lastError(), StoreError::Kind::Query);
        return std::nullopt;
    }
    QList<Upcoming> rows;
    while (q.next())
        rows.append(
            Upcoming{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong()});
    return rows;
}

StrandedBookings BusinessSetupRepository::stranded(const QString &staffId,
                                                   const QList<Upcoming> &bookings)
{
    StrandedBookings result;
    result.count = int(bookings.size());
    for (const Upcoming &b : bookings)
        result.ids.append(b.id);
    if (bookings.isEmpty())
        return result;
    result.firstStart = bookings.first().startsAt;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT display_name FROM staff_members WHERE id = ?"));
    q.addBindValue(staffId);
    if (q.exec() && q.next())
        result.staffName = q.value(0).toString();
    return result;
}

StrandedBookings BusinessSetupRepository::strandedByHours(const QString &staffId,
                                                          const SetupDayHours &hours,
                                                          const QTimeZone &zone, qint64 now)
{
    StoreError error;
    const auto all = upcoming(staffId, now, &error);
    if (!all)
        return StrandedBookings{.error = error};
    QList<Upcoming> hit;
    for (const Upcoming &b : *all) {
        const QDateTime local = QDateTime::fromSecsSinceEpoch(b.startsAt, zone);
        if (local.date().dayOfWeek() != hours.weekday)
            continue;
        // As the server: the start's wall-clock minute and the booking's length.
        const int start = local.time().hour() * 60 + local.time().minute();
        const int end = start + int((b.endsAt - b.startsAt) / 60);
        const bool inBreak = hours.breakStartMinute && hours.breakEndMinute
                             && start < *hours.breakEndMinute && end > *hours.breakStartMinute;
        if (!hours.works || start < hours.startMinute || end > hours.endMinute || inBreak)
            hit.append(b);
    }
    return stranded(staffId, hit);
}

StrandedBookings BusinessSetupRepository::strandedByTimeOff(const QString &staffId, qint64 startsAt,
                                                            qint64 endsAt, qint64 now)
{
    StoreError error;
    const auto all = upcoming(staffId, now, &error);
    if (!all)
        return StrandedBookings{.error = error};
    QList<Upcoming> hit;
    for (const Upcoming &b : *all) {
        if (b.startsAt < endsAt && b.endsAt > startsAt)
            hit.append(b);
    }
    return stranded(staffId, hit);
}

StrandedBookings BusinessSetupRepository::strandedByLeaving(const QString &staffId, qint64 now)
{
    StoreError error;
    const auto all = upcoming(staffId, now, &error);
    if (!all)
        return StrandedBookings{.error = error};
    return stranded(staffId, *all);
}

} // namespace Chairside
