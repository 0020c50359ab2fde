-- The large business of `make bench` (scripts/bench.sh): grows the demo salon Protea Hair &
-- Beauty (a0000000-0000-4000-8000-000000000001, signed in as owner@protea.example) to
--   :staff extra staff members with working hours, :customers customers, :appointments
--   appointments (and the appointment_events the history trigger writes for them),
--   :conversations AI conversations with :messages messages, :ledger loyalty ledger rows.
-- Run once per cached state directory by psql as the superuser (not with -1: the file commits
-- itself, the bulk in one transaction and the loyalty redemptions in batches, see below):
--   psql -v staff=40 -v customers=20000 -v appointments=100000 -v conversations=20000 \
--        -v messages=200000 -v ledger=100000 -f large-business.sql
-- Set-based (generate_series) and deterministic (ids are md5 of a name), so every run of the
-- bench syncs the same rows. All business triggers and constraints stay on: touch_row sets
-- version/updated_at/sync_xid, the appointment guard and history, the no-double-booking
-- exclusion constraint, the same-business foreign keys, the loyalty sign check, balance guard
-- and audit. Only localbase's realtime_notify trigger is switched off for the load and on again
-- at the end: nobody is subscribed, and ~600k pg_notify messages (with a catalog lookup each)
-- would only slow the load and keep the server's notification handler busy afterwards.

\set ON_ERROR_STOP 1
\set biz '''a0000000-0000-4000-8000-000000000001'''

begin;

-- Switches localbase's realtime notify trigger on every table on or off.
create or replace function pg_temp.realtime_triggers(enabled boolean) returns void
language plpgsql as $$
declare
  t record;
begin
  for t in select c.relname from pg_trigger g join pg_class c on c.oid = g.tgrelid
           where g.tgname = 'localbase_realtime'
  loop
    execute format('alter table public.%I %s trigger localbase_realtime', t.relname,
                   case when enabled then 'enable' else 'disable' end);
  end loop;
end
$$;

select pg_temp.realtime_triggers(false);

-- Staff: enough people that two-hour slots, four a day, never overlap (appointments below).
insert into public.staff_members (id, business_id, display_name, role, colour, phone, email,
                                  sort_order)
select md5('bench-staff-' || n)::uuid, :biz, 'Stylist ' || n, 'staff',
       '#' || lpad(to_hex((n * 2654435) % 16777216), 6, '0'),
       '+27 21 555 ' || lpad(n::text, 4, '0'), 'stylist' || n || '@protea.example', 10 + n
from generate_series(1, :staff) n;

insert into public.working_hours (business_id, staff_id, weekday, start_minute, end_minute,
                                  break_start_minute, break_end_minute)
select :biz, md5('bench-staff-' || n)::uuid, d, 8 * 60, 17 * 60, 13 * 60, 13 * 60 + 30
from generate_series(1, :staff) n cross join generate_series(1, 6) d;

insert into public.customers (id, business_id, full_name, phone, email, consent_whatsapp,
                              consent_sms, consent_email, notes, allergy_notes, referral_code,
                              created_at)
select md5('bench-customer-' || n)::uuid, :biz,
       (array['Lerato', 'Sipho', 'Anika', 'Thandi', 'Naledi', 'Pieter', 'Ayesha', 'Johan',
              'Zanele', 'Kagiso', 'Megan', 'Ruan', 'Fatima', 'Lwazi', 'Chloe', 'Tshepo'])[1 + n % 16]
         || ' '
         || (array['Khumalo', 'Ndlovu', 'Botha', 'Dlamini', 'Mokoena', 'van Wyk', 'Naidoo',
                   'Pretorius', 'Mthembu', 'Jacobs', 'Smith', 'Adams', 'Petersen', 'Nkosi'])
              [1 + (n / 16) % 14],
       '+27 8' || (n % 5) || ' 555 ' || lpad(n::text, 5, '0'),
       case when n % 3 <> 0 then 'customer' || n || '@mail.example' end,
       n % 2 = 0, n % 3 = 0, n % 4 = 0,
       case when n % 7 = 0 then 'Prefers afternoon appointments; likes a strong coffee' else '' end,
       case when n % 23 = 0 then 'PPD allergy: patch test 48 hours before any colour' else '' end,
       case when n % 5 = 0 then 'REF' || n end,
       now() - make_interval(days => 800 - n % 700)
from generate_series(1, :customers) n;

-- Appointment n: staff 1 + n % staff, slot k = (n - 1) / staff; four two-hour slots a day from
-- about 500 days ago. No service is longer than 105 minutes, so no two overlap per person.
insert into public.appointments (id, business_id, customer_id, staff_id, service_id, starts_at,
                                 ends_at, status, source, price_minor, notes, cancel_reason,
                                 reminder_24h_sent_at, reminder_2h_sent_at, created_at)
select md5('bench-appointment-' || a.n)::uuid, :biz,
       md5('bench-customer-' || (1 + (a.n * 7919) % :customers))::uuid,
       md5('bench-staff-' || (1 + a.n % :staff))::uuid, sv.id, a.starts,
       a.starts + make_interval(mins => sv.duration_minutes + sv.processing_minutes
                                        + sv.buffer_minutes),
       case
         when a.starts >= now() then case when a.n % 10 = 0 then 'requested' else 'confirmed' end
         when a.n % 20 = 0 then 'cancelled'
         when a.n % 20 = 1 then 'no_show'
         else 'completed'
       end,
       (array['desk', 'phone', 'walk_in', 'web', 'whatsapp_ai'])[1 + a.n % 5],
       sv.price_minor,
       case when a.n % 9 = 0 then 'Running ten minutes late, called ahead' else '' end,
       case when a.starts < now() and a.n % 20 = 0 then 'Customer is unwell' end,
       case when a.starts < now() then a.starts - interval '24 hours' end,
       case when a.starts < now() then a.starts - interval '2 hours' end,
       a.starts - make_interval(days => 1 + a.n % 21)
from (
  select n,
         date_trunc('day', now()) - interval '500 days'
           + make_interval(days => ((n - 1) / :staff) / 4,
                           hours => 8 + 2 * (((n - 1) / :staff) % 4)) as starts
  from generate_series(1, :appointments) n
) a
join public.services sv
  on sv.id = ('a3000000-0000-4000-8000-00000000000' || (1 + a.n % 3))::uuid;

insert into public.ai_conversations (id, business_id, customer_id, channel, agent_name, status,
                                     intent, started_at, last_message_at)
select md5('bench-conversation-' || c.n)::uuid, :biz,
       md5('bench-customer-' || (1 + (c.n - 1) % :customers))::uuid,
       case when c.n % 4 = 0 then 'web' else 'whatsapp' end, 'Protea Assistant',
       (array['resolved_by_ai', 'closed', 'resolved_by_ai', 'handed_off', 'open'])[1 + c.n % 5],
       (array['booking', 'reschedule', 'price_question', 'opening_hours', 'cancel'])[1 + c.n % 5],
       c.started, c.started + interval '12 minutes'
from (
  select n, now() - make_interval(days => n % 600, hours => n % 11, mins => n % 53) as started
  from generate_series(1, :conversations) n
) c;

-- Message m belongs to conversation 1 + (m - 1) / per (per = messages / conversations),
-- alternating customer and assistant, a minute apart.
insert into public.ai_messages (id, business_id, conversation_id, sender, body, metadata, sent_at)
select md5('bench-message-' || m.n)::uuid, :biz,
       md5('bench-conversation-' || m.c)::uuid,
       case when m.i % 2 = 0 then 'customer' else 'assistant' end,
       case when m.i % 2 = 0 then
         (array['Hi! Do you have a gap for a cut and blow-dry on Saturday morning?',
                'Can I move my colour appointment to next week? Something came up at work.',
                'How much is a full colour for shoulder-length hair, roughly?',
                'Are you open on the public holiday on Monday?',
                'I need to cancel tomorrow, sorry - my daughter is sick.',
                'Thanks, that works. See you then!'])[1 + (m.n / 2) % 6]
       else
         (array['Happy to help! Saturday at 09:00 or 11:00 is free with Thandi. Which suits you?',
                'Of course. I have Tuesday 14:00 or Thursday 10:00 next week - shall I book one?',
                'A full colour starts at R950 and takes about two hours including processing.',
                'We are closed on public holidays, but open again on Tuesday from 09:00.',
                'I am sorry to hear that. I have cancelled it; no fee applies with 24 hours notice.',
                'Lovely, you are booked. You will get a reminder the day before.'])[1 + (m.n / 2) % 6]
       end,
       case when m.i % 2 = 1
            then jsonb_build_object('model', 'protea-agent-2', 'tokens', 40 + m.n % 200,
                                    'intent_confidence', round((0.5 + (m.n % 50) / 100.0), 2))
            else '{}'::jsonb end,
       now() - make_interval(days => m.c % 600, hours => m.c % 11, mins => m.c % 53)
         + make_interval(mins => m.i)
from (
  select n, 1 + (n - 1) / greatest(1, :messages / :conversations) as c,
         (n - 1) % greatest(1, :messages / :conversations) as i
  from generate_series(1, :messages) n
) m;

-- Loyalty: in groups of five, four earnings then one redemption of the same customer. The
-- earnings go in first, so the balance guard (never below zero) passes every redemption.
insert into public.loyalty_ledger (id, business_id, customer_id, kind, points, reason,
                                   created_by, created_at)
select md5('bench-ledger-' || n)::uuid, :biz,
       md5('bench-customer-' || (1 + ((n - 1) / 5) % :customers))::uuid, 'earn', 50 + n % 50,
       (array['Cut & blow-dry', 'Full colour', 'Gel manicure'])[1 + n % 3],
       md5('bench-staff-' || (1 + n % :staff))::uuid,
       now() - make_interval(days => 1 + (n * 37) % 700)
from generate_series(1, :ledger) n
where (n - 1) % 5 <> 4;

commit;

-- The redemptions in batches of 1000, each committed: the balance guard takes an advisory lock
-- per customer until commit, and PostgreSQL's lock table (max_locks_per_transaction) holds a few
-- thousand at most. So the ledger arrives in several transactions, as it would in a salon.
select set_config('bench.ledger', :'ledger', false),
       set_config('bench.customers', :'customers', false),
       set_config('bench.staff', :'staff', false);
do $$
declare
  total integer := current_setting('bench.ledger')::integer;
  customers integer := current_setting('bench.customers')::integer;
  staff integer := current_setting('bench.staff')::integer;
  low integer := 1;
begin
  while low <= total loop
    insert into public.loyalty_ledger (id, business_id, customer_id, kind, points, reason,
                                       reward_id, created_by, created_at)
    select md5('bench-ledger-' || n)::uuid, 'a0000000-0000-4000-8000-000000000001'::uuid,
           md5('bench-customer-' || (1 + ((n - 1) / 5) % customers))::uuid, 'redeem', -150,
           'Free deep-conditioning treatment', 'aa000000-0000-4000-8000-000000000001'::uuid,
           md5('bench-staff-' || (1 + n % staff))::uuid, now() - make_interval(hours => n % 700)
    from generate_series(low, least(low + 4999, total)) n
    where (n - 1) % 5 = 4;
    commit;
    low := low + 5000;
  end loop;
end
$$;

select pg_temp.realtime_triggers(true);
