-- sync_pull_page: the GET-friendly name of sync_pull (page_size instead of the reserved limit).
begin;
set local client_min_messages = warning;
create extension if not exists pgtap with schema extensions;
select plan(5);

select has_function('public', 'sync_pull_page', array['jsonb', 'integer'], 'sync_pull_page exists');
select ok(not has_function_privilege('anon', 'public.sync_pull_page(jsonb, integer)', 'execute'),
          'anon may not call it');

-- Owner of Protea (seed: a1..01).
select tests.login('a1000000-0000-4000-8000-000000000001');
select is(public.sync_pull_page(null, 3) -> 'rows', public.sync_pull(null, 3) -> 'rows',
          'the same first page as sync_pull');
select is(jsonb_array_length(public.sync_pull_page(null, 2) -> 'rows' -> 'businesses')
            + coalesce(jsonb_array_length(public.sync_pull_page(null, 2) -> 'rows' -> 'staff_members'), 0),
          2, 'page_size limits the page');
-- A cursor sent as text (how a GET's query string arrives) is read like an object.
select is((public.sync_pull_page(to_jsonb((public.sync_pull(null, 2) -> 'cursor')::text), 2) -> 'rows'),
          (public.sync_pull(public.sync_pull(null, 2) -> 'cursor', 2) -> 'rows'),
          'a cursor given as JSON text continues like the object');

select * from finish();
rollback;
