-- Chairside backend, part 3: privileges and Row Level Security.
--
-- Every table has RLS. A request sees only rows of the business of its staff_members row
-- (public.current_staff()), and what it may do depends on that row's role:
--
--   table                 select        insert   update   (delete: nobody; set deleted_at)
--   businesses            staff         -        owner
--   staff_members         staff         owner    owner
--   working_hours         staff         owner    owner
--   time_off              staff         owner    owner
--   services              staff         owner    owner
--   customers             staff         staff    staff
--   appointments          staff         staff    staff
--   appointment_events    staff         -        -        (written by trigger)
--   ai_conversations      admin         admin    admin
--   ai_messages           admin         admin    -
--   ai_handoffs           admin         admin    admin
--   outbound_messages     admin (staff: not replies)  admin  admin
--   loyalty_tiers         staff         owner    owner
--   loyalty_rewards       staff         owner    owner
--   loyalty_ledger        staff         staff (adjust: admin)  -   (append-only)
--   notifications         staff (own or broadcast)  staff  staff (own or broadcast)
--   audit_log             owner         -        -        (written by trigger)
--   applied_mutations     own rows      own rows -        (bookkeeping of apply_mutations)
--   loyalty_balances      view, security_invoker: follows loyalty_ledger
--
-- "staff" means any role (staff < admin < owner). anon has no privilege on any of these.
-- service_role bypasses RLS (server jobs, the AI agent, imports).

-- ---------------------------------------------------------------------------------------------
-- Privileges. Supabase grants everything in "public" to anon and authenticated by default;
-- start from nothing for our objects and grant exactly what the table above needs.

grant usage on schema private to authenticated, service_role;

do $$
declare
  t text;
  spec record;
begin
  foreach t in array array['businesses', 'staff_members', 'working_hours', 'time_off', 'services',
                           'customers', 'appointments', 'appointment_events', 'ai_conversations',
                           'ai_messages', 'ai_handoffs', 'outbound_messages', 'loyalty_tiers',
                           'loyalty_rewards', 'loyalty_ledger', 'notifications', 'audit_log',
                           'applied_mutations', 'loyalty_balances']
  loop
    execute format('revoke all on public.%I from public, anon, authenticated', t);
    execute format('grant all on public.%I to service_role', t);
    execute format('grant select on public.%I to authenticated', t);
    if t <> 'loyalty_balances' then
      execute format('alter table public.%I enable row level security', t);
    end if;
  end loop;

  for spec in
    select * from (values
      ('businesses', false, true),
      ('staff_members', true, true),
      ('working_hours', true, true),
      ('time_off', true, true),
      ('services', true, true),
      ('customers', true, true),
      ('appointments', true, true),
      ('ai_conversations', true, true),
      ('ai_messages', true, false),
      ('ai_handoffs', true, true),
      ('outbound_messages', true, true),
      ('loyalty_tiers', true, true),
      ('loyalty_rewards', true, true),
      ('loyalty_ledger', true, false),
      ('notifications', true, true),
      ('applied_mutations', true, false)
    ) as v(tbl, can_insert, can_update)
  loop
    if spec.can_insert then
      execute format('grant insert on public.%I to authenticated', spec.tbl);
    end if;
    if spec.can_update then
      execute format('grant update on public.%I to authenticated', spec.tbl);
    end if;
  end loop;
end
$$;

-- ---------------------------------------------------------------------------------------------
-- Policies. (select private.f()) lets the planner evaluate the helper once per statement.

create policy businesses_select on public.businesses for select to authenticated
  using (id = (select private.current_business_id()));
create policy businesses_update on public.businesses for update to authenticated
  using (id = (select private.current_business_id()) and (select private.has_role('owner')))
  with check (id = (select private.current_business_id()));

-- Tables with one rule per operation: business match plus a minimum role.
do $$
declare
  spec record;
  own text := 'business_id = (select private.current_business_id())';
begin
  for spec in
    select * from (values
      ('staff_members', 'staff', 'owner', 'owner'),
      ('working_hours', 'staff', 'owner', 'owner'),
      ('time_off', 'staff', 'owner', 'owner'),
      ('services', 'staff', 'owner', 'owner'),
      ('customers', 'staff', 'staff', 'staff'),
      ('appointments', 'staff', 'staff', 'staff'),
      ('appointment_events', 'staff', null, null),
      ('ai_conversations', 'admin', 'admin', 'admin'),
      ('ai_messages', 'admin', 'admin', null),
      ('ai_handoffs', 'admin', 'admin', 'admin'),
      ('loyalty_tiers', 'staff', 'owner', 'owner'),
      ('loyalty_rewards', 'staff', 'owner', 'owner'),
      ('audit_log', 'owner', null, null)
    ) as v(tbl, sel, ins, upd)
  loop
    execute format('create policy %I on public.%I for select to authenticated using (%s and '
                   '(select private.has_role(%L)))', spec.tbl || '_select', spec.tbl, own, spec.sel);
    if spec.ins is not null then
      execute format('create policy %I on public.%I for insert to authenticated with check (%s and '
                     '(select private.has_role(%L)))', spec.tbl || '_insert', spec.tbl, own, spec.ins);
    end if;
    if spec.upd is not null then
      execute format('create policy %I on public.%I for update to authenticated using (%s and '
                     '(select private.has_role(%L))) with check (%s)',
                     spec.tbl || '_update', spec.tbl, own, spec.upd, own);
    end if;
  end loop;
end
$$;

-- Staff see reminders and notices about their appointments, but customer conversations
-- (replies) only from admin up.
create policy outbound_messages_select on public.outbound_messages for select to authenticated
  using (business_id = (select private.current_business_id())
         and (kind <> 'reply' or (select private.has_role('admin'))));
create policy outbound_messages_insert on public.outbound_messages for insert to authenticated
  with check (business_id = (select private.current_business_id())
              and (select private.has_role('admin')));
create policy outbound_messages_update on public.outbound_messages for update to authenticated
  using (business_id = (select private.current_business_id()) and (select private.has_role('admin')))
  with check (business_id = (select private.current_business_id()));

-- Everyone books points; manual adjustments need an admin. Expiry is a server job.
create policy loyalty_ledger_select on public.loyalty_ledger for select to authenticated
  using (business_id = (select private.current_business_id()));
create policy loyalty_ledger_insert on public.loyalty_ledger for insert to authenticated
  with check (business_id = (select private.current_business_id())
              and (kind in ('earn', 'award', 'redeem')
                   or (kind = 'adjust' and (select private.has_role('admin')))));

-- Notifications addressed to one person, or to everyone (recipient null).
create policy notifications_select on public.notifications for select to authenticated
  using (business_id = (select private.current_business_id())
         and (recipient_staff_id is null
              or recipient_staff_id = (select private.current_staff_id())));
create policy notifications_insert on public.notifications for insert to authenticated
  with check (business_id = (select private.current_business_id()));
create policy notifications_update on public.notifications for update to authenticated
  using (business_id = (select private.current_business_id())
         and (recipient_staff_id is null
              or recipient_staff_id = (select private.current_staff_id())))
  with check (business_id = (select private.current_business_id()));

-- apply_mutations' answers (they may hold row images): each user sees only their own.
create policy applied_mutations_select on public.applied_mutations for select to authenticated
  using (business_id = (select private.current_business_id())
         and staff_id = (select private.current_staff_id()));
create policy applied_mutations_insert on public.applied_mutations for insert to authenticated
  with check (business_id = (select private.current_business_id())
              and staff_id = (select private.current_staff_id()));

-- ---------------------------------------------------------------------------------------------
-- Functions: nobody but signed-in users (and the service role) may call ours.

do $$
declare
  f regprocedure;
begin
  for f in
    select p.oid::regprocedure
    from pg_proc p join pg_namespace n on n.oid = p.pronamespace
    where n.nspname = 'private'
       or (n.nspname = 'public' and p.proname in ('current_staff'))
  loop
    execute format('revoke all on function %s from public, anon', f);
    execute format('grant execute on function %s to authenticated, service_role', f);
  end loop;
end
$$;
