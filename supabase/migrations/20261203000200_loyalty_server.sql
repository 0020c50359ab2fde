-- Chairside backend, part 13: the loyalty lines the server writes itself, and adjustments for
-- owners only (docs/customers.md, docs/backend.md §5).
--
--   earn      one line when an appointment becomes completed, whoever completes it (the desk's
--             apply_mutations, a PostgREST PATCH, a service-role job): points =
--             floor(price_minor / businesses.loyalty_minor_per_point), the rule of
--             core/Loyalty::pointsEarned. Zero points, no customer or an erased customer: no
--             line. The line's id is a name-based UUID of the appointment id
--             (private.earn_line_id, core/Loyalty::earnLineId), so the desk's optimistic line and
--             the server's are the same row.
--   expire    private.expire_loyalty_points(t) writes, per customer, one line for the points of
--             lots older than the business's loyalty_expiry_months that were never used, by the
--             first-in-first-out rule of core/Loyalty::pointsExpiry;
--             public.expire_loyalty_points() runs it at now() (pg_cron, hourly).
--   adjust    owners only (was: admins and owners), in apply_mutations and in RLS.
--
-- Earn and expire lines are the server's alone: signed-in users can no longer insert them.

-- ---------------------------------------------------------------------------------------------
-- Helpers

-- RFC 4122 version 3 (MD5, name-based) UUID: what QUuid::createUuidV3(ns, name.toUtf8()) gives.
create or replace function private.uuid_v3(ns uuid, name text) returns uuid
language sql immutable
set search_path = ''
as $$
  select encode(set_byte(set_byte(h, 6, (get_byte(h, 6) & 15) | 48), 8, (get_byte(h, 8) & 63) | 128),
                'hex')::uuid
  from (select decode(md5(decode(replace(ns::text, '-', ''), 'hex') || convert_to(name, 'UTF8')),
                      'hex') as h) x
$$;

-- The id of an appointment's earn line (core/Loyalty::earnLineId uses the same namespace).
create or replace function private.earn_line_id(appointment uuid) returns uuid
language sql immutable
set search_path = ''
as $$
  select private.uuid_v3('5b0a8c0e-3c1f-4e0a-9d7e-2f6c1a9e4b31', 'earn:' || appointment::text)
$$;

-- core/Loyalty::pointsEarned: one point per minor_per_point minor units, rounded down.
create or replace function private.points_earned(bill_minor bigint, minor_per_point bigint)
returns bigint
language sql immutable
set search_path = ''
as $$
  select case when bill_minor is null or minor_per_point is null or bill_minor <= 0
                   or minor_per_point <= 0 then 0
              else bill_minor / minor_per_point end
$$;

-- ---------------------------------------------------------------------------------------------
-- Earn: exactly once per appointment

create unique index loyalty_ledger_one_earn_per_appointment on public.loyalty_ledger (appointment_id)
  where kind = 'earn' and deleted_at is null;

-- SECURITY DEFINER: the person completing the visit may not write earn lines themselves. The
-- ledger guard still books the line in their name (created_by) and the audit trigger records it.
create or replace function private.appointments_earn_points() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  rate bigint;
  pts bigint;
  service_name text;
begin
  if new.customer_id is null or new.deleted_at is not null then
    return null;
  end if;
  if not exists (select 1 from public.customers c
                 where c.id = new.customer_id and c.deleted_at is null) then
    return null; -- an erased customer collects nothing
  end if;
  select b.loyalty_minor_per_point into rate from public.businesses b where b.id = new.business_id;
  pts := private.points_earned(new.price_minor, rate);
  if pts <= 0 then
    return null;
  end if;
  select s.name into service_name from public.services s where s.id = new.service_id;
  -- The unique index makes a second earn line impossible however the status got here; the
  -- transitions (private.appointment_transition_allowed) never leave completed anyway.
  insert into public.loyalty_ledger (id, business_id, customer_id, kind, points, reason,
                                     appointment_id)
  values (private.earn_line_id(new.id), new.business_id, new.customer_id, 'earn', pts,
          coalesce(service_name, ''), new.id)
  on conflict do nothing;
  return null;
end
$$;

-- On UPDATE only: a row inserted as completed is an import of history (the service role; signed-in
-- users cannot book a completed appointment), which brings its own ledger lines (seed.sql does).
create trigger appointments_earn_points after update of status on public.appointments
  for each row when (new.status = 'completed' and old.status is distinct from 'completed')
  execute function private.appointments_earn_points();

-- ---------------------------------------------------------------------------------------------
-- Expire: the first-in-first-out rule of core/Loyalty::pointsExpiry

-- When a lot booked at `booked` expires: `months` calendar months later on the business's wall
-- clock (31 January + 1 month = 28/29 February), UTC for a zone PostgreSQL does not know.
create or replace function private.lot_expires_at(booked timestamptz, months integer, zone text)
returns timestamptz
language plpgsql stable
set search_path = ''
as $$
begin
  return ((booked at time zone zone) + make_interval(months => months)) at time zone zone;
exception when others then
  return ((booked at time zone 'UTC') + make_interval(months => months)) at time zone 'UTC';
end
$$;

-- Points of the customer's live lines that are past their expiry at p_now and still in the
-- balance. Every line that adds points is a lot; every line that takes points off (redeem,
-- expire, a downward adjust) uses up the oldest lots first, and what it takes beyond all lots
-- booked so far is forgotten. Lines in created_at, id order (the desk's order too).
create or replace function private.overdue_points(p_customer uuid, p_months integer, p_zone text,
                                                  p_now timestamptz)
returns bigint
language plpgsql stable
set search_path = ''
as $$
declare
  lot_expires timestamptz[] := '{}';
  lot_left bigint[] := '{}';
  lots integer := 0;
  oldest integer := 1;
  owed bigint;
  used bigint;
  line record;
  overdue bigint := 0;
begin
  if p_months is null or p_months <= 0 then
    return 0;
  end if;
  for line in
    select l.created_at, l.points from public.loyalty_ledger l
    where l.customer_id = p_customer and l.deleted_at is null
    order by l.created_at, l.id
  loop
    if line.points > 0 then
      lots := lots + 1;
      lot_expires[lots] := private.lot_expires_at(line.created_at, p_months, p_zone);
      lot_left[lots] := line.points;
    else
      owed := -line.points;
      while owed > 0 and oldest <= lots loop
        used := least(owed, lot_left[oldest]);
        lot_left[oldest] := lot_left[oldest] - used;
        owed := owed - used;
        if lot_left[oldest] = 0 then
          oldest := oldest + 1;
        end if;
      end loop;
    end if;
  end loop;
  for i in oldest .. lots loop
    if lot_left[i] > 0 and lot_expires[i] <= p_now then
      overdue := overdue + lot_left[i];
    end if;
  end loop;
  return overdue;
end
$$;

-- Writes one expire line per customer with overdue points, dated p_now; returns how many.
-- Repeated runs write nothing more: an expire line uses up the expired lots (the oldest ones), so
-- they are no longer overdue. Concurrent runs: each customer is handled under the advisory lock
-- that the ledger guard takes for every withdrawal, taken with pg_try_advisory_xact_lock: a run
-- never waits for a desk's redemption or another run (what it skips, the next run does), and it
-- reads the ledger only after it holds the lock, so a line committed by a run before is counted.
create or replace function private.expire_loyalty_points(p_now timestamptz default now())
returns integer
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  c record;
  overdue bigint;
  written integer := 0;
begin
  for c in
    -- Candidates: a positive balance and a lot about old enough (5 days' slack for short months and
    -- zones); the exact expiry is decided per lot in the business's zone.
    select l.customer_id, l.business_id, b.loyalty_expiry_months as months, b.time_zone
    from public.loyalty_ledger l
    join public.businesses b on b.id = l.business_id and b.deleted_at is null
    join public.customers cu on cu.id = l.customer_id and cu.deleted_at is null
    where l.deleted_at is null and b.loyalty_expiry_months > 0
    group by l.customer_id, l.business_id, b.loyalty_expiry_months, b.time_zone
    having sum(l.points) > 0
       and min(l.created_at) filter (where l.points > 0)
           <= p_now - make_interval(months => b.loyalty_expiry_months) + interval '5 days'
    order by l.customer_id
  loop
    if not pg_try_advisory_xact_lock(hashtextextended('chairside.loyalty:' || c.customer_id::text, 0)) then
      continue;
    end if;
    overdue := private.overdue_points(c.customer_id, c.months, c.time_zone, p_now);
    if overdue > 0 then
      insert into public.loyalty_ledger (business_id, customer_id, kind, points, reason, created_at)
      values (c.business_id, c.customer_id, 'expire', -overdue,
              format('Points older than %s %s expired', c.months,
                     case when c.months = 1 then 'month' else 'months' end),
              p_now);
      written := written + 1;
    end if;
  end loop;
  return written;
end
$$;

-- For pg_cron and operators: the job at the server's clock.
create or replace function public.expire_loyalty_points() returns integer
language sql volatile security definer
set search_path = ''
as $$ select private.expire_loyalty_points(now()) $$;

-- ---------------------------------------------------------------------------------------------
-- Adjust: owners only. Award, redeem and adjust also refuse an erased customer.

create or replace function private.m_loyalty(kind text, p jsonb, me public.staff_members)
returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  l public.loyalty_ledger;
  reward public.loyalty_rewards;
  pts bigint := (p ->> 'points')::bigint;
  balance bigint;
begin
  if kind = 'loyalty.adjust' and me.role <> 'owner' then
    return private.outcome('rejected', 'forbidden',
                           'Only owners can adjust a points balance by hand.', null);
  end if;
  if exists (select 1 from public.customers c
             where c.id = private.req_uuid(p, 'customer_id') and c.deleted_at is not null) then
    return private.outcome('rejected', 'not_found', 'This customer was erased.', null);
  end if;
  if kind = 'loyalty.redeem' and p ->> 'reward_id' is not null then
    select * into reward from public.loyalty_rewards
    where id = (p ->> 'reward_id')::uuid and active and deleted_at is null;
    if not found then
      return private.outcome('rejected', 'not_found', 'That reward is no longer offered.', null);
    end if;
    pts := coalesce(pts, reward.cost_points);
  end if;
  if pts is null or pts = 0 or (kind <> 'loyalty.adjust' and pts < 0) then
    raise exception 'Points must be a positive whole number.' using errcode = '22023';
  end if;
  insert into public.loyalty_ledger (id, business_id, customer_id, kind, points, reason,
                                     appointment_id, reward_id)
  values (coalesce((p ->> 'id')::uuid, gen_random_uuid()), me.business_id,
          private.req_uuid(p, 'customer_id'),
          case kind when 'loyalty.award' then 'award' when 'loyalty.redeem' then 'redeem'
                    else 'adjust' end,
          case kind when 'loyalty.redeem' then -pts else pts end,
          coalesce(p ->> 'reason', reward.name, ''), (p ->> 'appointment_id')::uuid, reward.id)
  returning * into l;
  select coalesce(sum(x.points), 0) into balance
  from public.loyalty_ledger x where x.customer_id = l.customer_id and x.deleted_at is null;
  return private.outcome('applied', null, null, private.row_image(l))
         || jsonb_build_object('balance', balance);
end
$$;

-- Direct inserts (PostgREST) follow the same rule: staff book awards and redemptions, owners
-- adjust, earn and expire lines come only from the server.
drop policy loyalty_ledger_insert on public.loyalty_ledger;
create policy loyalty_ledger_insert on public.loyalty_ledger for insert to authenticated
  with check (business_id = (select private.current_business_id())
              and (kind in ('award', 'redeem')
                   or (kind = 'adjust' and (select private.has_role('owner')))));

-- ---------------------------------------------------------------------------------------------
-- Privileges: helpers like every private function; the job only for its owner (postgres, which
-- pg_cron runs as). Nobody else may run it: a caller choosing p_now could expire points early.

do $$
declare
  f regprocedure;
begin
  for f in
    select p.oid::regprocedure
    from pg_proc p join pg_namespace n on n.oid = p.pronamespace
    where n.nspname = 'private'
      and p.proname in ('uuid_v3', 'earn_line_id', 'points_earned', 'appointments_earn_points',
                        'lot_expires_at', 'overdue_points', 'm_loyalty')
  loop
    execute format('revoke all on function %s from public, anon', f);
    execute format('grant execute on function %s to authenticated, service_role', f);
  end loop;
end
$$;
revoke all on function private.expire_loyalty_points(timestamptz)
  from public, anon, authenticated, service_role;
revoke all on function public.expire_loyalty_points() from public, anon, authenticated, service_role;

-- ---------------------------------------------------------------------------------------------
-- Schedule: hourly with pg_cron where the server has it, as for the reminders. Plain PostgreSQL
-- test servers have no pg_cron: there chairside-localbase runs the job (--expiry-every).

do $$
begin
  if exists (select 1 from pg_available_extensions where name = 'pg_cron') then
    begin
      create extension if not exists pg_cron;
      execute $cron$select cron.schedule('chairside-expire-loyalty-points', '7 * * * *',
                                         'select public.expire_loyalty_points()')$cron$;
    exception when others then
      raise notice 'pg_cron is available but could not be set up (%); schedule '
                   'public.expire_loyalty_points() hourly by hand.', sqlerrm;
    end;
  end if;
end
$$;
