-- Business setup through apply_mutations (supabase/migrations/20261202000300_business_setup.sql):
-- only owners, valid ranges, version conflicts, changes that would strand upcoming appointments
-- need a confirmation, the last owner stays, and every change is audited with the owner's name.
begin;
set local client_min_messages = warning;
create extension if not exists pgtap with schema extensions;
select plan(63);
create schema bs;
grant usage on schema bs to public;

create function bs.mut(kind text, payload jsonb, mid uuid default gen_random_uuid()) returns jsonb
language sql as $$
  select public.apply_mutations(jsonb_build_array(
    jsonb_build_object('mutation_id', mid, 'kind', kind, 'payload', payload))) -> 0
$$;
create function bs.outcome(kind text, payload jsonb) returns text language sql as $$
  select r ->> 'status' || coalesce('/' || (r ->> 'code'), '') from bs.mut(kind, payload) r
$$;
-- Zodwa, a stylist with one upcoming booking: 10:00 in Cape Town three days from now.
insert into public.staff_members (id, business_id, display_name, role)
values ('a2000000-0000-4000-8000-0000000000f9', 'a0000000-0000-4000-8000-000000000001', 'Zodwa', 'staff');
insert into public.appointments (id, business_id, customer_id, staff_id, service_id, starts_at, ends_at)
select 'a5000000-0000-4000-8000-0000000000f9', 'a0000000-0000-4000-8000-000000000001',
       'a4000000-0000-4000-8000-000000000002', 'a2000000-0000-4000-8000-0000000000f9',
       'a3000000-0000-4000-8000-000000000001', d + interval '10 hours', d + interval '11 hours'
from (select (date_trunc('day', now() at time zone 'Africa/Johannesburg') + interval '3 days')
             at time zone 'Africa/Johannesburg' as d) x;
create function bs.booking_weekday() returns integer language sql as $$
  select extract(isodow from starts_at at time zone 'Africa/Johannesburg')::integer
  from public.appointments where id = 'a5000000-0000-4000-8000-0000000000f9'
$$;
grant execute on all functions in schema bs to public;

-- ============================================================ staff and admins are refused
select tests.login('a1000000-0000-4000-8000-000000000003'); -- Thandi, staff
select is(bs.outcome('business.update', '{"name": "Mine now"}'), 'rejected/forbidden',
          'staff cannot change the business');
select is(bs.outcome('service.upsert', '{"id": "a3000000-0000-4000-8000-000000000001", "price_minor": 1}'),
          'rejected/forbidden', '... nor a service''s price');
select is(bs.outcome('staff.upsert', '{"id": "a2000000-0000-4000-8000-000000000003", "role": "owner"}'),
          'rejected/forbidden', '... nor promote themselves');
select is(bs.outcome('working_hours.set', '{"staff_id": "a2000000-0000-4000-8000-000000000003", "weekday": 1, "off": true}'),
          'rejected/forbidden', '... nor their working hours');
select is(bs.outcome('time_off.upsert', jsonb_build_object('id', gen_random_uuid(),
            'staff_id', 'a2000000-0000-4000-8000-000000000003', 'starts_at', now() + interval '3 days',
            'ends_at', now() + interval '4 days')), 'rejected/forbidden', '... nor their time off');
select is(bs.outcome('loyalty_tier.upsert', '{"id": "a9000000-0000-4000-8000-000000000002", "threshold_points": 1}'),
          'rejected/forbidden', '... nor loyalty tiers');
select is(bs.outcome('loyalty_reward.upsert', jsonb_build_object('id', gen_random_uuid(), 'name', 'Free', 'cost_points', 1)),
          'rejected/forbidden', '... nor rewards');
select is(bs.outcome('reminder_rules.set', '{"reminder_24h_sms": false}'), 'rejected/forbidden',
          '... nor reminder rules');
select is((select v ->> 'reason' from bs.mut('business.update', '{}') v),
          'Only an owner can change the business setup.', 'with a sentence');
select tests.login('a1000000-0000-4000-8000-000000000002'); -- Pieter, admin
select is(bs.outcome('service.upsert', '{"id": "a3000000-0000-4000-8000-000000000001", "price_minor": 1}'),
          'rejected/forbidden', 'admins are refused too');
select tests.login(null);
select is((select row(b.name, s.price_minor, t.threshold_points, r.reminder_24h_sms)::text
           from public.businesses b, public.services s, public.loyalty_tiers t, public.reminder_rules r
           where b.id = 'a0000000-0000-4000-8000-000000000001' and s.id = 'a3000000-0000-4000-8000-000000000001'
             and t.id = 'a9000000-0000-4000-8000-000000000002' and r.business_id = b.id),
          '("Protea Hair & Beauty",45000,500,t)', 'and nothing changed');

-- ============================================================ business.update (owner)
select tests.login('a1000000-0000-4000-8000-000000000001'); -- Naledi, owner
select is(bs.outcome('business.update', '{"name": "Protea Hair & Nails", "currency": "zar", "locale": "en-ZA",
                                          "loyalty_minor_per_point": 500, "expected_version": 1}'),
          'applied', 'the owner renames the business and changes the earn rate');
select is((select row(name, currency, loyalty_minor_per_point, version)::text from public.businesses
           where id = 'a0000000-0000-4000-8000-000000000001'), '("Protea Hair & Nails",ZAR,500,2)', '... stored');
select is(bs.outcome('business.update', '{"name": "Late", "expected_version": 1}'), 'conflict/version_mismatch',
          'a stale version is a conflict');
select is(bs.outcome('business.update', '{"time_zone": "Mars/Olympus"}'), 'rejected/invalid_payload',
          'an unknown time zone is refused');
select is((select v ->> 'reason' from bs.mut('business.update', '{"time_zone": "Mars/Olympus"}') v),
          '"Mars/Olympus" is not a time zone (use a name like Africa/Johannesburg).', '... saying why');
select is(bs.outcome('business.update', '{"currency": "RA"}'), 'rejected/invalid_payload', 'a currency has three letters');
select is(bs.outcome('business.update', '{"name": "  "}'), 'rejected/invalid_payload', 'the name cannot be blank');
select is(bs.outcome('business.update', '{"loyalty_expiry_months": 500}'), 'rejected/invalid_payload',
          'points expiry within 0-120 months');
select is(bs.outcome('business.update', '{"loyalty_minor_per_point": 0}'), 'rejected/invalid_payload',
          'the spend per point is positive');
select is(bs.outcome('business.update', '{"email": "not an address"}'), 'rejected/invalid_payload',
          'an email address must look like one');
select is(bs.outcome('business.update', '{"time_zone": "Africa/Johannesburg", "phone": null}'), 'applied',
          'a known time zone is accepted and a phone number can be cleared');

-- ============================================================ service.upsert
select is(bs.outcome('service.upsert', '{"id": "a3000000-0000-4000-8000-0000000000f1", "name": "Balayage",
                                         "category": "Hair", "duration_minutes": 90, "processing_minutes": 30,
                                         "price_minor": 150000, "colour": "#AA5500"}'),
          'applied', 'the owner adds a service');
select is((select row(name, duration_minutes, processing_minutes, buffer_minutes, price_minor, colour, active)::text
           from public.services where id = 'a3000000-0000-4000-8000-0000000000f1'),
          '(Balayage,90,30,0,150000,#aa5500,t)', '... with defaults for what was not given');
select is(bs.outcome('service.upsert', '{"id": "a3000000-0000-4000-8000-0000000000f1", "price_minor": 160000,
                                         "active": false}'), 'applied', 'and changes its price and hides it');
select is(bs.outcome('service.upsert', '{"id": "a3000000-0000-4000-8000-0000000000f1", "duration_minutes": 0}'),
          'rejected/invalid_payload', 'a duration of zero is refused');
select is(bs.outcome('service.upsert', '{"id": "a3000000-0000-4000-8000-0000000000f1", "duration_minutes": 12.5}'),
          'rejected/invalid_payload', '... and so is a fraction of a minute');
select is(bs.outcome('service.upsert', '{"id": "a3000000-0000-4000-8000-0000000000f1", "price_minor": -1}'),
          'rejected/invalid_payload', 'a negative price is refused');
select is(bs.outcome('service.upsert', '{"id": "a3000000-0000-4000-8000-0000000000f1", "colour": "red"}'),
          'rejected/invalid_payload', 'a colour is #rrggbb');
select is(bs.outcome('service.upsert', '{"id": "a3000000-0000-4000-8000-0000000000f2", "name": "Half"}'),
          'rejected/invalid_payload', 'a new service needs a duration and a price');
select is(bs.outcome('service.upsert', '{"id": "b3000000-0000-4000-8000-000000000001", "name": "Mine",
                                         "duration_minutes": 30, "price_minor": 1}'),
          'rejected/duplicate', 'another business''s service cannot be taken over');
select is((select count(*)::integer from public.services where id = 'b3000000-0000-4000-8000-000000000001'), 0,
          '... (it stays invisible)');

-- ============================================================ staff.upsert
select is(bs.outcome('staff.upsert', '{"id": "a2000000-0000-4000-8000-0000000000f1", "display_name": "Lindiwe",
                                       "role": "staff", "colour": "#112233"}'), 'applied', 'the owner adds a stylist');
select is(bs.outcome('staff.upsert', '{"id": "a2000000-0000-4000-8000-0000000000f1", "role": "boss"}'),
          'rejected/invalid_payload', 'roles are staff, admin or owner');
select is(bs.outcome('staff.upsert', '{"id": "a2000000-0000-4000-8000-000000000001", "role": "admin"}'),
          'rejected/last_owner', 'the only owner cannot step down');
select is(bs.outcome('staff.upsert', '{"id": "a2000000-0000-4000-8000-000000000001", "active": false}'),
          'rejected/last_owner', '... nor deactivate themselves');
select is(bs.outcome('staff.upsert', '{"id": "a2000000-0000-4000-8000-000000000002", "role": "owner"}'),
          'applied', 'with a second owner (who can sign in) ...');
select is(bs.outcome('staff.upsert', '{"id": "a2000000-0000-4000-8000-000000000001", "role": "admin"}'),
          'applied', '... the first may step down');
select tests.login('a1000000-0000-4000-8000-000000000002'); -- Pieter, owner now
select is(bs.outcome('staff.upsert', '{"id": "a2000000-0000-4000-8000-000000000001", "role": "owner"}'),
          'applied', 'and the new owner can restore them');
select tests.login('a1000000-0000-4000-8000-000000000001');
select is((select v ->> 'status' || '/' || (v ->> 'code') || '/' || (v ->> 'stranded_count')
           from bs.mut('staff.upsert', '{"id": "a2000000-0000-4000-8000-0000000000f9", "active": false}') v),
          'rejected/strands_appointments/1', 'deactivating a stylist with an upcoming booking needs a confirmation');
select matches((select v ->> 'reason'
                from bs.mut('staff.upsert', '{"id": "a2000000-0000-4000-8000-0000000000f9", "active": false}') v),
               '^1 upcoming appointment of Zodwa would have nobody to do them \(the first on \w{3} \d\d \w{3} at 10:00\)\. Save again to keep it anyway\.$',
               '... with a sentence in the salon''s time');
select is((select active from public.staff_members where id = 'a2000000-0000-4000-8000-0000000000f9'), true,
          '... and Zodwa is still active');

-- ============================================================ working_hours.set
select is((select v ->> 'code' || ' ' || (v -> 'stranded' ->> 0)
           from bs.mut('working_hours.set', jsonb_build_object('staff_id', 'a2000000-0000-4000-8000-0000000000f9',
                       'weekday', bs.booking_weekday(), 'start_minute', 720, 'end_minute', 1020)) v),
          'strands_appointments a5000000-0000-4000-8000-0000000000f9',
          'hours that leave a booking outside them need a confirmation, naming the booking');
select is(bs.outcome('working_hours.set', jsonb_build_object('staff_id', 'a2000000-0000-4000-8000-0000000000f9',
            'weekday', bs.booking_weekday(), 'start_minute', 540, 'end_minute', 1020,
            'break_start_minute', 570, 'break_end_minute', 630)), 'rejected/strands_appointments',
          'a break over a booking too');
select is(bs.outcome('working_hours.set', jsonb_build_object('staff_id', 'a2000000-0000-4000-8000-0000000000f9',
            'weekday', bs.booking_weekday(), 'start_minute', 480, 'end_minute', 960,
            'break_start_minute', 720, 'break_end_minute', 765)), 'applied',
          'hours that keep the booking need no confirmation');
select is(bs.outcome('working_hours.set', jsonb_build_object('staff_id', 'a2000000-0000-4000-8000-0000000000f9',
            'weekday', bs.booking_weekday(), 'off', true, 'confirm_stranded', true)), 'applied',
          'a day off over a booking, confirmed');
select is((select count(*)::integer from public.working_hours where staff_id = 'a2000000-0000-4000-8000-0000000000f9'
           and weekday = bs.booking_weekday() and deleted_at is null), 0, '... leaves no hours that day');
select is(bs.outcome('working_hours.set', jsonb_build_object('staff_id', 'a2000000-0000-4000-8000-0000000000f9',
            'weekday', bs.booking_weekday(), 'start_minute', 600, 'end_minute', 1080, 'confirm_stranded', true)),
          'applied', 'hours again');
select is((select start_minute || '-' || end_minute from public.working_hours
           where staff_id = 'a2000000-0000-4000-8000-0000000000f9' and weekday = bs.booking_weekday()
             and deleted_at is null), '600-1080', 'one span for the day');
select is(bs.outcome('working_hours.set', '{"staff_id": "a2000000-0000-4000-8000-0000000000f9", "weekday": 8, "off": true}'),
          'rejected/invalid_payload', 'weekdays are 1-7');
select is(bs.outcome('working_hours.set', '{"staff_id": "a2000000-0000-4000-8000-0000000000f9", "weekday": 1,
                                            "start_minute": 600, "end_minute": 540}'),
          'rejected/invalid_payload', 'the start comes before the end');
select is(bs.outcome('working_hours.set', '{"staff_id": "a2000000-0000-4000-8000-0000000000f9", "weekday": 1,
                                            "start_minute": 540, "end_minute": 1020, "break_start_minute": 500,
                                            "break_end_minute": 560}'),
          'rejected/invalid_payload', 'the break lies inside the hours');
select is(bs.outcome('working_hours.set', '{"staff_id": "a2000000-0000-4000-8000-0000000000f9", "weekday": 1,
                                            "start_minute": 541, "end_minute": 1020}'),
          'rejected/invalid_payload', 'steps of five minutes');

-- ============================================================ time_off.upsert
select is((select v ->> 'code' from bs.mut('time_off.upsert', jsonb_build_object('id', 'ae000000-0000-4000-8000-0000000000f1',
            'staff_id', 'a2000000-0000-4000-8000-0000000000f9', 'starts_at', now(), 'ends_at', now() + interval '5 days',
            'reason', 'Leave')) v), 'strands_appointments', 'time off over a booking needs a confirmation');
select is(bs.outcome('time_off.upsert', jsonb_build_object('id', 'ae000000-0000-4000-8000-0000000000f1',
            'staff_id', 'a2000000-0000-4000-8000-0000000000f9', 'starts_at', now(), 'ends_at', now() + interval '5 days',
            'reason', 'Leave', 'confirm_stranded', true)), 'applied', '... and is saved once confirmed');
select is(bs.outcome('time_off.upsert', jsonb_build_object('id', 'ae000000-0000-4000-8000-0000000000f1',
            'ends_at', now() - interval '1 day')), 'rejected/invalid_payload', 'the end comes after the start');

-- ============================================================ loyalty
select is(bs.outcome('loyalty_tier.upsert', '{"id": "a9000000-0000-4000-8000-000000000002", "threshold_points": 2000}'),
          'rejected/invalid_payload', 'a tier needs more points than the one below and fewer than the one above');
select is(bs.outcome('loyalty_tier.upsert', '{"id": "a9000000-0000-4000-8000-0000000000f4", "rank": 4,
                                              "name": "Silver Tree", "threshold_points": 4000, "perks": "Free blow-dry"}'),
          'applied', 'the owner adds a fourth tier');
select is(bs.outcome('loyalty_reward.upsert', '{"id": "aa000000-0000-4000-8000-0000000000f1", "name": "Scalp massage",
                                                "cost_points": 0}'),
          'rejected/invalid_payload', 'a reward costs at least one point');

-- ============================================================ reminder_rules.set
select is(bs.outcome('reminder_rules.set', '{"reminder_2h_sms": false, "quiet_start_minute": 1320,
                                             "quiet_end_minute": 420}'), 'applied', 'the owner changes reminder rules');
select is(bs.outcome('reminder_rules.set', '{"quiet_start_minute": 1320, "quiet_end_minute": null}'),
          'rejected/invalid_payload', 'quiet hours need both ends');
select is(bs.outcome('reminder_rules.set', '{"quiet_start_minute": null, "quiet_end_minute": null}'),
          'applied', 'or neither');

-- ============================================================ audit
select tests.login(null);
select is((select array_agg(distinct action order by action) from public.audit_log
           where actor_staff_id = 'a2000000-0000-4000-8000-000000000001'),
          array['business.update', 'loyalty_tiers.insert', 'reminder_rules.update', 'services.insert',
                'services.update', 'staff.insert', 'staff.update', 'time_off.insert', 'working_hours.insert',
                'working_hours.update'],
          'every applied change is audited in the owner''s name (refusals leave nothing)');

select * from finish();
rollback;
