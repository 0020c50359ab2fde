#pragma once

#include "store/StoreError.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Chairside {

// Recipe for the generated demo salon. The same options always give the same rows.
struct DemoSalonOptions
{
    int scale = 1;                         // multiplies customers, staff, appointments
    QString region = QStringLiteral("za"); // "za": Cape Town, ZAR; "th": Bangkok, THB
    QDate anchorDate;                      // "today" of the data; invalid: today's date
    quint32 seed = 20261122;
};

struct DemoSalonSummary
{
    int staff = 0;
    int services = 0;
    int customers = 0;
    int appointments = 0;
    int conversations = 0;
    int messages = 0;
    int handoffs = 0;
    int ledgerRows = 0;
    int notifications = 0;
};

// Whether the store holds no demo salon made from these options (so one must be generated).
bool needsDemoSalon(QSqlDatabase &db, const DemoSalonOptions &options);

// Replaces everything in the store with a demo salon, in one transaction: either the whole salon
// is written or nothing changes.
std::optional<StoreError> generateDemoSalon(QSqlDatabase &db, const DemoSalonOptions &options,
                                            DemoSalonSummary *summary = nullptr);

} // namespace Chairside
