-- Chairside backend, part 14: merging duplicate customers (docs/customers.md, docs/backend.md §3).
--
--   customer.merge {keep_id, merge_id}   admins and owners
--
-- Everything that points at the merged customer moves to the kept one: appointments, AI
-- conversations, handoffs, outbound messages, loyalty ledger lines and notification links
-- (chairside://customer/<id>). The kept customer's empty phone, e-mail and referral code are
-- filled from the merged one (never overwritten); notes and allergy notes are joined, and a phone
-- or e-mail that differs from the kept one is written into the notes ("Merged from <name>: ...")
-- so no way of reaching the customer is lost. Consent stays the kept customer's: consent is what
-- a person said about one record, and we cannot tell which record is the current one; a wrong
-- "yes" sends messages someone refused, a wrong "no" only means the desk asks again.
-- The merged customer becomes a tombstone: deleted_at, merged_into = the kept id (a desk or a
-- queued edit that still names it can follow it), its contact details and notes cleared (they
-- now live in the kept customer), its name kept for the history until the kept customer is
-- erased (erasure follows merged_into). One audit line, customer.merge, on the kept customer.
--
-- The ledger: points are not copied as an adjust pair but the merged customer's lines are
-- re-pointed at the kept customer. That is the one change of customer_id the append-only guard
-- allows (only to the customer's merged_into): points, kinds and dates stay as booked, so the
-- kept customer's lifetime points (tiers) include the merged history, each lot keeps its own
-- expiry date (an adjust line would restart the clock on old points), and earn lines stay next
-- to their appointments, which move too.
--
-- Stale references: appointment.create and loyalty.* naming a merged customer are applied to
-- the customer it was merged into; customer.upsert and customer.erase of a merged customer are
-- refused with a sentence naming the kept one.

alter table public.customers add column merged_into uuid;
alter table public.customers add constraint customers_merged_into_same_business
  foreign key (business_id, merged_into) references public.customers (business_id, id);
alter table public.customers add constraint customers_merged_is_deleted
  check (merged_into is null or (deleted_at is not null and merged_into <> id));
comment on column public.customers.merged_into is
  'Set when this customer was merged into another (customer.merge); the row is then a tombstone.';
create index customers_merged_into on public.customers (merged_into) where merged_into is not null;

-- ---------------------------------------------------------------------------------------------
-- The ledger guard: as before, plus the merge's re-pointing of a line.

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
    if (new.points, new.kind, new.business_id, new.created_at, new.deleted_at,
        new.appointment_id, new.reward_id)
       is distinct from
       (old.points, old.kind, old.business_id, old.created_at, old.deleted_at,
        old.appointment_id, old.reward_id)
       or (new.customer_id is distinct from old.customer_id
           and not exists (select 1 from public.customers c
                           where c.id = old.customer_id and c.merged_into = new.customer_id)) then
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

-- ---------------------------------------------------------------------------------------------
-- Audit: a merge is customer.merge on the kept customer, not an erasure of the merged one.

drop trigger audit on public.customers;
create trigger audit after update of deleted_at on public.customers
  for each row when (old.deleted_at is null and new.deleted_at is not null
                     and new.merged_into is null)
  execute function private.audit();

create or replace function private.audit_customer_merge() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  insert into public.audit_log (business_id, actor_user_id, actor_staff_id, action, table_name,
                                row_id, detail)
  values (new.business_id, auth.uid(), private.current_staff_id(), 'customer.merge', 'customers',
          new.merged_into, jsonb_build_object('merged_from', new.id));
  return null;
end
$$;
create trigger audit_merge after update of merged_into on public.customers
  for each row when (old.merged_into is null and new.merged_into is not null)
  execute function private.audit_customer_merge();

-- ---------------------------------------------------------------------------------------------
-- Helpers

-- The customer a (possibly merged) customer id stands for now: merged_into followed to the end.
create or replace function private.live_customer_id(customer uuid) returns uuid
language plpgsql stable
set search_path = ''
as $$
declare
  current_id uuid := customer;
  next_id uuid;
begin
  for hop in 1 .. 32 loop
    select c.merged_into into next_id from public.customers c where c.id = current_id;
    exit when next_id is null;
    current_id := next_id;
  end loop;
  return current_id;
end
$$;

-- The business a customer belongs to, whoever may see it: only to word a refusal.
create or replace function private.customer_business(customer uuid) returns uuid
language sql stable security definer
set search_path = ''
as $$ select c.business_id from public.customers c where c.id = customer $$;

-- Kept text joined with the merged customer's unless it already holds it, then `extra`, one per
-- line, each trimmed of spaces, tabs and line breaks (the desk's sync/LocalMutations does the same).
create or replace function private.joined_notes(kept text, merged text, extra text default '')
returns text
language sql immutable
set search_path = ''
as $$
  select concat_ws(E'\n',
                   nullif(btrim(coalesce(kept, ''), E' \t\r\n'), ''),
                   case when btrim(coalesce(merged, ''), E' \t\r\n') <> ''
                             and position(btrim(merged, E' \t\r\n') in coalesce(kept, '')) = 0
                        then btrim(merged, E' \t\r\n') end,
                   nullif(extra, ''))
$$;

-- Moves every reference from `merged` to `kept` (the merge itself has set merged_into already)
-- and says how much moved. SECURITY DEFINER because it re-points ledger lines (no role may
-- update those) and links in notifications addressed to someone else; so it checks for itself
-- that the caller is an admin or owner of the business and that the merge was made.
create or replace function private.move_customer_references(merged uuid, kept uuid) returns jsonb
language plpgsql security definer
set search_path = ''
as $$
declare
  n_appointments integer;
  n_conversations integer;
  n_handoffs integer;
  n_messages integer;
  n_lines integer;
  n_notifications integer;
  pts bigint;
begin
  if not private.has_role('admin')
     or not exists (select 1 from public.customers m
                    where m.id = merged and m.merged_into = kept
                      and m.business_id = private.current_business_id()) then
    raise exception 'Only admins and owners can merge customers.' using errcode = '42501';
  end if;
  update public.appointments set customer_id = kept where customer_id = merged;
  get diagnostics n_appointments = row_count;
  update public.ai_conversations set customer_id = kept where customer_id = merged;
  get diagnostics n_conversations = row_count;
  update public.ai_handoffs set customer_id = kept where customer_id = merged;
  get diagnostics n_handoffs = row_count;
  update public.outbound_messages set customer_id = kept where customer_id = merged;
  get diagnostics n_messages = row_count;
  select coalesce(sum(l.points), 0) into pts
  from public.loyalty_ledger l where l.customer_id = merged and l.deleted_at is null;
  update public.loyalty_ledger set customer_id = kept where customer_id = merged;
  get diagnostics n_lines = row_count;
  update public.notifications set action_url = 'chairside://customer/' || kept::text
  where action_url = 'chairside://customer/' || merged::text;
  get diagnostics n_notifications = row_count;
  return jsonb_build_object('appointments', n_appointments, 'conversations', n_conversations,
                            'handoffs', n_handoffs, 'messages', n_messages,
                            'ledger_lines', n_lines, 'points', pts,
                            'notifications', n_notifications);
end
$$;

-- ---------------------------------------------------------------------------------------------
-- customer.merge

create or replace function private.m_customer_merge(p jsonb, me public.staff_members)
returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  keep_id uuid := private.req_uuid(p, 'keep_id');
  merge_id uuid := private.req_uuid(p, 'merge_id');
  k public.customers;
  m public.customers;
  differing text;
  moved jsonb;
begin
  if private.role_rank(me.role) < private.role_rank('admin') then
    return private.outcome('rejected', 'forbidden', 'Only admins and owners can merge customers.',
                           null);
  end if;
  if keep_id = merge_id then
    return private.outcome('rejected', 'invalid_payload',
                           'A customer cannot be merged into themselves.', null);
  end if;
  -- Both rows locked in one order, so two merges of the same pair cannot deadlock.
  perform 1 from public.customers c where c.id in (keep_id, merge_id) order by c.id for update;
  select * into k from public.customers where id = keep_id;
  select * into m from public.customers where id = merge_id;
  if k.id is null or m.id is null then
    if private.customer_business(keep_id) <> me.business_id
       or private.customer_business(merge_id) <> me.business_id then
      return private.outcome('rejected', 'forbidden',
                             'Customers of different businesses cannot be merged.', null);
    end if;
    return private.outcome('rejected', 'not_found', 'That customer no longer exists.', null);
  end if;
  if m.merged_into = k.id then
    -- Already done (another desk made the same merge): only what still points at it moves.
    moved := private.move_customer_references(m.id, k.id);
    return private.outcome('applied', null, null, private.row_image(k))
           || jsonb_build_object('moved', moved);
  end if;
  if m.merged_into is not null then
    return private.outcome('rejected', 'already_merged',
                           format('%s was already merged into another customer.', m.full_name),
                           private.row_image(m));
  end if;
  if k.merged_into is not null then
    return private.outcome('rejected', 'already_merged',
                           format('%s was merged into another customer; merge into that one instead.',
                                  k.full_name),
                           private.row_image(k));
  end if;
  if k.deleted_at is not null or m.deleted_at is not null then
    return private.outcome('rejected', 'not_found', 'An erased customer cannot be merged.', null);
  end if;
  if private.version_conflict(p, k.version) then
    return private.outcome('conflict', 'version_mismatch',
                           'Someone else changed this customer first.', private.row_image(k));
  end if;
  -- Withdrawals of either customer's points wait until the merge is committed.
  perform pg_advisory_xact_lock(hashtextextended('chairside.loyalty:' || x::text, 0))
  from unnest(array[keep_id, merge_id]) as x order by x;

  -- A phone or e-mail of the merged customer that the kept one has differently.
  differing := concat_ws(', ',
    case when coalesce(m.phone, '') <> '' and coalesce(k.phone, '') <> ''
              and regexp_replace(m.phone, '[^0-9]', '', 'g') <> regexp_replace(k.phone, '[^0-9]', '', 'g')
         then m.phone end,
    case when coalesce(m.email, '') <> '' and coalesce(k.email, '') <> ''
              and lower(m.email) <> lower(k.email)
         then m.email end);

  update public.customers
  set merged_into = k.id, deleted_at = now(), phone = null, email = null, referral_code = null,
      consent_whatsapp = false, consent_sms = false, consent_email = false, notes = '',
      allergy_notes = ''
  where id = m.id;
  update public.customers
  set phone = coalesce(nullif(k.phone, ''), m.phone),
      email = coalesce(nullif(k.email, ''), m.email),
      referral_code = coalesce(k.referral_code, m.referral_code),
      notes = private.joined_notes(k.notes, m.notes,
                                   case when differing <> ''
                                        then 'Merged from ' || m.full_name || ': ' || differing
                                        else '' end),
      allergy_notes = private.joined_notes(k.allergy_notes, m.allergy_notes)
  where id = k.id
  returning * into k;
  moved := private.move_customer_references(m.id, k.id);
  return private.outcome('applied', null, null, private.row_image(k))
         || jsonb_build_object('moved', moved);
end
$$;

-- Erasure reaches the customers merged into the erased one (their names are all that is left).
create or replace function private.erase_merged_customers(customer uuid) returns void
language sql
set search_path = ''
as $$
  with recursive merged as (
    select c.id from public.customers c where c.merged_into = customer
    union
    select c.id from public.customers c join merged on c.merged_into = merged.id
  )
  update public.customers c
  set full_name = 'Erased customer', phone = null, email = null, consent_whatsapp = false,
      consent_sms = false, consent_email = false, notes = '', allergy_notes = '',
      referral_code = null
  from merged where c.id = merged.id and c.full_name <> 'Erased customer'
$$;

-- ---------------------------------------------------------------------------------------------
-- Dispatch: customer.merge here, stale customer references followed, everything else as before.

alter function private.apply_one(text, jsonb, public.staff_members) rename to apply_one_before_loyalty;

create or replace function private.apply_one(kind text, p jsonb, me public.staff_members)
returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  target public.customers;
  kept_name text;
  result jsonb;
begin
  if kind = 'customer.merge' then
    if p is null or jsonb_typeof(p) <> 'object' then
      raise exception 'The change has no payload object.' using errcode = '22023';
    end if;
    return private.m_customer_merge(p, me);
  end if;
  if jsonb_typeof(p) = 'object' and p ->> 'customer_id' is not null
     and (kind = 'appointment.create' or kind like 'loyalty.%') then
    p := jsonb_set(p, '{customer_id}',
                   to_jsonb(private.live_customer_id((p ->> 'customer_id')::uuid)));
  end if;
  if kind in ('customer.upsert', 'customer.erase') and jsonb_typeof(p) = 'object'
     and p ->> 'id' is not null then
    select * into target from public.customers where id = (p ->> 'id')::uuid;
    if target.merged_into is not null then
      select c.full_name into kept_name
      from public.customers c where c.id = private.live_customer_id(target.id);
      return private.outcome('rejected', 'already_merged',
                             format('%s was merged into %s; make the change there.',
                                    target.full_name, coalesce(kept_name, 'another customer')),
                             private.row_image(target));
    end if;
  end if;
  result := private.apply_one_before_loyalty(kind, p, me);
  if kind = 'customer.erase' and result ->> 'status' = 'applied' then
    perform private.erase_merged_customers((p ->> 'id')::uuid);
  end if;
  return result;
end
$$;

do $$
declare
  f regprocedure;
begin
  for f in
    select p.oid::regprocedure
    from pg_proc p join pg_namespace n on n.oid = p.pronamespace
    where n.nspname = 'private'
      and p.proname in ('loyalty_ledger_guard', 'audit_customer_merge', 'live_customer_id',
                        'customer_business', 'joined_notes', 'move_customer_references',
                        'm_customer_merge', 'erase_merged_customers', 'apply_one',
                        'apply_one_before_loyalty')
  loop
    execute format('revoke all on function %s from public, anon', f);
    execute format('grant execute on function %s to authenticated, service_role', f);
  end loop;
end
$$;
