-- Appointment notices (supabase/migrations/20261202000400_appointment_notices.sql): a change the
-- desk asks to announce queues exactly one notice on the customer's first agreed channel; no ask,
-- no change or a replay queues nothing.
begin;
set local client_min_messages = warning;
create extension if not exists pgtap with schema extensions;
select plan(12);
create schema nt;
grant usage on schema nt to public;

create function nt.mut(kind text, payload jsonb, mid uuid default gen_random_uuid()) returns text
language sql as $$
  select r ->> 'status' || coalesce('/' || (r ->> 'code'), '')
  from (select public.apply_mutations(jsonb_build_array(
          jsonb_build_object('mutation_id', mid, 'kind', kind, 'payload', payload))) -> 0 as r) x
$$;
create function nt.notices() returns bigint language sql security definer set search_path = '' as $$
  select count(*) from public.outbound_messages
  where appointment_id = 'a5000000-0000-4000-8000-000000000003' and kind = 'notice'
    and deleted_at is null
$$;
create function nt.last_notice() returns text language sql security definer set search_path = '' as $$
  select channel || ': ' || body from public.outbound_messages
  where appointment_id = 'a5000000-0000-4000-8000-000000000003' and kind = 'notice'
  order by created_at desc, body desc limit 1
$$;
create function nt.start_of(id uuid) returns timestamptz language sql security definer set search_path = '' as $$
  select starts_at from public.appointments where appointments.id = start_of.id
$$;
grant execute on all functions in schema nt to public;

-- Anika Botha's confirmed colour with Thandi (seed): she agreed to SMS and e-mail, not WhatsApp.
select tests.login('a1000000-0000-4000-8000-000000000001'); -- Naledi, owner

select is(nt.mut('appointment.reschedule',
                 jsonb_build_object('id', 'a5000000-0000-4000-8000-000000000003',
                                    'starts_at', extract(epoch from nt.start_of('a5000000-0000-4000-8000-000000000003') + interval '2 days'))),
          'applied', 'a move without asking is applied');
select is(nt.notices(), 0::bigint, '... and announces nothing');

select is(nt.mut('appointment.reschedule',
                 jsonb_build_object('id', 'a5000000-0000-4000-8000-000000000003',
                                    'starts_at', extract(epoch from nt.start_of('a5000000-0000-4000-8000-000000000003') + interval '1 day'),
                                    'notify_customer', true),
                 'c0000000-0000-4000-8000-0000000000a1'),
          'applied', 'a move the desk asks to announce is applied');
select is(nt.notices(), 1::bigint, '... and queues one notice');
select matches(nt.last_notice(), '^sms: Hi Anika, your appointment at .+ has moved to \w{3} \d\d \w{3} \d{4} at \d\d:\d\d\.$',
               '... by SMS (her first agreed channel), with the new time on the salon''s clock');

select is(nt.mut('appointment.reschedule',
                 jsonb_build_object('id', 'a5000000-0000-4000-8000-000000000003',
                                    'starts_at', extract(epoch from nt.start_of('a5000000-0000-4000-8000-000000000003') + interval '1 day'),
                                    'notify_customer', true),
                 'c0000000-0000-4000-8000-0000000000a1'),
          'applied', 'the same mutation sent again is answered as before');
select is(nt.notices(), 1::bigint, '... without a second notice');

select is(nt.mut('appointment.cancel',
                 '{"id": "a5000000-0000-4000-8000-000000000003", "reason": "Unwell", "notify_customer": true}'),
          'applied', 'a cancellation the desk asks to announce');
select is(nt.notices(), 2::bigint, '... queues a second notice');
select matches(nt.last_notice(), 'has been cancelled\.$', '... saying it was cancelled');

select is(nt.mut('appointment.cancel',
                 '{"id": "a5000000-0000-4000-8000-000000000003", "notify_customer": true}'),
          'applied', 'cancelling the cancelled booking again changes nothing');
select is(nt.notices(), 2::bigint, '... and announces nothing');

select * from finish();
rollback;
