#pragma once

#include "core/Role.h"

#include <QLocale>
#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace Chairside {

// Who is at the desk and for which business: what every pane needs to show times in the
// business's zone and money in its currency, and to decide which panes to show.
struct BusinessContext
{
    QString businessId;
    QString businessName;
    QTimeZone timeZone;
    // The zone of the computer at the desk: when its clocks differ from the business's, the
    // calendar shows both times.
    QTimeZone deskTimeZone = QTimeZone::systemTimeZone();
    QString currency;
    QLocale locale;
    QString staffId;
    QString staffName;
    StaffRole role = StaffRole::Owner;

    // The first business in the store with its first owner as the person at the desk (the demo
    // store has one business). Empty when the store holds no business yet.
    static std::optional<BusinessContext> loadDefault(QSqlDatabase &db);

    // The business and staff row of the signed-in person (staff_members.user_id) in a synced
    // cache; the role is the one the backend gave them. Empty until that row has been pulled.
    static std::optional<BusinessContext> loadForUser(QSqlDatabase &db, const QString &userId);
};

} // namespace Chairside
