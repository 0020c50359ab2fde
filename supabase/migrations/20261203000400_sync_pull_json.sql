-- Chairside backend, part 15: a pull page built as json text instead of jsonb.
--
-- A first sync of a large salon is a chain of 641 pages, each asked for with the cursor of the
-- one before, so the server's time per page is the floor of the download. Building a page as
-- jsonb cost about 25 ms of PostgreSQL's CPU per 1,000 rows: to_jsonb of every row, removing
-- sync_xid (a copy), jsonb_agg (which takes each value apart and puts it together again), the
-- page merged into the answer (two more copies), and then jsonb's output function printing it
-- all as text. row_to_json and json_agg write text once. The whole bench chain inside
-- PostgreSQL: 15.8 s -> 7.5 s (docs/benchmark-notes.md).
--
-- The answer means the same: the same keys and values; only the order of keys and the spaces
-- differ (json keeps the order it was written in: cursor and has_more first, rows last; a row's
-- columns in table order). private.sync_pull_json is the one implementation:
--   sync_pull_page (GET, the desktop and the supabase-js bench script) returns it as it is;
--   sync_pull (POST, and the SQL tests) returns it as jsonb, as before.

create or replace function private.sync_pull_json(cursor jsonb, page_size integer)
returns json
language plpgsql stable security invoker
set search_path = ''
as $$
declare
  tables text[] := private.sync_tables();
  page_limit integer := greatest(1, least(coalesce(page_size, 500), 1000));
  remaining integer;
  since pg_snapshot;
  upto pg_snapshot;
  start_index integer := 1;
  after_xid xid8;
  after_id uuid;
  i integer;
  t text;
  columns text;
  total integer;
  page json;
  dead json;
  last_xid xid8;
  last_id uuid;
  row_tables text[] := '{}';
  row_pages json[] := '{}';
  dead_tables text[] := '{}';
  dead_ids json[] := '{}';
  next_cursor jsonb;
begin
  if cursor is not null and jsonb_typeof(cursor) = 'string' then
    cursor := (cursor #>> '{}')::jsonb; -- a cursor stored as text
  end if;
  if cursor is not null and jsonb_typeof(cursor) = 'object' then
    begin
      since := (cursor ->> 'since')::pg_snapshot;
      upto := (cursor ->> 'upto')::pg_snapshot;
      if upto is not null then
        start_index := (cursor ->> 'table')::integer;
        after_xid := (cursor ->> 'after_xid')::xid8;
        after_id := (cursor ->> 'after_id')::uuid;
      end if;
    exception when others then
      raise exception 'Invalid sync cursor; start again with a null cursor.'
        using errcode = '22023';
    end;
    if start_index is null or start_index < 1 or start_index > array_length(tables, 1) then
      raise exception 'Invalid sync cursor; start again with a null cursor.' using errcode = '22023';
    end if;
  elsif cursor is not null and jsonb_typeof(cursor) <> 'null' then
    raise exception 'Invalid sync cursor; start again with a null cursor.' using errcode = '22023';
  end if;

  if upto is null then
    upto := pg_current_snapshot(); -- a new cycle
  end if;

  remaining := page_limit;
  for i in start_index .. array_length(tables, 1) loop
    t := tables[i];
    -- Every column but sync_xid, quoted, in table order: the row as the client knows it.
    select string_agg(format('r.%I', a.attname), ', ' order by a.attnum) into columns
    from pg_catalog.pg_attribute a
    where a.attrelid = format('public.%I', t)::regclass and a.attnum > 0
      and not a.attisdropped and a.attname <> 'sync_xid';
    execute format($q$
      with candidates as (
        select r.sync_xid, r.id, r.deleted_at is not null as gone,
               (select row_to_json(sent.*) from (select %s) sent) as j
        from public.%I r
        where ($1::pg_snapshot is null
               or (r.sync_xid >= pg_snapshot_xmin($1) and not pg_visible_in_snapshot(r.sync_xid, $1)))
          and ($2::xid8 is null or (r.sync_xid, r.id) > ($2, $3::uuid))
        order by r.sync_xid, r.id
        limit $4 + 1
      ), numbered as (
        select c.*, row_number() over (order by c.sync_xid, c.id) as n from candidates c
      )
      select count(*)::integer,
             coalesce(json_agg(j order by n) filter (where n <= $4), '[]'::json),
             coalesce(json_agg(id order by n) filter (where n <= $4 and gone), '[]'::json),
             (array_agg(sync_xid order by n desc) filter (where n <= $4))[1],
             (array_agg(id order by n desc) filter (where n <= $4))[1]
      from numbered
    $q$, columns, t)
    into total, page, dead, last_xid, last_id
    using since, after_xid, after_id, remaining;

    if total > 0 then
      row_tables := row_tables || t;
      row_pages := row_pages || page;
    end if;
    if json_array_length(dead) > 0 then
      dead_tables := dead_tables || t;
      dead_ids := dead_ids || dead;
    end if;

    if total > remaining then
      -- More in this table: continue after the last row sent.
      next_cursor := jsonb_build_object('since', since::text, 'upto', upto::text, 'table', i,
                                        'after_xid', last_xid::text, 'after_id', last_id);
      exit;
    end if;
    remaining := remaining - total;
    after_xid := null;
    after_id := null;
    if remaining = 0 and i < array_length(tables, 1) then
      next_cursor := jsonb_build_object('since', since::text, 'upto', upto::text, 'table', i + 1,
                                        'after_xid', null, 'after_id', null);
      exit;
    end if;
  end loop;

  -- json_object_agg appends each page's text as it is; nothing is parsed again.
  return json_build_object(
    'cursor', coalesce(next_cursor, jsonb_build_object('since', upto::text)),
    'has_more', next_cursor is not null,
    'server_time', now(),
    'deleted', (select coalesce(json_object_agg(k, v), '{}'::json)
                from unnest(dead_tables, dead_ids) as d(k, v)),
    'rows', (select coalesce(json_object_agg(k, v), '{}'::json)
             from unnest(row_tables, row_pages) as p(k, v)));
end
$$;

revoke all on function private.sync_pull_json(jsonb, integer) from public, anon;
grant execute on function private.sync_pull_json(jsonb, integer) to authenticated, service_role;

create or replace function public.sync_pull(cursor jsonb default null, "limit" integer default 500)
returns jsonb
language sql stable security invoker
set search_path = ''
as $$
  select private.sync_pull_json(cursor, "limit")::jsonb
$$;

-- A new return type: the function is made again, with its privileges.
drop function public.sync_pull_page(jsonb, integer);
create function public.sync_pull_page(cursor jsonb default null, page_size integer default 500)
returns json
language sql stable security invoker
set search_path = ''
as $$
  select private.sync_pull_json(cursor, page_size)
$$;

revoke all on function public.sync_pull_page(jsonb, integer) from public, anon;
grant execute on function public.sync_pull_page(jsonb, integer) to authenticated, service_role;
