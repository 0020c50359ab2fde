#pragma once

#include "sync/LocalMutations.h"
#include "sync/Mutation.h"

#include <QSqlDatabase>
#include <QString>

namespace Chairside {

// The business setup kinds the desk applies locally (business.update, service.upsert,
// staff.upsert, working_hours.set, time_off.upsert, staff.services_set), mirroring the server's
// supabase/migrations/20261202000300_business_setup.sql and 20261203000100_staff_services.sql:
// owners only, the same ranges
// (core/business/SetupRules), absent keys keep their values, and a change that would strand
// upcoming bookings is refused unless the payload says "confirm_stranded": true.
bool isLocalSetupKind(const QString &kind);

// Called by applyLocally inside its savepoint; on refusal nothing is written.
LocalEffect applySetupLocally(QSqlDatabase &db, const Mutation &mutation, const LocalActor &actor);

// "Change the price of Cut & blow-dry", or empty when the rows are missing.
QString describeSetupMutation(QSqlDatabase &db, const Mutation &mutation);

// The table of the row the server answers with.
QString setupAnswerTable(const QString &kind);

} // namespace Chairside
