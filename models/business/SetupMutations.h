#pragma once

#include "store/repositories/BusinessSetupRepository.h"
#include "sync/Mutation.h"

#include <QSet>
#include <QString>

#include <optional>

namespace Chairside::SetupMutations {

// Builders for the business setup kinds of apply_mutations
// (supabase/migrations/20261202000300_business_setup.sql), with the server's payload keys.
// Only the fields that changed are sent (an upsert's absent keys keep their values); new rows
// get every field. Times are Unix seconds.

// business.update: the profile fields that differ from `before`.
Mutation updateBusiness(const SetupProfile &before, const SetupProfile &after);

// service.upsert: a new service when `before` is empty, else the changed fields.
Mutation upsertService(const std::optional<SetupService> &before, const SetupService &after);
Mutation removeService(const SetupService &service);

// staff.upsert, likewise.
Mutation upsertStaff(const std::optional<SetupStaff> &before, const SetupStaff &after);

// staff.services_set: the services the person performs (nullopt or empty: every service).
Mutation setStaffServices(const QString &staffId, const std::optional<QSet<QString>> &services);

// working_hours.set for one weekday: the span and break, or a day off.
Mutation setWorkingHours(const QString &staffId, const SetupDayHours &day);

// time_off.upsert: a new stretch (empty id) or a change; removeTimeOff marks it deleted.
Mutation upsertTimeOff(const SetupTimeOff &timeOff);
Mutation removeTimeOff(const SetupTimeOff &timeOff);

// The same intent under a new mutation id, saying the owner accepts stranded bookings.
Mutation confirmStranded(const Mutation &mutation);

// Whether the mutation would change anything (a payload with more than its keys).
bool changesSomething(const Mutation &mutation);

} // namespace Chairside::SetupMutations
