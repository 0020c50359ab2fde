-- Demo data for a fresh project (supabase db reset runs it after the migrations) and for the
-- test suite. Two salons, each with an owner, an admin and a staff member who can sign in with
-- password 'chairside-demo-1':
--   owner@protea.example  admin@protea.example  staff@protea.example   (Protea Hair & Beauty)
--   owner@azulejo.example admin@azulejo.example staff@azulejo.example  (Azulejo Beauty Studio)
-- Ids are fixed and readable: first hex digit = salon (a/b), second = table.
-- Appointments are placed around "today" in each salon's time zone.

insert into auth.users (instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
                        raw_app_meta_data, raw_user_meta_data, created_at, updated_at,
                        confirmation_token, recovery_token)
select '00000000-0000-0000-0000-000000000000', u.id::uuid, 'authenticated', 'authenticated', u.email,
       extensions.crypt('chairside-demo-1', extensions.gen_salt('bf')), now(),
       '{"provider":"email","providers":["email"]}'::jsonb,
       jsonb_build_object('display_name', u.name), now(), now(), '', ''
from (values
  ('a1000000-0000-4000-8000-000000000001', 'owner@protea.example', 'Naledi Mokoena'),
  ('a1000000-0000-4000-8000-000000000002', 'admin@protea.example', 'Pieter van Wyk'),
  ('a1000000-0000-4000-8000-000000000003', 'staff@protea.example', 'Thandi Dlamini'),
  ('b1000000-0000-4000-8000-000000000001', 'owner@azulejo.example', 'Inês Carvalho'),
  ('b1000000-0000-4000-8000-000000000002', 'admin@azulejo.example', 'Rui Almeida'),
  ('b1000000-0000-4000-8000-000000000003', 'staff@azulejo.example', 'Marta Sousa')
) as u(id, email, name)
on conflict (id) do nothing;

-- Hosted GoTrue also needs an email identity per user to accept password sign-in, and reads
-- its token columns as strings (NULL breaks it). Neither exists in the test stand-in.
do $$
declare
  col text;
begin
  if to_regclass('auth.identities') is not null then
    execute $i$
      insert into auth.identities (id, provider_id, user_id, identity_data, provider,
                                   last_sign_in_at, created_at, updated_at)
      select gen_random_uuid(), u.id::text, u.id,
             jsonb_build_object('sub', u.id::text, 'email', u.email, 'email_verified', true),
             'email', now(), now(), now()
      from auth.users u
      where u.email like '%@protea.example' or u.email like '%@azulejo.example'
      on conflict do nothing
    $i$;
  end if;
  foreach col in array array['confirmation_token', 'recovery_token', 'email_change',
                             'email_change_token_new', 'email_change_token_current',
                             'phone_change', 'phone_change_token', 'reauthentication_token']
  loop
    if exists (select 1 from information_schema.columns
               where table_schema = 'auth' and table_name = 'users' and column_name = col) then
      execute format('update auth.users set %I = coalesce(%I, %L) '
                     'where email like %L or email like %L', col, col, '',
                     '%@protea.example', '%@azulejo.example');
    end if;
  end loop;
end
$$;

insert into public.businesses (id, name, time_zone, currency, locale, phone, email, address,
                               loyalty_minor_per_point, loyalty_expiry_months)
values
  ('a0000000-0000-4000-8000-000000000001', 'Protea Hair & Beauty', 'Africa/Johannesburg', 'ZAR',
   'en-ZA', '+27 21 555 0100', 'hello@protea.example', '12 Kloof Street, Cape Town', 1000, 12),
  ('b0000000-0000-4000-8000-000000000001', 'Azulejo Beauty Studio', 'Europe/Lisbon', 'EUR',
   'pt-PT', '+351 21 555 0100', 'ola@azulejo.example', 'Rua da Rosa 40, Lisboa', 100, 24);

insert into public.staff_members (id, business_id, user_id, display_name, role, colour, email,
                                  sort_order)
values
  ('a2000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001',
   'a1000000-0000-4000-8000-000000000001', 'Naledi', 'owner', '#8e44ad', 'owner@protea.example', 1),
  ('a2000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000001',
   'a1000000-0000-4000-8000-000000000002', 'Pieter', 'admin', '#2980b9', 'admin@protea.example', 2),
  ('a2000000-0000-4000-8000-000000000003', 'a0000000-0000-4000-8000-000000000001',
   'a1000000-0000-4000-8000-000000000003', 'Thandi', 'staff', '#16a085', 'staff@protea.example', 3),
  ('b2000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000001',
   'b1000000-0000-4000-8000-000000000001', 'Inês', 'owner', '#c0392b', 'owner@azulejo.example', 1),
  ('b2000000-0000-4000-8000-000000000002', 'b0000000-0000-4000-8000-000000000001',
   'b1000000-0000-4000-8000-000000000002', 'Rui', 'admin', '#d35400', 'admin@azulejo.example', 2),
  ('b2000000-0000-4000-8000-000000000003', 'b0000000-0000-4000-8000-000000000001',
   'b1000000-0000-4000-8000-000000000003', 'Marta', 'staff', '#27ae60', 'staff@azulejo.example', 3);

-- Tuesday to Saturday, 09:00-17:00 with a lunch break, for everyone.
insert into public.working_hours (business_id, staff_id, weekday, start_minute, end_minute,
                                  break_start_minute, break_end_minute)
select s.business_id, s.id, d, 9 * 60, 17 * 60, 13 * 60, 13 * 60 + 30
from public.staff_members s cross join generate_series(2, 6) d;

insert into public.time_off (id, business_id, staff_id, starts_at, ends_at, reason)
select ('ae000000-0000-4000-8000-00000000000' || x.n)::uuid, b.id, s.id,
       date_trunc('day', now()) + interval '14 days', date_trunc('day', now()) + interval '16 days',
       'Training course'
from (values (1, 'a'), (2, 'b')) x(n, p)
join public.businesses b on b.id = (x.p || '0000000-0000-4000-8000-000000000001')::uuid
join public.staff_members s on s.id = (x.p || '2000000-0000-4000-8000-000000000003')::uuid;

insert into public.services (id, business_id, name, category, duration_minutes, processing_minutes,
                             buffer_minutes, price_minor, colour)
values
  ('a3000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001',
   'Cut & blow-dry', 'Hair', 45, 0, 15, 45000, '#8e7cc3'),
  ('a3000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000001',
   'Full colour', 'Hair', 60, 30, 15, 95000, '#e69138'),
  ('a3000000-0000-4000-8000-000000000003', 'a0000000-0000-4000-8000-000000000001',
   'Gel manicure', 'Nails', 45, 0, 0, 32000, '#c27ba0'),
  ('b3000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000001',
   'Limpeza de pele', 'Skin', 60, 0, 15, 6500, '#6aa84f'),
  ('b3000000-0000-4000-8000-000000000002', 'b0000000-0000-4000-8000-000000000001',
   'Massagem relaxante', 'Body', 50, 0, 10, 5500, '#45818e'),
  ('b3000000-0000-4000-8000-000000000003', 'b0000000-0000-4000-8000-000000000001',
   'Manicure', 'Nails', 40, 0, 0, 2500, '#c27ba0');

insert into public.customers (id, business_id, full_name, phone, email, consent_whatsapp,
                              consent_sms, consent_email, notes, allergy_notes, referral_code)
values
  ('a4000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001',
   'Lerato Khumalo', '+27 82 555 0101', 'lerato@mail.example', true, true, false,
   'Prefers Thandi', '', 'LERATO10'),
  ('a4000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000001',
   'Sipho Ndlovu', '+27 83 555 0102', null, true, false, false, '', '', null),
  ('a4000000-0000-4000-8000-000000000003', 'a0000000-0000-4000-8000-000000000001',
   'Anika Botha', '+27 84 555 0103', 'anika@mail.example', false, true, true, '',
   'PPD allergy: patch test before colour', 'ANIKA5'),
  ('b4000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000001',
   'Beatriz Costa', '+351 91 555 0101', 'beatriz@mail.example', true, false, true, '', '', 'BIA10'),
  ('b4000000-0000-4000-8000-000000000002', 'b0000000-0000-4000-8000-000000000001',
   'João Ferreira', '+351 92 555 0102', null, true, true, false, '', 'Nut oil allergy', null),
  ('b4000000-0000-4000-8000-000000000003', 'b0000000-0000-4000-8000-000000000001',
   'Sofia Martins', '+351 93 555 0103', 'sofia@mail.example', false, false, true, '', '', null);

-- Appointments: slot = (day offset, local start hour) in the salon's time zone.
insert into public.appointments (id, business_id, customer_id, staff_id, service_id, starts_at,
                                 ends_at, status, source, price_minor, notes, created_at)
select x.id::uuid, b.id, x.customer::uuid, x.staff::uuid, sv.id,
       (date_trunc('day', now() at time zone b.time_zone) + make_interval(days => x.day_offset)
        + make_interval(hours => x.hour)) at time zone b.time_zone,
       (date_trunc('day', now() at time zone b.time_zone) + make_interval(days => x.day_offset)
        + make_interval(hours => x.hour)
        + make_interval(mins => sv.duration_minutes + sv.processing_minutes + sv.buffer_minutes))
         at time zone b.time_zone,
       x.status, x.source, sv.price_minor, x.notes, now() - interval '3 days'
from (values
  ('a5000000-0000-4000-8000-000000000001', 'a', 'a4000000-0000-4000-8000-000000000001',
   'a2000000-0000-4000-8000-000000000003', 'a3000000-0000-4000-8000-000000000001', -1, 10,
   'completed', 'phone', ''),
  ('a5000000-0000-4000-8000-000000000002', 'a', 'a4000000-0000-4000-8000-000000000002',
   'a2000000-0000-4000-8000-000000000003', 'a3000000-0000-4000-8000-000000000003', -1, 14,
   'no_show', 'whatsapp_ai', ''),
  ('a5000000-0000-4000-8000-000000000003', 'a', 'a4000000-0000-4000-8000-000000000003',
   'a2000000-0000-4000-8000-000000000003', 'a3000000-0000-4000-8000-000000000002', 0, 9,
   'confirmed', 'whatsapp_ai', 'Patch test done'),
  ('a5000000-0000-4000-8000-000000000004', 'a', 'a4000000-0000-4000-8000-000000000001',
   'a2000000-0000-4000-8000-000000000002', 'a3000000-0000-4000-8000-000000000003', 0, 11,
   'arrived', 'desk', ''),
  ('a5000000-0000-4000-8000-000000000005', 'a', 'a4000000-0000-4000-8000-000000000002',
   'a2000000-0000-4000-8000-000000000003', 'a3000000-0000-4000-8000-000000000001', 1, 10,
   'requested', 'web', ''),
  ('b5000000-0000-4000-8000-000000000001', 'b', 'b4000000-0000-4000-8000-000000000001',
   'b2000000-0000-4000-8000-000000000003', 'b3000000-0000-4000-8000-000000000001', -1, 10,
   'completed', 'desk', ''),
  ('b5000000-0000-4000-8000-000000000002', 'b', 'b4000000-0000-4000-8000-000000000002',
   'b2000000-0000-4000-8000-000000000003', 'b3000000-0000-4000-8000-000000000002', 0, 10,
   'confirmed', 'whatsapp_ai', ''),
  ('b5000000-0000-4000-8000-000000000003', 'b', 'b4000000-0000-4000-8000-000000000003',
   'b2000000-0000-4000-8000-000000000002', 'b3000000-0000-4000-8000-000000000003', 1, 15,
   'requested', 'web', '')
) as x(id, biz, customer, staff, service, day_offset, hour, status, source, notes)
join public.businesses b on b.id = (x.biz || '0000000-0000-4000-8000-000000000001')::uuid
join public.services sv on sv.id = x.service::uuid;

insert into public.ai_conversations (id, business_id, customer_id, channel, agent_name, status,
                                     intent, started_at, last_message_at)
values
  ('a6000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001',
   'a4000000-0000-4000-8000-000000000003', 'whatsapp', 'Protea Assistant', 'handed_off',
   'colour_correction', now() - interval '40 minutes', now() - interval '35 minutes'),
  ('b6000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000001',
   'b4000000-0000-4000-8000-000000000002', 'web', 'Assistente Azulejo', 'handed_off',
   'complaint', now() - interval '2 hours', now() - interval '110 minutes');

insert into public.ai_messages (id, business_id, conversation_id, sender, body, sent_at)
values
  ('a7000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001',
   'a6000000-0000-4000-8000-000000000001', 'customer',
   'Hi! My colour went a bit orange after last time, can someone fix it this week?',
   now() - interval '40 minutes'),
  ('a7000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000001',
   'a6000000-0000-4000-8000-000000000001', 'assistant',
   'I''m sorry to hear that. Colour corrections need a stylist to look first - I''m passing you to the team.',
   now() - interval '39 minutes'),
  ('b7000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000001',
   'b6000000-0000-4000-8000-000000000001', 'customer',
   'A massagem de ontem começou 30 minutos atrasada. Quero falar com alguém.',
   now() - interval '2 hours'),
  ('b7000000-0000-4000-8000-000000000002', 'b0000000-0000-4000-8000-000000000001',
   'b6000000-0000-4000-8000-000000000001', 'assistant',
   'Lamento muito. Vou passar a conversa à equipa.', now() - interval '110 minutes');

insert into public.ai_handoffs (id, business_id, conversation_id, customer_id, reason, priority,
                                created_at)
values
  ('a8000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001',
   'a6000000-0000-4000-8000-000000000001', 'a4000000-0000-4000-8000-000000000003',
   'Colour correction needs a stylist''s assessment', 2, now() - interval '39 minutes'),
  ('b8000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000001',
   'b6000000-0000-4000-8000-000000000001', 'b4000000-0000-4000-8000-000000000002',
   'Complaint about a late start', 1, now() - interval '110 minutes');

insert into public.outbound_messages (id, business_id, customer_id, conversation_id, handoff_id,
                                      appointment_id, channel, kind, body, status, created_by,
                                      created_at, sent_at)
values
  ('af000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001',
   'a4000000-0000-4000-8000-000000000003', null, null, 'a5000000-0000-4000-8000-000000000003',
   'whatsapp', 'reminder_24h', 'Reminder: Full colour tomorrow at 09:00 at Protea Hair & Beauty.',
   'delivered', null, now() - interval '1 day', now() - interval '1 day'),
  ('af000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000001',
   'a4000000-0000-4000-8000-000000000003', 'a6000000-0000-4000-8000-000000000001',
   'a8000000-0000-4000-8000-000000000001', null, 'whatsapp', 'reply',
   'Hi Anika, Pieter here - we can look at it on Thursday at 10:00, would that work?', 'sent',
   'a2000000-0000-4000-8000-000000000002', now() - interval '30 minutes',
   now() - interval '30 minutes'),
  ('bf000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000001',
   'b4000000-0000-4000-8000-000000000002', 'b6000000-0000-4000-8000-000000000001',
   'b8000000-0000-4000-8000-000000000001', null, 'email', 'reply',
   'Olá João, pedimos desculpa pelo atraso. Oferecemos 10% na próxima visita.', 'queued',
   'b2000000-0000-4000-8000-000000000002', now() - interval '100 minutes', null),
  ('bf000000-0000-4000-8000-000000000002', 'b0000000-0000-4000-8000-000000000001',
   'b4000000-0000-4000-8000-000000000002', null, null, 'b5000000-0000-4000-8000-000000000002',
   'sms', 'reminder_2h', 'Lembrete: Massagem relaxante hoje.', 'sent', null,
   now() - interval '1 hour', now() - interval '1 hour');

insert into public.loyalty_tiers (id, business_id, rank, name, threshold_points, perks)
values
  ('a9000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001', 1, 'Bud', 0,
   'Birthday treat'),
  ('a9000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000001', 2, 'Bloom', 500,
   '5% off retail'),
  ('a9000000-0000-4000-8000-000000000003', 'a0000000-0000-4000-8000-000000000001', 3, 'King Protea',
   1500, 'Free treatment every 10 visits'),
  ('b9000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000001', 1, 'Bronze', 0, ''),
  ('b9000000-0000-4000-8000-000000000002', 'b0000000-0000-4000-8000-000000000001', 2, 'Prata', 300,
   'Chá e bolo'),
  ('b9000000-0000-4000-8000-000000000003', 'b0000000-0000-4000-8000-000000000001', 3, 'Ouro', 1000,
   '10% em tratamentos');

insert into public.loyalty_rewards (id, business_id, name, cost_points)
values
  ('aa000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001',
   'Free deep-conditioning treatment', 200),
  ('aa000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000001',
   'R100 off any service', 400),
  ('ba000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000001',
   'Manicure grátis', 250);

insert into public.loyalty_ledger (id, business_id, customer_id, kind, points, reason,
                                   appointment_id, created_by, created_at)
values
  ('ab000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001',
   'a4000000-0000-4000-8000-000000000001', 'earn', 450, 'Cut & blow-dry',
   'a5000000-0000-4000-8000-000000000001', 'a2000000-0000-4000-8000-000000000003',
   now() - interval '1 day'),
  ('ab000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000001',
   'a4000000-0000-4000-8000-000000000001', 'award', 100, 'Referred a friend', null,
   'a2000000-0000-4000-8000-000000000001', now() - interval '20 hours'),
  ('ab000000-0000-4000-8000-000000000003', 'a0000000-0000-4000-8000-000000000001',
   'a4000000-0000-4000-8000-000000000001', 'redeem', -200, 'Free deep-conditioning treatment',
   null, 'a2000000-0000-4000-8000-000000000003', now() - interval '2 hours'),
  ('ab000000-0000-4000-8000-000000000004', 'a0000000-0000-4000-8000-000000000001',
   'a4000000-0000-4000-8000-000000000003', 'award', 50, 'Welcome bonus', null,
   'a2000000-0000-4000-8000-000000000002', now() - interval '5 days'),
  ('bb000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000001',
   'b4000000-0000-4000-8000-000000000001', 'earn', 65, 'Limpeza de pele',
   'b5000000-0000-4000-8000-000000000001', 'b2000000-0000-4000-8000-000000000003',
   now() - interval '1 day'),
  ('bb000000-0000-4000-8000-000000000002', 'b0000000-0000-4000-8000-000000000001',
   'b4000000-0000-4000-8000-000000000001', 'award', 300, 'Aniversário', null,
   'b2000000-0000-4000-8000-000000000001', now() - interval '3 days');

insert into public.notifications (id, business_id, recipient_staff_id, kind, priority, title, body,
                                  action_url, created_at, expires_at)
values
  ('ac000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001', null,
   'handoff', 'high', 'A customer needs a person',
   'Anika Botha: colour correction question from WhatsApp',
   'chairside://handoffs/a8000000-0000-4000-8000-000000000001', now() - interval '39 minutes',
   now() + interval '1 day'),
  ('ac000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000001',
   'a2000000-0000-4000-8000-000000000003', 'schedule', 'normal', 'New web booking',
   'Sipho Ndlovu requested a cut tomorrow at 10:00',
   'chairside://appointments/a5000000-0000-4000-8000-000000000005', now() - interval '3 hours', null),
  ('bc000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000001', null,
   'handoff', 'urgent', 'Reclamação de cliente', 'João Ferreira quer falar com alguém',
   'chairside://handoffs/b8000000-0000-4000-8000-000000000001', now() - interval '110 minutes',
   null),
  ('bc000000-0000-4000-8000-000000000002', 'b0000000-0000-4000-8000-000000000001',
   'b2000000-0000-4000-8000-000000000003', 'schedule', 'low', 'Formação daqui a duas semanas', '',
   null, now() - interval '1 day', null);
