-- sync_audit: per-table counts and (id, version) hashes under the caller's RLS.
begin;
set local client_min_messages = warning;
create extension if not exists pgtap with schema extensions;
select plan(7);

create schema sa;
grant usage on schema sa to public;
-- The same hash computed independently, row by row, for comparison.
create function sa.expected(tbl text) returns text language plpgsql as $$
declare
  lines text := '';
  r record;
begin
  for r in execute format('select id::text as id, version from public.%I order by id::text collate "C"', tbl) loop
    lines := lines || r.id || ':' || r.version || E'\n';
  end loop;
  return encode(sha256(convert_to(lines, 'UTF8')), 'hex');
end
$$;
grant execute on function sa.expected(text) to public;

-- Owner of Protea (seed: users a1..01 owner, a1..03 staff).
select tests.login('a1000000-0000-4000-8000-000000000001');
select is((public.sync_audit() -> 'customers' ->> 'rows')::bigint,
          (select count(*) from public.customers), 'owner: customer count is what RLS shows');
select is(public.sync_audit() -> 'appointments' ->> 'hash', sa.expected('appointments'),
          'owner: appointments hash matches an independent computation');
select is(jsonb_array_length(jsonb_path_query_array(public.sync_audit(), '$.keyvalue()')), 19,
          'every synced table is audited');
select ok((public.sync_audit() -> 'ai_messages' ->> 'rows')::bigint > 0, 'the owner sees messages');

-- A version bump changes the hash, nothing else does.
select public.sync_audit() -> 'customers' ->> 'hash' as before_hash \gset
update public.customers set notes = notes || '.' where id = (select min(id::text)::uuid from public.customers);
select isnt(public.sync_audit() -> 'customers' ->> 'hash', :'before_hash', 'a new version changes the hash');

-- Staff: no AI conversations, and the empty hash is the hash of nothing.
reset role;
select tests.login('a1000000-0000-4000-8000-000000000003');
select is((public.sync_audit() -> 'ai_messages' ->> 'rows')::bigint, 0::bigint, 'staff see no messages');
select is(public.sync_audit() -> 'ai_messages' ->> 'hash', encode(sha256(''::bytea), 'hex'),
          'empty table hash is sha256 of nothing');

select * from finish();
rollback;
