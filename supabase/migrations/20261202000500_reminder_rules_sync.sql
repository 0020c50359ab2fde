-- Chairside backend, part 10: reminder rules reach the desks.
--
-- Puts reminder_rules (20261202000200_reminders.sql) into sync_pull, sync_pull_page, sync_audit
-- and the change signals. The desktop keeps the table since store migration 7
-- (store/Migrations.cpp) and lists it last in sync/RowCodec.cpp syncedTables(); that store
-- migration also drops the pull cursor, so a desk that synced before pulls the rules row (which
-- is older than its cursor) with one full pull merged by version.

-- Appended at the end: a stored cursor's table number keeps meaning the same table.
create or replace function private.sync_tables() returns text[]
language sql immutable
set search_path = ''
as $$
  select array['businesses', 'staff_members', 'working_hours', 'time_off', 'services',
               'customers', 'appointments', 'appointment_events', 'ai_conversations',
               'ai_messages', 'ai_handoffs', 'outbound_messages', 'loyalty_tiers',
               'loyalty_rewards', 'loyalty_ledger', 'notifications', 'reminder_rules']
$$;

create trigger notify_change after insert or update on public.reminder_rules
  for each row execute function private.notify_change();

do $$
begin
  if exists (select 1 from pg_publication where pubname = 'supabase_realtime')
     and not exists (select 1 from pg_publication_tables
                     where pubname = 'supabase_realtime' and schemaname = 'public'
                       and tablename = 'reminder_rules') then
    alter publication supabase_realtime add table public.reminder_rules;
  end if;
end
$$;
