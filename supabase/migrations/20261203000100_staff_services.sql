-- Chairside backend, part 12: which services each staff member performs.
--
--   staff_services       one row per (staff member, service) that the person performs
--   staff.services_set   {"staff_id": uuid, "service_ids": [uuid, ...]}, owners only
--
-- A staff member with no live rows performs every active service (as before this table); with
-- rows, only those. staff.services_set replaces a person's list with service_ids (an empty list:
-- every service again): rows of services no longer listed are soft-deleted, a pair listed again
-- gets its earlier row back, new pairs are inserted. Each row change is audited by the
-- private.audit() trigger (staff_services.insert / staff_services.update) with the owner's name.
--
-- A pair's row id is derived from the pair (private.staff_service_id: a name-based uuid that
-- QUuid::createUuidV3 computes alike), so the desk's optimistic copy of a new row carries the
-- server's id and the pull lands on the row the desk already shows.
--
-- Bookings are NOT refused for a service the person does not perform: existing bookings and the
-- AI assistant's would break. The desk's booking dialog warns instead (docs/business.md).

-- ---------------------------------------------------------------------------------------------
-- Table

create table public.staff_services (
  id uuid primary key default gen_random_uuid(),
  business_id uuid not null references public.businesses (id),
  staff_id uuid not null,
  service_id uuid not null,
  version bigint not null default 1,
  updated_at timestamptz not null default now(),
  deleted_at timestamptz,
  sync_xid xid8 not null default pg_current_xact_id(),
  -- Both ends belong to the row's business (as the same-business keys of 20261122000200_rules.sql).
  constraint staff_services_staff_id_same_business foreign key (business_id, staff_id)
    references public.staff_members (business_id, id),
  constraint staff_services_service_id_same_business foreign key (business_id, service_id)
    references public.services (business_id, id)
);
-- One live row per pair; also the look-up of a person's list.
create unique index staff_services_one_live_pair on public.staff_services (staff_id, service_id)
  where deleted_at is null;
create index staff_services_service on public.staff_services (service_id);
-- The sync cursor reads every synced table by (business_id, sync_xid, id).
create index staff_services_sync on public.staff_services (business_id, sync_xid, id);

create trigger touch_row before insert or update on public.staff_services
  for each row execute function private.touch_row();
create trigger audit after insert or update on public.staff_services
  for each row execute function private.audit();
create trigger notify_change after insert or update on public.staff_services
  for each row execute function private.notify_change();

do $$
begin
  if exists (select 1 from pg_publication where pubname = 'supabase_realtime')
     and not exists (select 1 from pg_publication_tables
                     where pubname = 'supabase_realtime' and schemaname = 'public'
                       and tablename = 'staff_services') then
    alter publication supabase_realtime add table public.staff_services;
  end if;
end
$$;

-- Privileges and RLS as for the other setup tables: everyone in the business reads (the desk
-- shows who does what), owners write (through staff.services_set).
revoke all on public.staff_services from public, anon, authenticated;
grant all on public.staff_services to service_role;
grant select, insert, update on public.staff_services to authenticated;
alter table public.staff_services enable row level security;
create policy staff_services_select on public.staff_services for select to authenticated
  using (business_id = (select private.current_business_id()) and (select private.has_role('staff')));
create policy staff_services_insert on public.staff_services for insert to authenticated
  with check (business_id = (select private.current_business_id())
              and (select private.has_role('owner')));
create policy staff_services_update on public.staff_services for update to authenticated
  using (business_id = (select private.current_business_id()) and (select private.has_role('owner')))
  with check (business_id = (select private.current_business_id()));

-- ---------------------------------------------------------------------------------------------
-- Sync: appended at the end, so a stored cursor's table number keeps meaning the same table.

create or replace function private.sync_tables() returns text[]
language sql immutable
set search_path = ''
as $$
  select array['businesses', 'staff_members', 'working_hours', 'time_off', 'services',
               'customers', 'appointments', 'appointment_events', 'ai_conversations',
               'ai_messages', 'ai_handoffs', 'outbound_messages', 'loyalty_tiers',
               'loyalty_rewards', 'loyalty_ledger', 'notifications', 'reminder_rules',
               'audit_log', 'staff_services']
$$;

-- ---------------------------------------------------------------------------------------------
-- The id of a pair's row: the RFC 4122 version 3 (MD5, name-based) uuid of the name
-- "<staff_id>:<service_id>" (lower-case ids) in the namespace below. The desk computes the same
-- with QUuid::createUuidV3 (sync/LocalSetupMutations.cpp, staffServiceId).

create or replace function private.staff_service_id(staff uuid, service uuid) returns uuid
language sql immutable
set search_path = ''
as $$
  select encode(set_byte(set_byte(h, 6, (get_byte(h, 6) & 15) | 48), 8, (get_byte(h, 8) & 63) | 128),
                'hex')::uuid
  from (select decode(md5(uuid_send('5f0c8a3e-9b7d-4c21-8e6a-2d4b1f7c9a05'::uuid)
                          || convert_to(staff::text || ':' || service::text, 'UTF8')), 'hex') as h) x
$$;

-- ---------------------------------------------------------------------------------------------
-- staff.services_set

create or replace function private.m_staff_services_set(p jsonb, me public.staff_members)
returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  staff public.staff_members;
  wanted uuid[];
  gone_name text;
begin
  if jsonb_typeof(p -> 'service_ids') is distinct from 'array'
     or exists (select 1 from jsonb_array_elements(p -> 'service_ids') e
                where jsonb_typeof(e) <> 'string') then
    perform private.invalid('"service_ids" must be a list of service ids (an empty list: every service).');
  end if;
  if jsonb_array_length(p -> 'service_ids') > 1000 then
    perform private.invalid('A staff member can have at most 1000 services.');
  end if;
  begin
    select coalesce(array_agg(distinct e::uuid), '{}') into wanted
    from jsonb_array_elements_text(p -> 'service_ids') e;
  exception when invalid_text_representation then
    perform private.invalid('"service_ids" must be a list of service ids (an empty list: every service).');
  end;

  select * into staff from public.staff_members
  where id = private.req_uuid(p, 'staff_id') and business_id = me.business_id and deleted_at is null
  for update; -- one change of a person's list at a time
  if not found then
    return private.outcome('rejected', 'not_found', 'That staff member no longer exists.', null);
  end if;
  if exists (select 1 from unnest(wanted) w
             where not exists (select 1 from public.services s
                               where s.id = w and s.business_id = me.business_id)) then
    return private.outcome('rejected', 'invalid_reference',
                           'A chosen service is not one of this business''s services.', null);
  end if;
  select s.name into gone_name from public.services s
  where s.id = any (wanted) and s.deleted_at is not null
  order by s.name
  limit 1;
  if gone_name is not null then
    return private.outcome('rejected', 'not_found',
                           format('The service "%s" was removed; choose the services again.', gone_name),
                           null);
  end if;

  -- No longer listed: the live rows go (tombstones, so every desk hears of it).
  update public.staff_services set deleted_at = now()
  where staff_id = staff.id and deleted_at is null and service_id <> all (wanted);
  -- Listed again: the pair's earlier row comes back (its derived-id row when there are several).
  update public.staff_services x set deleted_at = null
  where x.id in (
    select distinct on (r.service_id) r.id
    from public.staff_services r
    where r.staff_id = staff.id and r.deleted_at is not null and r.service_id = any (wanted)
      and not exists (select 1 from public.staff_services l
                      where l.staff_id = staff.id and l.service_id = r.service_id
                        and l.deleted_at is null)
    order by r.service_id, r.id = private.staff_service_id(staff.id, r.service_id) desc, r.id);
  -- New pairs.
  insert into public.staff_services (id, business_id, staff_id, service_id)
  select private.staff_service_id(staff.id, w), staff.business_id, staff.id, w
  from unnest(wanted) w
  where not exists (select 1 from public.staff_services l
                    where l.staff_id = staff.id and l.service_id = w and l.deleted_at is null);
  -- The rows themselves reach the desks by sync; the answer carries none.
  return private.outcome('applied', null, null, null);
end
$$;

-- ---------------------------------------------------------------------------------------------
-- Dispatch: staff.services_set here, everything else as before (the earlier dispatcher, renamed).

alter function private.apply_one(text, jsonb, public.staff_members)
  rename to apply_one_before_staff_services;

create or replace function private.apply_one(kind text, p jsonb, me public.staff_members)
returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  early jsonb;
begin
  if kind is distinct from 'staff.services_set' then
    return private.apply_one_before_staff_services(kind, p, me);
  end if;
  early := private.setup_forbidden(me);
  if early is not null then
    return early;
  end if;
  if p is null or jsonb_typeof(p) <> 'object' then
    raise exception 'The change has no payload object.' using errcode = '22023';
  end if;
  return private.m_staff_services_set(p, me);
end
$$;

-- ---------------------------------------------------------------------------------------------
-- Privileges, as for every private function of apply_mutations

do $$
declare
  f regprocedure;
begin
  for f in
    select p.oid::regprocedure
    from pg_proc p join pg_namespace n on n.oid = p.pronamespace
    where n.nspname = 'private'
      and p.proname in ('sync_tables', 'staff_service_id', 'm_staff_services_set', 'apply_one')
  loop
    execute format('revoke all on function %s from public, anon', f);
    execute format('grant execute on function %s to authenticated, service_role', f);
  end loop;
end
$$;
