-- Which services each staff member performs (supabase/migrations/20261203000100_staff_services.sql):
-- staff.services_set is for owners only, checks the person and every service against the
-- business, replaces the list (tombstones for removed pairs, the earlier row back for a pair
-- listed again), is idempotent, is audited, and the rows reach every desk of the business by sync.
begin;
set local client_min_messages = warning;
create extension if not exists pgtap with schema extensions;
select plan(40);
create schema ss;
grant usage on schema ss to public;

create function ss.mut(kind text, payload jsonb, mid uuid default gen_random_uuid()) returns jsonb
language sql as $$
  select public.apply_mutations(jsonb_build_array(
    jsonb_build_object('mutation_id', mid, 'kind', kind, 'payload', payload))) -> 0
$$;
create function ss.outcome(payload jsonb) returns text language sql as $$
  select r ->> 'status' || coalesce('/' || (r ->> 'code'), '') from ss.mut('staff.services_set', payload) r
$$;
-- Thandi's list as "<service id>:<version>:<live|gone>", by service.
create function ss.rows() returns text language sql as $$
  select string_agg(right(service_id::text, 2) || ':' || version || ':'
                    || case when deleted_at is null then 'live' else 'gone' end, ' ' order by service_id)
  from public.staff_services where staff_id = 'a2000000-0000-4000-8000-000000000003'
$$;
create function ss.audit_count() returns integer language sql as $$
  select count(*)::integer from public.audit_log where table_name = 'staff_services'
$$;
create table ss.r (name text primary key, v jsonb);
grant all on ss.r to public;
grant execute on all functions in schema ss to public;

-- Seed: Thandi a2..03 (staff), services a3..01 Cut & blow-dry, a3..02 Full colour, a3..03 Gel
-- manicure; Azulejo's Manicure b3..03 and Marta b2..03.

-- ============================================================ the table and its id
select has_table('public', 'staff_services', 'staff_services exists');
select is((private.sync_tables())[array_length(private.sync_tables(), 1)], 'staff_services',
          'staff_services is the last synced table (stored cursors keep their table numbers)');
select is(private.staff_service_id('a2000000-0000-4000-8000-000000000003', 'a3000000-0000-4000-8000-000000000002'),
          '9fb4db40-a651-37ce-a2fe-13aa7bd4b586'::uuid,
          'a pair''s id is the version 3 uuid the desk computes (QUuid::createUuidV3)');

-- ============================================================ staff and admins are refused
select tests.login('a1000000-0000-4000-8000-000000000003'); -- Thandi, staff
select is(ss.outcome('{"staff_id": "a2000000-0000-4000-8000-000000000003",
                       "service_ids": ["a3000000-0000-4000-8000-000000000002"]}'),
          'rejected/forbidden', 'staff cannot choose their own services');
select is((select v ->> 'reason' from ss.mut('staff.services_set', '{}') v),
          'Only an owner can change the business setup.', 'with the setup sentence');
select tests.login('a1000000-0000-4000-8000-000000000002'); -- Pieter, admin
select is(ss.outcome('{"staff_id": "a2000000-0000-4000-8000-000000000003",
                       "service_ids": ["a3000000-0000-4000-8000-000000000002"]}'),
          'rejected/forbidden', 'admins are refused too');
select throws_ok($$insert into public.staff_services (business_id, staff_id, service_id)
                   values ('a0000000-0000-4000-8000-000000000001', 'a2000000-0000-4000-8000-000000000003',
                           'a3000000-0000-4000-8000-000000000002')$$,
                 '42501', null, '... and cannot write the table directly');
select tests.login(null);
select is(ss.rows(), null, 'nothing was written');

-- ============================================================ the owner sets a list
select tests.login('a1000000-0000-4000-8000-000000000001'); -- Naledi, owner
insert into ss.r values ('set', ss.mut('staff.services_set',
  '{"staff_id": "a2000000-0000-4000-8000-000000000003",
    "service_ids": ["a3000000-0000-4000-8000-000000000002", "a3000000-0000-4000-8000-000000000003",
                    "a3000000-0000-4000-8000-000000000002"]}',
  'a0eeeeee-0000-4000-8000-000000000001'));
select is((select v ->> 'status' from ss.r where name = 'set'), 'applied', 'the owner sets Thandi''s services');
select is((select v -> 'row' from ss.r where name = 'set'), 'null'::jsonb, 'the answer carries no row');
select is(ss.rows(), '02:1:live 03:1:live', 'one live row per listed service (duplicates once)');
select is((select id from public.staff_services where staff_id = 'a2000000-0000-4000-8000-000000000003'
             and service_id = 'a3000000-0000-4000-8000-000000000002'),
          '9fb4db40-a651-37ce-a2fe-13aa7bd4b586'::uuid, 'under the pair''s derived id');
select is(ss.audit_count(), 2, 'each new row is audited');
select is((select array_agg(distinct a.action || ' by ' || s.display_name)
           from public.audit_log a join public.staff_members s on s.id = a.actor_staff_id
           where a.table_name = 'staff_services'),
          array['staff_services.insert by Naledi'], '... as an insert in the owner''s name');
select is((select detail ->> 'service_id' from public.audit_log
           where table_name = 'staff_services' and row_id = '9fb4db40-a651-37ce-a2fe-13aa7bd4b586'),
          'a3000000-0000-4000-8000-000000000002', '... naming the service');

-- Replay: the stored answer, nothing written again.
select is((select (ss.mut('staff.services_set', '{"staff_id": "a2000000-0000-4000-8000-000000000003",
                     "service_ids": []}', 'a0eeeeee-0000-4000-8000-000000000001') ->> 'replayed')::boolean),
          true, 'a replayed mutation id returns the stored answer');
select is(ss.rows(), '02:1:live 03:1:live', '... and changes nothing (not even with another payload)');
select is(ss.outcome('{"staff_id": "a2000000-0000-4000-8000-000000000003",
                       "service_ids": ["a3000000-0000-4000-8000-000000000003", "a3000000-0000-4000-8000-000000000002"]}'),
          'applied', 'the same list again applies');
select is(ss.rows(), '02:1:live 03:1:live', '... without touching a row');
select is(ss.audit_count(), 2, '... or writing an audit line');

-- Removing one, then listing it again.
select is(ss.outcome('{"staff_id": "a2000000-0000-4000-8000-000000000003",
                       "service_ids": ["a3000000-0000-4000-8000-000000000002"]}'),
          'applied', 'the owner takes the manicure off the list');
select is(ss.rows(), '02:1:live 03:2:gone', 'its row becomes a tombstone, the other stays as it was');
select is((select string_agg(action || ' ' || (detail ->> 'deleted_at' is not null)::text, ', ')
           from public.audit_log where table_name = 'staff_services' and action <> 'staff_services.insert'),
          'staff_services.update true', 'the removal is audited (one line)');
select is(ss.outcome('{"staff_id": "a2000000-0000-4000-8000-000000000003",
                       "service_ids": ["a3000000-0000-4000-8000-000000000002", "a3000000-0000-4000-8000-000000000003"]}'),
          'applied', 'listing the manicure again');
select is(ss.rows(), '02:1:live 03:3:live', '... brings its row back (no second row)');

-- ============================================================ refusals
select is(ss.outcome('{"staff_id": "a2000000-0000-4000-8000-000000000003",
                       "service_ids": ["b3000000-0000-4000-8000-000000000003"]}'),
          'rejected/invalid_reference', 'another salon''s service is refused');
select is((select v ->> 'reason' from ss.mut('staff.services_set',
             '{"staff_id": "a2000000-0000-4000-8000-000000000003",
               "service_ids": ["a3000000-0000-4000-8000-000000000001", "a3eeeeee-0000-4000-8000-000000000001"]}') v),
          'A chosen service is not one of this business''s services.', '... as is an unknown one, with a sentence');
select is(ss.outcome('{"staff_id": "b2000000-0000-4000-8000-000000000003",
                       "service_ids": ["a3000000-0000-4000-8000-000000000001"]}'),
          'rejected/not_found', 'another salon''s staff member is not found');
select is(ss.outcome('{"staff_id": "a2eeeeee-0000-4000-8000-000000000001", "service_ids": []}'),
          'rejected/not_found', '... nor is an unknown one');
select is(ss.outcome('{"staff_id": "a2000000-0000-4000-8000-000000000003", "service_ids": "all"}'),
          'rejected/invalid_payload', 'service_ids must be a list');
select is(ss.outcome('{"staff_id": "a2000000-0000-4000-8000-000000000003", "service_ids": ["colour"]}'),
          'rejected/invalid_payload', '... of service ids');
select is(ss.outcome('{"service_ids": []}'), 'rejected/invalid_payload', 'the staff member is required');
select tests.login(null);
update public.services set deleted_at = now() where id = 'a3000000-0000-4000-8000-000000000001';
select tests.login('a1000000-0000-4000-8000-000000000001');
select is((select v ->> 'reason' from ss.mut('staff.services_set',
             '{"staff_id": "a2000000-0000-4000-8000-000000000003",
               "service_ids": ["a3000000-0000-4000-8000-000000000001"]}') v),
          'The service "Cut & blow-dry" was removed; choose the services again.', 'a removed service is refused by name');
select is(ss.rows(), '02:1:live 03:3:live', 'refused changes wrote nothing');

-- ============================================================ sync carries the rows
select tests.login('a1000000-0000-4000-8000-000000000003'); -- Thandi, staff: reads her own list
insert into ss.r values ('pull', public.sync_pull(null, 1000));
select is((select array_agg(x ->> 'service_id' order by x ->> 'service_id')
           from ss.r, jsonb_array_elements(v -> 'rows' -> 'staff_services') x where name = 'pull'),
          array['a3000000-0000-4000-8000-000000000002', 'a3000000-0000-4000-8000-000000000003'],
          'a staff member''s pull carries the business''s staff services');
select is((public.sync_audit() -> 'staff_services' ->> 'rows')::integer, 2, 'and sync_audit counts them');
select tests.login('b1000000-0000-4000-8000-000000000001'); -- Inês, Azulejo's owner
select is(public.sync_pull(null, 1000) -> 'rows' -> 'staff_services', null,
          'another salon receives none of them');

-- ============================================================ back to every service
select tests.login('a1000000-0000-4000-8000-000000000001');
select is(ss.outcome('{"staff_id": "a2000000-0000-4000-8000-000000000003", "service_ids": []}'),
          'applied', 'an empty list means every service again');
select is(ss.rows(), '02:2:gone 03:4:gone', 'every row of the list becomes a tombstone');
select is((select array_agg(x order by x)
           from jsonb_array_elements_text(public.sync_pull(null, 1000) -> 'deleted' -> 'staff_services') x),
          (select array_agg(id::text order by id::text) from public.staff_services),
          'a pull lists them under deleted');
select tests.login(null);

select * from finish();
rollback;
