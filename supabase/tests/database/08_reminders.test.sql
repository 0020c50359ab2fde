-- Reminders (supabase/migrations/20261202000200_reminders.sql): due windows at their
-- boundaries, consent per channel, the business's channel switches, quiet hours, repeated runs,
-- reschedule re-arms, cancel withdraws, the one-reminder key, and who may run the job or change
-- the rules. (Two runs at the same moment need two sessions: scripts/test-reminders-concurrency.sh.)
--
-- A salon of its own in Africa/Johannesburg (UTC+2, no daylight saving) and fixed clocks, so the
-- answers do not depend on when the suite runs. T0 = 2026-03-10 08:00 UTC = 10:00 local; quiet
-- hours are the default 21:00-08:00 local = 19:00-06:00 UTC.
begin;
set local client_min_messages = warning;
create extension if not exists pgtap with schema extensions;
select plan(76);
create schema rt;
grant usage on schema rt to public;


insert into public.businesses (id, name, time_zone)
values ('c0000000-0000-4000-8000-000000000001', 'Chair Test Salon', 'Africa/Johannesburg');
insert into public.services (id, business_id, name, duration_minutes, price_minor)
values ('c3000000-0000-4000-8000-000000000001', 'c0000000-0000-4000-8000-000000000001', 'Trim', 30, 10000);
insert into auth.users (id, email) values ('c1000000-0000-4000-8000-000000000003', 'staff@chairtest.example');
insert into public.staff_members (id, business_id, user_id, display_name, role)
values ('c2000000-0000-4000-8000-000000000003', 'c0000000-0000-4000-8000-000000000001',
        'c1000000-0000-4000-8000-000000000003', 'Desk', 'staff');

-- Customers by what they agreed to.
insert into public.customers (id, business_id, full_name, phone, email, consent_whatsapp, consent_sms, consent_email)
values
  ('c4000000-0000-4000-8000-000000000001', 'c0000000-0000-4000-8000-000000000001', 'Wanda Whatsapp', '+27 82 000 0001', null, true, false, false),
  ('c4000000-0000-4000-8000-000000000002', 'c0000000-0000-4000-8000-000000000001', 'Simon Sms', '+27 82 000 0002', null, false, true, false),
  ('c4000000-0000-4000-8000-000000000003', 'c0000000-0000-4000-8000-000000000001', 'Emma Email', null, 'emma@mail.example', false, false, true),
  ('c4000000-0000-4000-8000-000000000004', 'c0000000-0000-4000-8000-000000000001', 'Nora None', '+27 82 000 0004', 'nora@mail.example', false, false, false),
  ('c4000000-0000-4000-8000-000000000005', 'c0000000-0000-4000-8000-000000000001', 'Xolani NoPhone', null, 'x@mail.example', true, false, true),
  ('c4000000-0000-4000-8000-000000000006', 'c0000000-0000-4000-8000-000000000001', 'Bongi Both', '+27 82 000 0006', null, true, true, false);

-- An appointment with a staff member of its own (so no test collides with the no-double-booking
-- rule), one minute long, booked long ago unless `booked` says otherwise.
create function rt.appt(n integer, customer integer, starts timestamptz,
                        booked timestamptz default '2026-01-01 00:00+00', status text default 'confirmed')
returns uuid language plpgsql as $$
declare
  aid uuid := ('c5000000-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid;
  sid uuid := ('c2000000-0000-4000-8001-' || lpad(n::text, 12, '0'))::uuid;
begin
  insert into public.staff_members (id, business_id, display_name, role)
  values (sid, 'c0000000-0000-4000-8000-000000000001', 'Stylist ' || n, 'staff');
  insert into public.appointments (id, business_id, customer_id, staff_id, service_id, starts_at, ends_at,
                                   status, created_at)
  values (aid, 'c0000000-0000-4000-8000-000000000001',
          case when customer is null then null
               else ('c4000000-0000-4000-8000-' || lpad(customer::text, 12, '0'))::uuid end,
          sid, 'c3000000-0000-4000-8000-000000000001', starts, starts + interval '1 minute', status, booked);
  return aid;
end
$$;
create function rt.id(n integer) returns uuid language sql immutable as $$
  select ('c5000000-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid
$$;
-- The live reminders of an appointment, e.g. '24h:whatsapp,2h:sms' ('' for none).
create function rt.sent(n integer) returns text language sql as $$
  select coalesce(string_agg(replace(m.kind, 'reminder_', '') || ':' || m.channel, ','
                             order by m.kind), '')
  from public.outbound_messages m
  where m.appointment_id = rt.id(n) and m.kind in ('reminder_24h', 'reminder_2h') and m.deleted_at is null
$$;
create function rt.run(at timestamptz) returns integer language sql as $$
  select private.queue_due_reminders(at)
$$;
-- Rows an UPDATE of the caller touched (RLS hides rows instead of raising).
create function rt.updated(sql text) returns integer language plpgsql as $$
declare
  n integer;
begin
  execute sql;
  get diagnostics n = row_count;
  return n;
end
$$;
grant execute on all functions in schema rt to public;

-- ============================================================ setup
select is((select count(*)::integer from public.reminder_rules
           where business_id = 'c0000000-0000-4000-8000-000000000001' and deleted_at is null),
          1, 'a new business gets its reminder rules at once');
select is((select row(reminder_24h_whatsapp, reminder_24h_sms, reminder_24h_email, reminder_2h_whatsapp,
                      reminder_2h_sms, reminder_2h_email, quiet_start_minute, quiet_end_minute)::text
           from public.reminder_rules where business_id = 'c0000000-0000-4000-8000-000000000001'),
          '(t,t,t,t,t,f,1260,480)', 'defaults: all channels but email for the 2 h reminder, quiet 21:00-08:00');

-- ============================================================ due windows (T0 = 2026-03-10 08:00 UTC)
select rt.appt(1, 1, '2026-03-11 08:00+00');            -- T0 + 24 h: the 24 h window opens now
select rt.appt(2, 1, '2026-03-11 08:01+00');            -- T0 + 24 h 1 min: not yet
select rt.appt(3, 1, '2026-03-10 10:01+00');            -- T0 + 2 h 1 min: last minute of the 24 h window
select rt.appt(4, 1, '2026-03-10 10:00+00');            -- T0 + 2 h: the 2 h window opens, the 24 h one closed
select rt.appt(5, 1, '2026-03-10 08:01+00');            -- T0 + 1 min: 2 h reminder
select rt.appt(6, 1, '2026-03-10 08:00+00');            -- starts at T0: too late
select rt.appt(7, 1, '2026-03-10 09:00+00', '2026-03-10 07:30+00'); -- booked after its 2 h window opened
select rt.appt(8, 1, '2026-03-10 14:00+00', '2026-03-10 07:00+00'); -- booked 7 h ahead
select rt.appt(9, 1, '2026-03-10 12:00+00', status => 'cancelled');
select rt.appt(10, 1, '2026-03-10 12:00+00', status => 'requested');
select rt.appt(11, null, '2026-03-10 12:00+00');        -- walk-in without a customer
select rt.appt(12, 1, '2026-03-10 12:00+00');
update public.appointments set deleted_at = now() where id = rt.id(12);

select is(rt.run('2026-03-10 08:00+00'), 5, 'the first run queues the five due reminders');
select is(rt.sent(1), '24h:whatsapp', '24 h before the start the 24 h reminder is due');
select is(rt.sent(2), '', 'one minute earlier it is not');
select is(rt.sent(3), '24h:whatsapp', 'the 24 h reminder is due until 2 h before the start');
select is(rt.sent(4), '2h:whatsapp', 'at 2 h before the start the 2 h reminder replaces it');
select is(rt.sent(5), '2h:whatsapp', 'the 2 h reminder is due until the start');
select is(rt.sent(6), '', 'nothing once the appointment has started');
select is(rt.sent(7), '', 'no reminder whose window had opened when the customer booked');
select is(rt.sent(8), '', '... nor a 24 h reminder for a booking made less than 24 h ahead');
select is(rt.sent(9), '', 'cancelled appointments get none');
select is(rt.sent(10), '24h:whatsapp', 'requested appointments get them like confirmed ones');
select is(rt.sent(11), '', 'appointments without a customer get none');
select is(rt.sent(12), '', 'deleted appointments get none');

select is(rt.run('2026-03-10 08:00+00'), 0, 'running again at the same time queues nothing');
select is((select count(*)::integer from public.outbound_messages
           where appointment_id in (select rt.id(n) from generate_series(1, 12) n)), 5,
          '... and leaves the five messages as they were');
select is(rt.run('2026-03-10 08:01+00'), 2, 'a minute later the next two are due');
select is(rt.sent(2), '24h:whatsapp', 'the 24 h reminder one minute later');
select is(rt.sent(3), '24h:whatsapp,2h:whatsapp', 'and the 2 h one: both, once each');
select is(rt.run('2026-03-10 12:00+00'), 1, 'the 2 h window of the late booking');
select is(rt.sent(8), '2h:whatsapp', 'a late booking still gets its 2 h reminder');

select is((select row(m.status, m.customer_id, m.business_id, m.appointment_starts_at, m.created_by is null,
                      m.body)::text
           from public.outbound_messages m where m.appointment_id = rt.id(1)),
          row('queued', 'c4000000-0000-4000-8000-000000000001'::uuid, 'c0000000-0000-4000-8000-000000000001'::uuid,
              '2026-03-11 08:00+00'::timestamptz, true,
              'Hi Wanda, this is a reminder of your appointment at Chair Test Salon on Wed 11 Mar 2026 at 10:00.')::text,
          'a queued message for the customer, keyed by the start, in plain English on the salon''s clock');
select is((select body from public.outbound_messages where appointment_id = rt.id(5)),
          'Hi Wanda, see you soon: your appointment at Chair Test Salon is on Tue 10 Mar 2026 at 10:01.',
          'the 2 h wording');

-- ============================================================ consent and channel switches
-- Starts 2026-03-11 14:00 UTC (16:00 local); the 24 h window opens 2026-03-10 14:00 UTC.
select rt.appt(21, 2, '2026-03-11 14:00+00');
select rt.appt(22, 3, '2026-03-11 14:00+00');
select rt.appt(23, 4, '2026-03-11 14:00+00');
select rt.appt(24, 5, '2026-03-11 14:00+00');
select rt.appt(25, 6, '2026-03-11 14:00+00');
select rt.run('2026-03-10 14:00+00');
select is(rt.sent(21), '24h:sms', 'sms consent only: sms');
select is(rt.sent(22), '24h:email', 'email consent only: email');
select is(rt.sent(23), '', 'no consent: no reminder, although phone and email are known');
select is(rt.sent(24), '24h:email', 'whatsapp consent without a phone number falls back to email');
select is(rt.sent(25), '24h:whatsapp', 'several consents: whatsapp first');
select rt.run('2026-03-11 12:00+00');
select is(rt.sent(21), '24h:sms,2h:sms', 'the 2 h reminder by sms');
select is(rt.sent(22), '24h:email', 'no 2 h reminder by email while the salon has that switched off');
select is(rt.sent(25), '24h:whatsapp,2h:whatsapp', 'the 2 h reminder by whatsapp');

update public.reminder_rules set reminder_24h_whatsapp = false
where business_id = 'c0000000-0000-4000-8000-000000000001';
select rt.appt(26, 6, '2026-03-12 14:00+00');
select rt.appt(27, 1, '2026-03-12 14:00+00');
select rt.run('2026-03-11 14:00+00');
select is(rt.sent(26), '24h:sms', 'whatsapp switched off for 24 h reminders: the next consented channel');
select is(rt.sent(27), '', 'and nothing for a whatsapp-only customer');
update public.reminder_rules set reminder_2h_whatsapp = false, reminder_2h_sms = false, reminder_2h_email = false
where business_id = 'c0000000-0000-4000-8000-000000000001';
select rt.run('2026-03-12 12:30+00');
select is(rt.sent(26), '24h:sms', 'every 2 h channel off: no 2 h reminders');
update public.reminder_rules set reminder_24h_whatsapp = true, reminder_2h_whatsapp = true,
                                 reminder_2h_sms = true
where business_id = 'c0000000-0000-4000-8000-000000000001';

-- ============================================================ quiet hours (21:00-08:00 local)
select rt.appt(31, 1, '2026-03-14 19:30+00');   -- 21:30 local: its 24 h reminder falls due at 21:30
select rt.appt(32, 1, '2026-03-15 05:30+00');   -- 07:30 local: its 2 h reminder falls due at 05:30
select rt.appt(33, 1, '2026-03-15 06:30+00');   -- 08:30 local: its 2 h reminder falls due at 06:30
select rt.run('2026-03-13 19:30+00');
select is(rt.sent(31), '', 'a reminder falling due in quiet hours waits');
select rt.run('2026-03-14 05:59+00');
select is(rt.sent(31), '', '... until the last minute of them');
select rt.run('2026-03-14 06:00+00');
select is(rt.sent(31), '24h:whatsapp', '... and is queued when they end, its window still open');
select is(rt.sent(32), '24h:whatsapp', 'the 24 h reminder of the early appointment goes at 08:00 the day before');
select rt.run('2026-03-14 12:00+00');
select rt.run('2026-03-15 03:30+00');
select rt.run('2026-03-15 05:00+00');
select is(rt.sent(33), '24h:whatsapp', 'an early 2 h reminder waits for the end of quiet hours');
select rt.run('2026-03-15 06:00+00');
select is(rt.sent(32), '24h:whatsapp', 'one whose appointment started before quiet hours ended is skipped');
select is(rt.sent(33), '24h:whatsapp,2h:whatsapp', 'one still before its appointment is queued at 08:00');
select ok(private.in_quiet_hours(1260, 480, 1260) and private.in_quiet_hours(1260, 480, 0)
          and private.in_quiet_hours(1260, 480, 479) and not private.in_quiet_hours(1260, 480, 480)
          and not private.in_quiet_hours(1260, 480, 1259), 'quiet hours across midnight');
select ok(private.in_quiet_hours(720, 840, 720) and not private.in_quiet_hours(720, 840, 840)
          and not private.in_quiet_hours(null, null, 0), 'quiet hours within a day, and none');

-- ============================================================ reschedule and cancel (T1 = 2026-03-17 08:00 UTC)
select rt.appt(41, 1, '2026-03-17 18:00+00');
select rt.appt(42, 1, '2026-03-17 18:00+00');
select rt.appt(43, 1, '2026-03-17 09:00+00');
select is(rt.run('2026-03-17 08:00+00'), 3, 'three reminders due at T1');

-- A staff member moves 41 three days later (staff may not touch outbound_messages themselves).
select tests.login('c1000000-0000-4000-8000-000000000003');
select is(public.apply_mutations(jsonb_build_array(jsonb_build_object(
            'mutation_id', 'c9000000-0000-4000-8000-000000000001', 'kind', 'appointment.reschedule',
            'payload', jsonb_build_object('id', rt.id(41), 'starts_at', '2026-03-20 18:00+00')))) -> 0 ->> 'status',
          'applied', 'a staff member reschedules');
select tests.login(null);
select is((select deleted_at is not null from public.outbound_messages where appointment_id = rt.id(41)),
          true, 'the queued reminder for the old time is withdrawn (a tombstone sync carries)');
select is(rt.run('2026-03-17 08:00+00'), 0, 'nothing is due for the new time yet');
select rt.run('2026-03-19 18:00+00');
select is(rt.sent(41), '24h:whatsapp', 'the reminder for the new time is queued when due');
select is((select appointment_starts_at from public.outbound_messages
           where appointment_id = rt.id(41) and deleted_at is null),
          '2026-03-20 18:00+00'::timestamptz, '... for the new start');
select is(rt.run('2026-03-19 18:00+00'), 0, 'exactly once after a reschedule too');

-- 42's reminder is sent; then it moves two hours later.
update public.outbound_messages set status = 'sent', sent_at = '2026-03-17 08:01+00'
where appointment_id = rt.id(42);
select is((select reminder_24h_sent_at from public.appointments where id = rt.id(42)),
          '2026-03-17 08:01+00'::timestamptz, 'a sent reminder is recorded on the appointment');
update public.appointments set starts_at = '2026-03-17 20:00+00', ends_at = '2026-03-17 20:01+00'
where id = rt.id(42);
select is((select reminder_24h_sent_at from public.appointments where id = rt.id(42)), null,
          'a reschedule clears it (re-armed)');
select is((select status || ' ' || (deleted_at is null) from public.outbound_messages where appointment_id = rt.id(42)),
          'sent true', 'the sent reminder stays as history');
select is(rt.run('2026-03-17 08:02+00'), 1, 'the new time gets its own reminder');
select is((select count(*)::integer from public.outbound_messages
           where appointment_id = rt.id(42) and kind = 'reminder_24h' and deleted_at is null
             and appointment_starts_at = '2026-03-17 20:00+00'), 1, 'exactly one for the new time');
select is(rt.run('2026-03-17 08:03+00'), 0, 'and no more');

-- 43 (2 h reminder queued) is cancelled by the desk.
select tests.login('c1000000-0000-4000-8000-000000000003');
select is(public.apply_mutations(jsonb_build_array(jsonb_build_object(
            'mutation_id', 'c9000000-0000-4000-8000-000000000002', 'kind', 'appointment.cancel',
            'payload', jsonb_build_object('id', rt.id(43), 'reason', 'Ill')))) -> 0 ->> 'status',
          'applied', 'a staff member cancels');
select tests.login(null);
select is(rt.sent(43), '', 'cancelling withdraws the unsent reminder');
select is((select count(*)::integer from public.outbound_messages where appointment_id = rt.id(43)
           and deleted_at is not null), 1, '... as a tombstone');
select is(rt.run('2026-03-17 08:05+00'), 0, 'and none is queued again');

-- ============================================================ the one-reminder key
select throws_ok($$insert into public.outbound_messages (business_id, customer_id, appointment_id, channel, kind, body)
                   values ('c0000000-0000-4000-8000-000000000001', 'c4000000-0000-4000-8000-000000000001',
                           rt.id(1), 'sms', 'reminder_24h', 'again')$$,
                 '23505', null, 'no second live reminder of a kind for the same start, by any writer');

-- ============================================================ who may run the job
select tests.login('c1000000-0000-4000-8000-000000000003');
select throws_ok($$select private.queue_due_reminders()$$, '42501', null,
                 'a signed-in staff member cannot run the job');
select throws_ok($$select public.queue_due_reminders()$$, '42501', null, '... nor its public wrapper');
select tests.login('a1000000-0000-4000-8000-000000000001');
select throws_ok($$select private.queue_due_reminders('2030-01-01')$$, '42501', null,
                 'nor an owner (a chosen clock would send reminders early)');
select tests.login(null);
set local role anon;
select throws_ok($$select public.queue_due_reminders()$$, '42501', null, 'nor anon');
reset role;
set local role service_role;
select throws_ok($$select public.queue_due_reminders()$$, '42501', null, 'nor the service key');
reset role;
select ok(public.queue_due_reminders() >= 0, 'postgres (pg_cron''s role) runs it');

-- ============================================================ reminder rules: staff read, owners write
select tests.login('a1000000-0000-4000-8000-000000000003'); -- Protea staff
select is((select count(*)::integer from public.reminder_rules), 1, 'staff see their business''s rules only');
select is(rt.updated($$update public.reminder_rules set reminder_2h_sms = false$$), 0,
          'staff cannot change them');
select throws_ok($$insert into public.reminder_rules (business_id) values ('a0000000-0000-4000-8000-000000000001')$$,
                 '42501', null, '... nor add rules');
select tests.login('a1000000-0000-4000-8000-000000000001'); -- Protea owner
select is(rt.updated($$update public.reminder_rules set quiet_start_minute = 1320, quiet_end_minute = 420$$), 1,
          'the owner changes them');
select is(rt.updated($$update public.reminder_rules set reminder_2h_sms = false
                       where business_id = 'b0000000-0000-4000-8000-000000000001'$$), 0,
          '... but not another business''s');
select throws_ok($$update public.reminder_rules set quiet_start_minute = 1500$$, '23514', null,
                 'quiet hours must be times of day');
select throws_ok($$update public.reminder_rules set quiet_end_minute = null$$, '23514', null,
                 'quiet hours need both ends (or neither)');
select tests.login(null);
select is((select action from public.audit_log
           where table_name = 'reminder_rules' and actor_staff_id = 'a2000000-0000-4000-8000-000000000001'),
          'reminder_rules.update', 'rule changes are audited with the owner''s name');

select * from finish();
rollback;
