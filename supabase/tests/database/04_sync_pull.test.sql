-- sync_pull: a full pull, RLS filtering, paging, increments and tombstones.
-- (The open-writer-transaction case needs two sessions: scripts/test-sync-snapshot.sh.)
begin;
set local client_min_messages = warning;
create extension if not exists pgtap with schema extensions;
select plan(23);

create schema st;
grant usage on schema st to public;
-- Every (table, id) a pull returned, page by page.
create table st.seen (page integer, tbl text, id uuid);
grant all on st.seen to public;
create function st.pull_all(page_size integer, start jsonb default null) returns jsonb
language plpgsql as $$
declare
  c jsonb := start;
  res jsonb;
  p integer := 0;
begin
  loop
    p := p + 1;
    res := public.sync_pull(c, page_size);
    insert into st.seen
    select p, t.key, (r ->> 'id')::uuid from jsonb_each(res -> 'rows') t, jsonb_array_elements(t.value) r;
    c := res -> 'cursor';
    exit when not (res ->> 'has_more')::boolean or p > 500;
  end loop;
  return jsonb_build_object('pages', p, 'cursor', c);
end
$$;

-- What Protea's owner may see, counted as the superuser.
create table st.expected as
select 'businesses' as tbl, id from public.businesses where id = 'a0000000-0000-4000-8000-000000000001'
union all select 'staff_members', id from public.staff_members where business_id = 'a0000000-0000-4000-8000-000000000001'
union all select 'working_hours', id from public.working_hours where business_id = 'a0000000-0000-4000-8000-000000000001'
union all select 'time_off', id from public.time_off where business_id = 'a0000000-0000-4000-8000-000000000001'
union all select 'services', id from public.services where business_id = 'a0000000-0000-4000-8000-000000000001'
union all select 'customers', id from public.customers where business_id = 'a0000000-0000-4000-8000-000000000001'
union all select 'appointments', id from public.appointments where business_id = 'a0000000-0000-4000-8000-000000000001'
union all select 'appointment_events', id from public.appointment_events where business_id = 'a0000000-0000-4000-8000-000000000001'
union all select 'ai_conversations', id from public.ai_conversations where business_id = 'a0000000-0000-4000-8000-000000000001'
union all select 'ai_messages', id from public.ai_messages where business_id = 'a0000000-0000-4000-8000-000000000001'
union all select 'ai_handoffs', id from public.ai_handoffs where business_id = 'a0000000-0000-4000-8000-000000000001'
union all select 'outbound_messages', id from public.outbound_messages where business_id = 'a0000000-0000-4000-8000-000000000001'
union all select 'loyalty_tiers', id from public.loyalty_tiers where business_id = 'a0000000-0000-4000-8000-000000000001'
union all select 'loyalty_rewards', id from public.loyalty_rewards where business_id = 'a0000000-0000-4000-8000-000000000001'
union all select 'loyalty_ledger', id from public.loyalty_ledger where business_id = 'a0000000-0000-4000-8000-000000000001'
union all select 'notifications', id from public.notifications
  where business_id = 'a0000000-0000-4000-8000-000000000001'
    and (recipient_staff_id is null or recipient_staff_id = 'a2000000-0000-4000-8000-000000000001')
union all select 'reminder_rules', id from public.reminder_rules where business_id = 'a0000000-0000-4000-8000-000000000001'
union all select 'audit_log', id from public.audit_log where business_id = 'a0000000-0000-4000-8000-000000000001'
union all select 'staff_services', id from public.staff_services where business_id = 'a0000000-0000-4000-8000-000000000001';
create table st.r (name text primary key, v jsonb);
grant all on st.expected, st.r to public;

-- ---- full pull ------------------------------------------------------------------------------
select tests.login('a1000000-0000-4000-8000-000000000001');
insert into st.r values ('full', public.sync_pull(null, 1000));
select is((select (v ->> 'has_more')::boolean from st.r where name = 'full'), false,
          'a full pull of a small salon fits in one page');
select set_eq($$select t.key, (x ->> 'id')::uuid from st.r, jsonb_each(v -> 'rows') t, jsonb_array_elements(t.value) x
                where name = 'full'$$,
              $$select tbl, id from st.expected$$,
              'the owner receives exactly the rows of the own business it may read');
select is((select count(*)::integer from st.r, jsonb_each(v -> 'rows') t, jsonb_array_elements(t.value) x
           where name = 'full' and x ? 'sync_xid'), 0, 'rows do not expose sync_xid');
select is((select array_agg(t.key order by t.key) from st.r, jsonb_object_keys(v -> 'rows') t(key) where name = 'full'
           and t.key in ('applied_mutations', 'loyalty_balances')), null, 'bookkeeping and views are not synced');
select is((select jsonb_typeof(v -> 'cursor' -> 'since') from st.r where name = 'full'), 'string',
          'a finished pull returns a snapshot cursor');

select tests.login('a1000000-0000-4000-8000-000000000003');
insert into st.r values ('staff', public.sync_pull(null, 1000));
select is((select array_agg(t.key order by t.key) from st.r, jsonb_object_keys(v -> 'rows') t(key) where name = 'staff'
           and t.key like 'ai\_%'), null, 'staff receive no AI conversations, messages or handoffs');
select is((select array_agg(x ->> 'kind') from st.r, jsonb_array_elements(v -> 'rows' -> 'outbound_messages') x
           where name = 'staff'), array['reminder_24h'], 'staff receive reminders but no replies');
select is((select count(*)::integer from st.r, jsonb_array_elements(v -> 'rows' -> 'audit_log') x
           where name = 'staff'), 0, 'staff receive no audit log (owners only)');

-- ---- paging ---------------------------------------------------------------------------------
select tests.login('a1000000-0000-4000-8000-000000000001');
insert into st.r values ('paged', st.pull_all(7));
select cmp_ok((select (v ->> 'pages')::integer from st.r where name = 'paged'), '>', 5, 'small pages take several calls');
select is((select max(n)::integer from (select count(*) n from st.seen group by page) x), 7, 'no page exceeds the limit');
select bag_eq($$select tbl, id from st.seen$$, $$select tbl, id from st.expected$$,
              'paging returns every row exactly once');
select is((select v -> 'cursor' from st.r where name = 'paged'), (select v -> 'cursor' from st.r where name = 'full'),
          'the last page hands back the cycle''s snapshot');
delete from st.seen;
insert into st.r values ('page1', public.sync_pull(null, 0));
select is((select count(*)::integer from st.r, jsonb_each(v -> 'rows') t, jsonb_array_elements(t.value) x where name = 'page1'),
          1, 'a limit below one is raised to one');

-- ---- increments and tombstones --------------------------------------------------------------
-- A cursor as an earlier pull would have left it just before this transaction began: this
-- transaction is in progress (not visible), everything committed before it is.
select tests.login(null);
insert into st.r values ('before', jsonb_build_object('since', format('%s:%s:', pg_current_xact_id(), pg_current_xact_id())));
update public.appointments set notes = 'Bring reference photos' where id = 'a5000000-0000-4000-8000-000000000003';
update public.customers set deleted_at = now() where id = 'a4000000-0000-4000-8000-000000000002';
insert into public.customers (id, business_id, full_name) values
  ('a4eeeeee-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001', 'New client'),
  ('b4eeeeee-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000001', 'Cliente nova');
select tests.login('a1000000-0000-4000-8000-000000000001');
insert into st.r values ('delta', public.sync_pull((select v from st.r where name = 'before'), 100));
select set_eq($$select t.key, (x ->> 'id')::uuid from st.r, jsonb_each(v -> 'rows') t, jsonb_array_elements(t.value) x
                where name = 'delta'$$,
              $$values ('appointments', 'a5000000-0000-4000-8000-000000000003'::uuid),
                       ('customers', 'a4000000-0000-4000-8000-000000000002'::uuid),
                       ('customers', 'a4eeeeee-0000-4000-8000-000000000001'::uuid)
                union all select 'audit_log', a.id from public.audit_log a
                where a.table_name = 'customers' and a.row_id = 'a4000000-0000-4000-8000-000000000002'$$,
              'an incremental pull returns only rows written since the cursor, of the own business');
select is((select v -> 'deleted' from st.r where name = 'delta'),
          '{"customers": ["a4000000-0000-4000-8000-000000000002"]}'::jsonb, 'tombstones are listed under deleted');
select isnt((select x ->> 'deleted_at' from st.r, jsonb_array_elements(v -> 'rows' -> 'customers') x
             where name = 'delta' and x ->> 'id' = 'a4000000-0000-4000-8000-000000000002'), null,
            '... and sent as rows with deleted_at');
select is((select (x ->> 'version')::integer from st.r, jsonb_array_elements(v -> 'rows' -> 'appointments') x
           where name = 'delta'), 2, 'rows carry their version');
-- The pulling transaction is itself still open here, so its snapshot lists it as in progress:
-- its rows count as not yet seen and come again next time (exactly the open-writer rule).
select is(pg_visible_in_snapshot(pg_current_xact_id(), (select (v -> 'cursor' ->> 'since')::pg_snapshot from st.r where name = 'delta')),
          false, 'a transaction in progress during a pull is not treated as seen');
select is(public.sync_pull((select v -> 'cursor' from st.r where name = 'delta'), 100) -> 'rows',
          (select v -> 'rows' from st.r where name = 'delta'), '... so its rows are offered again');
select is(public.sync_pull(to_jsonb(jsonb_build_object('since', format('%s:%s:', pg_current_xact_id()::text::bigint + 1,
                                                                          pg_current_xact_id()::text::bigint + 1))::text), 100) -> 'rows',
          '{}'::jsonb, 'a cursor after every writer returns nothing (and may be stored as a JSON string)');
select tests.login('b1000000-0000-4000-8000-000000000003');
select is((select array_agg(x ->> 'id') from jsonb_array_elements(
             public.sync_pull((select v from st.r where name = 'before'), 100) -> 'rows' -> 'customers') x),
          array['b4eeeeee-0000-4000-8000-000000000001'], 'the other salon receives only its own new row');

select throws_ok($$select public.sync_pull('{"since": "garbage"}', 10)$$, '22023', null, 'a broken cursor is refused');
select throws_ok($$select public.sync_pull('{"since": null, "upto": "1:1:", "table": 99}', 10)$$, '22023', null,
                 'a cursor pointing past the tables is refused');
select tests.login(null);

select * from finish();
rollback;
