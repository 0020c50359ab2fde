-- apply_mutations: every mutation kind's applied / replayed / conflict / rejected paths.
begin;
set local client_min_messages = warning;
create extension if not exists pgtap with schema extensions;
select plan(83);
create schema mt;

-- Sign in as a seeded user (or sign out with null) for the rest of the transaction.
-- One mutation, one answer.
create function mt.mut(mid text, kind text, payload jsonb) returns jsonb language sql as $$
  select public.apply_mutations(jsonb_build_array(
    jsonb_build_object('mutation_id', mid, 'kind', kind, 'payload', payload))) -> 0
$$;
create function mt.day(hours numeric) returns timestamptz language sql as $$
  select date_trunc('day', now()) + interval '40 days' + make_interval(secs => hours * 3600)
$$;
grant usage on schema mt to public;
create table mt.r (name text primary key, v jsonb);
grant all on mt.r to public;

-- A second Protea admin, to compete for handoffs.
insert into auth.users (id, email) values ('a1000000-0000-4000-8000-0000000000a2', 'admin2@protea.example');
insert into public.staff_members (id, business_id, user_id, display_name, role)
values ('a2000000-0000-4000-8000-0000000000a2', 'a0000000-0000-4000-8000-000000000001',
        'a1000000-0000-4000-8000-0000000000a2', 'Zanele', 'admin');
insert into auth.users (id, email) values ('c1000000-0000-4000-8000-000000000001', 'nobody@example.com');

-- ============================================================ appointment.create (as staff)
select tests.login('a1000000-0000-4000-8000-000000000003');

insert into mt.r values ('create', mt.mut('f0000000-0000-4000-8000-000000000001', 'appointment.create',
  jsonb_build_object('id', 'a5eeeeee-0000-4000-8000-000000000001',
                     'customer_id', 'a4000000-0000-4000-8000-000000000002',
                     'staff_id', 'a2000000-0000-4000-8000-000000000003',
                     'service_id', 'a3000000-0000-4000-8000-000000000001',
                     'starts_at', mt.day(10), 'source', 'phone')));
select is((select v ->> 'status' from mt.r where name = 'create'), 'applied', 'appointment.create is applied');
select is((select (v -> 'row' ->> 'ends_at')::timestamptz from mt.r where name = 'create'), mt.day(11),
          'without ends_at the service''s duration + processing + buffer is used');
select is((select (v -> 'row' ->> 'price_minor')::bigint from mt.r where name = 'create'), 45000::bigint,
          'without price the service''s price is used');
select ok((select not (v ? 'replayed') and v ->> 'mutation_id' = 'f0000000-0000-4000-8000-000000000001'
           and not (v -> 'row' ? 'sync_xid') from mt.r where name = 'create'),
          'the answer names the mutation and carries the row image');

insert into mt.r values ('create-replay', mt.mut('f0000000-0000-4000-8000-000000000001', 'appointment.create',
  jsonb_build_object('id', 'a5eeeeee-0000-4000-8000-000000000001', 'staff_id', 'a2000000-0000-4000-8000-000000000003',
                     'service_id', 'a3000000-0000-4000-8000-000000000001', 'starts_at', mt.day(10))));
select is((select v - 'replayed' from mt.r where name = 'create-replay'), (select v from mt.r where name = 'create'),
          'a replayed mutation returns the stored answer');
select ok((select (v ->> 'replayed')::boolean from mt.r where name = 'create-replay'), '... marked as replayed');
select is((select version from public.appointments where id = 'a5eeeeee-0000-4000-8000-000000000001'), 1::bigint,
          '... and changes nothing');

insert into mt.r values ('double', mt.mut('f0000000-0000-4000-8000-000000000002', 'appointment.create',
  jsonb_build_object('id', 'a5eeeeee-0000-4000-8000-000000000002', 'staff_id', 'a2000000-0000-4000-8000-000000000003',
                     'service_id', 'a3000000-0000-4000-8000-000000000003',
                     'starts_at', mt.day(10.5), 'ends_at', mt.day(11.5))));
select is((select v ->> 'status' || '/' || (v ->> 'code') from mt.r where name = 'double'), 'rejected/double_booking',
          'an overlapping booking is rejected as double_booking');
select matches((select v ->> 'reason' from mt.r where name = 'double'),
               '^Thandi is already booked from \d\d:\d\d to \d\d:\d\d on ', '... with a sentence naming the staff member');
select is((select count(*)::integer from public.appointments where id = 'a5eeeeee-0000-4000-8000-000000000002'), 0,
          '... and nothing is written');
select is(mt.mut('f0000000-0000-4000-8000-000000000002', 'appointment.create', '{}') - 'replayed',
          (select v from mt.r where name = 'double'), 'a replayed rejection returns the same rejection');

select is(mt.mut('f0000000-0000-4000-8000-000000000003', 'appointment.create',
  jsonb_build_object('id', 'a5eeeeee-0000-4000-8000-000000000001', 'staff_id', 'a2000000-0000-4000-8000-000000000002',
                     'service_id', 'a3000000-0000-4000-8000-000000000001', 'starts_at', mt.day(14))) ->> 'code',
          'already_exists', 'creating an existing id is a conflict');
select is(mt.mut('f0000000-0000-4000-8000-000000000004', 'appointment.create',
  jsonb_build_object('staff_id', 'a2000000-0000-4000-8000-000000000003',
                     'service_id', 'b3000000-0000-4000-8000-000000000001', 'starts_at', mt.day(14))) ->> 'code',
          'not_found', 'another business''s service is not found');
select is(mt.mut('f0000000-0000-4000-8000-000000000005', 'appointment.create',
  jsonb_build_object('staff_id', 'a2000000-0000-4000-8000-000000000003',
                     'service_id', 'a3000000-0000-4000-8000-000000000001')) ->> 'code',
          'invalid_payload', 'a missing start time is an invalid payload');
select is(mt.mut('f0000000-0000-4000-8000-000000000006', 'appointment.create',
  jsonb_build_object('staff_id', 'not-a-uuid', 'service_id', 'a3000000-0000-4000-8000-000000000001',
                     'starts_at', mt.day(14))) ->> 'code',
          'invalid_payload', 'a malformed id is an invalid payload');
select is(mt.mut('f0000000-0000-4000-8000-000000000007', 'appointment.create',
  jsonb_build_object('staff_id', 'a2000000-0000-4000-8000-000000000003', 'status', 'completed',
                     'service_id', 'a3000000-0000-4000-8000-000000000001', 'starts_at', mt.day(14))) ->> 'code',
          'invalid_transition', 'a new appointment cannot start completed');
select is(mt.mut('f0000000-0000-4000-8000-000000000008', 'appointment.create',
  jsonb_build_object('staff_id', 'a2000000-0000-4000-8000-000000000003', 'starts_at', mt.day(15),
                     'ends_at', mt.day(14), 'service_id', 'a3000000-0000-4000-8000-000000000001')) ->> 'code',
          'invalid_time_range', 'an appointment must end after it starts');
select is(mt.mut('f0000000-0000-4000-8000-000000000009', 'appointment.create',
  jsonb_build_object('staff_id', 'a2000000-0000-4000-8000-000000000003', 'customer_id', 'b4000000-0000-4000-8000-000000000001',
                     'service_id', 'a3000000-0000-4000-8000-000000000001', 'starts_at', mt.day(15))) ->> 'code',
          'invalid_reference', 'another business''s customer cannot be booked');
insert into mt.r values ('unix', mt.mut('f0000000-0000-4000-8000-00000000000a', 'appointment.create',
  jsonb_build_object('id', 'a5eeeeee-0000-4000-8000-00000000000a', 'staff_id', 'a2000000-0000-4000-8000-000000000003',
                     'service_id', 'a3000000-0000-4000-8000-000000000003',
                     'starts_at', extract(epoch from mt.day(16))::bigint,
                     'ends_at', extract(epoch from mt.day(17))::bigint)));
select is((select (v -> 'row' ->> 'starts_at')::timestamptz from mt.r where name = 'unix'), mt.day(16),
          'times may be sent as Unix seconds');

-- ============================================================ reschedule / set_status / cancel
select is(mt.mut('f0000000-0000-4000-8000-000000000010', 'appointment.reschedule',
  jsonb_build_object('id', 'a5eeeeee-0000-4000-8000-000000000001', 'expected_version', 1,
                     'starts_at', mt.day(12))) -> 'row' ->> 'version',
          '2', 'appointment.reschedule is applied and bumps the version');
select is((select ends_at - starts_at from public.appointments where id = 'a5eeeeee-0000-4000-8000-000000000001'),
          interval '1 hour', 'rescheduling keeps the length');
insert into mt.r values ('stale', mt.mut('f0000000-0000-4000-8000-000000000011', 'appointment.reschedule',
  jsonb_build_object('id', 'a5eeeeee-0000-4000-8000-000000000001', 'expected_version', 1,
                     'starts_at', mt.day(13))));
select is((select v ->> 'status' || '/' || (v ->> 'code') from mt.r where name = 'stale'), 'conflict/version_mismatch',
          'a stale version is a conflict');
select is((select v -> 'row' ->> 'version' from mt.r where name = 'stale'), '2', '... answered with the current row');
select is(mt.mut('f0000000-0000-4000-8000-000000000012', 'appointment.reschedule',
  jsonb_build_object('id', 'a5eeeeee-0000-4000-8000-000000000001', 'starts_at', mt.day(16.5))) ->> 'code',
          'double_booking', 'rescheduling onto a taken slot is a double booking');
select is(mt.mut('f0000000-0000-4000-8000-000000000013', 'appointment.reschedule',
  jsonb_build_object('id', 'a5000000-0000-4000-8000-000000000001', 'starts_at', mt.day(8))) ->> 'code',
          'invalid_transition', 'a completed appointment cannot be rescheduled');
select is(mt.mut('f0000000-0000-4000-8000-000000000014', 'appointment.reschedule',
  jsonb_build_object('id', 'b5000000-0000-4000-8000-000000000002', 'starts_at', mt.day(8))) ->> 'code',
          'not_found', 'another business''s appointment is not found');

select is(mt.mut('f0000000-0000-4000-8000-000000000015', 'appointment.set_status',
  jsonb_build_object('id', 'a5eeeeee-0000-4000-8000-000000000001', 'status', 'arrived')) -> 'row' ->> 'status',
          'arrived', 'appointment.set_status is applied');
insert into mt.r values ('bad-transition', mt.mut('f0000000-0000-4000-8000-000000000016', 'appointment.set_status',
  jsonb_build_object('id', 'a5eeeeee-0000-4000-8000-000000000001', 'status', 'completed')));
select is((select v ->> 'code' from mt.r where name = 'bad-transition'), 'invalid_transition',
          'skipping in_service is an invalid transition');
select is((select v ->> 'reason' from mt.r where name = 'bad-transition'),
          'An appointment that is arrived cannot become completed.', '... with a readable reason');
select is(mt.mut('f0000000-0000-4000-8000-000000000017', 'appointment.set_status',
  jsonb_build_object('id', 'a5eeeeee-0000-4000-8000-000000000001', 'status', 'arrived')) -> 'row' ->> 'version',
          '3', 'setting the current status again changes nothing');
select is(mt.mut('f0000000-0000-4000-8000-000000000018', 'appointment.cancel',
  jsonb_build_object('id', 'a5eeeeee-0000-4000-8000-00000000000a', 'reason', 'Client ill')) -> 'row' ->> 'cancel_reason',
          'Client ill', 'appointment.cancel is applied with its reason');
select is(mt.mut('f0000000-0000-4000-8000-000000000019', 'appointment.cancel',
  jsonb_build_object('id', 'a5eeeeee-0000-4000-8000-000000000001')) ->> 'code',
          'invalid_transition', 'an arrived appointment cannot be cancelled');
select is(mt.mut('f0000000-0000-4000-8000-000000000018', 'appointment.cancel', '{}') ->> 'status',
          'applied', 'a replayed cancel answers applied again');
select is((select count(*)::integer from public.appointment_events
           where appointment_id = 'a5eeeeee-0000-4000-8000-00000000000a' and kind = 'status'),
          1, '... without a second status change');

-- ============================================================ customers
select is(mt.mut('f0000000-0000-4000-8000-000000000020', 'customer.upsert',
  jsonb_build_object('id', 'a4eeeeee-0000-4000-8000-000000000001', 'full_name', 'Zodwa Nkosi',
                     'phone', '+27 82 000 0000', 'consent_sms', true)) -> 'row' ->> 'version',
          '1', 'customer.upsert creates a new customer');
select is(mt.mut('f0000000-0000-4000-8000-000000000021', 'customer.upsert',
  jsonb_build_object('id', 'a4eeeeee-0000-4000-8000-000000000001', 'expected_version', 1,
                     'allergy_notes', 'Latex')) ->> 'status',
          'applied', 'customer.upsert updates an existing customer');
select is((select (full_name, phone, consent_sms, allergy_notes, version) from public.customers
           where id = 'a4eeeeee-0000-4000-8000-000000000001'),
          row('Zodwa Nkosi'::text, '+27 82 000 0000'::text, true, 'Latex'::text, 2::bigint),
          '... changing only the fields it names');
select is(mt.mut('f0000000-0000-4000-8000-000000000022', 'customer.upsert',
  jsonb_build_object('id', 'a4eeeeee-0000-4000-8000-000000000001', 'expected_version', 1, 'notes', 'x')) ->> 'code',
          'version_mismatch', 'a stale customer edit is a conflict');
select is(mt.mut('f0000000-0000-4000-8000-000000000023', 'customer.upsert',
  jsonb_build_object('id', 'b4000000-0000-4000-8000-000000000001', 'full_name', 'Hijack')) ->> 'code',
          'duplicate', 'another business''s customer id cannot be taken over');
select is(mt.mut('f0000000-0000-4000-8000-000000000024', 'customer.erase',
  jsonb_build_object('id', 'a4eeeeee-0000-4000-8000-000000000001')) ->> 'code',
          'forbidden', 'staff cannot erase a customer');

select tests.login('a1000000-0000-4000-8000-000000000002');
select is(mt.mut('f0000000-0000-4000-8000-000000000025', 'customer.erase',
  jsonb_build_object('id', 'a4000000-0000-4000-8000-000000000003')) ->> 'status',
          'applied', 'an admin erases a customer');
select tests.login(null);
select is((select (full_name, phone, email, allergy_notes, deleted_at is not null) from public.customers
           where id = 'a4000000-0000-4000-8000-000000000003'),
          row('Erased customer'::text, null::text, null::text, ''::text, true),
          '... wiping personal data and leaving a tombstone');
select is((select count(*)::integer from public.ai_messages m join public.ai_conversations c on c.id = m.conversation_id
           where c.customer_id = 'a4000000-0000-4000-8000-000000000003' and m.sender = 'customer' and m.body <> '[erased]'),
          0, '... and the customer''s own chat messages');

-- ============================================================ handoffs
select tests.login('a1000000-0000-4000-8000-000000000003');
select is(mt.mut('f0000000-0000-4000-8000-000000000030', 'handoff.claim',
  '{"id": "a8000000-0000-4000-8000-000000000001"}') ->> 'code', 'forbidden', 'staff cannot claim handoffs');
select tests.login('a1000000-0000-4000-8000-000000000002');
insert into mt.r values ('claim', mt.mut('f0000000-0000-4000-8000-000000000031', 'handoff.claim',
  '{"id": "a8000000-0000-4000-8000-000000000001"}'));
select is((select v -> 'row' ->> 'assigned_to' from mt.r where name = 'claim'), 'a2000000-0000-4000-8000-000000000002',
          'handoff.claim assigns the handoff to the caller');
select is(mt.mut('f0000000-0000-4000-8000-000000000032', 'handoff.claim',
  '{"id": "a8000000-0000-4000-8000-000000000001"}') ->> 'status', 'applied', 'claiming your own handoff again is fine');
select tests.login('a1000000-0000-4000-8000-0000000000a2');
insert into mt.r values ('claim2', mt.mut('f0000000-0000-4000-8000-000000000033', 'handoff.claim',
  '{"id": "a8000000-0000-4000-8000-000000000001"}'));
select is((select v ->> 'status' || '/' || (v ->> 'code') from mt.r where name = 'claim2'), 'conflict/already_claimed',
          'a second admin gets a conflict');
select is((select v ->> 'reason' from mt.r where name = 'claim2'), 'Pieter is already handling this conversation.',
          '... naming who has it');
select is(mt.mut('f0000000-0000-4000-8000-000000000034', 'handoff.release',
  '{"id": "a8000000-0000-4000-8000-000000000001"}') ->> 'code', 'already_claimed',
          'only the claimant can release');
select is(mt.mut('f0000000-0000-4000-8000-000000000035', 'handoff.reply',
  '{"id": "a8000000-0000-4000-8000-000000000001", "body": "Hello"}') ->> 'code', 'already_claimed',
          'only the claimant can reply');
select is(mt.mut('f0000000-0000-4000-8000-000000000036', 'handoff.resolve',
  '{"id": "a8000000-0000-4000-8000-000000000001", "outcome": "booked"}') ->> 'code', 'already_claimed',
          'only the claimant can resolve');

select tests.login('a1000000-0000-4000-8000-000000000002');
insert into mt.r values ('reply', mt.mut('f0000000-0000-4000-8000-000000000037', 'handoff.reply',
  '{"id": "a8000000-0000-4000-8000-000000000001", "body": "Thursday 10:00 works", "message_id": "afeeeeee-0000-4000-8000-000000000001"}'));
select is((select (v -> 'row' ->> 'kind') || '/' || (v -> 'row' ->> 'channel') || '/' || (v -> 'row' ->> 'created_by')
           from mt.r where name = 'reply'),
          'reply/whatsapp/a2000000-0000-4000-8000-000000000002', 'handoff.reply queues a WhatsApp reply in the admin''s name');
select is((select count(*)::integer from public.ai_messages
           where conversation_id = 'a6000000-0000-4000-8000-000000000001' and sender = 'staff'
             and body = 'Thursday 10:00 works'),
          1, '... and adds it to the transcript');
select is(mt.mut('f0000000-0000-4000-8000-000000000037', 'handoff.reply', '{}') ->> 'replayed',
          'true', 'a replayed reply is not sent twice');
select is((select count(*)::integer from public.outbound_messages where body = 'Thursday 10:00 works'), 1,
          '... (one message)');
select is(mt.mut('f0000000-0000-4000-8000-000000000038', 'handoff.release',
  '{"id": "a8000000-0000-4000-8000-000000000001"}') -> 'row' ->> 'assigned_to', null, 'handoff.release frees the handoff');
select is(mt.mut('f0000000-0000-4000-8000-000000000039', 'handoff.resolve',
  '{"id": "a8000000-0000-4000-8000-000000000001", "outcome": "booked", "resolution_note": "Booked Thu"}') -> 'row' ->> 'resolved',
          'true', 'handoff.resolve resolves (claiming an unclaimed handoff)');
select is(mt.mut('f0000000-0000-4000-8000-00000000003a', 'handoff.resolve',
  '{"id": "a8000000-0000-4000-8000-000000000001"}') ->> 'code', 'already_resolved',
          'resolving twice is a conflict');
select is(mt.mut('f0000000-0000-4000-8000-00000000003b', 'handoff.claim',
  '{"id": "a8000000-0000-4000-8000-000000000001"}') ->> 'code', 'already_resolved',
          'a resolved handoff cannot be claimed');
select is(mt.mut('f0000000-0000-4000-8000-00000000003c', 'handoff.claim',
  '{"id": "b8000000-0000-4000-8000-000000000001"}') ->> 'code', 'not_found',
          'another business''s handoff is not found');
select tests.login(null);
select is((select array_agg(action order by action) from public.audit_log
           where row_id = 'a8000000-0000-4000-8000-000000000001' and action <> 'handoff.create'),
          array['handoff.claim', 'handoff.release', 'handoff.resolve'],
          'handoff actions are audited (no-op claims leave no trace)');
select is((select count(*)::integer from public.audit_log
           where action = 'message.reply' and row_id = 'afeeeeee-0000-4000-8000-000000000001'),
          1, 'replies are audited');

-- ============================================================ loyalty (Lerato: 350 points)
select tests.login('a1000000-0000-4000-8000-000000000003');
insert into mt.r values ('award', mt.mut('f0000000-0000-4000-8000-000000000040', 'loyalty.award',
  '{"customer_id": "a4000000-0000-4000-8000-000000000001", "points": 100, "reason": "Birthday"}'));
select is((select (v ->> 'status') || '/' || (v ->> 'balance') from mt.r where name = 'award'), 'applied/450',
          'loyalty.award adds points and reports the new balance');
select is(mt.mut('f0000000-0000-4000-8000-000000000040', 'loyalty.award', '{}') ->> 'balance', '450',
          'a replayed award returns the stored answer');
select is((select balance from public.loyalty_balances where customer_id = 'a4000000-0000-4000-8000-000000000001'),
          450::bigint, '... and awards nothing twice');
select is(mt.mut('f0000000-0000-4000-8000-000000000041', 'loyalty.award',
  '{"customer_id": "a4000000-0000-4000-8000-000000000001", "points": -5}') ->> 'code', 'invalid_payload',
          'awards must be positive');
insert into mt.r values ('overdraw', mt.mut('f0000000-0000-4000-8000-000000000042', 'loyalty.redeem',
  '{"customer_id": "a4000000-0000-4000-8000-000000000001", "points": 1000}'));
select is((select (v ->> 'status') || '/' || (v ->> 'code') from mt.r where name = 'overdraw'),
          'rejected/insufficient_points', 'redeeming more than the balance is rejected');
select is((select v ->> 'reason' from mt.r where name = 'overdraw'),
          'The customer has 450 points, so 1000 cannot be taken off.', '... saying how many points there are');
select is(mt.mut('f0000000-0000-4000-8000-000000000043', 'loyalty.redeem',
  '{"customer_id": "a4000000-0000-4000-8000-000000000001", "reward_id": "aa000000-0000-4000-8000-000000000001"}') ->> 'balance',
          '250', 'redeeming a reward takes its cost');
select is(mt.mut('f0000000-0000-4000-8000-000000000044', 'loyalty.adjust',
  '{"customer_id": "a4000000-0000-4000-8000-000000000001", "points": -10}') ->> 'code', 'forbidden',
          'staff cannot adjust by hand');
select tests.login('a1000000-0000-4000-8000-000000000002');
select is(mt.mut('f0000000-0000-4000-8000-000000000048', 'loyalty.adjust',
  '{"customer_id": "a4000000-0000-4000-8000-000000000001", "points": -10}') ->> 'code', 'forbidden',
          'nor can an admin (adjustments are the owner''s)');
select tests.login('a1000000-0000-4000-8000-000000000001');
select is(mt.mut('f0000000-0000-4000-8000-000000000045', 'loyalty.adjust',
  '{"customer_id": "a4000000-0000-4000-8000-000000000001", "points": -10, "reason": "Typo"}') ->> 'balance', '240',
          'the owner adjusts');
select is(mt.mut('f0000000-0000-4000-8000-000000000046', 'loyalty.adjust',
  '{"customer_id": "a4000000-0000-4000-8000-000000000001", "points": -241}') ->> 'code', 'insufficient_points',
          'adjustments cannot go below zero');
select is(mt.mut('f0000000-0000-4000-8000-000000000047', 'loyalty.award',
  '{"customer_id": "b4000000-0000-4000-8000-000000000001", "points": 5}') ->> 'code', 'invalid_reference',
          'another business''s customer gets no points');
select tests.login(null);
select is((select array_agg(action || ':' || (detail ->> 'points') || ':' || actor_staff_id order by at, action)
           from public.audit_log a join public.loyalty_ledger l on l.id = a.row_id
           where l.customer_id = 'a4000000-0000-4000-8000-000000000001' and a.at = now()),
          array['loyalty.adjust:-10:a2000000-0000-4000-8000-000000000001',
                'loyalty.award:100:a2000000-0000-4000-8000-000000000003',
                'loyalty.redeem:-200:a2000000-0000-4000-8000-000000000003'],
          'loyalty actions are audited with the actor');

-- ============================================================ notifications
select tests.login('a1000000-0000-4000-8000-000000000003');
select isnt(mt.mut('f0000000-0000-4000-8000-000000000050', 'notification.read',
  '{"id": "ac000000-0000-4000-8000-000000000002"}') -> 'row' ->> 'read_at', null, 'notification.read marks it read');
select is(mt.mut('f0000000-0000-4000-8000-000000000051', 'notification.dismiss',
  '{"id": "ac000000-0000-4000-8000-000000000001"}') -> 'row' ->> 'dismissed', 'true', 'notification.dismiss dismisses');
select tests.login('a1000000-0000-4000-8000-000000000002');
select is(mt.mut('f0000000-0000-4000-8000-000000000052', 'notification.read',
  '{"id": "ac000000-0000-4000-8000-000000000002"}') ->> 'code', 'not_found',
          'someone else''s notification is not found');

-- ============================================================ batches and odd input
insert into mt.r values ('batch', public.apply_mutations(jsonb_build_array(
  jsonb_build_object('mutation_id', 'f0000000-0000-4000-8000-000000000060', 'kind', 'loyalty.award',
                     'payload', '{"customer_id": "a4000000-0000-4000-8000-000000000002", "points": 10}'::jsonb),
  jsonb_build_object('mutation_id', 'f0000000-0000-4000-8000-000000000061', 'kind', 'loyalty.redeem',
                     'payload', '{"customer_id": "a4000000-0000-4000-8000-000000000002", "points": 11}'::jsonb),
  jsonb_build_object('mutation_id', 'f0000000-0000-4000-8000-000000000062', 'kind', 'loyalty.redeem',
                     'payload', '{"customer_id": "a4000000-0000-4000-8000-000000000002", "points": 10}'::jsonb),
  jsonb_build_object('mutation_id', 'f0000000-0000-4000-8000-000000000063', 'kind', 'salon.paint', 'payload', '{}'::jsonb),
  jsonb_build_object('kind', 'loyalty.award', 'payload', '{}'::jsonb))));
select is((select array_agg(e ->> 'status' || coalesce('/' || (e ->> 'code'), '') order by n)
           from mt.r, jsonb_array_elements(v) with ordinality as x(e, n) where name = 'batch'),
          array['applied', 'rejected/insufficient_points', 'applied', 'rejected/unknown_kind', 'rejected/invalid_payload'],
          'a batch answers each mutation in order; a rejection only undoes itself');
select is((select balance from public.loyalty_balances where customer_id = 'a4000000-0000-4000-8000-000000000002'),
          0::bigint, '... (10 awarded, 10 redeemed)');
select is(public.apply_mutations('{"mutations": []}'), '[]'::jsonb, 'an empty batch gives an empty answer');
select throws_ok($$select public.apply_mutations('"nonsense"')$$, '22023', null, 'a batch must be an array');

select tests.login('c1000000-0000-4000-8000-000000000001');
select is(mt.mut('f0000000-0000-4000-8000-000000000070', 'loyalty.award',
  '{"customer_id": "a4000000-0000-4000-8000-000000000002", "points": 10}') ->> 'code', 'forbidden',
          'a user without a staff record is refused');
select tests.login(null);

select * from finish();
rollback;
