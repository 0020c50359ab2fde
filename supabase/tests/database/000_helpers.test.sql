-- Helpers the other test files share, kept in a schema of their own ("tests", outside public
-- and private, so the schema checks of 00_schema do not see them). Unlike the tests, which roll
-- back, this file commits: it sorts first, so `scripts/run-pgtap.sh` and `supabase test db`
-- create the helpers before any file uses them. Running it again replaces them.
set client_min_messages = warning;
create schema if not exists tests;
grant usage on schema tests to public;

-- Act as the signed-in user `who` for the rest of the transaction, as PostgREST does with a
-- user's JWT; null: as nobody (no role, no claims).
create or replace function tests.login(who uuid) returns void language plpgsql as $$
begin
  if who is null then
    perform set_config('role', 'none', true);
    perform set_config('request.jwt.claims', '', true);
  else
    perform set_config('request.jwt.claims',
                       json_build_object('sub', who, 'role', 'authenticated')::text, true);
    perform set_config('role', 'authenticated', true);
  end if;
end
$$;
grant execute on function tests.login(uuid) to public;

begin;
select plan(1);
select has_function('tests', 'login', array['uuid'], 'the shared sign-in helper exists');
select * from finish();
rollback;
