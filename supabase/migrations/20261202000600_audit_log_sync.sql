-- Chairside backend, part 11: the audit log reaches owners' desks (the Audit log page).
--
-- audit_log joins sync_pull, sync_pull_page and sync_audit, after reminder_rules. RLS already
-- limits it to owners (20261122000300_rls.sql), so a staff member's or an admin's pull carries
-- none of it and their audit hash is the hash of nothing. Rows are only ever inserted, by the
-- private.audit() trigger in the same transaction as the change they record, so a pull brings
-- each once. Why a cache and not windowed PostgREST reads: docs/business-audit.md.
--
-- No change signal of its own: every audit row is written together with a row of a synced table
-- (businesses, staff, services, hours, time off, tiers, rewards, ledger, handoffs, replies,
-- customers, reminder rules), whose own signal makes the desks pull.

-- Appended at the end: a stored cursor's table number keeps meaning the same table.
create or replace function private.sync_tables() returns text[]
language sql immutable
set search_path = ''
as $$
  select array['businesses', 'staff_members', 'working_hours', 'time_off', 'services',
               'customers', 'appointments', 'appointment_events', 'ai_conversations',
               'ai_messages', 'ai_handoffs', 'outbound_messages', 'loyalty_tiers',
               'loyalty_rewards', 'loyalty_ledger', 'notifications', 'reminder_rules',
               'audit_log']
$$;

-- The sync cursor reads every synced table by (business_id, sync_xid, id).
create index audit_log_sync on public.audit_log (business_id, sync_xid, id);
