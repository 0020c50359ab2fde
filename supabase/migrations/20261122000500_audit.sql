-- Chairside backend, part 5: the convergence audit (`chairside status --audit`).
--
--   POST /rest/v1/rpc/sync_audit   {}
--
-- For every synced table the caller can see (RLS applies: SECURITY INVOKER), the number of rows,
-- tombstones included, and the SHA-256 (hex) of the lines "<id>:<version>\n" in id order (byte
-- order of the lowercase text form). The desktop computes the same over its local cache; equal
-- counts and hashes mean the cache holds exactly the server's rows at the server's versions.

create or replace function public.sync_audit()
returns jsonb
language plpgsql stable security invoker
set search_path = ''
as $$
declare
  t text;
  n bigint;
  h text;
  result jsonb := '{}'::jsonb;
begin
  foreach t in array private.sync_tables() loop
    execute format(
      'select count(*), encode(pg_catalog.sha256(convert_to(coalesce(string_agg('
      'id::text || '':'' || version::text || chr(10), '''' order by id::text collate "C"), ''''), '
      '''UTF8'')), ''hex'') from public.%I', t)
      into n, h;
    result := result || jsonb_build_object(t, jsonb_build_object('rows', n, 'hash', h));
  end loop;
  return result;
end
$$;

revoke all on function public.sync_audit() from public, anon;
grant execute on function public.sync_audit() to authenticated, service_role;
