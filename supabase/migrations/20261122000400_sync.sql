-- Chairside backend, part 4: the two RPCs the desktop's SyncEngine uses, plus change signals.
--
--   POST /rest/v1/rpc/sync_pull        {"cursor": <object or null>, "limit": 500}
--   POST /rest/v1/rpc/apply_mutations  {"batch": [{"mutation_id", "kind", "payload"}, ...]}
--
-- Both are SECURITY INVOKER: every read and write goes through the caller's RLS policies.
-- docs/backend.md describes the cursor scheme and every mutation kind.

-- Tables in the order a client should apply them (parents before children).
create or replace function private.sync_tables() returns text[]
language sql immutable
set search_path = ''
as $$
  select array['businesses', 'staff_members', 'working_hours', 'time_off', 'services',
               'customers', 'appointments', 'appointment_events', 'ai_conversations',
               'ai_messages', 'ai_handoffs', 'outbound_messages', 'loyalty_tiers',
               'loyalty_rewards', 'loyalty_ledger', 'notifications']
$$;

-- ---------------------------------------------------------------------------------------------
-- sync_pull
--
-- Every row carries sync_xid, the (64-bit, never wrapping) id of the transaction that last wrote
-- it. A pull cycle remembers the snapshot it read with (pg_current_snapshot()). The next cycle
-- returns exactly the rows whose writer was NOT visible in that snapshot: transactions that
-- committed later, including those that were still in progress during the earlier pull (they
-- are in the snapshot's in-progress list) - so a long transaction that commits an early
-- updated_at after a pull is never missed. A cycle may span several pages; pages walk the
-- tables in order by (sync_xid, id), and the cycle's snapshot is the one taken on its first page.
--
-- cursor: null (everything) or the object returned by the previous call, passed back verbatim.
-- Returns {"rows": {table: [row, ...]}, "deleted": {table: [id, ...]}, "cursor": {...},
--          "has_more": bool, "server_time": timestamptz}. Tombstones (deleted_at set) are in
-- "rows" like any other row and their ids are also listed in "deleted".

create or replace function public.sync_pull(cursor jsonb default null, "limit" integer default 500)
returns jsonb
language plpgsql stable security invoker
set search_path = ''
as $$
declare
  tables text[] := private.sync_tables();
  page_size integer := greatest(1, least(coalesce("limit", 500), 1000));
  remaining integer;
  since pg_snapshot;
  upto pg_snapshot;
  start_index integer := 1;
  after_xid xid8;
  after_id uuid;
  i integer;
  t text;
  total integer;
  page jsonb;
  dead jsonb;
  last_xid xid8;
  last_id uuid;
  out_rows jsonb := '{}'::jsonb;
  out_deleted jsonb := '{}'::jsonb;
  next_cursor jsonb;
begin
  if cursor is not null and jsonb_typeof(cursor) = 'string' then
    cursor := (cursor #>> '{}')::jsonb; -- a cursor stored as text
  end if;
  if cursor is not null and jsonb_typeof(cursor) = 'object' then
    begin
      since := (cursor ->> 'since')::pg_snapshot;
      upto := (cursor ->> 'upto')::pg_snapshot;
      if upto is not null then
        start_index := (cursor ->> 'table')::integer;
        after_xid := (cursor ->> 'after_xid')::xid8;
        after_id := (cursor ->> 'after_id')::uuid;
      end if;
    exception when others then
      raise exception 'Invalid sync cursor; start again with a null cursor.'
        using errcode = '22023';
    end;
    if start_index is null or start_index < 1 or start_index > array_length(tables, 1) then
      raise exception 'Invalid sync cursor; start again with a null cursor.' using errcode = '22023';
    end if;
  elsif cursor is not null and jsonb_typeof(cursor) <> 'null' then
    raise exception 'Invalid sync cursor; start again with a null cursor.' using errcode = '22023';
  end if;

  if upto is null then
    upto := pg_current_snapshot(); -- a new cycle
  end if;

  remaining := page_size;
  for i in start_index .. array_length(tables, 1) loop
    t := tables[i];
    execute format($q$
      with candidates as (
        select r.sync_xid, r.id, r.deleted_at is not null as gone, to_jsonb(r) - 'sync_xid' as j
        from public.%I r
        where ($1::pg_snapshot is null
               or (r.sync_xid >= pg_snapshot_xmin($1) and not pg_visible_in_snapshot(r.sync_xid, $1)))
          and ($2::xid8 is null or (r.sync_xid, r.id) > ($2, $3::uuid))
        order by r.sync_xid, r.id
        limit $4 + 1
      ), numbered as (
        select c.*, row_number() over (order by c.sync_xid, c.id) as n from candidates c
      )
      select count(*)::integer,
             coalesce(jsonb_agg(j order by n) filter (where n <= $4), '[]'::jsonb),
             coalesce(jsonb_agg(id order by n) filter (where n <= $4 and gone), '[]'::jsonb),
             (array_agg(sync_xid order by n desc) filter (where n <= $4))[1],
             (array_agg(id order by n desc) filter (where n <= $4))[1]
      from numbered
    $q$, t)
    into total, page, dead, last_xid, last_id
    using since, after_xid, after_id, remaining;

    if jsonb_array_length(page) > 0 then
      out_rows := out_rows || jsonb_build_object(t, page);
    end if;
    if jsonb_array_length(dead) > 0 then
      out_deleted := out_deleted || jsonb_build_object(t, dead);
    end if;

    if total > remaining then
      -- More in this table: continue after the last row sent.
      next_cursor := jsonb_build_object('since', since::text, 'upto', upto::text, 'table', i,
                                        'after_xid', last_xid::text, 'after_id', last_id);
      exit;
    end if;
    remaining := remaining - total;
    after_xid := null;
    after_id := null;
    if remaining = 0 and i < array_length(tables, 1) then
      next_cursor := jsonb_build_object('since', since::text, 'upto', upto::text, 'table', i + 1,
                                        'after_xid', null, 'after_id', null);
      exit;
    end if;
  end loop;

  return jsonb_build_object(
    'rows', out_rows,
    'deleted', out_deleted,
    'cursor', coalesce(next_cursor, jsonb_build_object('since', upto::text)),
    'has_more', next_cursor is not null,
    'server_time', now());
end
$$;

-- ---------------------------------------------------------------------------------------------
-- apply_mutations: helpers

create or replace function private.row_image(r anyelement) returns jsonb
language sql immutable
set search_path = ''
as $$ select to_jsonb(r) - 'sync_xid' $$;

create or replace function private.outcome(status text, code text, reason text, row_image jsonb)
returns jsonb
language sql immutable
set search_path = ''
as $$
  select jsonb_build_object('status', status, 'code', code, 'reason', reason, 'row', row_image)
$$;

-- Payload field accessors raising invalid_parameter_value (22023) with a readable message.
create or replace function private.req_text(p jsonb, key text) returns text
language plpgsql immutable
set search_path = ''
as $$
begin
  if p ->> key is null then
    raise exception 'The change is missing "%".', key using errcode = '22023';
  end if;
  return p ->> key;
end
$$;

create or replace function private.req_uuid(p jsonb, key text) returns uuid
language sql immutable
set search_path = ''
as $$ select private.req_text(p, key)::uuid $$;

-- Times arrive as ISO 8601 text or as Unix seconds (the desktop cache's representation).
create or replace function private.ts(v jsonb) returns timestamptz
language sql immutable
set search_path = ''
as $$
  select case jsonb_typeof(v)
    when 'number' then to_timestamp((v #>> '{}')::double precision)
    when 'string' then (v #>> '{}')::timestamptz
    else null
  end
$$;

create or replace function private.version_conflict(p jsonb, current_version bigint) returns boolean
language sql immutable
set search_path = ''
as $$
  select p ? 'expected_version' and jsonb_typeof(p -> 'expected_version') <> 'null'
         and (p ->> 'expected_version')::bigint <> current_version
$$;

-- ---------------------------------------------------------------------------------------------
-- Appointments

create or replace function private.m_appointment_create(p jsonb, me public.staff_members)
returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  a public.appointments;
  svc public.services;
  new_id uuid := coalesce((p ->> 'id')::uuid, gen_random_uuid());
  starts timestamptz := private.ts(p -> 'starts_at');
  ends timestamptz := private.ts(p -> 'ends_at');
begin
  select * into a from public.appointments where id = new_id;
  if found then
    return private.outcome('conflict', 'already_exists',
                           'This appointment already exists.', private.row_image(a));
  end if;
  if starts is null then
    raise exception 'The change is missing "starts_at".' using errcode = '22023';
  end if;
  select * into svc from public.services
  where id = private.req_uuid(p, 'service_id') and deleted_at is null;
  if not found then
    return private.outcome('rejected', 'not_found', 'That service no longer exists.', null);
  end if;
  insert into public.appointments (id, business_id, customer_id, staff_id, service_id, starts_at,
                                   ends_at, status, source, price_minor, notes)
  values (new_id, me.business_id, (p ->> 'customer_id')::uuid, private.req_uuid(p, 'staff_id'),
          svc.id, starts,
          coalesce(ends, starts + make_interval(mins => svc.duration_minutes
                                                 + svc.processing_minutes + svc.buffer_minutes)),
          coalesce(p ->> 'status', 'confirmed'), coalesce(p ->> 'source', 'desk'),
          coalesce((p ->> 'price_minor')::bigint, svc.price_minor), coalesce(p ->> 'notes', ''))
  returning * into a;
  return private.outcome('applied', null, null, private.row_image(a));
end
$$;

-- Why an appointment cannot be changed (not_found / version conflict), or null to go on.
create or replace function private.appointment_precheck(a public.appointments, p jsonb)
returns jsonb
language sql immutable
set search_path = ''
as $$
  select case
    when a.id is null then
      private.outcome('rejected', 'not_found', 'That appointment no longer exists.', null)
    when private.version_conflict(p, a.version) then
      private.outcome('conflict', 'version_mismatch',
                      'Someone else changed this appointment first.', private.row_image(a))
  end
$$;

create or replace function private.m_appointment_reschedule(p jsonb, me public.staff_members)
returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  a public.appointments;
  early jsonb;
  starts timestamptz := private.ts(p -> 'starts_at');
  ends timestamptz := private.ts(p -> 'ends_at');
begin
  select * into a from public.appointments
  where id = private.req_uuid(p, 'id') and deleted_at is null
  for update;
  early := private.appointment_precheck(a, p);
  if early is not null then
    return early;
  end if;
  if starts is null then
    raise exception 'The change is missing "starts_at".' using errcode = '22023';
  end if;
  update public.appointments
  set starts_at = starts,
      ends_at = coalesce(ends, starts + (a.ends_at - a.starts_at)),
      staff_id = coalesce((p ->> 'staff_id')::uuid, a.staff_id),
      service_id = coalesce((p ->> 'service_id')::uuid, a.service_id)
  where id = a.id
  returning * into a;
  return private.outcome('applied', null, null, private.row_image(a));
end
$$;

create or replace function private.m_appointment_set_status(p jsonb, me public.staff_members,
                                                            target_status text default null)
returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  a public.appointments;
  early jsonb;
  new_status text := coalesce(target_status, private.req_text(p, 'status'));
begin
  select * into a from public.appointments
  where id = private.req_uuid(p, 'id') and deleted_at is null
  for update;
  early := private.appointment_precheck(a, p);
  if early is not null then
    return early;
  end if;
  if a.status = new_status then
    return private.outcome('applied', null, null, private.row_image(a));
  end if;
  update public.appointments
  set status = new_status,
      cancel_reason = case when new_status = 'cancelled'
                           then coalesce(p ->> 'cancel_reason', p ->> 'reason', cancel_reason)
                           else cancel_reason end
  where id = a.id
  returning * into a;
  return private.outcome('applied', null, null, private.row_image(a));
end
$$;

-- ---------------------------------------------------------------------------------------------
-- Customers

create or replace function private.m_customer_upsert(p jsonb, me public.staff_members)
returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  c public.customers;
  cid uuid := private.req_uuid(p, 'id');
begin
  select * into c from public.customers where id = cid for update;
  if not found then
    insert into public.customers (id, business_id, full_name, phone, email, consent_whatsapp,
                                  consent_sms, consent_email, notes, allergy_notes, referral_code)
    values (cid, me.business_id, private.req_text(p, 'full_name'), p ->> 'phone', p ->> 'email',
            coalesce((p ->> 'consent_whatsapp')::boolean, false),
            coalesce((p ->> 'consent_sms')::boolean, false),
            coalesce((p ->> 'consent_email')::boolean, false),
            coalesce(p ->> 'notes', ''), coalesce(p ->> 'allergy_notes', ''), p ->> 'referral_code')
    returning * into c;
    return private.outcome('applied', null, null, private.row_image(c));
  end if;
  if c.deleted_at is not null then
    return private.outcome('rejected', 'not_found', 'This customer was deleted.', private.row_image(c));
  end if;
  if private.version_conflict(p, c.version) then
    return private.outcome('conflict', 'version_mismatch',
                           'Someone else changed this customer first.', private.row_image(c));
  end if;
  update public.customers
  set full_name = case when p ? 'full_name' then private.req_text(p, 'full_name') else full_name end,
      phone = case when p ? 'phone' then p ->> 'phone' else phone end,
      email = case when p ? 'email' then p ->> 'email' else email end,
      consent_whatsapp = case when p ? 'consent_whatsapp'
                              then (p ->> 'consent_whatsapp')::boolean else consent_whatsapp end,
      consent_sms = case when p ? 'consent_sms' then (p ->> 'consent_sms')::boolean
                         else consent_sms end,
      consent_email = case when p ? 'consent_email' then (p ->> 'consent_email')::boolean
                           else consent_email end,
      notes = case when p ? 'notes' then coalesce(p ->> 'notes', '') else notes end,
      allergy_notes = case when p ? 'allergy_notes' then coalesce(p ->> 'allergy_notes', '')
                           else allergy_notes end,
      referral_code = case when p ? 'referral_code' then p ->> 'referral_code' else referral_code end
  where id = c.id
  returning * into c;
  return private.outcome('applied', null, null, private.row_image(c));
end
$$;

-- Chat messages are immutable for every role; erasure is the one exception.
create or replace function private.erase_customer_messages(customer uuid) returns void
language sql security definer
set search_path = ''
as $$
  update public.ai_messages m set body = '[erased]', metadata = '{}'::jsonb
  from public.ai_conversations v
  where v.customer_id = customer and m.conversation_id = v.id and m.sender = 'customer'
    and v.business_id = private.current_business_id() and private.has_role('admin')
$$;

-- Right to erasure: personal data is wiped and the row becomes a tombstone; appointments and
-- points keep their (now anonymous) history.
create or replace function private.m_customer_erase(p jsonb, me public.staff_members)
returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  c public.customers;
begin
  if private.role_rank(me.role) < private.role_rank('admin') then
    return private.outcome('rejected', 'forbidden', 'Only admins and owners can erase a customer.',
                           null);
  end if;
  select * into c from public.customers where id = private.req_uuid(p, 'id') for update;
  if not found then
    return private.outcome('rejected', 'not_found', 'That customer no longer exists.', null);
  end if;
  if private.version_conflict(p, c.version) then
    return private.outcome('conflict', 'version_mismatch',
                           'Someone else changed this customer first.', private.row_image(c));
  end if;
  update public.customers
  set full_name = 'Erased customer', phone = null, email = null, consent_whatsapp = false,
      consent_sms = false, consent_email = false, notes = '', allergy_notes = '',
      referral_code = null, deleted_at = coalesce(deleted_at, now())
  where id = c.id
  returning * into c;
  perform private.erase_customer_messages(c.id);
  return private.outcome('applied', null, null, private.row_image(c));
end
$$;

-- ---------------------------------------------------------------------------------------------
-- Handoffs (admins and owners)

create or replace function private.handoff_blocked(h public.ai_handoffs) returns jsonb
language sql stable
set search_path = ''
as $$
  select case
    when h.resolved then private.outcome('conflict', 'already_resolved',
                                         'This handoff is already resolved.', private.row_image(h))
    else private.outcome('conflict', 'already_claimed',
                         coalesce((select s.display_name from public.staff_members s
                                   where s.id = h.assigned_to), 'Someone else')
                           || ' is already handling this conversation.',
                         private.row_image(h))
  end
$$;

create or replace function private.m_handoff(kind text, p jsonb, me public.staff_members)
returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  h public.ai_handoffs;
  conv public.ai_conversations;
  msg public.outbound_messages;
  hid uuid := private.req_uuid(p, 'id');
  is_owner boolean := me.role = 'owner';
begin
  if private.role_rank(me.role) < private.role_rank('admin') then
    return private.outcome('rejected', 'forbidden',
                           'Only admins and owners can work on handed-off conversations.', null);
  end if;
  select * into h from public.ai_handoffs where id = hid and deleted_at is null;
  if not found then
    return private.outcome('rejected', 'not_found', 'That handoff no longer exists.', null);
  end if;
  if private.version_conflict(p, h.version) then
    return private.outcome('conflict', 'version_mismatch',
                           'Someone else changed this handoff first.', private.row_image(h));
  end if;

  if kind = 'handoff.claim' then
    -- Conditional update: of two admins claiming at once, the second finds assigned_to taken
    -- (READ COMMITTED re-checks the WHERE clause after the first commits) and gets a conflict.
    update public.ai_handoffs set assigned_to = me.id
    where id = hid and not resolved and assigned_to is null
    returning * into h;
    if found then
      return private.outcome('applied', null, null, private.row_image(h));
    end if;
    select * into h from public.ai_handoffs where id = hid;
    if not h.resolved and h.assigned_to = me.id then
      return private.outcome('applied', null, null, private.row_image(h));
    end if;
    return private.handoff_blocked(h);

  elsif kind = 'handoff.release' then
    update public.ai_handoffs set assigned_to = null
    where id = hid and not resolved and assigned_to is not null
      and (assigned_to = me.id or is_owner)
    returning * into h;
    if found then
      return private.outcome('applied', null, null, private.row_image(h));
    end if;
    select * into h from public.ai_handoffs where id = hid;
    if not h.resolved and h.assigned_to is null then
      return private.outcome('applied', null, null, private.row_image(h));
    end if;
    return private.handoff_blocked(h);

  elsif kind = 'handoff.resolve' then
    update public.ai_handoffs
    set resolved = true,
        assigned_to = coalesce(assigned_to, me.id),
        outcome = coalesce(p ->> 'outcome', 'answered'),
        resolution_note = coalesce(p ->> 'resolution_note', p ->> 'note', resolution_note)
    where id = hid and not resolved and (assigned_to is null or assigned_to = me.id or is_owner)
    returning * into h;
    if found then
      update public.ai_conversations set status = 'closed'
      where id = h.conversation_id and status = 'handed_off';
      return private.outcome('applied', null, null, private.row_image(h));
    end if;
    select * into h from public.ai_handoffs where id = hid;
    return private.handoff_blocked(h);

  else -- handoff.reply: claims an unclaimed handoff, queues the message, adds it to the transcript
    update public.ai_handoffs set assigned_to = me.id
    where id = hid and not resolved and assigned_to is null
    returning * into h;
    if not found then
      select * into h from public.ai_handoffs where id = hid;
      if h.resolved or h.assigned_to <> me.id then
        return private.handoff_blocked(h);
      end if;
    end if;
    select * into conv from public.ai_conversations where id = h.conversation_id;
    insert into public.outbound_messages (id, business_id, customer_id, conversation_id, handoff_id,
                                          channel, kind, body, status)
    values (coalesce((p ->> 'message_id')::uuid, gen_random_uuid()), me.business_id,
            h.customer_id, h.conversation_id, h.id,
            coalesce(p ->> 'channel', case when conv.channel = 'whatsapp' then 'whatsapp'
                                           else 'email' end),
            'reply', private.req_text(p, 'body'), 'queued')
    returning * into msg;
    insert into public.ai_messages (business_id, conversation_id, sender, body, metadata)
    values (me.business_id, h.conversation_id, 'staff', msg.body,
            jsonb_build_object('outbound_message_id', msg.id, 'staff_id', me.id));
    update public.ai_conversations set last_message_at = now() where id = h.conversation_id;
    return private.outcome('applied', null, null, private.row_image(msg));
  end if;
end
$$;

-- ---------------------------------------------------------------------------------------------
-- Loyalty

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
  if kind = 'loyalty.adjust' and private.role_rank(me.role) < private.role_rank('admin') then
    return private.outcome('rejected', 'forbidden',
                           'Only admins and owners can adjust a points balance by hand.', null);
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

-- ---------------------------------------------------------------------------------------------
-- Notifications

create or replace function private.m_notification(kind text, p jsonb, me public.staff_members)
returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  n public.notifications;
begin
  if kind = 'notification.read' then
    update public.notifications set read_at = coalesce(read_at, now())
    where id = private.req_uuid(p, 'id') and deleted_at is null
    returning * into n;
  else
    update public.notifications set dismissed = true, read_at = coalesce(read_at, now())
    where id = private.req_uuid(p, 'id') and deleted_at is null
    returning * into n;
  end if;
  if not found then
    return private.outcome('rejected', 'not_found', 'That notification no longer exists.', null);
  end if;
  return private.outcome('applied', null, null, private.row_image(n));
end
$$;

-- ---------------------------------------------------------------------------------------------
-- Dispatch and error mapping

create or replace function private.apply_one(kind text, p jsonb, me public.staff_members)
returns jsonb
language plpgsql
set search_path = ''
as $$
begin
  if p is null or jsonb_typeof(p) <> 'object' then
    raise exception 'The change has no payload object.' using errcode = '22023';
  end if;
  case kind
    when 'appointment.create' then return private.m_appointment_create(p, me);
    when 'appointment.reschedule' then return private.m_appointment_reschedule(p, me);
    when 'appointment.set_status' then return private.m_appointment_set_status(p, me);
    when 'appointment.cancel' then return private.m_appointment_set_status(p, me, 'cancelled');
    when 'customer.upsert' then return private.m_customer_upsert(p, me);
    when 'customer.erase' then return private.m_customer_erase(p, me);
    when 'handoff.claim', 'handoff.release', 'handoff.resolve', 'handoff.reply' then
      return private.m_handoff(kind, p, me);
    when 'loyalty.award', 'loyalty.redeem', 'loyalty.adjust' then
      return private.m_loyalty(kind, p, me);
    when 'notification.read', 'notification.dismiss' then
      return private.m_notification(kind, p, me);
    else
      return private.outcome('rejected', 'unknown_kind',
                             format('This version of the server does not know "%s".', kind), null);
  end case;
end
$$;

-- The row a failed mutation was about, as the caller may see it now (or null).
create or replace function private.current_row(kind text, p jsonb) returns jsonb
language plpgsql stable
set search_path = ''
as $$
declare
  tbl text := case split_part(kind, '.', 1)
    when 'appointment' then 'appointments' when 'customer' then 'customers'
    when 'handoff' then 'ai_handoffs' when 'notification' then 'notifications' end;
  result jsonb;
begin
  if tbl is null or p ->> 'id' is null then
    return null;
  end if;
  execute format('select to_jsonb(r) - ''sync_xid'' from public.%I r where r.id = $1', tbl)
    into result using (p ->> 'id')::uuid;
  return result;
exception when others then
  return null;
end
$$;

-- "Thandi is already booked from 10:00 to 11:00 on Tue 24 Nov." in the business's time zone.
create or replace function private.double_booking_reason(p jsonb) returns text
language plpgsql stable
set search_path = ''
as $$
declare
  staff_name text;
  other record;
  self public.appointments;
  sid uuid;
  starts timestamptz;
  ends timestamptz;
begin
  select * into self from public.appointments where id = (p ->> 'id')::uuid;
  sid := coalesce((p ->> 'staff_id')::uuid, self.staff_id);
  starts := coalesce(private.ts(p -> 'starts_at'), self.starts_at);
  ends := coalesce(private.ts(p -> 'ends_at'), starts + (self.ends_at - self.starts_at),
                   starts + interval '1 minute');
  select display_name into staff_name from public.staff_members where id = sid;
  select a.starts_at at time zone b.time_zone as s, a.ends_at at time zone b.time_zone as e
  into other
  from public.appointments a join public.businesses b on b.id = a.business_id
  where a.staff_id = sid and a.id is distinct from self.id and a.deleted_at is null
    and a.status not in ('cancelled', 'no_show')
    and tstzrange(a.starts_at, a.ends_at) && tstzrange(starts, ends)
  order by a.starts_at
  limit 1;
  if other.s is null then
    return coalesce(staff_name, 'This staff member') || ' is already booked at that time.';
  end if;
  return format('%s is already booked from %s to %s on %s.', coalesce(staff_name, 'This staff member'),
                to_char(other.s, 'HH24:MI'), to_char(other.e, 'HH24:MI'),
                to_char(other.s, 'Dy DD Mon'));
exception when others then
  return 'That staff member is already booked at that time.';
end
$$;

create or replace function private.error_outcome(kind text, p jsonb, state text, constraint_name text,
                                                 message text)
returns jsonb
language plpgsql stable
set search_path = ''
as $$
declare
  current_image jsonb := private.current_row(kind, p);
begin
  return case
    when state = '23P01' then
      private.outcome('rejected', 'double_booking', private.double_booking_reason(p), current_image)
    when state = '23514' and constraint_name = 'loyalty_balance_non_negative' then
      private.outcome('rejected', 'insufficient_points', message, current_image)
    when state = '23514' and constraint_name in ('appointments_status_transition',
                                                 'appointments_final_frozen') then
      private.outcome('rejected', 'invalid_transition', message, current_image)
    when state = '23514' and constraint_name in ('ai_handoffs_single_claimant') then
      private.outcome('conflict', 'already_claimed', message, current_image)
    when state = '23514' and constraint_name in ('ai_handoffs_resolved_frozen') then
      private.outcome('conflict', 'already_resolved', message, current_image)
    when state = '23514' and constraint_name like '%time_range' then
      private.outcome('rejected', 'invalid_time_range', 'The end must be after the start.',
                      current_image)
    when state = '42501' then
      private.outcome('rejected', 'forbidden', 'Your role does not allow this change.',
                      current_image)
    when state = '23503' then
      private.outcome('rejected', 'invalid_reference',
                      'It refers to something that does not exist in this business.', current_image)
    when state = '23505' then
      private.outcome('rejected', 'duplicate', 'Something with the same identity already exists.',
                      current_image)
    when state like '22%' or state like '23%' then
      private.outcome('rejected', 'invalid_payload', message, current_image)
    else
      private.outcome('rejected', 'server_error', message, current_image)
  end;
end
$$;

-- POST /rest/v1/rpc/apply_mutations {"batch": [...]}: one answer per mutation, in order.
-- Each mutation runs in its own subtransaction (a failure undoes only that mutation) and is
-- recorded in applied_mutations with its answer, so a replayed mutation_id returns the stored
-- answer and changes nothing. Transient failures (deadlock, serialization, lock timeout) abort
-- the whole call so the client retries the batch.
create or replace function public.apply_mutations(batch jsonb)
returns jsonb
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
  me public.staff_members := public.current_staff();
  m jsonb;
  mid uuid;
  kind text;
  payload jsonb;
  result jsonb;
  stored jsonb;
  results jsonb := '[]'::jsonb;
  st text;
  cn text;
  msg text;
begin
  if jsonb_typeof(batch) = 'object' and batch ? 'mutations' then
    batch := batch -> 'mutations';
  end if;
  if batch is null or jsonb_typeof(batch) <> 'array' then
    raise exception 'apply_mutations expects {"batch": [ {mutation_id, kind, payload}, ... ]}.'
      using errcode = '22023';
  end if;

  for m in select e.value from jsonb_array_elements(batch) e loop
    mid := null;
    kind := m ->> 'kind';
    payload := coalesce(m -> 'payload', '{}'::jsonb);
    begin
      mid := (m ->> 'mutation_id')::uuid;
    exception when others then
      mid := null;
    end;
    if mid is null then
      results := results || jsonb_build_array(jsonb_build_object('mutation_id', m -> 'mutation_id')
                 || private.outcome('rejected', 'invalid_payload', 'The change has no valid mutation_id.', null));
      continue;
    end if;
    if me.id is null then
      results := results || jsonb_build_array(jsonb_build_object('mutation_id', mid)
                 || private.outcome('rejected', 'forbidden',
                                    'This sign-in is not an active staff member of any business.', null));
      continue;
    end if;

    select a.result into stored from public.applied_mutations a where a.mutation_id = mid;
    if found then
      results := results || jsonb_build_array(stored || '{"replayed": true}'::jsonb);
      continue;
    end if;

    result := null;
    begin
      result := jsonb_build_object('mutation_id', mid) || private.apply_one(kind, payload, me);
      insert into public.applied_mutations (mutation_id, business_id, staff_id, kind, result)
      values (mid, me.business_id, me.id, coalesce(kind, ''), result);
    exception
      when others then
        get stacked diagnostics st = returned_sqlstate, cn = constraint_name, msg = message_text;
        if st in ('40001', '40P01', '55P03', '57014') then
          raise;
        end if;
        if st = '23505' and cn = 'applied_mutations_pkey' then
          -- The same mutation was applied by a concurrent call that committed first.
          select a.result into stored from public.applied_mutations a where a.mutation_id = mid;
          result := coalesce(stored, jsonb_build_object('mutation_id', mid)
                              || private.outcome('rejected', 'duplicate', msg, null))
                    || '{"replayed": true}'::jsonb;
        else
          result := jsonb_build_object('mutation_id', mid)
                    || private.error_outcome(kind, payload, st, cn, msg);
          if result ->> 'code' <> 'server_error' then
            begin
              insert into public.applied_mutations (mutation_id, business_id, staff_id, kind, result)
              values (mid, me.business_id, me.id, coalesce(kind, ''), result);
            exception when others then
              null; -- recording the answer is best effort; the answer itself stands
            end;
          end if;
        end if;
    end;
    results := results || jsonb_build_array(result);
  end loop;
  return results;
end
$$;

-- ---------------------------------------------------------------------------------------------
-- Change signals: Realtime publication on hosted Supabase, NOTIFY for the local test server.
-- The payload only says which table of which business changed; clients then call sync_pull.

create or replace function private.notify_change() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  perform pg_notify('chairside_changes', json_build_object(
    'table', tg_table_name,
    'business_id', case when tg_table_name = 'businesses' then new.id
                        else (to_jsonb(new) ->> 'business_id')::uuid end)::text);
  return null;
end
$$;

do $$
declare
  t text;
  in_publication boolean;
begin
  foreach t in array private.sync_tables() loop
    execute format('create trigger notify_change after insert or update on public.%I '
                   'for each row execute function private.notify_change()', t);
    if exists (select 1 from pg_publication where pubname = 'supabase_realtime') then
      select exists (select 1 from pg_publication_tables
                     where pubname = 'supabase_realtime' and schemaname = 'public' and tablename = t)
      into in_publication;
      if not in_publication then
        execute format('alter publication supabase_realtime add table public.%I', t);
      end if;
    end if;
  end loop;
end
$$;

-- ---------------------------------------------------------------------------------------------
-- Privileges for everything defined here.

do $$
declare
  f regprocedure;
begin
  for f in
    select p.oid::regprocedure
    from pg_proc p join pg_namespace n on n.oid = p.pronamespace
    where n.nspname = 'private'
       or (n.nspname = 'public' and p.proname in ('current_staff', 'sync_pull', 'apply_mutations'))
  loop
    execute format('revoke all on function %s from public, anon', f);
    execute format('grant execute on function %s to authenticated, service_role', f);
  end loop;
end
$$;
