-- sync_pull_page: the GET-friendly name of sync_pull (page_size instead of the reserved limit),
-- answering json text built by private.sync_pull_json.
begin;
set local client_min_messages = warning;
create extension if not exists pgtap with schema extensions;
select plan(8);

select has_function('public', 'sync_pull_page', array['jsonb', 'integer'], 'sync_pull_page exists');
select function_returns('public', 'sync_pull_page', array['jsonb', 'integer'], 'json',
                        'it answers json text, written once');
select ok(not has_function_privilege('anon', 'public.sync_pull_page(jsonb, integer)', 'execute'),
          'anon may not call it');

-- Owner of Protea (seed: a1..01).
select tests.login('a1000000-0000-4000-8000-000000000001');
select is(public.sync_pull_page(null, 3)::jsonb, public.sync_pull(null, 3),
          'the same first page as sync_pull');
select is(jsonb_array_length(public.sync_pull_page(null, 2)::jsonb -> 'rows' -> 'businesses')
            + coalesce(jsonb_array_length(public.sync_pull_page(null, 2)::jsonb -> 'rows' -> 'staff_members'), 0),
          2, 'page_size limits the page');
-- A cursor sent as text (how a GET's query string arrives) is read like an object.
select is((public.sync_pull_page(to_jsonb((public.sync_pull(null, 2) -> 'cursor')::text), 2)::jsonb -> 'rows'),
          (public.sync_pull(public.sync_pull(null, 2) -> 'cursor', 2) -> 'rows'),
          'a cursor given as JSON text continues like the object');
select throws_ok($$select public.sync_pull_page('{"since": "garbage"}', 10)$$, '22023', null,
                 'a broken cursor is refused');

-- Every row of a whole pull, page after page, is its table's row as to_jsonb writes it, less
-- sync_xid: the same values, types and escapes as the jsonb answer it replaced.
create function pg_temp.rows_unlike_to_jsonb() returns integer
language plpgsql as $$
declare
  c jsonb;
  res jsonb;
  pages integer := 0;
  t record;
  differing integer;
  total integer := 0;
begin
  loop
    pages := pages + 1;
    res := public.sync_pull_page(c, 7)::jsonb;
    for t in select key, value from jsonb_each(res -> 'rows') loop
      execute format('select count(*) from jsonb_array_elements($1) sent '
                     'left join public.%I r on r.id = (sent ->> ''id'')::uuid '
                     'where (to_jsonb(r) - ''sync_xid'') is distinct from sent', t.key)
        into differing using t.value;
      total := total + differing;
    end loop;
    c := res -> 'cursor';
    exit when not (res ->> 'has_more')::boolean or pages > 1000;
  end loop;
  return total;
end
$$;
select is(pg_temp.rows_unlike_to_jsonb(), 0, 'every row is sent as to_jsonb shows it, without sync_xid');

select * from finish();
rollback;
