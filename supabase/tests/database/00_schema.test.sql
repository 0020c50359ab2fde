-- Structure: the server has every table and column of the desktop cache (store/Migrations.cpp)
-- with server types, bookkeeping on every row, the indexes the app relies on, and safe functions.
begin;
set local client_min_messages = warning;
create extension if not exists pgtap with schema extensions;

create schema schema_test;
create table schema_test.cache_columns (tbl text, cols text[]);
insert into schema_test.cache_columns values
  ('businesses', array['id', 'name', 'time_zone', 'currency', 'locale', 'phone', 'email', 'address', 'loyalty_minor_per_point', 'loyalty_expiry_months', 'version', 'updated_at', 'deleted_at']),
  ('staff_members', array['id', 'business_id', 'user_id', 'display_name', 'role', 'colour', 'phone', 'email', 'active', 'sort_order', 'version', 'updated_at', 'deleted_at']),
  ('working_hours', array['id', 'business_id', 'staff_id', 'weekday', 'start_minute', 'end_minute', 'break_start_minute', 'break_end_minute', 'version', 'updated_at', 'deleted_at']),
  ('time_off', array['id', 'business_id', 'staff_id', 'starts_at', 'ends_at', 'reason', 'version', 'updated_at', 'deleted_at']),
  ('services', array['id', 'business_id', 'name', 'category', 'duration_minutes', 'processing_minutes', 'buffer_minutes', 'price_minor', 'colour', 'active', 'version', 'updated_at', 'deleted_at']),
  ('customers', array['id', 'business_id', 'full_name', 'phone', 'email', 'consent_whatsapp', 'consent_sms', 'consent_email', 'notes', 'allergy_notes', 'referral_code', 'created_at', 'version', 'updated_at', 'deleted_at']),
  ('appointments', array['id', 'business_id', 'customer_id', 'staff_id', 'service_id', 'starts_at', 'ends_at', 'status', 'source', 'price_minor', 'notes', 'cancel_reason', 'reminder_24h_sent_at', 'reminder_2h_sent_at', 'created_at', 'version', 'updated_at', 'deleted_at']),
  ('appointment_events', array['id', 'business_id', 'appointment_id', 'at', 'actor_staff_id', 'kind', 'detail', 'version', 'updated_at', 'deleted_at']),
  ('ai_conversations', array['id', 'business_id', 'customer_id', 'channel', 'agent_name', 'status', 'intent', 'started_at', 'last_message_at', 'version', 'updated_at', 'deleted_at']),
  ('ai_messages', array['id', 'business_id', 'conversation_id', 'sender', 'body', 'metadata', 'sent_at', 'version', 'updated_at', 'deleted_at']),
  ('ai_handoffs', array['id', 'business_id', 'conversation_id', 'customer_id', 'reason', 'priority', 'assigned_to', 'claimed_at', 'resolved', 'resolved_at', 'resolved_by', 'outcome', 'resolution_note', 'created_at', 'version', 'updated_at', 'deleted_at']),
  ('outbound_messages', array['id', 'business_id', 'customer_id', 'conversation_id', 'handoff_id', 'appointment_id', 'channel', 'kind', 'body', 'status', 'error', 'created_by', 'created_at', 'sent_at', 'version', 'updated_at', 'deleted_at']),
  ('loyalty_tiers', array['id', 'business_id', 'rank', 'name', 'threshold_points', 'perks', 'version', 'updated_at', 'deleted_at']),
  ('loyalty_rewards', array['id', 'business_id', 'name', 'cost_points', 'active', 'version', 'updated_at', 'deleted_at']),
  ('loyalty_ledger', array['id', 'business_id', 'customer_id', 'kind', 'points', 'reason', 'appointment_id', 'reward_id', 'created_by', 'created_at', 'version', 'updated_at', 'deleted_at']),
  ('notifications', array['id', 'business_id', 'recipient_staff_id', 'kind', 'priority', 'title', 'body', 'action_url', 'created_at', 'read_at', 'expires_at', 'dismissed', 'version', 'updated_at', 'deleted_at']),
  ('reminder_rules', array['id', 'business_id', 'reminder_24h_whatsapp', 'reminder_24h_sms', 'reminder_24h_email', 'reminder_2h_whatsapp', 'reminder_2h_sms', 'reminder_2h_email', 'quiet_start_minute', 'quiet_end_minute', 'version', 'updated_at', 'deleted_at']),
  ('audit_log', array['id', 'business_id', 'at', 'actor_user_id', 'actor_staff_id', 'action', 'table_name', 'row_id', 'detail', 'version', 'updated_at', 'deleted_at']),
  ('staff_services', array['id', 'business_id', 'staff_id', 'service_id', 'version', 'updated_at', 'deleted_at']);

select plan(17);

select is(
  (select array_agg(c.tbl || '.' || col order by c.tbl, col)
   from schema_test.cache_columns c, unnest(c.cols) col
   where not exists (select 1 from information_schema.columns i
                     where i.table_schema = 'public' and i.table_name = c.tbl and i.column_name = col)),
  null, 'every table and column of the desktop cache exists on the server');

select is(
  (select array_agg(c.tbl || '.' || i.column_name || ':' || i.data_type order by 1)
   from schema_test.cache_columns c
   join information_schema.columns i on i.table_schema = 'public' and i.table_name = c.tbl
   where (i.column_name = 'id' or i.column_name like '%\_id' or i.column_name in ('assigned_to', 'resolved_by', 'created_by'))
     and i.data_type <> 'uuid'),
  null, 'ids and references are uuid');
select is(
  (select array_agg(i.table_name || '.' || i.column_name order by 1)
   from information_schema.columns i
   where i.table_schema = 'public' and (i.column_name like '%\_at' or i.column_name = 'at')
     and i.data_type <> 'timestamp with time zone'
     and i.table_name <> 'loyalty_balances'),
  null, 'every time is timestamptz');
select is(
  (select array_agg(i.table_name || '.' || i.column_name order by 1)
   from information_schema.columns i
   where i.table_schema = 'public' and (i.column_name like '%\_minor' or i.column_name like '%minor\_per\_point'
                                        or i.column_name in ('points', 'threshold_points', 'cost_points', 'version'))
     and i.data_type <> 'bigint'),
  null, 'money, points and versions are bigint');
select is(
  (select array_agg(c.tbl order by c.tbl) from schema_test.cache_columns c
   where (select count(*) from information_schema.columns i
          where i.table_schema = 'public' and i.table_name = c.tbl
            and (i.column_name, i.data_type) in (('version', 'bigint'), ('updated_at', 'timestamp with time zone'),
                                                 ('deleted_at', 'timestamp with time zone'), ('sync_xid', 'xid8'))) <> 4),
  null, 'every synced table has version, updated_at, deleted_at and sync_xid');
select is(
  (select array_agg(c.tbl order by c.tbl) from schema_test.cache_columns c
   where not exists (select 1 from pg_trigger t where t.tgrelid = ('public.' || c.tbl)::regclass
                     and t.tgname = 'touch_row')),
  null, 'every synced table bumps version and updated_at on write');
select is(
  (select array_agg(c.tbl order by c.tbl) from schema_test.cache_columns c
   where c.tbl <> all (private.sync_tables())),
  null, 'every table of the desktop cache is synced');
select col_default_is('public', 'appointments', 'id', 'gen_random_uuid()', 'ids default to gen_random_uuid()');

select has_index('public', 'appointments', 'appointments_business_starts', array['business_id', 'starts_at'],
                 'appointments by business and start');
select has_index('public', 'appointments', 'appointments_staff_starts', array['staff_id', 'starts_at'],
                 'appointments by staff and start');
select has_index('public', 'ai_handoffs', 'ai_handoffs_queue', array['business_id', 'resolved', 'priority', 'created_at'],
                 'the handoff queue');
select has_index('public', 'loyalty_ledger', 'loyalty_ledger_customer', array['customer_id', 'created_at'],
                 'the ledger by customer');
select has_index('public', 'ai_messages', 'ai_messages_conversation', array['conversation_id', 'sent_at'],
                 'messages by conversation');
select is(
  (select array_agg(c.tbl order by c.tbl) from schema_test.cache_columns c
   where c.tbl <> 'businesses' and not exists (
     select 1 from pg_indexes x where x.schemaname = 'public' and x.tablename = c.tbl
       and x.indexdef like '%(business_id, sync_xid, id)%')),
  null, 'every synced table has a sync cursor index');

select is(
  (select array_agg(p.oid::regprocedure::text order by 1)
   from pg_proc p join pg_namespace n on n.oid = p.pronamespace
   where n.nspname in ('public', 'private') and p.prosecdef
     and not coalesce(array_to_string(p.proconfig, ',') like '%search_path=%', false)),
  null, 'every SECURITY DEFINER function pins its search_path');
select is(
  (select array_agg(p.proname::text order by 1) from pg_proc p join pg_namespace n on n.oid = p.pronamespace
   where n.nspname = 'public' and p.proname in ('sync_pull', 'apply_mutations') and p.prosecdef),
  null, 'the sync RPCs run as the caller (SECURITY INVOKER)');
select is(
  (select array_agg(p.oid::regprocedure::text order by 1)
   from pg_proc p join pg_namespace n on n.oid = p.pronamespace
   where n.nspname in ('public', 'private') and p.proname not like 'pg\_%'
     and (has_function_privilege('anon', p.oid, 'execute'))
     and p.proname in (select proname from pg_proc where pronamespace in ('public'::regnamespace, 'private'::regnamespace))
     and not exists (select 1 from pg_depend d where d.objid = p.oid and d.deptype = 'e')),
  null, 'anon may execute none of our functions');

select * from finish();
rollback;
