#pragma once

#include "core/business/StaffServices.h"
#include "store/StoreError.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>

#include <array>
#include <optional>

namespace Chairside {

// The business row as the settings pane edits it.
struct SetupProfile
{
    QString id{};
    QString name{};
    QString timeZone{};
    QString currency{};
    QString locale{};
    QString phone{};
    QString email{};
    QString address{};
    qint64 loyaltyMinorPerPoint = 1000;
    int loyaltyExpiryMonths = 12;
    qint64 version = 0;
};

struct SetupStaff
{
    QString id{};
    QString displayName{};
    QString role{}; // staff, admin, owner
    QString colour{};
    QString phone{};
    QString email{};
    bool active = true;
    int sortOrder = 0;
    bool canSignIn = false; // has a linked sign-in (user_id)
    qint64 version = 0;
};

// One weekday of one person: works or not, the span and at most one break (local minutes).
struct SetupDayHours
{
    int weekday = 1; // ISO, 1 = Monday
    bool works = false;
    int startMinute = 9 * 60;
    int endMinute = 17 * 60;
    std::optional<int> breakStartMinute{};
    std::optional<int> breakEndMinute{};

    friend bool operator==(const SetupDayHours &, const SetupDayHours &) = default;
};
using SetupWeek = std::array<SetupDayHours, 7>; // [0] = Monday

struct SetupTimeOff
{
    QString id{};
    QString staffId{};
    qint64 startsAt = 0;
    qint64 endsAt = 0;
    QString reason{};
    qint64 version = 0;
};

struct SetupService
{
    QString id{};
    QString name{};
    QString category{};
    int durationMinutes = 60;
    int processingMinutes = 0;
    int bufferMinutes = 0;
    qint64 priceMinor = 0;
    QString colour{};
    bool active = true;
    qint64 version = 0;
};

// Everything the business settings pane shows, read in one job (the setup tables are small).
struct BusinessSetup
{
    SetupProfile profile{};
    QList<SetupStaff> staff{};          // sort_order, then name; inactive ones included
    QHash<QString, SetupWeek> hours{};  // by staff id; every person has seven days
    QList<SetupTimeOff> timeOff{};      // not yet over at `now`, earliest first
    QList<SetupService> services{};     // category, then name; inactive ones included
    StaffServices::Map staffServices{}; // who performs what; absent: every service
    std::array<std::optional<std::pair<int, int>>, 7> openingHours{}; // earliest start, latest end
    std::optional<StoreError> error;
};

// Upcoming bookings a setup change would leave without their stylist, as the server's
// private.strands counts them: requested or confirmed, not deleted, starting at or after now.
struct StrandedBookings
{
    int count = 0;
    QStringList ids{};     // earliest first
    qint64 firstStart = 0; // Unix seconds
    QString staffName{};
    std::optional<StoreError> error{};
};

// Why bookings would be stranded, for the sentence.
enum class StrandCause { OutsideHours, DayOff, TimeOff, NobodyLeft };

// "2 upcoming appointments of Zodwa would fall outside these hours (the first on Tue 10 Mar at
// 10:00)." in the business's zone; the caller adds what the owner can do about it.
QString describeStranded(const StrandedBookings &stranded, StrandCause cause,
                         const QTimeZone &zone);

// Reads the business setup (profile, staff, hours, time off, services) from the local store and
// answers which upcoming bookings a change would strand. Runs on the store's thread.
class BusinessSetupRepository final
{
public:
    explicit BusinessSetupRepository(QSqlDatabase &db);

    BusinessSetup load(const QString &businessId, qint64 now);

    // Bookings of `staffId` that the day `hours` (a day off when !works) would put outside the
    // working hours or inside the break, in the business's zone.
    StrandedBookings strandedByHours(const QString &staffId, const SetupDayHours &hours,
                                     const QTimeZone &zone, qint64 now);
    // Bookings of `staffId` overlapping [startsAt, endsAt).
    StrandedBookings strandedByTimeOff(const QString &staffId, qint64 startsAt, qint64 endsAt,
                                       qint64 now);
    // Every upcoming booking of `staffId` (deactivating or removing them).
    StrandedBookings strandedByLeaving(const QString &staffId, qint64 now);

private:
    struct Upcoming
    {
        QString id;
        qint64 startsAt = 0;
        qint64 endsAt = 0;
    };
    std::optional<QList<Upcoming>> upcoming(const QString &staffId, qint64 now, StoreError *error);
    StrandedBookings stranded(const QString &staffId, const QList<Upcoming> &bookings);

    QSqlDatabase &m_db;
};

} // namespace Chairside
