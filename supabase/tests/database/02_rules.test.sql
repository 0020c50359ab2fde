-- Rules the database enforces whatever the client: double booking, status transitions, time
-- ranges, loyalty balance and append-only ledger, one claimant per handoff, history and audit,
-- row bookkeeping.
begin;
set local client_min_messages = warning;
create extension if not exists pgtap with schema extensions;
select plan(39);

-- Fixture: Thandi (Protea staff) tomorrow+30 days 10:00-11:00 UTC.
insert into public.appointments (id, business_id, customer_id, staff_id, service_id, starts_at,
                                 ends_at, status)
values ('a5ffffff-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001',
        'a4000000-0000-4000-8000-000000000001', 'a2000000-0000-4000-8000-000000000003',
        'a3000000-0000-4000-8000-000000000001', date_trunc('day', now()) + interval '30 days 10 hours',
        date_trunc('day', now()) + interval '30 days 11 hours', 'confirmed');

-- ---- double booking -------------------------------------------------------------------------
prepare book(uuid, text, text, text) as
  insert into public.appointments (business_id, customer_id, staff_id, service_id, starts_at, ends_at, status)
  values ('a0000000-0000-4000-8000-000000000001', 'a4000000-0000-4000-8000-000000000002', $1,
          'a3000000-0000-4000-8000-000000000001',
          date_trunc('day', now()) + interval '30 days' + $2::interval,
          date_trunc('day', now()) + interval '30 days' + $3::interval, $4);

select throws_ok($$execute book('a2000000-0000-4000-8000-000000000003', '10 hours 30 minutes', '11 hours 30 minutes', 'confirmed')$$,
                 '23P01', null, 'an overlapping booking of the same staff member is refused');
select throws_ok($$execute book('a2000000-0000-4000-8000-000000000003', '9 hours', '12 hours', 'requested')$$,
                 '23P01', null, 'an enclosing booking is refused too');
select lives_ok($$execute book('a2000000-0000-4000-8000-000000000003', '11 hours', '12 hours', 'confirmed')$$,
                'back-to-back bookings are fine (half-open ranges)');
select lives_ok($$execute book('a2000000-0000-4000-8000-000000000002', '10 hours', '11 hours', 'confirmed')$$,
                'another staff member can take the same slot');
update public.appointments set status = 'cancelled' where id = 'a5ffffff-0000-4000-8000-000000000001';
select lives_ok($$execute book('a2000000-0000-4000-8000-000000000003', '10 hours', '11 hours', 'confirmed')$$,
                'a cancelled appointment frees its slot');
select throws_ok($$update public.appointments set status = 'confirmed' where id = 'a5ffffff-0000-4000-8000-000000000001'$$,
                 '23514', null, 'a cancelled appointment cannot be revived');
select throws_ok($$execute book('a2000000-0000-4000-8000-000000000003', '15 hours', '14 hours', 'confirmed')$$,
                 '23514', null, 'an appointment must end after it starts');

-- ---- status transitions ---------------------------------------------------------------------
create temporary table transitions (from_status text, to_status text, allowed boolean);
insert into transitions
select f, t, (f, t) in (('requested', 'confirmed'), ('requested', 'cancelled'),
                        ('confirmed', 'arrived'), ('confirmed', 'cancelled'), ('confirmed', 'no_show'),
                        ('arrived', 'in_service'), ('arrived', 'no_show'), ('in_service', 'completed'))
from unnest(array['requested', 'confirmed', 'arrived', 'in_service', 'completed', 'cancelled', 'no_show']) f
cross join unnest(array['requested', 'confirmed', 'arrived', 'in_service', 'completed', 'cancelled', 'no_show']) t
where f <> t;

-- Walk every (from, to) pair on a scratch appointment in a subtransaction.
create function pg_temp.try_transition(from_status text, to_status text) returns boolean
language plpgsql as $$
declare
  ok boolean;
begin
  begin
    insert into public.appointments (id, business_id, staff_id, service_id, starts_at, ends_at, status)
    values ('a5ffffff-0000-4000-8000-0000000000ff', 'a0000000-0000-4000-8000-000000000001',
            'a2000000-0000-4000-8000-000000000001', 'a3000000-0000-4000-8000-000000000001',
            now() + interval '500 days', now() + interval '500 days 1 hour', from_status);
    begin
      update public.appointments set status = to_status where id = 'a5ffffff-0000-4000-8000-0000000000ff';
      ok := true;
    exception when check_violation then
      ok := false;
    end;
    raise exception 'undo' using errcode = 'CHT01';
  exception when sqlstate 'CHT01' then null;
  end;
  return ok;
end
$$;
select is((select count(*)::integer from transitions where pg_temp.try_transition(from_status, to_status) <> allowed),
          0, 'exactly the allowed status transitions succeed (42 pairs)');
select is((select count(*)::integer from transitions where allowed), 8, 'eight transitions are allowed');

select throws_ok($$update public.appointments set starts_at = starts_at + interval '1 hour', ends_at = ends_at + interval '1 hour'
                   where id = 'a5000000-0000-4000-8000-000000000001'$$,
                 '23514', null, 'a completed appointment cannot be moved');
select lives_ok($$update public.appointments set notes = 'Loved it' where id = 'a5000000-0000-4000-8000-000000000001'$$,
                'notes on a completed appointment can still be edited');

set local role authenticated;
set local request.jwt.claims = '{"sub":"a1000000-0000-4000-8000-000000000003","role":"authenticated"}';
select throws_ok($$execute book('a2000000-0000-4000-8000-000000000003', '16 hours', '17 hours', 'completed')$$,
                 '23514', null, 'a signed-in user cannot create an already completed appointment');
select lives_ok($$execute book('a2000000-0000-4000-8000-000000000003', '16 hours', '17 hours', 'requested')$$,
                'a signed-in user can create a requested appointment');
reset role;

-- ---- history and bookkeeping ----------------------------------------------------------------
select is((select array_agg(kind || ':' || detail order by at, kind) from public.appointment_events
           where appointment_id = 'a5ffffff-0000-4000-8000-000000000001'),
          array['created:confirmed', 'status:confirmed -> cancelled'],
          'appointment history records creation and status changes');
select is((select version from public.appointments where id = 'a5ffffff-0000-4000-8000-000000000001'),
          2::bigint, 'every update bumps the row version');
select ok((select sync_xid = pg_current_xact_id() from public.appointments
           where id = 'a5ffffff-0000-4000-8000-000000000001'),
          'every write stamps the writing transaction id');
select lives_ok($$update public.appointments set version = 99, updated_at = '2000-01-01'
                  where id = 'a5ffffff-0000-4000-8000-000000000001'$$, 'clients may send version and updated_at');
select is((select (version, updated_at = now()) from public.appointments
           where id = 'a5ffffff-0000-4000-8000-000000000001'),
          row(3::bigint, true), '... but the server owns them');

-- ---- loyalty --------------------------------------------------------------------------------
-- Lerato (a4..01) has 450 + 100 - 200 = 350 points.
select is((select balance from public.loyalty_balances where customer_id = 'a4000000-0000-4000-8000-000000000001'),
          350::bigint, 'balance is the sum of the ledger');
select is((select lifetime_points from public.loyalty_balances where customer_id = 'a4000000-0000-4000-8000-000000000001'),
          550::bigint, 'lifetime points count only what was earned');
select throws_ok($$insert into public.loyalty_ledger (business_id, customer_id, kind, points)
                   values ('a0000000-0000-4000-8000-000000000001', 'a4000000-0000-4000-8000-000000000001', 'redeem', -351)$$,
                 '23514', 'The customer has 350 points, so 351 cannot be taken off.',
                 'a redemption beyond the balance is refused');
select lives_ok($$insert into public.loyalty_ledger (business_id, customer_id, kind, points)
                  values ('a0000000-0000-4000-8000-000000000001', 'a4000000-0000-4000-8000-000000000001', 'redeem', -350)$$,
                'redeeming exactly the balance is fine');
select throws_ok($$insert into public.loyalty_ledger (business_id, customer_id, kind, points)
                   values ('a0000000-0000-4000-8000-000000000001', 'a4000000-0000-4000-8000-000000000001', 'adjust', -1)$$,
                 '23514', null, 'a negative adjustment cannot go below zero either');
select throws_ok($$insert into public.loyalty_ledger (business_id, customer_id, kind, points)
                   values ('a0000000-0000-4000-8000-000000000001', 'a4000000-0000-4000-8000-000000000001', 'award', -5)$$,
                 '23514', null, 'awards are positive');
select throws_ok($$update public.loyalty_ledger set points = 1000 where id = 'ab000000-0000-4000-8000-000000000001'$$,
                 '23514', 'Loyalty points are never edited; add an adjustment instead.',
                 'ledger amounts cannot be edited, even by the table owner');
select throws_ok($$update public.loyalty_ledger set deleted_at = now() where id = 'ab000000-0000-4000-8000-000000000003'$$,
                 '23514', null, 'ledger rows cannot be tombstoned');
select throws_ok($$delete from public.loyalty_ledger where id = 'ab000000-0000-4000-8000-000000000001'$$,
                 '23514', 'Loyalty points are never deleted; add an adjustment instead.',
                 'ledger rows cannot be deleted');
select is((select count(*)::integer from public.audit_log
           where action = 'loyalty.redeem' and row_id in (select id from public.loyalty_ledger
                                                         where customer_id = 'a4000000-0000-4000-8000-000000000001')),
          2, 'redemptions are audited');

-- ---- handoffs: one claimant ------------------------------------------------------------------
-- Protea has one admin; add a second to compete with.
insert into auth.users (id, email) values ('a1000000-0000-4000-8000-0000000000a2', 'admin2@protea.example');
insert into public.staff_members (id, business_id, user_id, display_name, role)
values ('a2000000-0000-4000-8000-0000000000a2', 'a0000000-0000-4000-8000-000000000001',
        'a1000000-0000-4000-8000-0000000000a2', 'Zanele', 'admin');

set local role authenticated;
set local request.jwt.claims = '{"sub":"a1000000-0000-4000-8000-000000000002","role":"authenticated"}';
select lives_ok($$update public.ai_handoffs set assigned_to = 'a2000000-0000-4000-8000-000000000002'
                  where id = 'a8000000-0000-4000-8000-000000000001'$$, 'Pieter claims the handoff');
select isnt((select claimed_at from public.ai_handoffs where id = 'a8000000-0000-4000-8000-000000000001'),
            null, 'claimed_at is stamped');
set local request.jwt.claims = '{"sub":"a1000000-0000-4000-8000-0000000000a2","role":"authenticated"}';
select throws_ok($$update public.ai_handoffs set assigned_to = 'a2000000-0000-4000-8000-0000000000a2'
                   where id = 'a8000000-0000-4000-8000-000000000001'$$,
                 '23514', 'This handoff is claimed by someone else.', 'Zanele cannot take it over');
select throws_ok($$update public.ai_handoffs set assigned_to = null
                   where id = 'a8000000-0000-4000-8000-000000000001'$$,
                 '23514', null, 'Zanele cannot release Pieter''s claim');
select throws_ok($$update public.ai_handoffs set resolved = true
                   where id = 'a8000000-0000-4000-8000-000000000001'$$,
                 '23514', null, 'Zanele cannot resolve Pieter''s handoff');
set local request.jwt.claims = '{"sub":"a1000000-0000-4000-8000-000000000001","role":"authenticated"}';
select lives_ok($$update public.ai_handoffs set assigned_to = 'a2000000-0000-4000-8000-0000000000a2'
                  where id = 'a8000000-0000-4000-8000-000000000001'$$, 'the owner can reassign');
set local request.jwt.claims = '{"sub":"a1000000-0000-4000-8000-0000000000a2","role":"authenticated"}';
select lives_ok($$update public.ai_handoffs set resolved = true, outcome = 'booked'
                  where id = 'a8000000-0000-4000-8000-000000000001'$$, 'the assignee resolves');
select is((select (resolved_by, resolved_at is not null) from public.ai_handoffs
           where id = 'a8000000-0000-4000-8000-000000000001'),
          row('a2000000-0000-4000-8000-0000000000a2'::uuid, true), 'resolver and time are recorded');
select throws_ok($$update public.ai_handoffs set resolved = false
                   where id = 'a8000000-0000-4000-8000-000000000001'$$,
                 '23514', 'This handoff is already resolved.', 'a resolved handoff stays resolved');
reset role;
select is((select array_agg(action order by at, action) from public.audit_log
           where row_id = 'a8000000-0000-4000-8000-000000000001'),
          array['handoff.create', 'handoff.claim', 'handoff.claim', 'handoff.resolve'],
          'handoff claims and resolution are audited');
select is((select actor_staff_id from public.audit_log
           where row_id = 'a8000000-0000-4000-8000-000000000001' and action = 'handoff.resolve'),
          'a2000000-0000-4000-8000-0000000000a2'::uuid, 'the audit names the actor');

select * from finish();
rollback;
