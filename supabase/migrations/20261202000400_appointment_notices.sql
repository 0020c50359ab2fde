-- Appointment notices: when the desk moves, cancels or changes the status of a booking it may ask
-- to let the customer know ("notify_customer": true in the mutation's payload). The server then
-- queues one 'notice' in outbound_messages on the first channel the customer agreed to and can be
-- reached on (WhatsApp, SMS, e-mail), worded with the time on the salon's clock, for the messaging
-- integration to send. No channel: nothing is queued and the change still applies. A replayed
-- mutation is answered from applied_mutations, so it never queues a second notice.

alter function private.apply_one(text, jsonb, public.staff_members) rename to apply_one_setup;

create or replace function private.queue_appointment_notice(change_kind text, p jsonb,
                                                            me public.staff_members)
returns void
language plpgsql
set search_path = ''
as $$
declare
  a public.appointments;
  c public.customers;
  b public.businesses;
  channel text;
  greeting text;
  local_start timestamp;
  body text;
begin
  select * into a from public.appointments
  where id = (p ->> 'id')::uuid and business_id = me.business_id;
  if not found or a.customer_id is null then
    return;
  end if;
  select * into c from public.customers where id = a.customer_id and deleted_at is null;
  if not found then
    return;
  end if;
  select * into b from public.businesses where id = a.business_id;
  channel := case
    when c.consent_whatsapp and coalesce(c.phone, '') <> '' then 'whatsapp'
    when c.consent_sms and coalesce(c.phone, '') <> '' then 'sms'
    when c.consent_email and coalesce(c.email, '') <> '' then 'email'
  end;
  if channel is null then
    return;
  end if;
  greeting := 'Hi ' || split_part(c.full_name, ' ', 1) || ', ';
  local_start := a.starts_at at time zone b.time_zone;
  body := greeting || case
    when a.status = 'cancelled' then
      format('your appointment at %s on %s at %s has been cancelled.', b.name,
             to_char(local_start, 'Dy DD Mon YYYY'), to_char(local_start, 'HH24:MI'))
    when change_kind = 'appointment.reschedule' then
      format('your appointment at %s has moved to %s at %s.', b.name,
             to_char(local_start, 'Dy DD Mon YYYY'), to_char(local_start, 'HH24:MI'))
    when a.status = 'confirmed' then
      format('your appointment at %s on %s at %s is confirmed.', b.name,
             to_char(local_start, 'Dy DD Mon YYYY'), to_char(local_start, 'HH24:MI'))
    when a.status = 'no_show' then
      format('we missed you at %s today. Reply to book a new time.', b.name)
    else
      format('there is news about your appointment at %s on %s at %s.', b.name,
             to_char(local_start, 'Dy DD Mon YYYY'), to_char(local_start, 'HH24:MI'))
  end;
  insert into public.outbound_messages (business_id, customer_id, appointment_id, channel, kind,
                                        body, created_by)
  values (a.business_id, a.customer_id, a.id, channel, 'notice', body, me.id);
end
$$;

create or replace function private.apply_one(kind text, p jsonb, me public.staff_members)
returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  wants_notice boolean := kind in ('appointment.reschedule', 'appointment.set_status',
                                   'appointment.cancel')
                          and jsonb_typeof(p) = 'object'
                          and p -> 'notify_customer' = 'true'::jsonb
                          and (p ->> 'id') ~* '^[0-9a-f-]{36}$';
  version_before bigint;
  result jsonb;
begin
  if wants_notice then
    select version into version_before from public.appointments where id = (p ->> 'id')::uuid;
  end if;
  result := private.apply_one_setup(kind, p, me);
  -- Only a change that really happened is announced (cancelling a cancelled booking is not).
  if wants_notice and result ->> 'status' = 'applied'
     and (result -> 'row' ->> 'version')::bigint is distinct from version_before then
    perform private.queue_appointment_notice(kind, p, me);
  end if;
  return result;
end
$$;

do $$
declare
  f regprocedure;
begin
  for f in
    select p.oid::regprocedure
    from pg_proc p join pg_namespace n on n.oid = p.pronamespace
    where n.nspname = 'private'
      and p.proname in ('apply_one', 'apply_one_setup', 'queue_appointment_notice')
  loop
    execute format('revoke all on function %s from public, anon', f);
    execute format('grant execute on function %s to authenticated, service_role', f);
  end loop;
end
$$;
