-- Row Level Security matrix: every table x select/insert/update/delete x anon/staff/admin/owner
-- x own/other business. Each attempt runs in a subtransaction that is always rolled back, so
-- attempts never influence each other. "allow" means the operation touched the target row;
-- "deny" means it was refused (42501) or the row was invisible / unaffected.
begin;
set local client_min_messages = warning;
create extension if not exists pgtap with schema extensions;

create schema rls_test;

-- apply_mutations' bookkeeping: each user sees and writes only their own answers
-- (checked separately below, as it depends on the row's owner rather than the role).
insert into public.applied_mutations (mutation_id, business_id, staff_id, kind, result) values
  ('a0ffffff-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001',
   'a2000000-0000-4000-8000-000000000003', 'notification.read', '{}'),
  ('a0ffffff-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000001',
   'a2000000-0000-4000-8000-000000000001', 'notification.read', '{}'),
  ('b0ffffff-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000001',
   'b2000000-0000-4000-8000-000000000003', 'notification.read', '{}');

-- Who performs which service: one row in each salon to aim at.
insert into public.staff_services (business_id, staff_id, service_id) values
  ('a0000000-0000-4000-8000-000000000001', 'a2000000-0000-4000-8000-000000000003',
   'a3000000-0000-4000-8000-000000000002'),
  ('b0000000-0000-4000-8000-000000000001', 'b2000000-0000-4000-8000-000000000003',
   'b3000000-0000-4000-8000-000000000003');

create function rls_test.key_column(tbl text) returns text language sql immutable as $$
  select case tbl when 'applied_mutations' then 'mutation_id' else 'id' end
$$;

-- The row of `biz` each attempt aims at (picked as the superuser, before switching role).
create function rls_test.target(tbl text, biz uuid) returns uuid language plpgsql as $$
declare
  result uuid;
  filter text := case tbl
    when 'businesses' then 'id = $1'
    when 'outbound_messages' then 'business_id = $1 and kind = ''reply'''
    when 'notifications' then 'business_id = $1 and recipient_staff_id is null'
    when 'loyalty_ledger' then 'business_id = $1 and kind = ''award'''
    when 'loyalty_balances' then 'business_id = $1'
    else 'business_id = $1' end;
begin
  if tbl = 'loyalty_balances' then
    execute 'select customer_id from public.loyalty_balances where business_id = $1 '
            'order by customer_id limit 1' into result using biz;
  else
    execute format('select %I from public.%I where %s order by 1 limit 1',
                   rls_test.key_column(tbl), tbl, filter) into result using biz;
  end if;
  return result;
end
$$;

create function rls_test.try(tbl text, op text, who uuid, target uuid) returns text
language plpgsql as $$
declare
  key text := case tbl when 'loyalty_balances' then 'customer_id' else rls_test.key_column(tbl) end;
  tmpl jsonb;
  n bigint;
  result text;
begin
  if op = 'insert' then
    execute format('select to_jsonb(r) from public.%I r where %I = $1', tbl, key)
      into tmpl using target;
    tmpl := tmpl || jsonb_build_object(key, gen_random_uuid());
    tmpl := tmpl || case tbl
      when 'appointments' then jsonb_build_object(
        'starts_at', now() + interval '400 days', 'ends_at', now() + interval '400 days 1 hour',
        'status', 'confirmed', 'deleted_at', null)
      when 'staff_members' then '{"user_id": null}'::jsonb
      when 'loyalty_tiers' then '{"rank": 5}'::jsonb
      when 'customers' then '{"referral_code": null}'::jsonb
      when 'staff_services' then jsonb_build_object('deleted_at', now()) -- one live row per pair
      else '{}'::jsonb end;
  end if;
  begin
    if who is null then
      perform set_config('role', 'anon', true);
      perform set_config('request.jwt.claims', '{"role":"anon"}', true);
    else
      perform set_config('role', 'authenticated', true);
      perform set_config('request.jwt.claims',
                         json_build_object('sub', who, 'role', 'authenticated')::text, true);
    end if;
    case op
      when 'select' then
        execute format('select count(*) from public.%I where %I = $1', tbl, key) into n using target;
      when 'insert' then
        execute format('insert into public.%I select * from jsonb_populate_record(null::public.%I, $1)',
                       tbl, tbl) using tmpl;
        get diagnostics n = row_count;
      when 'update' then
        execute format('update public.%I set %I = %I where %I = $1', tbl, key, key, key) using target;
        get diagnostics n = row_count;
      when 'delete' then
        execute format('delete from public.%I where %I = $1', tbl, key) using target;
        get diagnostics n = row_count;
    end case;
    result := case when n > 0 then 'allow' else 'deny' end;
    raise exception 'undo' using errcode = 'CHT01';
  exception
    when sqlstate 'CHT01' then null;
    when insufficient_privilege then result := 'deny';
    when others then result := 'error ' || sqlstate || ': ' || sqlerrm;
  end;
  return result;
end
$$;

-- Minimum role per operation on the caller's own business (null: nobody).
create table rls_test.expected (tbl text, op text, min_role text);
insert into rls_test.expected
select v.tbl, o.op, case o.op when 'select' then v.sel when 'insert' then v.ins
                              when 'update' then v.upd else null end
from (values
  ('businesses', 'staff', null, 'owner'),
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
  ('outbound_messages', 'admin', 'admin', 'admin'),
  ('loyalty_tiers', 'staff', 'owner', 'owner'),
  ('loyalty_rewards', 'staff', 'owner', 'owner'),
  ('loyalty_ledger', 'staff', 'staff', null),
  ('notifications', 'staff', 'staff', 'staff'),
  ('audit_log', 'owner', null, null),
  ('staff_services', 'staff', 'owner', 'owner')
) as v(tbl, sel, ins, upd)
cross join (values ('select'), ('insert'), ('update'), ('delete')) as o(op)
union all
select 'loyalty_balances', 'select', 'staff';

-- Callers: anon, and Protea's staff / admin / owner; targets in Protea (own) and Azulejo (other).
create table rls_test.callers (label text, who uuid, rank integer);
insert into rls_test.callers values
  ('anon', null, 0),
  ('staff', 'a1000000-0000-4000-8000-000000000003', 1),
  ('admin', 'a1000000-0000-4000-8000-000000000002', 2),
  ('owner', 'a1000000-0000-4000-8000-000000000001', 3);

create table rls_test.cases as
select e.tbl, e.op, c.label, c.who, b.side, rls_test.target(e.tbl, b.biz) as target,
       case when b.side = 'own' and c.rank > 0 and e.min_role is not null
                 and c.rank >= case e.min_role when 'staff' then 1 when 'admin' then 2 else 3 end
            then 'allow' else 'deny' end as expected
from rls_test.expected e
cross join rls_test.callers c
cross join (values ('own', 'a0000000-0000-4000-8000-000000000001'::uuid),
                   ('other', 'b0000000-0000-4000-8000-000000000001'::uuid)) as b(side, biz);

select plan((select count(*)::integer from rls_test.cases) + 15 + 8);

-- Every target exists, otherwise the matrix would prove nothing.
select is((select count(*)::integer from rls_test.cases where target is null), 0,
          'every table has a target row in both businesses');

select is(rls_test.try(tbl, op, who, target), expected,
          format('%s %s %s of %s business', label, op, tbl, side))
from rls_test.cases
order by tbl, op, label, side;

-- RLS is enabled on every table of the public schema.
select is((select count(*)::integer from pg_class c join pg_namespace n on n.oid = c.relnamespace
           where n.nspname = 'public' and c.relkind = 'r' and not c.relrowsecurity), 0,
          'row level security is enabled on every table');

-- applied_mutations: own rows only (a0..01 is Thandi's, a0..02 Naledi's).
select is(rls_test.try('applied_mutations', 'select', 'a1000000-0000-4000-8000-000000000003',
                       'a0ffffff-0000-4000-8000-000000000001'), 'allow', 'staff read their own mutation answers');
select is(rls_test.try('applied_mutations', 'select', 'a1000000-0000-4000-8000-000000000001',
                       'a0ffffff-0000-4000-8000-000000000001'), 'deny', 'not even the owner reads someone else''s');
select is(rls_test.try('applied_mutations', 'select', 'a1000000-0000-4000-8000-000000000003',
                       'b0ffffff-0000-4000-8000-000000000001'), 'deny', 'nor another business''s');
select is(rls_test.try('applied_mutations', 'insert', 'a1000000-0000-4000-8000-000000000003',
                       'a0ffffff-0000-4000-8000-000000000001'), 'allow', 'staff record their own answers');
select is(rls_test.try('applied_mutations', 'insert', 'a1000000-0000-4000-8000-000000000003',
                       'a0ffffff-0000-4000-8000-000000000002'), 'deny', '... but not in someone else''s name');
select is(rls_test.try('applied_mutations', 'update', 'a1000000-0000-4000-8000-000000000003',
                       'a0ffffff-0000-4000-8000-000000000001'), 'deny', 'answers cannot be changed');
select is(rls_test.try('applied_mutations', 'delete', 'a1000000-0000-4000-8000-000000000003',
                       'a0ffffff-0000-4000-8000-000000000001'), 'deny', 'answers cannot be deleted');
select is(rls_test.try('applied_mutations', 'select', null,
                       'a0ffffff-0000-4000-8000-000000000001'), 'deny', 'anon reads no answers');

-- Finer rules.
select is(rls_test.try('outbound_messages', 'select', 'a1000000-0000-4000-8000-000000000003',
                       'af000000-0000-4000-8000-000000000001'), 'allow',
          'staff see reminders about appointments');
select is(rls_test.try('notifications', 'select', 'a1000000-0000-4000-8000-000000000003',
                       'ac000000-0000-4000-8000-000000000002'), 'allow',
          'staff see notifications addressed to them');
select is(rls_test.try('notifications', 'select', 'a1000000-0000-4000-8000-000000000002',
                       'ac000000-0000-4000-8000-000000000002'), 'deny',
          'nobody sees a notification addressed to someone else');
select is(rls_test.try('notifications', 'update', 'a1000000-0000-4000-8000-000000000001',
                       'ac000000-0000-4000-8000-000000000002'), 'deny',
          'nobody marks a notification addressed to someone else');

-- Staff book award/redeem points but need an admin for manual adjustments.
set local role authenticated;
set local request.jwt.claims = '{"sub":"a1000000-0000-4000-8000-000000000003","role":"authenticated"}';
select throws_ok(
  $$insert into public.loyalty_ledger (business_id, customer_id, kind, points, reason)
    values ('a0000000-0000-4000-8000-000000000001', 'a4000000-0000-4000-8000-000000000001',
            'adjust', 500, 'gift')$$,
  '42501', null, 'staff cannot insert a manual adjustment');
select lives_ok(
  $$insert into public.loyalty_ledger (business_id, customer_id, kind, points, reason, created_by)
    values ('a0000000-0000-4000-8000-000000000001', 'a4000000-0000-4000-8000-000000000001',
            'award', 5, 'stamp', 'a2000000-0000-4000-8000-000000000001')$$,
  'staff can award points');
select is((select created_by from public.loyalty_ledger where reason = 'stamp'),
          'a2000000-0000-4000-8000-000000000003'::uuid,
          'points are always booked in the caller''s own name');
select is((select count(*)::integer from public.loyalty_balances), 2,
          'loyalty_balances shows only the own business''s customers');
select is((public.current_staff()).role, 'staff', 'current_staff() reports the caller''s role');
select throws_ok(
  $$insert into public.appointments (business_id, customer_id, staff_id, service_id, starts_at, ends_at)
    values ('a0000000-0000-4000-8000-000000000001', 'b4000000-0000-4000-8000-000000000001',
            'a2000000-0000-4000-8000-000000000003', 'a3000000-0000-4000-8000-000000000001',
            now() + interval '300 days', now() + interval '300 days 1 hour')$$,
  '23503', null, 'a row cannot point at another business''s customer');
reset role;

-- A signed-in user without a staff record sees nothing.
insert into auth.users (id, email) values ('c1000000-0000-4000-8000-000000000001', 'nobody@example.com');
set local role authenticated;
set local request.jwt.claims = '{"sub":"c1000000-0000-4000-8000-000000000001","role":"authenticated"}';
select is((select count(*)::integer from public.customers) + (select count(*)::integer from public.businesses),
          0, 'a user without a staff record sees no rows');
reset role;

-- anon cannot call the RPCs.
set local role anon;
select throws_ok($$select public.sync_pull(null, 10)$$, '42501', null, 'anon cannot call sync_pull');
select throws_ok($$select public.apply_mutations('[]')$$, '42501', null,
                 'anon cannot call apply_mutations');
reset role;

select * from finish();
rollback;
