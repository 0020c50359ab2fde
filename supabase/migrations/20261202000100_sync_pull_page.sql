-- Chairside backend, part 6: sync_pull for GET requests.
--
--   GET /rest/v1/rpc/sync_pull_page?cursor=<cursor JSON>&page_size=1000
--
-- PostgREST reserves the query parameter "limit" (it limits the rows of any answer), so a GET
-- cannot pass sync_pull's "limit"; this wrapper calls it page_size. The desktop pulls with GET:
-- a request without a body is sent by Qt's network thread on its own, so the next page travels
-- while the current one is being written (with a POST, Qt hands the body over through the
-- caller's event loop, which is busy writing). The answer is exactly sync_pull's.

create or replace function public.sync_pull_page(cursor jsonb default null,
                                                 page_size integer default 500)
returns jsonb
language sql stable security invoker
set search_path = ''
as $$
  select public.sync_pull(cursor, page_size)
$$;

revoke all on function public.sync_pull_page(jsonb, integer) from public, anon;
grant execute on function public.sync_pull_page(jsonb, integer) to authenticated, service_role;
