-- Chairside backend, part 7: appointment reminders that go out exactly once.
--
--   reminder_rules                  one row per business: 24 h / 2 h reminders on or off per
--                                   channel, quiet hours in the business's local time
--   private.queue_due_reminders(t)  queues the reminders due at t in outbound_messages
--   public.queue_due_reminders()    the same at now(), for pg_cron (postgres only)
--
-- When a reminder is due (times are the appointment's start, S):
--   reminder_24h  from S - 24 h until S - 2 h      reminder_2h  from S - 2 h until S
-- for appointments that are requested or confirmed and not deleted, with a customer. A window
-- that had already opened when the appointment was booked (created_at) is skipped: the
-- customer has just booked and does not need a reminder of it (a booking 20 h ahead gets only
-- the 2 h reminder). A reschedule re-arms both, whatever the booking time.
--
-- Channel: the first of whatsapp, sms, email that the business has switched on for that
-- reminder, the customer consented to, and the customer has a phone number / email address
-- for. No such channel: no message (the customer did not want one).
--
-- Quiet hours [quiet_start_minute, quiet_end_minute) in the business's time zone (may wrap
-- midnight; null = none): nothing is queued inside them. A reminder that falls due in quiet
-- hours is queued by the first run after they end if its window is still open (for a 2 h
-- reminder: before the appointment starts), otherwise it is skipped.
--
-- Exactly once: one live (deleted_at is null) outbound_messages row per (appointment, kind,
-- appointment_starts_at). The unique index below makes a second one impossible however many
-- runs race; runs also lock the appointment rows they queue for (SKIP LOCKED: a run never waits
-- for a desk edit or another run; what it skips, the next run picks up) so a reschedule
-- committing during a run cannot leave a reminder for the old time behind.
--
-- Re-arming: a change of starts_at withdraws (soft-deletes, so sync carries it) the still
-- queued reminders for the old time and clears reminder_24h_sent_at / reminder_2h_sent_at;
-- the next run queues reminders for the new time. A reminder that was already sent stays as
-- history; moving the appointment back to exactly that time does not send it again.
-- Cancelling (or any status other than requested/confirmed, or deleting) withdraws the
-- queued ones. reminder_*_sent_at are set when the sender marks the message sent.

-- ---------------------------------------------------------------------------------------------
-- Rules

create table public.reminder_rules (
  id uuid primary key default gen_random_uuid(),
  business_id uuid not null references public.businesses (id),
  reminder_24h_whatsapp boolean not null default true,
  reminder_24h_sms boolean not null default true,
  reminder_24h_email boolean not null default true,
  reminder_2h_whatsapp boolean not null default true,
  reminder_2h_sms boolean not null default true,
  reminder_2h_email boolean not null default false,
  -- Minutes after local midnight; start > end wraps midnight (default 21:00-08:00).
  quiet_start_minute integer default 1260,
  quiet_end_minute integer default 480,
  version bigint not null default 1,
  updated_at timestamptz not null default now(),
  deleted_at timestamptz,
  sync_xid xid8 not null default pg_current_xact_id(),
  constraint reminder_rules_quiet_hours check (
    (quiet_start_minute is null and quiet_end_minute is null)
    or (quiet_start_minute is not null and quiet_end_minute is not null
        and quiet_start_minute between 0 and 1439 and quiet_end_minute between 0 and 1439
        and quiet_start_minute <> quiet_end_minute))
);
create unique index reminder_rules_one_per_business on public.reminder_rules (business_id)
  where deleted_at is null;
create index reminder_rules_sync on public.reminder_rules (business_id, sync_xid, id);
create trigger touch_row before insert or update on public.reminder_rules
  for each row execute function private.touch_row();
create trigger audit after insert or update on public.reminder_rules
  for each row execute function private.audit();

-- Every business has its rules row (the defaults above) from the start.
create or replace function private.create_reminder_rules() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  insert into public.reminder_rules (business_id) values (new.id);
  return null;
end
$$;
create trigger create_reminder_rules after insert on public.businesses
  for each row execute function private.create_reminder_rules();
insert into public.reminder_rules (business_id)
select b.id from public.businesses b
where not exists (select 1 from public.reminder_rules r
                  where r.business_id = b.id and r.deleted_at is null);

-- Privileges and RLS as for the other settings tables: staff read, owners write.
revoke all on public.reminder_rules from public, anon, authenticated;
grant all on public.reminder_rules to service_role;
grant select, insert, update on public.reminder_rules to authenticated;
alter table public.reminder_rules enable row level security;
create policy reminder_rules_select on public.reminder_rules for select to authenticated
  using (business_id = (select private.current_business_id()) and (select private.has_role('staff')));
create policy reminder_rules_insert on public.reminder_rules for insert to authenticated
  with check (business_id = (select private.current_business_id())
              and (select private.has_role('owner')));
create policy reminder_rules_update on public.reminder_rules for update to authenticated
  using (business_id = (select private.current_business_id()) and (select private.has_role('owner')))
  with check (business_id = (select private.current_business_id()));

-- ---------------------------------------------------------------------------------------------
-- The one-reminder key on outbound_messages

-- The appointment start a reminder was written for: part of its identity, so that a reschedule
-- can queue a new reminder while a sent one for the old time stays as history.
alter table public.outbound_messages add column appointment_starts_at timestamptz;
comment on column public.outbound_messages.appointment_starts_at is
  'Reminders: the appointment start the message announces (filled in on insert).';

create or replace function private.outbound_reminder_key() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  if new.kind in ('reminder_24h', 'reminder_2h') and new.appointment_id is not null
     and new.appointment_starts_at is null then
    select a.starts_at into new.appointment_starts_at
    from public.appointments a where a.id = new.appointment_id;
  end if;
  return new;
end
$$;
create trigger outbound_reminder_key before insert on public.outbound_messages
  for each row execute function private.outbound_reminder_key();

create unique index outbound_messages_one_reminder
  on public.outbound_messages (appointment_id, kind, appointment_starts_at)
  where kind in ('reminder_24h', 'reminder_2h') and deleted_at is null;

-- The due scan: upcoming appointments that can still get a reminder.
create index appointments_reminder_due on public.appointments (starts_at)
  where deleted_at is null and status in ('requested', 'confirmed');

-- ---------------------------------------------------------------------------------------------
-- Helpers

-- Minutes after midnight of `at` on the wall clock of `zone` (UTC for a zone PostgreSQL does
-- not know, so that one bad setting cannot stop every business's reminders).
create or replace function private.local_minute(at timestamptz, zone text) returns integer
language plpgsql stable
set search_path = ''
as $$
declare
  local_time timestamp;
begin
  begin
    local_time := at at time zone zone;
  exception when others then
    local_time := at at time zone 'UTC';
  end;
  return extract(hour from local_time)::integer * 60 + extract(minute from local_time)::integer;
end
$$;

create or replace function private.local_time(at timestamptz, zone text) returns timestamp
language plpgsql stable
set search_path = ''
as $$
begin
  return at at time zone zone;
exception when others then
  return at at time zone 'UTC';
end
$$;

create or replace function private.in_quiet_hours(quiet_start integer, quiet_end integer,
                                                  minute integer)
returns boolean
language sql immutable
set search_path = ''
as $$
  select case
    when quiet_start is null or quiet_end is null then false
    when quiet_start < quiet_end then minute >= quiet_start and minute < quiet_end
    else minute >= quiet_start or minute < quiet_end
  end
$$;

-- The channel a reminder goes out on, or null when there is none the customer agreed to.
create or replace function private.reminder_channel(r public.reminder_rules, c public.customers,
                                                    kind text)
returns text
language sql immutable
set search_path = ''
as $$
  select case
    when (case kind when 'reminder_24h' then r.reminder_24h_whatsapp else r.reminder_2h_whatsapp end)
         and c.consent_whatsapp and coalesce(trim(c.phone), '') <> '' then 'whatsapp'
    when (case kind when 'reminder_24h' then r.reminder_24h_sms else r.reminder_2h_sms end)
         and c.consent_sms and coalesce(trim(c.phone), '') <> '' then 'sms'
    when (case kind when 'reminder_24h' then r.reminder_24h_email else r.reminder_2h_email end)
         and c.consent_email and coalesce(trim(c.email), '') <> '' then 'email'
  end
$$;

-- "Hi Lerato, this is a reminder of your appointment at Protea Hair & Beauty on Tue 24 Nov 2026
-- at 10:00." Plain English whatever the business's locale; the time on the business's clock.
create or replace function private.reminder_body(kind text, full_name text, business_name text,
                                                 local_start timestamp)
returns text
language sql immutable
set search_path = ''
as $$
  select format(case kind
                  when 'reminder_24h' then '%s, this is a reminder of your appointment at %s on %s at %s.'
                  else '%s, see you soon: your appointment at %s is on %s at %s.'
                end,
                'Hi' || coalesce(' ' || nullif(split_part(trim(coalesce(full_name, '')), ' ', 1), ''), ''),
                business_name, to_char(local_start, 'Dy DD Mon YYYY'), to_char(local_start, 'HH24:MI'))
$$;

-- ---------------------------------------------------------------------------------------------
-- The job

create or replace function private.queue_due_reminders(p_now timestamptz default now())
returns integer
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  queued integer;
begin
  with due as materialized (
    select a.id, a.business_id, a.customer_id, a.starts_at, k.kind,
           private.reminder_channel(r, c, k.kind) as channel,
           private.reminder_body(k.kind, c.full_name, b.name,
                                 private.local_time(a.starts_at, b.time_zone)) as body
    from public.appointments a
    cross join (values ('reminder_24h', interval '24 hours', interval '2 hours'),
                       ('reminder_2h', interval '2 hours', interval '0')) as k (kind, opens, closes)
    join public.businesses b on b.id = a.business_id and b.deleted_at is null
    join public.reminder_rules r on r.business_id = a.business_id and r.deleted_at is null
    join public.customers c on c.id = a.customer_id and c.deleted_at is null
    where a.deleted_at is null
      and a.status in ('requested', 'confirmed')
      and a.starts_at > p_now and a.starts_at <= p_now + interval '24 hours'
      and p_now >= a.starts_at - k.opens and p_now < a.starts_at - k.closes
      and (a.created_at <= a.starts_at - k.opens
           or exists (select 1 from public.appointment_events e
                      where e.appointment_id = a.id and e.kind = 'rescheduled'))
      and not private.in_quiet_hours(r.quiet_start_minute, r.quiet_end_minute,
                                     private.local_minute(p_now, b.time_zone))
      and not exists (select 1 from public.outbound_messages m
                      where m.appointment_id = a.id and m.kind = k.kind
                        and m.appointment_starts_at = a.starts_at and m.deleted_at is null)
    for update of a skip locked
  )
  insert into public.outbound_messages (business_id, customer_id, appointment_id, channel, kind,
                                        body, status, appointment_starts_at)
  select d.business_id, d.customer_id, d.id, d.channel, d.kind, d.body, 'queued', d.starts_at
  from due d
  where d.channel is not null
  on conflict (appointment_id, kind, appointment_starts_at)
    where kind in ('reminder_24h', 'reminder_2h') and deleted_at is null
    do nothing;
  get diagnostics queued = row_count;
  return queued;
end
$$;

-- For pg_cron and operators: the job at the server's clock. Not for signed-in users (below).
create or replace function public.queue_due_reminders() returns integer
language sql volatile security definer
set search_path = ''
as $$ select private.queue_due_reminders(now()) $$;

-- ---------------------------------------------------------------------------------------------
-- Re-arming and withdrawing

create or replace function private.appointments_rearm_reminders() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.starts_at is distinct from old.starts_at then
    new.reminder_24h_sent_at := null;
    new.reminder_2h_sent_at := null;
  end if;
  return new;
end
$$;
create trigger appointments_rearm_reminders before update on public.appointments
  for each row when (old.starts_at is distinct from new.starts_at)
  execute function private.appointments_rearm_reminders();

-- SECURITY DEFINER: a staff member may reschedule or cancel, but only admins may change
-- outbound_messages; the withdrawal is the server's doing, not theirs.
create or replace function private.appointments_withdraw_reminders() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  update public.outbound_messages m
  set deleted_at = now()
  where m.appointment_id = new.id
    and m.kind in ('reminder_24h', 'reminder_2h')
    and m.status = 'queued'
    and m.deleted_at is null
    and (new.deleted_at is not null
         or new.status not in ('requested', 'confirmed')
         or m.appointment_starts_at is distinct from new.starts_at);
  return null;
end
$$;
create trigger appointments_withdraw_reminders after update on public.appointments
  for each row when (old.starts_at is distinct from new.starts_at
                     or old.status is distinct from new.status
                     or old.deleted_at is distinct from new.deleted_at)
  execute function private.appointments_withdraw_reminders();

-- The sender reports a reminder sent: the appointment says so (if it is still at that time).
create or replace function private.outbound_reminder_sent() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  at timestamptz := coalesce(new.sent_at, now());
begin
  if new.kind = 'reminder_24h' then
    update public.appointments set reminder_24h_sent_at = at
    where id = new.appointment_id and starts_at = new.appointment_starts_at
      and reminder_24h_sent_at is null;
  else
    update public.appointments set reminder_2h_sent_at = at
    where id = new.appointment_id and starts_at = new.appointment_starts_at
      and reminder_2h_sent_at is null;
  end if;
  return null;
end
$$;
create trigger outbound_reminder_sent after update of status on public.outbound_messages
  for each row when (new.kind in ('reminder_24h', 'reminder_2h')
                     and new.status in ('sent', 'delivered', 'read')
                     and old.status not in ('sent', 'delivered', 'read')
                     and new.deleted_at is null)
  execute function private.outbound_reminder_sent();

-- ---------------------------------------------------------------------------------------------
-- Privileges: the helpers like every private function; the job only for its owner (postgres,
-- which pg_cron runs as). Signed-in users, anon and the service key cannot run it: a caller
-- choosing p_now could send tomorrow's reminders today.

do $$
declare
  f regprocedure;
begin
  for f in
    select p.oid::regprocedure
    from pg_proc p join pg_namespace n on n.oid = p.pronamespace
    where n.nspname = 'private'
      and p.proname in ('create_reminder_rules', 'outbound_reminder_key', 'local_minute',
                        'local_time', 'in_quiet_hours', 'reminder_channel', 'reminder_body',
                        'appointments_rearm_reminders', 'appointments_withdraw_reminders',
                        'outbound_reminder_sent')
  loop
    execute format('revoke all on function %s from public, anon', f);
    execute format('grant execute on function %s to authenticated, service_role', f);
  end loop;
end
$$;
revoke all on function private.queue_due_reminders(timestamptz)
  from public, anon, authenticated, service_role;
revoke all on function public.queue_due_reminders() from public, anon, authenticated, service_role;

-- ---------------------------------------------------------------------------------------------
-- Schedule: every minute with pg_cron where the server has it (every hosted Supabase project;
-- enable the extension in the dashboard first if it is off). Plain PostgreSQL test servers have
-- no pg_cron: there chairside-localbase runs the job (--reminders-every) or nothing does.

do $$
begin
  if exists (select 1 from pg_available_extensions where name = 'pg_cron') then
    begin
      create extension if not exists pg_cron;
      execute $cron$select cron.schedule('chairside-queue-reminders', '* * * * *',
                                         'select public.queue_due_reminders()')$cron$;
    exception when others then
      raise notice 'pg_cron is available but could not be set up (%); schedule '
                   'public.queue_due_reminders() every minute by hand.', sqlerrm;
    end;
  end if;
end
$$;
