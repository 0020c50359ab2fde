#pragma once

#include "store/StoreError.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Chairside {

// Recipe for the generated demo salon. The same options always give the same rows (ids included).
// The data's "now" is 11:00 business-local time on anchorDate: appointments run from 90 days
// before to 30 days after it, and everything that has happened (events, messages, ledger rows,
// notifications) lies at or before that moment.
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
    int workingHours = 0;
    int timeOff = 0;
    int staffServices = 0;
    int appointmentEvents = 0;
    int outboundMessages = 0;
    int loyaltyTiers = 0;
    int rewards = 0;
    int auditRows = 0;
};

// Whether the store holds no demo salon made from these options (so one must be generated).
bool needsDemoSalon(QSqlDatabase &db, const DemoSalonOptions &options);

// Replaces everything in the store with a demo salon, in one transaction: either the whole salon
// is written or nothing changes.
std::optional<StoreError> generateDemoSalon(QSqlDatabase &db, const DemoSalonOptions &options,
                                            DemoSalonSummary *summary = nullptr);

} // namespace Chairside
