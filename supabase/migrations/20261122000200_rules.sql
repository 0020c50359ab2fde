-- Chairside backend, part 2: who is calling, and the rules the database enforces no matter
-- which client writes (the desktop through apply_mutations, PostgREST table writes, the AI agent
-- with the service key):
--   * no double booking of a staff member (exclusion constraint),
--   * appointment status only moves along the allowed transitions; final states are frozen,
--   * child rows reference parents of the same business,
--   * a loyalty balance never goes below zero, even under concurrent redemptions,
--   * the loyalty ledger is append-only,
--   * a handoff is claimed by one person at a time,
--   * loyalty, handoff, staff and settings changes leave audit_log rows.
-- Rule violations raise check_violation (23514) with a named CONSTRAINT so callers (and
-- apply_mutations) can tell them apart; messages are written for people.

-- ---------------------------------------------------------------------------------------------
-- Identity. SECURITY DEFINER so that RLS policies can call them without recursing into the
-- staff_members policies; search_path is empty and every name is qualified.

create or replace function public.current_staff() returns public.staff_members
language sql stable security definer
set search_path = ''
as $$
  select s.*
  from public.staff_members s
  where s.user_id = auth.uid() and s.active and s.deleted_at is null
  limit 1
$$;
comment on function public.current_staff() is
  'The signed-in user''s staff_members row (business and role), or null.';

create or replace function private.current_staff_id() returns uuid
language sql stable security definer
set search_path = ''
as $$
  select s.id from public.staff_members s
  where s.user_id = auth.uid() and s.active and s.deleted_at is null
  limit 1
$$;

create or replace function private.current_business_id() returns uuid
language sql stable security definer
set search_path = ''
as $$
  select s.business_id from public.staff_members s
  where s.user_id = auth.uid() and s.active and s.deleted_at is null
  limit 1
$$;

create or replace function private.role_rank(role text) returns integer
language sql immutable
set search_path = ''
as $$
  select case role when 'staff' then 1 when 'admin' then 2 when 'owner' then 3 else 0 end
$$;

-- True when the caller's role is at least min_role (staff < admin < owner).
create or replace function private.has_role(min_role text) returns boolean
language sql stable security definer
set search_path = ''
as $$
  select coalesce(
    (select private.role_rank(s.role) >= private.role_rank(min_role)
     from public.staff_members s
     where s.user_id = auth.uid() and s.active and s.deleted_at is null
     limit 1),
    false)
$$;

-- ---------------------------------------------------------------------------------------------
-- Same-business references: a plain foreign key only proves the parent exists somewhere.

do $$
declare
  parent text;
  ref record;
begin
  foreach parent in array array['staff_members', 'services', 'customers', 'appointments',
                                'ai_conversations', 'ai_handoffs', 'loyalty_rewards']
  loop
    execute format('alter table public.%I add constraint %I unique (business_id, id)',
                   parent, parent || '_business_id_id_key');
  end loop;

  for ref in
    select * from (values
      ('working_hours', 'staff_id', 'staff_members'),
      ('time_off', 'staff_id', 'staff_members'),
      ('appointments', 'customer_id', 'customers'),
      ('appointments', 'staff_id', 'staff_members'),
      ('appointments', 'service_id', 'services'),
      ('appointment_events', 'appointment_id', 'appointments'),
      ('ai_conversations', 'customer_id', 'customers'),
      ('ai_messages', 'conversation_id', 'ai_conversations'),
      ('ai_handoffs', 'conversation_id', 'ai_conversations'),
      ('ai_handoffs', 'customer_id', 'customers'),
      ('ai_handoffs', 'assigned_to', 'staff_members'),
      ('ai_handoffs', 'resolved_by', 'staff_members'),
      ('outbound_messages', 'customer_id', 'customers'),
      ('outbound_messages', 'conversation_id', 'ai_conversations'),
      ('outbound_messages', 'handoff_id', 'ai_handoffs'),
      ('outbound_messages', 'appointment_id', 'appointments'),
      ('outbound_messages', 'created_by', 'staff_members'),
      ('loyalty_ledger', 'customer_id', 'customers'),
      ('loyalty_ledger', 'appointment_id', 'appointments'),
      ('loyalty_ledger', 'reward_id', 'loyalty_rewards'),
      ('loyalty_ledger', 'created_by', 'staff_members'),
      ('notifications', 'recipient_staff_id', 'staff_members')
    ) as v(child, col, parent)
  loop
    execute format('alter table public.%I add constraint %I foreign key (business_id, %I) '
                   'references public.%I (business_id, id)',
                   ref.child, ref.child || '_' || ref.col || '_same_business', ref.col, ref.parent);
  end loop;
end
$$;

-- ---------------------------------------------------------------------------------------------
-- Appointments

-- One staff member, one appointment at a time. Cancelled / no-show / deleted rows free the slot.
alter table public.appointments
  add constraint appointments_no_double_booking
  exclude using gist (staff_id with =, tstzrange(starts_at, ends_at) with &&)
  where (status not in ('cancelled', 'no_show') and deleted_at is null);

create or replace function private.appointment_transition_allowed(from_status text, to_status text)
returns boolean
language sql immutable
set search_path = ''
as $$
  select case from_status
    when 'requested' then to_status in ('confirmed', 'cancelled')
    when 'confirmed' then to_status in ('arrived', 'cancelled', 'no_show')
    when 'arrived' then to_status in ('in_service', 'no_show')
    when 'in_service' then to_status in ('completed')
    else false
  end
$$;

create or replace function private.appointments_guard() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    -- Signed-in users book into the start of the life cycle; imports (service role) may not.
    if current_user = 'authenticated' and new.status not in ('requested', 'confirmed', 'arrived') then
      raise exception 'A new appointment cannot start as "%".', new.status
        using errcode = 'check_violation', constraint = 'appointments_status_transition',
              table = 'appointments', schema = 'public';
    end if;
    return new;
  end if;

  if old.status in ('completed', 'cancelled', 'no_show') then
    if new.status is distinct from old.status
       or new.starts_at is distinct from old.starts_at or new.ends_at is distinct from old.ends_at
       or new.staff_id is distinct from old.staff_id then
      raise exception 'This appointment is already %, so it can no longer be changed.',
        replace(old.status, '_', '-')
        using errcode = 'check_violation', constraint = 'appointments_final_frozen',
              table = 'appointments', schema = 'public';
    end if;
  elsif new.status is distinct from old.status
        and not private.appointment_transition_allowed(old.status, new.status) then
    raise exception 'An appointment that is % cannot become %.',
      replace(old.status, '_', ' '), replace(new.status, '_', ' ')
      using errcode = 'check_violation', constraint = 'appointments_status_transition',
            table = 'appointments', schema = 'public';
  end if;
  return new;
end
$$;

create trigger appointments_guard before insert or update on public.appointments
  for each row execute function private.appointments_guard();

-- History for the appointment drawer; written here so no client can forget or forge it.
create or replace function private.appointments_history() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  actor uuid := private.current_staff_id();
begin
  if tg_op = 'INSERT' then
    insert into public.appointment_events (business_id, appointment_id, actor_staff_id, kind, detail)
    values (new.business_id, new.id, actor, 'created', new.status);
    return null;
  end if;
  if new.status is distinct from old.status then
    insert into public.appointment_events (business_id, appointment_id, actor_staff_id, kind, detail)
    values (new.business_id, new.id, actor, 'status',
            old.status || ' -> ' || new.status
              || coalesce(': ' || nullif(new.cancel_reason, ''), ''));
  end if;
  if new.starts_at is distinct from old.starts_at or new.ends_at is distinct from old.ends_at
     or new.staff_id is distinct from old.staff_id then
    insert into public.appointment_events (business_id, appointment_id, actor_staff_id, kind, detail)
    values (new.business_id, new.id, actor, 'rescheduled',
            to_char(old.starts_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI"Z"') || ' -> '
              || to_char(new.starts_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI"Z"')
              || case when new.staff_id is distinct from old.staff_id
                      then ' (staff ' || new.staff_id || ')' else '' end);
  end if;
  if new.deleted_at is not null and old.deleted_at is null then
    insert into public.appointment_events (business_id, appointment_id, actor_staff_id, kind, detail)
    values (new.business_id, new.id, actor, 'deleted', '');
  end if;
  return null;
end
$$;

create trigger appointments_history after insert or update on public.appointments
  for each row execute function private.appointments_history();

-- ---------------------------------------------------------------------------------------------
-- Loyalty ledger: append-only, balance never below zero.

create or replace function private.loyalty_ledger_guard() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  balance bigint;
  actor uuid;
begin
  if tg_op = 'DELETE' then
    raise exception 'Loyalty points are never deleted; add an adjustment instead.'
      using errcode = 'check_violation', constraint = 'loyalty_ledger_append_only',
            table = 'loyalty_ledger', schema = 'public';
  end if;
  if tg_op = 'UPDATE' then
    if (new.points, new.kind, new.customer_id, new.business_id, new.created_at, new.deleted_at,
        new.appointment_id, new.reward_id)
       is distinct from
       (old.points, old.kind, old.customer_id, old.business_id, old.created_at, old.deleted_at,
        old.appointment_id, old.reward_id) then
      raise exception 'Loyalty points are never edited; add an adjustment instead.'
        using errcode = 'check_violation', constraint = 'loyalty_ledger_append_only',
              table = 'loyalty_ledger', schema = 'public';
    end if;
    return new;
  end if;

  -- A signed-in user always books points in their own name.
  actor := private.current_staff_id();
  if actor is not null then
    new.created_by := actor;
  end if;

  if new.points < 0 and new.deleted_at is null then
    -- Serialise withdrawals per customer: the second of two concurrent redemptions waits here
    -- until the first commits, and its (fresh, READ COMMITTED) sum below then includes it.
    perform pg_advisory_xact_lock(hashtextextended('chairside.loyalty:' || new.customer_id::text, 0));
    select coalesce(sum(l.points), 0) into balance
    from public.loyalty_ledger l
    where l.customer_id = new.customer_id and l.deleted_at is null;
    if balance + new.points < 0 then
      raise exception 'The customer has % points, so % cannot be taken off.', balance, -new.points
        using errcode = 'check_violation', constraint = 'loyalty_balance_non_negative',
              table = 'loyalty_ledger', schema = 'public',
              detail = jsonb_build_object('balance', balance, 'requested', -new.points)::text;
    end if;
  end if;
  return new;
end
$$;

create trigger loyalty_ledger_guard before insert or update or delete on public.loyalty_ledger
  for each row execute function private.loyalty_ledger_guard();

-- ---------------------------------------------------------------------------------------------
-- Handoffs: one claimant at a time; resolved handoffs are closed.

create or replace function private.ai_handoffs_guard() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  actor uuid := private.current_staff_id();
  is_owner boolean := private.has_role('owner');
begin
  if tg_op = 'INSERT' then
    if new.assigned_to is not null then
      new.claimed_at := coalesce(new.claimed_at, now());
    end if;
    return new;
  end if;

  if old.resolved and actor is not null
     and (new.resolved is distinct from old.resolved
          or new.assigned_to is distinct from old.assigned_to) then
    raise exception 'This handoff is already resolved.'
      using errcode = 'check_violation', constraint = 'ai_handoffs_resolved_frozen',
            table = 'ai_handoffs', schema = 'public';
  end if;

  if new.assigned_to is distinct from old.assigned_to then
    -- Signed-in admins claim for themselves and release only their own claim; owners may
    -- reassign. Service-role jobs (no staff identity) are trusted.
    if actor is not null and not is_owner
       and ((old.assigned_to is not null and old.assigned_to <> actor)
            or (new.assigned_to is not null and new.assigned_to <> actor)) then
      raise exception 'This handoff is claimed by someone else.'
        using errcode = 'check_violation', constraint = 'ai_handoffs_single_claimant',
              table = 'ai_handoffs', schema = 'public';
    end if;
    new.claimed_at := case when new.assigned_to is null then null else now() end;
  end if;

  if new.resolved and not old.resolved then
    if actor is not null and not is_owner and old.assigned_to is not null
       and old.assigned_to <> actor then
      raise exception 'This handoff is claimed by someone else.'
        using errcode = 'check_violation', constraint = 'ai_handoffs_single_claimant',
              table = 'ai_handoffs', schema = 'public';
    end if;
    new.resolved_at := coalesce(new.resolved_at, now());
    new.resolved_by := coalesce(actor, new.resolved_by);
  elsif not new.resolved then
    new.resolved_at := null;
    new.resolved_by := null;
  end if;
  return new;
end
$$;

create trigger ai_handoffs_guard before insert or update on public.ai_handoffs
  for each row execute function private.ai_handoffs_guard();

-- Outbound messages written by a signed-in user carry that user's name.
create or replace function private.stamp_created_by() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  actor uuid := private.current_staff_id();
begin
  if actor is not null then
    new.created_by := actor;
  end if;
  return new;
end
$$;

create trigger outbound_messages_created_by before insert on public.outbound_messages
  for each row execute function private.stamp_created_by();

-- ---------------------------------------------------------------------------------------------
-- Audit trail (owners read it). Only changed columns are recorded; customer PII is not.

create or replace function private.audit() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  action text;
  detail jsonb;
  biz uuid;
  new_j jsonb := to_jsonb(new);
  old_j jsonb := case when tg_op = 'UPDATE' then to_jsonb(old) else '{}'::jsonb end;
begin
  biz := case when tg_table_name = 'businesses' then (new_j ->> 'id')::uuid
              else (new_j ->> 'business_id')::uuid end;
  action := case tg_table_name
    when 'loyalty_ledger' then 'loyalty.' || (new_j ->> 'kind')
    when 'ai_handoffs' then
      case
        when tg_op = 'INSERT' then 'handoff.create'
        when (new_j ->> 'resolved')::boolean and not (old_j ->> 'resolved')::boolean
          then 'handoff.resolve'
        when new_j -> 'assigned_to' is distinct from old_j -> 'assigned_to' then
          case when new_j ->> 'assigned_to' is null then 'handoff.release' else 'handoff.claim' end
        else 'handoff.update'
      end
    when 'outbound_messages' then 'message.' || (new_j ->> 'kind')
    when 'customers' then 'customer.erase'
    when 'staff_members' then 'staff.' || lower(tg_op)
    when 'businesses' then 'business.update'
    else tg_table_name || '.' || lower(tg_op)
  end;
  if tg_table_name = 'customers' then
    detail := '{}'::jsonb;
  else
    select coalesce(jsonb_object_agg(n.key, n.value), '{}'::jsonb) into detail
    from jsonb_each(new_j) n
    where n.key not in ('version', 'updated_at', 'sync_xid', 'business_id', 'id')
      and (tg_op = 'INSERT' or n.value is distinct from old_j -> n.key);
    if tg_op = 'UPDATE' and detail = '{}'::jsonb then
      return null;
    end if;
  end if;
  insert into public.audit_log (business_id, actor_user_id, actor_staff_id, action, table_name,
                                row_id, detail)
  values (biz, auth.uid(), private.current_staff_id(), action, tg_table_name,
          (new_j ->> 'id')::uuid, detail);
  return null;
end
$$;

create trigger audit after insert on public.loyalty_ledger
  for each row execute function private.audit();
create trigger audit after insert or update on public.ai_handoffs
  for each row execute function private.audit();
create trigger audit after insert on public.outbound_messages
  for each row when (new.kind = 'reply') execute function private.audit();
create trigger audit after insert or update on public.staff_members
  for each row execute function private.audit();
create trigger audit after update on public.businesses
  for each row execute function private.audit();
create trigger audit after update of deleted_at on public.customers
  for each row when (old.deleted_at is null and new.deleted_at is not null)
  execute function private.audit();
