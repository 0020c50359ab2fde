-- Chairside backend, part 8: business setup through apply_mutations (owners only).
--
--   business.update        name, time_zone, currency, locale, phone, email, address,
--                          loyalty_minor_per_point, loyalty_expiry_months
--   service.upsert         id, name, category, duration/processing/buffer minutes, price_minor,
--                          colour, active, deleted
--   staff.upsert           id, display_name, role, colour, phone, email, active, sort_order, deleted
--   working_hours.set      staff_id, weekday, start_minute, end_minute, break_start_minute,
--                          break_end_minute - or off: true for a day off
--   time_off.upsert        id, staff_id, starts_at, ends_at, reason, deleted
--   loyalty_tier.upsert    id, rank, name, threshold_points, perks, deleted
--   loyalty_reward.upsert  id, name, cost_points, active, deleted
--   reminder_rules.set     the six channel switches, quiet_start_minute, quiet_end_minute
--
-- Every kind: only an owner (code forbidden otherwise, before anything is read); values outside
-- their ranges are rejected with a sentence (invalid_payload); expected_version is honoured
-- (version_mismatch); an upsert's absent keys keep their values. A change that would leave
-- upcoming (requested or confirmed) appointments outside someone's working hours, inside their
-- time off, or with a deactivated stylist is rejected with code strands_appointments, the
-- number and ids of those appointments and a sentence, unless the payload says
-- "confirm_stranded": true (the desk asks the owner, then sends a new mutation with it). The
-- tables' audit triggers record every change with the owner's name.

-- ---------------------------------------------------------------------------------------------
-- Audit for the setup tables that had none (businesses, staff and reminder rules already have it)

do $$
declare
  t text;
begin
  foreach t in array array['services', 'working_hours', 'time_off', 'loyalty_tiers',
                           'loyalty_rewards']
  loop
    execute format('create trigger audit after insert or update on public.%I '
                   'for each row execute function private.audit()', t);
  end loop;
end
$$;

-- ---------------------------------------------------------------------------------------------
-- Helpers

create or replace function private.setup_forbidden(me public.staff_members) returns jsonb
language sql stable
set search_path = ''
as $$
  select case when me.role is distinct from 'owner' then
    private.outcome('rejected', 'forbidden', 'Only an owner can change the business setup.', null)
  end
$$;

create or replace function private.invalid(message text) returns void
language plpgsql immutable
set search_path = ''
as $$
begin
  raise exception '%', message using errcode = '22023';
end
$$;

-- An optional integer field within [lo, hi] (null when absent or JSON null).
create or replace function private.int_in(p jsonb, key text, lo bigint, hi bigint, label text)
returns bigint
language plpgsql immutable
set search_path = ''
as $$
declare
  v bigint;
begin
  if p -> key is null or jsonb_typeof(p -> key) = 'null' then
    return null;
  end if;
  begin
    v := (p ->> key)::numeric::bigint;
    if (p ->> key)::numeric <> v then
      raise exception 'fraction';
    end if;
  exception when others then
    perform private.invalid(format('%s must be a whole number.', label));
  end;
  if v < lo or v > hi then
    perform private.invalid(format('%s must be between %s and %s.', label, lo, hi));
  end if;
  return v;
end
$$;

create or replace function private.text_in(p jsonb, key text, max_length integer, label text,
                                            required boolean default false)
returns text
language plpgsql immutable
set search_path = ''
as $$
declare
  v text := nullif(trim(p ->> key), '');
begin
  if v is null and required then
    perform private.invalid(format('%s cannot be empty.', label));
  end if;
  if length(v) > max_length then
    perform private.invalid(format('%s can be at most %s characters long.', label, max_length));
  end if;
  return v;
end
$$;

create or replace function private.bool_in(p jsonb, key text) returns boolean
language plpgsql immutable
set search_path = ''
as $$
begin
  if p -> key is null or jsonb_typeof(p -> key) = 'null' then
    return null;
  end if;
  if jsonb_typeof(p -> key) <> 'boolean' then
    perform private.invalid(format('"%s" must be true or false.', key));
  end if;
  return (p ->> key)::boolean;
end
$$;

create or replace function private.colour_in(p jsonb) returns text
language plpgsql immutable
set search_path = ''
as $$
declare
  v text := p ->> 'colour';
begin
  if v is not null and v !~ '^#[0-9a-fA-F]{6}$' then
    perform private.invalid('A colour is written #rrggbb.');
  end if;
  return lower(v);
end
$$;

create or replace function private.email_in(p jsonb) returns text
language plpgsql immutable
set search_path = ''
as $$
declare
  v text := nullif(trim(p ->> 'email'), '');
begin
  if v is not null and v !~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' then
    perform private.invalid('That email address does not look right.');
  end if;
  return v;
end
$$;

-- Upcoming appointments that a change would strand, earliest first.
create or replace function private.upcoming_appointments(staff uuid) returns setof public.appointments
language sql stable
set search_path = ''
as $$
  select a.* from public.appointments a
  where a.staff_id = staff and a.deleted_at is null and a.status in ('requested', 'confirmed')
    and a.starts_at >= now()
  order by a.starts_at
$$;

create or replace function private.strands(p jsonb, ids uuid[], what text) returns jsonb
language plpgsql stable
set search_path = ''
as $$
declare
  first_start timestamp;
  who text;
  n integer := coalesce(array_length(ids, 1), 0);
begin
  if n = 0 or coalesce((p ->> 'confirm_stranded')::boolean, false) then
    return null;
  end if;
  select private.local_time(a.starts_at, b.time_zone), s.display_name into first_start, who
  from public.appointments a
  join public.businesses b on b.id = a.business_id
  join public.staff_members s on s.id = a.staff_id
  where a.id = ids[1];
  return private.outcome('rejected', 'strands_appointments',
           format('%s upcoming %s of %s would %s (the first on %s at %s). Save again to keep %s anyway.',
                  n, case when n = 1 then 'appointment' else 'appointments' end, who, what,
                  to_char(first_start, 'Dy DD Mon'), to_char(first_start, 'HH24:MI'),
                  case when n = 1 then 'it' else 'them' end),
           null)
         || jsonb_build_object('stranded_count', n, 'stranded', to_jsonb(ids));
end
$$;

-- ---------------------------------------------------------------------------------------------
-- business.update

create or replace function private.m_business_update(p jsonb, me public.staff_members)
returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  b public.businesses;
  tz text := private.text_in(p, 'time_zone', 64, 'The time zone');
  cur text := upper(private.text_in(p, 'currency', 3, 'The currency'));
  loc text := private.text_in(p, 'locale', 16, 'The language');
begin
  select * into b from public.businesses where id = me.business_id for update;
  if private.version_conflict(p, b.version) then
    return private.outcome('conflict', 'version_mismatch',
                           'Someone else changed the business first.', private.row_image(b));
  end if;
  if tz is not null and not exists (select 1 from pg_catalog.pg_timezone_names z where z.name = tz) then
    perform private.invalid(format('"%s" is not a time zone (use a name like Africa/Johannesburg).', tz));
  end if;
  if cur is not null and cur !~ '^[A-Z]{3}$' then
    perform private.invalid('A currency is three letters, like ZAR or EUR.');
  end if;
  if loc is not null and loc !~ '^[a-z]{2,3}(-[A-Z]{2})?$' then
    perform private.invalid('A language is written like en, en-ZA or pt-PT.');
  end if;
  update public.businesses
  set name = case when p ? 'name' then private.text_in(p, 'name', 200, 'The name', true) else name end,
      time_zone = coalesce(tz, time_zone),
      currency = coalesce(cur, currency),
      locale = coalesce(loc, locale),
      phone = case when p ? 'phone' then private.text_in(p, 'phone', 40, 'The phone number') else phone end,
      email = case when p ? 'email' then private.email_in(p) else email end,
      address = case when p ? 'address' then private.text_in(p, 'address', 500, 'The address') else address end,
      loyalty_minor_per_point = coalesce(private.int_in(p, 'loyalty_minor_per_point', 1, 1000000000,
                                                        'The spend per point'), loyalty_minor_per_point),
      loyalty_expiry_months = coalesce(private.int_in(p, 'loyalty_expiry_months', 0, 120,
                                                      'Points expiry (months)'), loyalty_expiry_months)
  where id = b.id
  returning * into b;
  return private.outcome('applied', null, null, private.row_image(b));
end
$$;

-- ---------------------------------------------------------------------------------------------
-- service.upsert

create or replace function private.m_service_upsert(p jsonb, me public.staff_members)
returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  s public.services;
  sid uuid := private.req_uuid(p, 'id');
  duration bigint := private.int_in(p, 'duration_minutes', 5, 720, 'The duration (minutes)');
  processing bigint := private.int_in(p, 'processing_minutes', 0, 720, 'The processing time (minutes)');
  buffer bigint := private.int_in(p, 'buffer_minutes', 0, 240, 'The buffer (minutes)');
  price bigint := private.int_in(p, 'price_minor', 0, 100000000000, 'The price');
  gone boolean := private.bool_in(p, 'deleted');
begin
  select * into s from public.services where id = sid for update;
  if not found then
    if duration is null or price is null then
      perform private.invalid('A new service needs a duration and a price.');
    end if;
    insert into public.services (id, business_id, name, category, duration_minutes,
                                 processing_minutes, buffer_minutes, price_minor, colour, active)
    values (sid, me.business_id, private.text_in(p, 'name', 120, 'The name', true),
            coalesce(private.text_in(p, 'category', 80, 'The category'), ''), duration,
            coalesce(processing, 0), coalesce(buffer, 0), price,
            coalesce(private.colour_in(p), '#8e7cc3'), coalesce(private.bool_in(p, 'active'), true))
    returning * into s;
    return private.outcome('applied', null, null, private.row_image(s));
  end if;
  if s.deleted_at is not null then
    return private.outcome('rejected', 'not_found', 'This service was deleted.', private.row_image(s));
  end if;
  if private.version_conflict(p, s.version) then
    return private.outcome('conflict', 'version_mismatch',
                           'Someone else changed this service first.', private.row_image(s));
  end if;
  update public.services
  set name = case when p ? 'name' then private.text_in(p, 'name', 120, 'The name', true) else name end,
      category = case when p ? 'category'
                      then coalesce(private.text_in(p, 'category', 80, 'The category'), '') else category end,
      duration_minutes = coalesce(duration, duration_minutes),
      processing_minutes = coalesce(processing, processing_minutes),
      buffer_minutes = coalesce(buffer, buffer_minutes),
      price_minor = coalesce(price, price_minor),
      colour = coalesce(private.colour_in(p), colour),
      active = coalesce(private.bool_in(p, 'active'), active),
      deleted_at = case when gone then now() else deleted_at end
  where id = s.id
  returning * into s;
  return private.outcome('applied', null, null, private.row_image(s));
end
$$;

-- ---------------------------------------------------------------------------------------------
-- staff.upsert (sign-in accounts are linked in the dashboard, not here)

create or replace function private.m_staff_upsert(p jsonb, me public.staff_members)
returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  s public.staff_members;
  sid uuid := private.req_uuid(p, 'id');
  new_role text := p ->> 'role';
  gone boolean := private.bool_in(p, 'deleted');
  early jsonb;
begin
  if new_role is not null and new_role not in ('staff', 'admin', 'owner') then
    perform private.invalid('A role is staff, admin or owner.');
  end if;
  -- One owner change at a time per business, so "the last owner" is decided on fresh data.
  perform pg_advisory_xact_lock(hashtextextended('chairside.owners:' || me.business_id::text, 0));
  select * into s from public.staff_members where id = sid for update;
  if not found then
    insert into public.staff_members (id, business_id, display_name, role, colour, phone, email,
                                      active, sort_order)
    values (sid, me.business_id, private.text_in(p, 'display_name', 80, 'The name', true),
            coalesce(new_role, 'staff'), coalesce(private.colour_in(p), '#607d8b'),
            private.text_in(p, 'phone', 40, 'The phone number'), private.email_in(p),
            coalesce(private.bool_in(p, 'active'), true),
            coalesce(private.int_in(p, 'sort_order', 0, 10000, 'The position'), 0))
    returning * into s;
    return private.outcome('applied', null, null, private.row_image(s));
  end if;
  if s.deleted_at is not null then
    return private.outcome('rejected', 'not_found', 'This staff member was removed.', private.row_image(s));
  end if;
  if private.version_conflict(p, s.version) then
    return private.outcome('conflict', 'version_mismatch',
                           'Someone else changed this staff member first.', private.row_image(s));
  end if;
  -- Someone must still be able to sign in and run the business afterwards.
  if not (coalesce(new_role, s.role) = 'owner' and coalesce(private.bool_in(p, 'active'), s.active)
          and not coalesce(gone, false) and s.user_id is not null)
     and not exists (select 1 from public.staff_members o
                     where o.business_id = me.business_id and o.id <> s.id and o.role = 'owner'
                       and o.active and o.deleted_at is null and o.user_id is not null) then
    return private.outcome('rejected', 'last_owner',
                           'The business needs at least one active owner who can sign in.',
                           private.row_image(s));
  end if;
  if gone or private.bool_in(p, 'active') is false then
    early := private.strands(p, array(select a.id from private.upcoming_appointments(s.id) a),
                             'have nobody to do them');
    if early is not null then
      return early;
    end if;
  end if;
  update public.staff_members
  set display_name = case when p ? 'display_name'
                          then private.text_in(p, 'display_name', 80, 'The name', true) else display_name end,
      role = coalesce(new_role, role),
      colour = coalesce(private.colour_in(p), colour),
      phone = case when p ? 'phone' then private.text_in(p, 'phone', 40, 'The phone number') else phone end,
      email = case when p ? 'email' then private.email_in(p) else email end,
      active = coalesce(private.bool_in(p, 'active'), active),
      sort_order = coalesce(private.int_in(p, 'sort_order', 0, 10000, 'The position'), sort_order),
      deleted_at = case when gone then now() else deleted_at end
  where id = s.id
  returning * into s;
  return private.outcome('applied', null, null, private.row_image(s));
end
$$;

-- ---------------------------------------------------------------------------------------------
-- working_hours.set: one row per staff member and weekday (kept: the first live one)

create or replace function private.m_working_hours_set(p jsonb, me public.staff_members)
returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  staff public.staff_members;
  wh public.working_hours;
  day integer := private.int_in(p, 'weekday', 1, 7, 'The weekday');
  off boolean := coalesce(private.bool_in(p, 'off'), false);
  s_min bigint := private.int_in(p, 'start_minute', 0, 1435, 'The start');
  e_min bigint := private.int_in(p, 'end_minute', 5, 1440, 'The end');
  bs bigint := private.int_in(p, 'break_start_minute', 0, 1440, 'The break''s start');
  be bigint := private.int_in(p, 'break_end_minute', 0, 1440, 'The break''s end');
  tz text;
  early jsonb;
begin
  if day is null then
    perform private.invalid('The change is missing "weekday".');
  end if;
  select * into staff from public.staff_members
  where id = private.req_uuid(p, 'staff_id') and deleted_at is null
  for update; -- one working-hours change per person at a time
  if not found then
    return private.outcome('rejected', 'not_found', 'That staff member no longer exists.', null);
  end if;
  if not off then
    if s_min is null or e_min is null or s_min >= e_min then
      perform private.invalid('Working hours need a start before their end.');
    end if;
    if (bs is null) <> (be is null) then
      perform private.invalid('A break needs a start and an end.');
    end if;
    if bs is not null and not (s_min <= bs and bs < be and be <= e_min) then
      perform private.invalid('The break must lie inside the working hours.');
    end if;
    if s_min % 5 <> 0 or e_min % 5 <> 0 or coalesce(bs, 0) % 5 <> 0 or coalesce(be, 0) % 5 <> 0 then
      perform private.invalid('Working hours are set in steps of 5 minutes.');
    end if;
  end if;

  select b.time_zone into tz from public.businesses b where b.id = staff.business_id;
  early := private.strands(p, array(
    select a.id from private.upcoming_appointments(staff.id) a
    cross join lateral (select private.local_time(a.starts_at, tz) as ls) l
    cross join lateral (select extract(hour from l.ls)::integer * 60 + extract(minute from l.ls)::integer as sm,
                               extract(epoch from a.ends_at - a.starts_at)::integer / 60 as len) m
    where extract(isodow from l.ls)::integer = day
      and (off or m.sm < s_min or m.sm + m.len > e_min
           or (bs is not null and m.sm < be and m.sm + m.len > bs))
    order by a.starts_at),
    case when off then 'fall on a day off' else 'fall outside these hours' end);
  if early is not null then
    return early;
  end if;

  select * into wh from public.working_hours
  where staff_id = staff.id and weekday = day and deleted_at is null
  order by start_minute, id
  limit 1;
  -- Any further rows of that day go: the day has one span with at most one break.
  update public.working_hours set deleted_at = now()
  where staff_id = staff.id and weekday = day and deleted_at is null
    and (off or id is distinct from wh.id);
  if off then
    return private.outcome('applied', null, null,
                           case when wh.id is null then null
                                else (select private.row_image(x) from public.working_hours x where x.id = wh.id) end);
  end if;
  if wh.id is null then
    insert into public.working_hours (business_id, staff_id, weekday, start_minute, end_minute,
                                      break_start_minute, break_end_minute)
    values (staff.business_id, staff.id, day, s_min, e_min, bs, be)
    returning * into wh;
  else
    update public.working_hours
    set start_minute = s_min, end_minute = e_min, break_start_minute = bs, break_end_minute = be
    where id = wh.id
    returning * into wh;
  end if;
  return private.outcome('applied', null, null, private.row_image(wh));
end
$$;

-- ---------------------------------------------------------------------------------------------
-- time_off.upsert

create or replace function private.m_time_off_upsert(p jsonb, me public.staff_members)
returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  t public.time_off;
  tid uuid := private.req_uuid(p, 'id');
  starts timestamptz := private.ts(p -> 'starts_at');
  ends timestamptz := private.ts(p -> 'ends_at');
  gone boolean := coalesce(private.bool_in(p, 'deleted'), false);
  staff uuid;
  early jsonb;
begin
  select * into t from public.time_off where id = tid for update;
  if found and t.deleted_at is not null then
    return private.outcome('rejected', 'not_found', 'This time off was deleted.', private.row_image(t));
  end if;
  if found and private.version_conflict(p, t.version) then
    return private.outcome('conflict', 'version_mismatch',
                           'Someone else changed this time off first.', private.row_image(t));
  end if;
  staff := coalesce((p ->> 'staff_id')::uuid, t.staff_id);
  starts := coalesce(starts, t.starts_at);
  ends := coalesce(ends, t.ends_at);
  if not gone then
    if staff is null or starts is null or ends is null then
      perform private.invalid('Time off needs a staff member, a start and an end.');
    end if;
    if ends <= starts then
      perform private.invalid('The end must be after the start.');
    end if;
    if ends - starts > interval '366 days' then
      perform private.invalid('Time off can be at most a year long.');
    end if;
    early := private.strands(p, array(
      select a.id from private.upcoming_appointments(staff) a
      where tstzrange(a.starts_at, a.ends_at) && tstzrange(starts, ends)
      order by a.starts_at), 'fall in this time off');
    if early is not null then
      return early;
    end if;
  end if;
  if t.id is null then
    if gone then
      return private.outcome('rejected', 'not_found', 'That time off no longer exists.', null);
    end if;
    insert into public.time_off (id, business_id, staff_id, starts_at, ends_at, reason)
    values (tid, me.business_id, staff, starts, ends, private.text_in(p, 'reason', 200, 'The reason'))
    returning * into t;
  else
    update public.time_off
    set staff_id = staff, starts_at = starts, ends_at = ends,
        reason = case when p ? 'reason' then private.text_in(p, 'reason', 200, 'The reason') else reason end,
        deleted_at = case when gone then now() else deleted_at end
    where id = t.id
    returning * into t;
  end if;
  return private.outcome('applied', null, null, private.row_image(t));
end
$$;

-- ---------------------------------------------------------------------------------------------
-- Loyalty: tiers (rank 1-5, thresholds rising with the rank) and rewards

create or replace function private.m_loyalty_tier_upsert(p jsonb, me public.staff_members)
returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  t public.loyalty_tiers;
  tid uuid := private.req_uuid(p, 'id');
  tier_rank bigint := private.int_in(p, 'rank', 1, 5, 'The tier''s rank');
  threshold bigint := private.int_in(p, 'threshold_points', 0, 100000000, 'The threshold');
  gone boolean := coalesce(private.bool_in(p, 'deleted'), false);
begin
  perform pg_advisory_xact_lock(hashtextextended('chairside.tiers:' || me.business_id::text, 0));
  select * into t from public.loyalty_tiers where id = tid for update;
  if not found then
    if tier_rank is null or threshold is null then
      perform private.invalid('A new tier needs a rank and a threshold.');
    end if;
    insert into public.loyalty_tiers (id, business_id, rank, name, threshold_points, perks)
    values (tid, me.business_id, tier_rank, private.text_in(p, 'name', 60, 'The name', true),
            threshold, coalesce(private.text_in(p, 'perks', 1000, 'The perks'), ''))
    returning * into t;
  elsif t.deleted_at is not null then
    return private.outcome('rejected', 'not_found', 'This tier was deleted.', private.row_image(t));
  elsif private.version_conflict(p, t.version) then
    return private.outcome('conflict', 'version_mismatch',
                           'Someone else changed this tier first.', private.row_image(t));
  else
    update public.loyalty_tiers
    set rank = coalesce(tier_rank, rank),
        name = case when p ? 'name' then private.text_in(p, 'name', 60, 'The name', true) else name end,
        threshold_points = coalesce(threshold, threshold_points),
        perks = case when p ? 'perks' then coalesce(private.text_in(p, 'perks', 1000, 'The perks'), '')
                     else perks end,
        deleted_at = case when gone then now() else deleted_at end
    where id = t.id
    returning * into t;
  end if;
  if exists (select 1 from (
               select x.threshold_points,
                      lag(x.threshold_points) over (order by x.rank) as below
               from public.loyalty_tiers x
               where x.business_id = me.business_id and x.deleted_at is null) y
             where y.threshold_points <= y.below) then
    raise exception 'Each tier needs more points than the tier below it.'
      using errcode = 'check_violation', constraint = 'loyalty_tiers_rising';
  end if;
  return private.outcome('applied', null, null, private.row_image(t));
end
$$;

create or replace function private.m_loyalty_reward_upsert(p jsonb, me public.staff_members)
returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  r public.loyalty_rewards;
  rid uuid := private.req_uuid(p, 'id');
  cost bigint := private.int_in(p, 'cost_points', 1, 100000000, 'The cost in points');
begin
  select * into r from public.loyalty_rewards where id = rid for update;
  if not found then
    if cost is null then
      perform private.invalid('A new reward needs a cost in points.');
    end if;
    insert into public.loyalty_rewards (id, business_id, name, cost_points, active)
    values (rid, me.business_id, private.text_in(p, 'name', 120, 'The name', true), cost,
            coalesce(private.bool_in(p, 'active'), true))
    returning * into r;
    return private.outcome('applied', null, null, private.row_image(r));
  end if;
  if r.deleted_at is not null then
    return private.outcome('rejected', 'not_found', 'This reward was deleted.', private.row_image(r));
  end if;
  if private.version_conflict(p, r.version) then
    return private.outcome('conflict', 'version_mismatch',
                           'Someone else changed this reward first.', private.row_image(r));
  end if;
  update public.loyalty_rewards
  set name = case when p ? 'name' then private.text_in(p, 'name', 120, 'The name', true) else name end,
      cost_points = coalesce(cost, cost_points),
      active = coalesce(private.bool_in(p, 'active'), active),
      deleted_at = case when coalesce(private.bool_in(p, 'deleted'), false) then now() else deleted_at end
  where id = r.id
  returning * into r;
  return private.outcome('applied', null, null, private.row_image(r));
end
$$;

-- ---------------------------------------------------------------------------------------------
-- reminder_rules.set

create or replace function private.m_reminder_rules_set(p jsonb, me public.staff_members)
returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  r public.reminder_rules;
  qs bigint := private.int_in(p, 'quiet_start_minute', 0, 1439, 'The start of quiet hours');
  qe bigint := private.int_in(p, 'quiet_end_minute', 0, 1439, 'The end of quiet hours');
  quiet_given boolean := p ? 'quiet_start_minute' or p ? 'quiet_end_minute';
begin
  if quiet_given and ((qs is null) <> (qe is null) or qs = qe) then
    perform private.invalid('Quiet hours need a start and a different end (or neither).');
  end if;
  select * into r from public.reminder_rules
  where business_id = me.business_id and deleted_at is null
  for update;
  if not found then
    insert into public.reminder_rules (business_id) values (me.business_id) returning * into r;
  elsif private.version_conflict(p, r.version) then
    return private.outcome('conflict', 'version_mismatch',
                           'Someone else changed the reminder rules first.', private.row_image(r));
  end if;
  update public.reminder_rules
  set reminder_24h_whatsapp = coalesce(private.bool_in(p, 'reminder_24h_whatsapp'), reminder_24h_whatsapp),
      reminder_24h_sms = coalesce(private.bool_in(p, 'reminder_24h_sms'), reminder_24h_sms),
      reminder_24h_email = coalesce(private.bool_in(p, 'reminder_24h_email'), reminder_24h_email),
      reminder_2h_whatsapp = coalesce(private.bool_in(p, 'reminder_2h_whatsapp'), reminder_2h_whatsapp),
      reminder_2h_sms = coalesce(private.bool_in(p, 'reminder_2h_sms'), reminder_2h_sms),
      reminder_2h_email = coalesce(private.bool_in(p, 'reminder_2h_email'), reminder_2h_email),
      quiet_start_minute = case when quiet_given then qs else quiet_start_minute end,
      quiet_end_minute = case when quiet_given then qe else quiet_end_minute end
  where id = r.id
  returning * into r;
  return private.outcome('applied', null, null, private.row_image(r));
end
$$;

-- ---------------------------------------------------------------------------------------------
-- Dispatch: the setup kinds here, everything else as before (the earlier dispatcher, renamed).

alter function private.apply_one(text, jsonb, public.staff_members) rename to apply_one_desk;

create or replace function private.apply_one(kind text, p jsonb, me public.staff_members)
returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  early jsonb;
begin
  if kind not in ('business.update', 'service.upsert', 'staff.upsert', 'working_hours.set',
                  'time_off.upsert', 'loyalty_tier.upsert', 'loyalty_reward.upsert',
                  'reminder_rules.set') then
    return private.apply_one_desk(kind, p, me);
  end if;
  early := private.setup_forbidden(me);
  if early is not null then
    return early;
  end if;
  if p is null or jsonb_typeof(p) <> 'object' then
    raise exception 'The change has no payload object.' using errcode = '22023';
  end if;
  case kind
    when 'business.update' then return private.m_business_update(p, me);
    when 'service.upsert' then return private.m_service_upsert(p, me);
    when 'staff.upsert' then return private.m_staff_upsert(p, me);
    when 'working_hours.set' then return private.m_working_hours_set(p, me);
    when 'time_off.upsert' then return private.m_time_off_upsert(p, me);
    when 'loyalty_tier.upsert' then return private.m_loyalty_tier_upsert(p, me);
    when 'loyalty_reward.upsert' then return private.m_loyalty_reward_upsert(p, me);
    else return private.m_reminder_rules_set(p, me);
  end case;
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
      and p.proname in ('setup_forbidden', 'invalid', 'int_in', 'text_in', 'bool_in', 'colour_in',
                        'email_in', 'upcoming_appointments', 'strands', 'm_business_update',
                        'm_service_upsert', 'm_staff_upsert', 'm_working_hours_set',
                        'm_time_off_upsert', 'm_loyalty_tier_upsert', 'm_loyalty_reward_upsert',
                        'm_reminder_rules_set', 'apply_one')
  loop
    execute format('revoke all on function %s from public, anon', f);
    execute format('grant execute on function %s to authenticated, service_role', f);
  end loop;
end
$$;
