-- NOT a migration yet. Puts reminder_rules (20261202000200_reminders.sql) into sync_pull,
-- sync_pull_page, sync_audit and the change signals. Move it to
-- supabase/migrations/<timestamp>_reminder_rules_sync.sql in the same change that teaches the
-- desktop the table (store/Migrations.cpp: CREATE TABLE reminder_rules; sync/RowCodec.cpp:
-- syncedTables() gets "reminder_rules" last; supabase/tests/database/00_schema.test.sql: its
-- cache columns): today's desktop refuses a pull page naming a table it does not keep.

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
