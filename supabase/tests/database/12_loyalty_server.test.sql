-- The loyalty lines the server writes and customer merges (supabase/migrations/
-- 20261203000200_loyalty_server.sql, 20261203000300_customer_merge.sql): earn exactly once on a
-- completed appointment, expiry by the first-in-first-out rule with the hand-computed numbers of
-- tests/unit/tst_loyalty.cpp, adjustments for owners only, and customer.merge with its refusals.
-- (Two expiry runs at the same moment need two sessions: tests/integration/tst_loyaltyrace.cpp.)
--
-- A salon of its own in Africa/Johannesburg (UTC+2, no daylight saving): one point per R1.00
-- (100 cents), points expire after 12 months.
begin;
set local client_min_messages = warning;
create extension if not exists pgtap with schema extensions;
select plan(79);
create schema lt;
grant usage on schema lt to public;

create function lt.mut(mid text, kind text, payload jsonb) returns jsonb language sql as $$
  select public.apply_mutations(jsonb_build_array(
    jsonb_build_object('mutation_id', mid, 'kind', kind, 'payload', payload))) -> 0
$$;
create function lt.c(n integer) returns uuid language sql immutable as $$
  select ('d4000000-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid
$$;
create function lt.a(n integer) returns uuid language sql immutable as $$
  select ('d5000000-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid
$$;
-- 10:00 on the salon's clock.
create function lt.at(y integer, m integer, d integer) returns timestamptz language sql immutable as $$
  select make_timestamptz(y, m, d, 10, 0, 0, 'Africa/Johannesburg')
$$;
create function lt.balance(customer uuid) returns bigint language sql as $$
  select coalesce(sum(points), 0)::bigint from public.loyalty_ledger
  where customer_id = customer and deleted_at is null
$$;
create function lt.lines(customer uuid, line_kind text) returns text language sql as $$
  select coalesce(string_agg(points::text, ',' order by created_at, abs(points) desc), '')
  from public.loyalty_ledger where customer_id = customer and kind = line_kind and deleted_at is null
$$;
grant execute on all functions in schema lt to public;
create table lt.r (name text primary key, v jsonb);
grant all on lt.r to public;

-- Only this test's salons expire points (the seed's lines must not depend on today's date).
update public.businesses set loyalty_expiry_months = 0;

insert into public.businesses (id, name, time_zone, loyalty_minor_per_point, loyalty_expiry_months)
values ('d0000000-0000-4000-8000-000000000001', 'Ledger Salon', 'Africa/Johannesburg', 100, 12),
       ('d0000000-0000-4000-8000-000000000002', 'Monthly Salon', 'Africa/Johannesburg', 100, 1);
insert into public.services (id, business_id, name, duration_minutes, price_minor)
values ('d3000000-0000-4000-8000-000000000001', 'd0000000-0000-4000-8000-000000000001',
        'Wash & set', 30, 45050);
insert into auth.users (id, email)
values ('d1000000-0000-4000-8000-000000000001', 'owner@ledger.example'),
       ('d1000000-0000-4000-8000-000000000002', 'admin@ledger.example'),
       ('d1000000-0000-4000-8000-000000000003', 'staff@ledger.example');
insert into public.staff_members (id, business_id, user_id, display_name, role)
values ('d2000000-0000-4000-8000-000000000001', 'd0000000-0000-4000-8000-000000000001',
        'd1000000-0000-4000-8000-000000000001', 'Olwethu', 'owner'),
       ('d2000000-0000-4000-8000-000000000002', 'd0000000-0000-4000-8000-000000000001',
        'd1000000-0000-4000-8000-000000000002', 'Andile', 'admin'),
       ('d2000000-0000-4000-8000-000000000003', 'd0000000-0000-4000-8000-000000000001',
        'd1000000-0000-4000-8000-000000000003', 'Sisanda', 'staff');
insert into public.customers (id, business_id, full_name, phone, email, consent_whatsapp,
                              consent_sms, notes, allergy_notes, referral_code)
values (lt.c(1), 'd0000000-0000-4000-8000-000000000001', 'Ayanda Dube', null, null, false, false, '', '', null),
       (lt.c(2), 'd0000000-0000-4000-8000-000000000001', 'Bheki Zulu', '+27 82 222 0002', null, false, false, '', '', null),
       (lt.c(3), 'd0000000-0000-4000-8000-000000000001', 'Nomsa Khumalo', '+27 82 111 0001', null,
        true, false, 'Likes tea', '', null),
       (lt.c(4), 'd0000000-0000-4000-8000-000000000001', 'Nomsa K.', '+27 82 111 0002',
        'nomsa@mail.example', false, true, 'Prefers mornings', 'Latex', 'NOMSA5'),
       (lt.c(5), 'd0000000-0000-4000-8000-000000000001', 'Other Customer', null, null, false, false, '', '', null),
       (lt.c(6), 'd0000000-0000-4000-8000-000000000001', 'Gone Customer', null, null, false, false, '', '', null),
       (lt.c(11), 'd0000000-0000-4000-8000-000000000002', 'Monthly Member', null, null, false, false, '', '', null);

-- Appointments in service, each with a stylist of its own (no double booking between them).
create function lt.appt(n integer, customer uuid, price bigint, status text default 'in_service')
returns uuid language plpgsql as $$
declare
  sid uuid := ('d2000000-0000-4000-8001-' || lpad(n::text, 12, '0'))::uuid;
begin
  insert into public.staff_members (id, business_id, display_name, role)
  values (sid, 'd0000000-0000-4000-8000-000000000001', 'Stylist ' || n, 'staff');
  insert into public.appointments (id, business_id, customer_id, staff_id, service_id, starts_at,
                                   ends_at, status, price_minor)
  values (lt.a(n), 'd0000000-0000-4000-8000-000000000001', customer, sid,
          'd3000000-0000-4000-8000-000000000001', lt.at(2026, 11, 20), lt.at(2026, 11, 20) + interval '30 minutes',
          status, price);
  return lt.a(n);
end
$$;
select lt.appt(1, lt.c(2), 45050);
select lt.appt(2, lt.c(2), 99);
select lt.appt(3, null, 45050);
select lt.appt(4, lt.c(2), 20000);
select lt.appt(5, lt.c(4), 30000);
select lt.appt(6, lt.c(4), 10000, 'confirmed');

-- ============================================================ earn
select is(private.earn_line_id('a5000000-0000-4000-8000-000000000004'),
          '3fe9ed78-bf02-3b6b-9610-52d4e8a3fce7'::uuid,
          'the earn line id is the RFC 4122 version 3 UUID the desk computes (core/Loyalty::earnLineId)');

select tests.login('d1000000-0000-4000-8000-000000000003');
insert into lt.r values ('complete', lt.mut('e0000000-0000-4000-8000-000000000001', 'appointment.set_status',
  jsonb_build_object('id', lt.a(1), 'status', 'completed')));
select is((select v ->> 'status' from lt.r where name = 'complete'), 'applied', 'staff complete an appointment');
select is(lt.lines(lt.c(2), 'earn'), '450', 'completing it earns floor(R450.50 / R1.00) = 450 points');
select is((select (id, reason, appointment_id, created_by)::text from public.loyalty_ledger
           where appointment_id = lt.a(1)),
          (private.earn_line_id(lt.a(1)), 'Wash & set', lt.a(1), 'd2000000-0000-4000-8000-000000000003'::uuid)::text,
          '... one line with the appointment''s id-derived id, the service as the reason, booked by who completed it');
select is(lt.mut('e0000000-0000-4000-8000-000000000002', 'appointment.set_status',
  jsonb_build_object('id', lt.a(1), 'status', 'completed')) ->> 'status', 'applied',
          'completing it again changes nothing');
select is(lt.mut('e0000000-0000-4000-8000-000000000003', 'appointment.set_status',
  jsonb_build_object('id', lt.a(1), 'status', 'in_service')) ->> 'code', 'invalid_transition',
          'a completed appointment cannot go back (so it cannot be completed twice)');
select is(lt.lines(lt.c(2), 'earn'), '450', '... still one earn line');
select throws_ok($$insert into public.loyalty_ledger (business_id, customer_id, kind, points, appointment_id)
                   values ('d0000000-0000-4000-8000-000000000001', lt.c(2), 'earn', 5, lt.a(1))$$,
                 '42501', null, 'signed-in users cannot write earn lines themselves');
select lt.mut('e0000000-0000-4000-8000-000000000004', 'appointment.set_status',
  jsonb_build_object('id', lt.a(2), 'status', 'completed'));
select is((select count(*)::integer from public.loyalty_ledger where appointment_id = lt.a(2)), 0,
          'a bill worth less than a point earns no line');
select lt.mut('e0000000-0000-4000-8000-000000000005', 'appointment.set_status',
  jsonb_build_object('id', lt.a(3), 'status', 'completed'));
select is((select count(*)::integer from public.loyalty_ledger where appointment_id = lt.a(3)), 0,
          'a walk-in without a customer record earns nothing');
-- Any path: a plain UPDATE (PostgREST PATCH) earns too.
update public.appointments set status = 'completed' where id = lt.a(4);
select is(lt.lines(lt.c(2), 'earn'), '450,200', 'completing through a table update earns as well');
select tests.login(null);
select throws_ok($$insert into public.loyalty_ledger (business_id, customer_id, kind, points, appointment_id)
                   values ('d0000000-0000-4000-8000-000000000001', lt.c(2), 'earn', 5, lt.a(1))$$,
                 '23505', null, 'even the service role cannot book a second earn line for an appointment');
select is((select count(*)::integer from public.audit_log where action = 'loyalty.earn'
           and row_id = private.earn_line_id(lt.a(1))
           and actor_staff_id = 'd2000000-0000-4000-8000-000000000003'), 1,
          'the earn line is audited with who completed the visit');
update public.businesses set loyalty_minor_per_point = 1000000 where id = 'd0000000-0000-4000-8000-000000000001';
insert into public.appointments (id, business_id, customer_id, staff_id, service_id, starts_at, ends_at, status, price_minor)
values (lt.a(7), 'd0000000-0000-4000-8000-000000000001', lt.c(2), 'd2000000-0000-4000-8001-000000000001',
        'd3000000-0000-4000-8000-000000000001', lt.at(2026, 11, 21), lt.at(2026, 11, 21) + interval '30 minutes',
        'in_service', 45050);
update public.appointments set status = 'completed' where id = lt.a(7);
select is((select count(*)::integer from public.loyalty_ledger where appointment_id = lt.a(7)), 0,
          'at a rate of R10,000 per point a R450 visit earns nothing');
update public.businesses set loyalty_minor_per_point = 100 where id = 'd0000000-0000-4000-8000-000000000001';

-- ============================================================ expire (tst_loyalty expiryFirstInFirstOut)
-- 600 earned 15 Jan 2025, 100 awarded 1 Jun 2025, 200 redeemed 1 Jul 2025 (from the oldest lot:
-- 400 of the 600 left), 300 earned 20 Dec 2025.
insert into public.loyalty_ledger (business_id, customer_id, kind, points, reason, created_at)
values ('d0000000-0000-4000-8000-000000000001', lt.c(1), 'earn', 600, 'Colour', lt.at(2025, 1, 15)),
       ('d0000000-0000-4000-8000-000000000001', lt.c(1), 'award', 100, 'Referral', lt.at(2025, 6, 1)),
       ('d0000000-0000-4000-8000-000000000001', lt.c(1), 'redeem', -200, 'Voucher', lt.at(2025, 7, 1)),
       ('d0000000-0000-4000-8000-000000000001', lt.c(1), 'earn', 300, 'Cut', lt.at(2025, 12, 20));
select is(private.overdue_points(lt.c(1), 12, 'Africa/Johannesburg', lt.at(2025, 12, 1)), 0::bigint,
          'on 1 Dec 2025 nothing is overdue');
select is(private.expire_loyalty_points(lt.at(2025, 12, 1)), 0, '... and a run writes nothing');
select is(private.overdue_points(lt.c(1), 12, 'Africa/Johannesburg', lt.at(2026, 1, 15) - interval '1 second'),
          0::bigint, 'one second before 15 Jan 2026 the first lot has not expired');
select is(private.overdue_points(lt.c(1), 12, 'Africa/Johannesburg', lt.at(2026, 1, 15)), 400::bigint,
          'at the expiry instant the 400 left of the first lot are overdue');
select is(private.overdue_points(lt.c(1), 12, 'Africa/Johannesburg', lt.at(2026, 2, 1)), 400::bigint,
          'on 1 Feb 2026 still 400');
select is(private.expire_loyalty_points(lt.at(2026, 1, 16)), 1, 'a run on 16 Jan 2026 writes one line');
select is(lt.lines(lt.c(1), 'expire'), '-400', '... of -400');
select is((select (created_at, reason, created_by)::text from public.loyalty_ledger
           where customer_id = lt.c(1) and kind = 'expire'),
          (lt.at(2026, 1, 16), 'Points older than 12 months expired', null::uuid)::text,
          '... dated at the run, with a reason, by nobody');
select is(private.expire_loyalty_points(lt.at(2026, 1, 16)), 0, 'the same run again writes nothing');
select is(private.expire_loyalty_points(lt.at(2026, 2, 1)), 0, 'nor does a later one');
select is(lt.balance(lt.c(1)), 400::bigint, 'the balance is 100 + 300');
select is(x.audit_count, 1, 'the expiry is audited')
from (select count(*)::integer as audit_count from public.audit_log a join public.loyalty_ledger l on l.id = a.row_id
      where a.action = 'loyalty.expire' and l.customer_id = lt.c(1)) x;
-- A redemption of 250 on 2 Feb 2026 empties the 100 lot and takes 150 of the 300.
insert into public.loyalty_ledger (business_id, customer_id, kind, points, reason, created_at)
values ('d0000000-0000-4000-8000-000000000001', lt.c(1), 'redeem', -250, 'Treatment', lt.at(2026, 2, 2));
select is(private.expire_loyalty_points(lt.at(2026, 6, 2)), 0,
          'on 2 Jun 2026 the 100 lot would have expired, but it was used');
select is(private.overdue_points(lt.c(1), 12, 'Africa/Johannesburg', lt.at(2026, 12, 20)), 150::bigint,
          'on 20 Dec 2026 the 150 left of the last lot are overdue');
select is(private.expire_loyalty_points(lt.at(2026, 12, 20)), 1, '... and written off');
select is(lt.lines(lt.c(1), 'expire'), '-400,-150', 'two expire lines in all');
select is(lt.balance(lt.c(1)), 0::bigint, 'nothing is left, and nothing went below zero');
select is(private.overdue_points(lt.c(1), 12, 'Africa/Johannesburg', lt.at(2030, 1, 1)), 0::bigint,
          'years later there is nothing more to expire');

-- Calendar months in the salon's zone (tst_loyalty expiryCountsCalendarMonths): 50 points booked
-- 31 Jan 2025 09:00 expire one month later on 28 Feb 2025 09:00.
insert into public.loyalty_ledger (business_id, customer_id, kind, points, reason, created_at)
values ('d0000000-0000-4000-8000-000000000002', lt.c(11), 'award', 50, 'Welcome',
        make_timestamptz(2025, 1, 31, 9, 0, 0, 'Africa/Johannesburg'));
select is(private.expire_loyalty_points(make_timestamptz(2025, 2, 28, 8, 59, 59, 'Africa/Johannesburg')), 0,
          'one month after 31 Jan 09:00 is not yet at 28 Feb 08:59:59');
select is(private.expire_loyalty_points(make_timestamptz(2025, 2, 28, 9, 0, 0, 'Africa/Johannesburg')), 1,
          'it is at 28 Feb 09:00 (no 29th that year)');
select is(lt.lines(lt.c(11), 'expire'), '-50', '... all 50 points');
select is(x.reason, 'Points older than 1 month expired', '... in the singular')
from (select reason from public.loyalty_ledger where customer_id = lt.c(11) and kind = 'expire') x(reason);
update public.businesses set loyalty_expiry_months = 0 where id::text like 'd0000000%';
insert into public.loyalty_ledger (business_id, customer_id, kind, points, reason, created_at)
values ('d0000000-0000-4000-8000-000000000002', lt.c(11), 'award', 70, 'Kept for ever', '2020-01-01');
select is(private.expire_loyalty_points('2030-01-01'), 0, 'a business that keeps points for ever expires none');
update public.businesses set loyalty_expiry_months = 12 where id = 'd0000000-0000-4000-8000-000000000001';

-- Who may run the job: only its owner (pg_cron's postgres).
select tests.login('d1000000-0000-4000-8000-000000000001');
select throws_ok($$select public.expire_loyalty_points()$$, '42501', null,
                 'not even an owner may run the expiry job');
select throws_ok($$select private.expire_loyalty_points('2040-01-01')$$, '42501', null,
                 '... nor choose its clock');
select throws_ok($$insert into public.loyalty_ledger (business_id, customer_id, kind, points)
                   values ('d0000000-0000-4000-8000-000000000001', lt.c(2), 'expire', -5)$$,
                 '42501', null, 'signed-in users cannot write expire lines');

-- ============================================================ adjust: owners only
select tests.login('d1000000-0000-4000-8000-000000000002');
insert into lt.r values ('admin-adjust', lt.mut('e0000000-0000-4000-8000-000000000010', 'loyalty.adjust',
  jsonb_build_object('customer_id', lt.c(2), 'points', -10, 'reason', 'Typo')));
select is((select v ->> 'status' || '/' || (v ->> 'code') from lt.r where name = 'admin-adjust'),
          'rejected/forbidden', 'an admin may not adjust a balance');
select is((select v ->> 'reason' from lt.r where name = 'admin-adjust'),
          'Only owners can adjust a points balance by hand.', '... and is told why');
select throws_ok($$insert into public.loyalty_ledger (business_id, customer_id, kind, points, reason)
                   values ('d0000000-0000-4000-8000-000000000001', lt.c(2), 'adjust', 5, 'gift')$$,
                 '42501', null, '... not even by writing the table');
select tests.login('d1000000-0000-4000-8000-000000000001');
select is(lt.mut('e0000000-0000-4000-8000-000000000011', 'loyalty.adjust',
  jsonb_build_object('customer_id', lt.c(2), 'points', -10, 'reason', 'Typo')) ->> 'balance', '640',
          'the owner adjusts (450 + 200 - 10)');

-- ============================================================ merge
-- Nomsa K. (4) is a duplicate of Nomsa Khumalo (3): she has a completed visit (300 points
-- earned), an upcoming booking, 50 awarded points, a conversation with a handoff and a reply,
-- and a notification that links to her.
select tests.login('d1000000-0000-4000-8000-000000000003');
select lt.mut('e0000000-0000-4000-8000-000000000020', 'appointment.set_status',
  jsonb_build_object('id', lt.a(5), 'status', 'completed'));
select lt.mut('e0000000-0000-4000-8000-000000000022', 'loyalty.award',
  jsonb_build_object('customer_id', lt.c(3), 'points', 100, 'reason', 'Welcome'));
select tests.login(null);
insert into public.loyalty_ledger (business_id, customer_id, kind, points, reason, created_at)
values ('d0000000-0000-4000-8000-000000000001', lt.c(4), 'award', 50, 'Birthday', lt.at(2026, 6, 1));
insert into public.ai_conversations (id, business_id, customer_id, channel, status)
values ('d6000000-0000-4000-8000-000000000001', 'd0000000-0000-4000-8000-000000000001', lt.c(4), 'whatsapp', 'handed_off');
insert into public.ai_handoffs (id, business_id, conversation_id, customer_id, reason)
values ('d8000000-0000-4000-8000-000000000001', 'd0000000-0000-4000-8000-000000000001',
        'd6000000-0000-4000-8000-000000000001', lt.c(4), 'Wants a person');
insert into public.outbound_messages (id, business_id, customer_id, conversation_id, handoff_id, channel, kind, body)
values ('df000000-0000-4000-8000-000000000001', 'd0000000-0000-4000-8000-000000000001', lt.c(4),
        'd6000000-0000-4000-8000-000000000001', 'd8000000-0000-4000-8000-000000000001', 'whatsapp', 'reply', 'Hello');
insert into public.notifications (id, business_id, kind, title, action_url)
values ('dc000000-0000-4000-8000-000000000001', 'd0000000-0000-4000-8000-000000000001', 'loyalty',
        'Nomsa reached a new tier', 'chairside://customer/' || lt.c(4)::text);
select is(lt.balance(lt.c(4)), 350::bigint, 'before the merge Nomsa K. has 300 + 50 points');

select tests.login('d1000000-0000-4000-8000-000000000003');
insert into lt.r values ('staff-merge', lt.mut('e0000000-0000-4000-8000-000000000030', 'customer.merge',
  jsonb_build_object('keep_id', lt.c(3), 'merge_id', lt.c(4))));
select is((select v ->> 'status' || '/' || (v ->> 'code') || ': ' || (v ->> 'reason') from lt.r where name = 'staff-merge'),
          'rejected/forbidden: Only admins and owners can merge customers.', 'staff may not merge customers');
select tests.login('d1000000-0000-4000-8000-000000000002');
insert into lt.r values ('merge', lt.mut('e0000000-0000-4000-8000-000000000031', 'customer.merge',
  jsonb_build_object('keep_id', lt.c(3), 'merge_id', lt.c(4))));
select is((select v ->> 'status' from lt.r where name = 'merge'), 'applied', 'an admin merges Nomsa K. into Nomsa Khumalo');
select is((select v -> 'row' ->> 'id' from lt.r where name = 'merge'), lt.c(3)::text, '... answered with the kept customer');
select is((select v -> 'moved' from lt.r where name = 'merge'),
          '{"appointments": 2, "conversations": 1, "handoffs": 1, "messages": 1, "ledger_lines": 2, "points": 350, "notifications": 1}'::jsonb,
          '... saying what moved');
select is((select (phone, email, referral_code, consent_whatsapp, consent_sms)::text from public.customers where id = lt.c(3)),
          ('+27 82 111 0001', 'nomsa@mail.example', 'NOMSA5', true, false)::text,
          'empty fields are filled from the duplicate, nothing is overwritten, consent stays the kept customer''s');
select is((select notes from public.customers where id = lt.c(3)),
          E'Likes tea\nPrefers mornings\nMerged from Nomsa K.: +27 82 111 0002',
          'notes are joined, and the other phone number is kept in them');
select is((select allergy_notes from public.customers where id = lt.c(3)), 'Latex', 'the allergy note comes along');
select is((select (full_name, phone, email, referral_code, notes, allergy_notes, consent_sms, merged_into,
                   deleted_at is not null)::text from public.customers where id = lt.c(4)),
          ('Nomsa K.', null, null, null, '', '', false, lt.c(3), true)::text,
          'the duplicate is a tombstone that points at the kept customer, its details moved');
select is((select count(*)::integer from public.appointments where customer_id = lt.c(3)), 2, 'her appointments moved');
select is((select customer_id from public.ai_conversations where id = 'd6000000-0000-4000-8000-000000000001'), lt.c(3),
          'her conversation moved');
select is((select customer_id from public.ai_handoffs where id = 'd8000000-0000-4000-8000-000000000001'), lt.c(3),
          'her handoff moved');
select is((select customer_id from public.outbound_messages where id = 'df000000-0000-4000-8000-000000000001'), lt.c(3),
          'the reply to her moved');
select is(x.url, 'chairside://customer/' || lt.c(3)::text, 'the notification links to the kept customer')
from (select action_url as url from public.notifications where id = 'dc000000-0000-4000-8000-000000000001') x;
select is((select (balance, lifetime_points)::text from public.loyalty_balances where customer_id = lt.c(3)),
          (450, 450)::text, 'her points moved with their history: balance and lifetime 100 + 300 + 50');
select is((select count(*)::integer from public.loyalty_ledger where customer_id = lt.c(4)), 0,
          'no line is left on the duplicate');
select is((select created_at from public.loyalty_ledger where reason = 'Birthday' and customer_id = lt.c(3)),
          lt.at(2026, 6, 1), 'a moved line keeps its date (its expiry clock)');
select tests.login(null); -- the audit log is for owners
select is((select array_agg(action || ':' || row_id || ':' || (detail ->> 'merged_from') || ':' || actor_staff_id)
           from public.audit_log where table_name = 'customers' and row_id in (lt.c(3), lt.c(4))),
          array['customer.merge:' || lt.c(3) || ':' || lt.c(4) || ':d2000000-0000-4000-8000-000000000002'],
          'one audit line, customer.merge on the kept customer, and no erasure');
select tests.login('d1000000-0000-4000-8000-000000000002');

select is(lt.mut('e0000000-0000-4000-8000-000000000031', 'customer.merge', '{}') ->> 'replayed', 'true',
          'a replayed merge returns the stored answer');
insert into lt.r values ('again', lt.mut('e0000000-0000-4000-8000-000000000032', 'customer.merge',
  jsonb_build_object('keep_id', lt.c(3), 'merge_id', lt.c(4))));
select is((select (v ->> 'status') || ':' || (v -> 'moved' ->> 'appointments') from lt.r where name = 'again'),
          'applied:0', 'the same merge sent again (another desk) is applied and moves nothing more');
select is(lt.balance(lt.c(3)), 450::bigint, '... and the balance is unchanged');

select is(lt.mut('e0000000-0000-4000-8000-000000000033', 'customer.merge',
  jsonb_build_object('keep_id', lt.c(3), 'merge_id', lt.c(3))) ->> 'reason',
          'A customer cannot be merged into themselves.', 'a customer cannot be merged into themselves');
select is(lt.mut('e0000000-0000-4000-8000-000000000034', 'customer.merge',
  jsonb_build_object('keep_id', lt.c(5), 'merge_id', lt.c(4))) ->> 'reason',
          'Nomsa K. was already merged into another customer.', 'a merged customer cannot be merged again');
select is(lt.mut('e0000000-0000-4000-8000-000000000035', 'customer.merge',
  jsonb_build_object('keep_id', lt.c(4), 'merge_id', lt.c(5))) ->> 'reason',
          'Nomsa K. was merged into another customer; merge into that one instead.',
          'nothing can be merged into a merged customer');
select is(lt.mut('e0000000-0000-4000-8000-000000000036', 'customer.merge',
  jsonb_build_object('keep_id', lt.c(3), 'merge_id', 'b4000000-0000-4000-8000-000000000001')) ->> 'reason',
          'Customers of different businesses cannot be merged.', 'customers of two businesses cannot be merged');
select lt.mut('e0000000-0000-4000-8000-000000000037', 'customer.erase', jsonb_build_object('id', lt.c(6)));
select is(lt.mut('e0000000-0000-4000-8000-000000000038', 'customer.merge',
  jsonb_build_object('keep_id', lt.c(3), 'merge_id', lt.c(6))) ->> 'reason',
          'An erased customer cannot be merged.', 'an erased customer cannot be merged');
select is(lt.mut('e0000000-0000-4000-8000-000000000039', 'customer.merge',
  jsonb_build_object('keep_id', lt.c(3))) ->> 'code', 'invalid_payload', 'a merge names both customers');

-- A desk that still knows the duplicate: its edits follow merged_into.
select tests.login('d1000000-0000-4000-8000-000000000003');
select is(lt.mut('e0000000-0000-4000-8000-000000000040', 'loyalty.award',
  jsonb_build_object('customer_id', lt.c(4), 'points', 5, 'reason', 'Stamp')) -> 'row' ->> 'customer_id',
          lt.c(3)::text, 'points for the duplicate go to the kept customer');
select is(lt.mut('e0000000-0000-4000-8000-000000000041', 'appointment.create',
  jsonb_build_object('id', lt.a(8), 'customer_id', lt.c(4), 'staff_id', 'd2000000-0000-4000-8000-000000000003',
                     'service_id', 'd3000000-0000-4000-8000-000000000001', 'starts_at', lt.at(2026, 12, 24)))
            -> 'row' ->> 'customer_id',
          lt.c(3)::text, 'a booking for the duplicate is made for the kept customer');
select is(lt.mut('e0000000-0000-4000-8000-000000000042', 'customer.upsert',
  jsonb_build_object('id', lt.c(4), 'notes', 'VIP')) ->> 'reason',
          'Nomsa K. was merged into Nomsa Khumalo; make the change there.',
          'editing the duplicate is refused, naming the kept customer');
select lt.mut('e0000000-0000-4000-8000-000000000043', 'appointment.set_status',
  jsonb_build_object('id', lt.a(6), 'status', 'arrived'));
select lt.mut('e0000000-0000-4000-8000-000000000044', 'appointment.set_status',
  jsonb_build_object('id', lt.a(6), 'status', 'in_service'));
select lt.mut('e0000000-0000-4000-8000-000000000045', 'appointment.set_status',
  jsonb_build_object('id', lt.a(6), 'status', 'completed'));
select is(lt.lines(lt.c(3), 'earn'), '300,100', 'a moved booking completed later earns for the kept customer');

-- The ledger is still append-only: a line moves only to the customer its own was merged into.
select tests.login(null);
select throws_ok($$update public.loyalty_ledger set customer_id = lt.c(5) where customer_id = lt.c(3)$$,
                 '23514', 'Loyalty points are never edited; add an adjustment instead.',
                 'lines cannot be moved to just any customer');

-- Erasing the kept customer erases the name left on the duplicate too.
select tests.login('d1000000-0000-4000-8000-000000000002');
select is(lt.mut('e0000000-0000-4000-8000-000000000046', 'customer.erase', jsonb_build_object('id', lt.c(3))) ->> 'status',
          'applied', 'the kept customer is erased');
select is((select full_name from public.customers where id = lt.c(4)), 'Erased customer',
          '... and so is the duplicate merged into her');
select is(lt.mut('e0000000-0000-4000-8000-000000000047', 'loyalty.award',
  jsonb_build_object('customer_id', lt.c(3), 'points', 5, 'reason', 'Stamp')) ->> 'reason',
          'This customer was erased.', 'an erased customer collects no more points');

select * from finish();
rollback;
