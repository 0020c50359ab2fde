-- Chairside backend, part 1: tables, indexes, row bookkeeping.
--
-- Table and column names are the same as the desktop's SQLite cache (store/Migrations.cpp);
-- only the types differ: uuid ids, timestamptz times (the cache keeps Unix seconds and the sync
-- layer converts), bigint minor-unit money, text enums guarded by CHECKs. Every synced row has
--   id uuid, business_id, version bigint, updated_at timestamptz, deleted_at timestamptz
-- and sync_xid xid8: the id of the transaction that last wrote it (see sync_pull, docs/backend.md).
-- Rows are never hard-deleted by clients: setting deleted_at is the delete (a tombstone that the
-- sync cursor carries to every desk).

create schema if not exists extensions;
create extension if not exists btree_gist with schema extensions;
create extension if not exists pgcrypto with schema extensions;

-- Functions that are not part of the HTTP API live here (PostgREST only exposes "public").
create schema if not exists private;

-- ---------------------------------------------------------------------------------------------
-- Row bookkeeping: version, updated_at and sync_xid are owned by the server.

create or replace function private.touch_row() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    new.version := 1;
    new.updated_at := now();
  else
    new.version := old.version + 1;
    new.updated_at := now();
  end if;
  new.sync_xid := pg_current_xact_id();
  return new;
end
$$;

-- ---------------------------------------------------------------------------------------------
-- Tables (parents first: this is also the order in which sync_pull sends them).

create table public.businesses (
  id uuid primary key default gen_random_uuid(),
  name text not null check (length(trim(name)) > 0),
  time_zone text not null default 'UTC',
  currency text not null default 'ZAR' check (currency ~ '^[A-Z]{3}$'),
  locale text not null default 'en',
  phone text,
  email text,
  address text,
  loyalty_minor_per_point bigint not null default 1000 check (loyalty_minor_per_point > 0),
  loyalty_expiry_months integer not null default 12 check (loyalty_expiry_months >= 0),
  created_at timestamptz not null default now(),
  version bigint not null default 1,
  updated_at timestamptz not null default now(),
  deleted_at timestamptz,
  sync_xid xid8 not null default pg_current_xact_id()
);

create table public.staff_members (
  id uuid primary key default gen_random_uuid(),
  business_id uuid not null references public.businesses (id),
  user_id uuid references auth.users (id) on delete set null,
  display_name text not null check (length(trim(display_name)) > 0),
  role text not null check (role in ('staff', 'admin', 'owner')),
  colour text not null default '#607d8b',
  phone text,
  email text,
  active boolean not null default true,
  sort_order integer not null default 0,
  created_at timestamptz not null default now(),
  version bigint not null default 1,
  updated_at timestamptz not null default now(),
  deleted_at timestamptz,
  sync_xid xid8 not null default pg_current_xact_id()
);
-- One live staff record per sign-in: it decides the business and role of every request.
create unique index staff_members_one_live_per_user on public.staff_members (user_id)
  where deleted_at is null and user_id is not null;

create table public.working_hours (
  id uuid primary key default gen_random_uuid(),
  business_id uuid not null references public.businesses (id),
  staff_id uuid not null references public.staff_members (id),
  weekday integer not null check (weekday between 1 and 7), -- ISO: 1 = Monday
  start_minute integer not null,
  end_minute integer not null,
  break_start_minute integer,
  break_end_minute integer,
  version bigint not null default 1,
  updated_at timestamptz not null default now(),
  deleted_at timestamptz,
  sync_xid xid8 not null default pg_current_xact_id(),
  constraint working_hours_range check (0 <= start_minute and start_minute < end_minute
                                        and end_minute <= 1440),
  constraint working_hours_break check (
    (break_start_minute is null and break_end_minute is null)
    or (break_start_minute is not null and break_end_minute is not null
        and start_minute <= break_start_minute and break_start_minute < break_end_minute
        and break_end_minute <= end_minute))
);

create table public.time_off (
  id uuid primary key default gen_random_uuid(),
  business_id uuid not null references public.businesses (id),
  staff_id uuid not null references public.staff_members (id),
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  reason text,
  version bigint not null default 1,
  updated_at timestamptz not null default now(),
  deleted_at timestamptz,
  sync_xid xid8 not null default pg_current_xact_id(),
  constraint time_off_range check (ends_at > starts_at)
);

create table public.services (
  id uuid primary key default gen_random_uuid(),
  business_id uuid not null references public.businesses (id),
  name text not null check (length(trim(name)) > 0),
  category text not null default '',
  duration_minutes integer not null check (duration_minutes > 0),
  processing_minutes integer not null default 0 check (processing_minutes >= 0),
  buffer_minutes integer not null default 0 check (buffer_minutes >= 0),
  price_minor bigint not null check (price_minor >= 0),
  colour text not null default '#8e7cc3',
  active boolean not null default true,
  version bigint not null default 1,
  updated_at timestamptz not null default now(),
  deleted_at timestamptz,
  sync_xid xid8 not null default pg_current_xact_id()
);

create table public.customers (
  id uuid primary key default gen_random_uuid(),
  business_id uuid not null references public.businesses (id),
  full_name text not null,
  phone text,
  email text,
  consent_whatsapp boolean not null default false,
  consent_sms boolean not null default false,
  consent_email boolean not null default false,
  notes text not null default '',
  allergy_notes text not null default '',
  referral_code text,
  created_at timestamptz not null default now(),
  version bigint not null default 1,
  updated_at timestamptz not null default now(),
  deleted_at timestamptz,
  sync_xid xid8 not null default pg_current_xact_id()
);
create unique index customers_referral_code_unique on public.customers (business_id, referral_code)
  where referral_code is not null;

create table public.appointments (
  id uuid primary key default gen_random_uuid(),
  business_id uuid not null references public.businesses (id),
  customer_id uuid references public.customers (id),
  staff_id uuid not null references public.staff_members (id),
  service_id uuid not null references public.services (id),
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  status text not null default 'confirmed'
    check (status in ('requested', 'confirmed', 'arrived', 'in_service', 'completed',
                      'cancelled', 'no_show')),
  source text not null default 'desk'
    check (source in ('whatsapp_ai', 'web', 'phone', 'walk_in', 'desk')),
  price_minor bigint not null default 0 check (price_minor >= 0),
  notes text not null default '',
  cancel_reason text,
  reminder_24h_sent_at timestamptz,
  reminder_2h_sent_at timestamptz,
  created_at timestamptz not null default now(),
  version bigint not null default 1,
  updated_at timestamptz not null default now(),
  deleted_at timestamptz,
  sync_xid xid8 not null default pg_current_xact_id(),
  constraint appointments_time_range check (ends_at > starts_at)
);

create table public.appointment_events (
  id uuid primary key default gen_random_uuid(),
  business_id uuid not null references public.businesses (id),
  appointment_id uuid not null references public.appointments (id),
  at timestamptz not null default now(),
  actor_staff_id uuid references public.staff_members (id),
  kind text not null, -- created | status | rescheduled | deleted
  detail text not null default '',
  version bigint not null default 1,
  updated_at timestamptz not null default now(),
  deleted_at timestamptz,
  sync_xid xid8 not null default pg_current_xact_id()
);

create table public.ai_conversations (
  id uuid primary key default gen_random_uuid(),
  business_id uuid not null references public.businesses (id),
  customer_id uuid references public.customers (id),
  channel text not null check (channel in ('whatsapp', 'web')),
  agent_name text not null default 'Assistant',
  status text not null default 'open'
    check (status in ('open', 'handed_off', 'resolved_by_ai', 'closed')),
  intent text not null default '',
  started_at timestamptz not null default now(),
  last_message_at timestamptz not null default now(),
  version bigint not null default 1,
  updated_at timestamptz not null default now(),
  deleted_at timestamptz,
  sync_xid xid8 not null default pg_current_xact_id()
);

create table public.ai_messages (
  id uuid primary key default gen_random_uuid(),
  business_id uuid not null references public.businesses (id),
  conversation_id uuid not null references public.ai_conversations (id),
  sender text not null check (sender in ('customer', 'assistant', 'staff', 'system')),
  body text not null,
  metadata jsonb not null default '{}'::jsonb,
  sent_at timestamptz not null default now(),
  version bigint not null default 1,
  updated_at timestamptz not null default now(),
  deleted_at timestamptz,
  sync_xid xid8 not null default pg_current_xact_id()
);

create table public.ai_handoffs (
  id uuid primary key default gen_random_uuid(),
  business_id uuid not null references public.businesses (id),
  conversation_id uuid not null references public.ai_conversations (id),
  customer_id uuid references public.customers (id),
  reason text not null,
  priority integer not null default 2 check (priority between 1 and 4), -- 1 = most urgent
  assigned_to uuid references public.staff_members (id),
  claimed_at timestamptz,
  resolved boolean not null default false,
  resolved_at timestamptz,
  resolved_by uuid references public.staff_members (id),
  outcome text check (outcome is null or outcome in ('booked', 'rescheduled', 'cancelled',
                      'answered', 'complaint', 'no_action', 'spam', 'returned_to_ai')),
  resolution_note text,
  created_at timestamptz not null default now(),
  version bigint not null default 1,
  updated_at timestamptz not null default now(),
  deleted_at timestamptz,
  sync_xid xid8 not null default pg_current_xact_id(),
  constraint ai_handoffs_resolution check (not resolved or resolved_at is not null)
);

create table public.outbound_messages (
  id uuid primary key default gen_random_uuid(),
  business_id uuid not null references public.businesses (id),
  customer_id uuid references public.customers (id),
  conversation_id uuid references public.ai_conversations (id),
  handoff_id uuid references public.ai_handoffs (id),
  appointment_id uuid references public.appointments (id),
  channel text not null check (channel in ('whatsapp', 'sms', 'email')),
  kind text not null check (kind in ('reply', 'reminder_24h', 'reminder_2h', 'notice')),
  body text not null,
  status text not null default 'queued'
    check (status in ('queued', 'sent', 'delivered', 'read', 'failed')),
  error text,
  created_by uuid references public.staff_members (id),
  created_at timestamptz not null default now(),
  sent_at timestamptz,
  version bigint not null default 1,
  updated_at timestamptz not null default now(),
  deleted_at timestamptz,
  sync_xid xid8 not null default pg_current_xact_id()
);

create table public.loyalty_tiers (
  id uuid primary key default gen_random_uuid(),
  business_id uuid not null references public.businesses (id),
  rank integer not null check (rank between 1 and 5),
  name text not null,
  threshold_points bigint not null check (threshold_points >= 0),
  perks text not null default '',
  version bigint not null default 1,
  updated_at timestamptz not null default now(),
  deleted_at timestamptz,
  sync_xid xid8 not null default pg_current_xact_id()
);
create unique index loyalty_tiers_rank_unique on public.loyalty_tiers (business_id, rank)
  where deleted_at is null;

create table public.loyalty_rewards (
  id uuid primary key default gen_random_uuid(),
  business_id uuid not null references public.businesses (id),
  name text not null,
  cost_points bigint not null check (cost_points > 0),
  active boolean not null default true,
  version bigint not null default 1,
  updated_at timestamptz not null default now(),
  deleted_at timestamptz,
  sync_xid xid8 not null default pg_current_xact_id()
);

-- Append-only: corrections are new 'adjust' rows (enforced in the rules migration).
create table public.loyalty_ledger (
  id uuid primary key default gen_random_uuid(),
  business_id uuid not null references public.businesses (id),
  customer_id uuid not null references public.customers (id),
  kind text not null check (kind in ('earn', 'award', 'redeem', 'adjust', 'expire')),
  points bigint not null check (points <> 0),
  reason text not null default '',
  appointment_id uuid references public.appointments (id),
  reward_id uuid references public.loyalty_rewards (id),
  created_by uuid references public.staff_members (id),
  created_at timestamptz not null default now(),
  version bigint not null default 1,
  updated_at timestamptz not null default now(),
  deleted_at timestamptz,
  sync_xid xid8 not null default pg_current_xact_id(),
  constraint loyalty_ledger_sign check (
    (kind in ('earn', 'award') and points > 0)
    or (kind in ('redeem', 'expire') and points < 0)
    or kind = 'adjust')
);

create table public.notifications (
  id uuid primary key default gen_random_uuid(),
  business_id uuid not null references public.businesses (id),
  recipient_staff_id uuid references public.staff_members (id), -- null: everyone in the business
  kind text not null,
  priority text not null default 'normal' check (priority in ('low', 'normal', 'high', 'urgent')),
  title text not null,
  body text not null default '',
  action_url text,
  created_at timestamptz not null default now(),
  read_at timestamptz,
  expires_at timestamptz,
  dismissed boolean not null default false,
  version bigint not null default 1,
  updated_at timestamptz not null default now(),
  deleted_at timestamptz,
  sync_xid xid8 not null default pg_current_xact_id()
);

-- Written only by triggers; owners read it. Not part of the desktop cache or sync_pull.
create table public.audit_log (
  id uuid primary key default gen_random_uuid(),
  business_id uuid not null references public.businesses (id),
  at timestamptz not null default now(),
  actor_user_id uuid,
  actor_staff_id uuid references public.staff_members (id),
  action text not null, -- e.g. loyalty.redeem, handoff.claim
  table_name text not null,
  row_id uuid,
  detail jsonb not null default '{}'::jsonb,
  version bigint not null default 1,
  updated_at timestamptz not null default now(),
  deleted_at timestamptz,
  sync_xid xid8 not null default pg_current_xact_id()
);

-- Idempotency of apply_mutations: one row per client mutation id with the answer it got.
create table public.applied_mutations (
  mutation_id uuid primary key,
  business_id uuid not null references public.businesses (id),
  staff_id uuid references public.staff_members (id),
  kind text not null,
  applied_at timestamptz not null default now(),
  result jsonb not null
);

-- Balances are derived from the ledger, never stored. security_invoker: the caller's RLS applies.
create view public.loyalty_balances with (security_invoker = true) as
  select business_id,
         customer_id,
         sum(points)::bigint as balance,
         sum(case when kind in ('earn', 'award') then points else 0 end)::bigint as lifetime_points,
         max(created_at) as last_activity_at
  from public.loyalty_ledger
  where deleted_at is null
  group by business_id, customer_id;

-- ---------------------------------------------------------------------------------------------
-- Indexes: the queries the desk makes, the handoff queue, the ledger, and the sync cursor.

create index appointments_business_starts on public.appointments (business_id, starts_at);
create index appointments_staff_starts on public.appointments (staff_id, starts_at);
create index appointments_customer on public.appointments (customer_id, starts_at);
create index appointment_events_appointment on public.appointment_events (appointment_id, at);
create index staff_members_business on public.staff_members (business_id, sort_order);
create index working_hours_staff on public.working_hours (staff_id, weekday);
create index time_off_staff on public.time_off (staff_id, starts_at);
create index customers_business_name on public.customers (business_id, lower(full_name));
create index customers_phone on public.customers (business_id, phone);
create index ai_conversations_customer on public.ai_conversations (customer_id, started_at);
create index ai_messages_conversation on public.ai_messages (conversation_id, sent_at);
create index ai_handoffs_queue on public.ai_handoffs (business_id, resolved, priority, created_at);
create index ai_handoffs_conversation on public.ai_handoffs (conversation_id);
create index outbound_messages_handoff on public.outbound_messages (handoff_id, created_at);
create index outbound_messages_appointment on public.outbound_messages (appointment_id);
create index loyalty_ledger_customer on public.loyalty_ledger (customer_id, created_at);
create index notifications_recipient on public.notifications (business_id, recipient_staff_id,
                                                              created_at);
create index audit_log_business_at on public.audit_log (business_id, at);

-- Sync cursor: every synced table is read by (business_id, sync_xid, id).
do $$
declare
  t text;
begin
  foreach t in array array['staff_members', 'working_hours', 'time_off', 'services', 'customers',
                           'appointments', 'appointment_events', 'ai_conversations', 'ai_messages',
                           'ai_handoffs', 'outbound_messages', 'loyalty_tiers', 'loyalty_rewards',
                           'loyalty_ledger', 'notifications']
  loop
    execute format('create index %I on public.%I (business_id, sync_xid, id)', t || '_sync', t);
  end loop;
end
$$;
create index businesses_sync on public.businesses (sync_xid, id);

-- Bookkeeping triggers on every row-carrying table.
do $$
declare
  t text;
begin
  foreach t in array array['businesses', 'staff_members', 'working_hours', 'time_off', 'services',
                           'customers', 'appointments', 'appointment_events', 'ai_conversations',
                           'ai_messages', 'ai_handoffs', 'outbound_messages', 'loyalty_tiers',
                           'loyalty_rewards', 'loyalty_ledger', 'notifications', 'audit_log']
  loop
    execute format('create trigger touch_row before insert or update on public.%I '
                   'for each row execute function private.touch_row()', t);
  end loop;
end
$$;
