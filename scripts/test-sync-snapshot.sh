#!/usr/bin/env bash
# Two-session database tests that pgTAP (one session) cannot express. Each holds one
# transaction open in a background psql while a second session acts, then commits:
#   1. sync_pull never misses a row committed by a transaction that was open during a pull,
#      even though its updated_at is older than rows the pull already returned;
#   2. two concurrent redemptions of the last points: exactly one wins;
#   3. two concurrent bookings of one staff slot: exactly one wins;
#   4. two admins claiming one handoff at once: exactly one wins;
#   5. the same mutation sent twice at once (a retried request): applied once, replayed once.
# Prints TAP; exits non-zero on any failure. Uses its own throw-away cluster.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cluster=$root/scripts/pg-cluster.sh
state=$(mktemp -d /tmp/chairside-snapshot.XXXXXX)
pids=()
cleanup() {
  for p in "${pids[@]+"${pids[@]}"}"; do kill "$p" 2>/dev/null || true; done
  "$cluster" stop "$state" || true
  rm -rf "$state"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

started=""
for _ in 1 2 3 4 5 6 7 8; do
  port=$((20000 + RANDOM % 30000))
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then continue; fi
  if "$cluster" start "$state" "$port" 2>"$state/start.err"; then started=1; break; fi
done
[[ -n $started ]] || { cat "$state/start.err" >&2; exit 1; }
"$cluster" createdb "$port" chairside

psql_base=(psql -X -q -At -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d chairside)
sql() { "${psql_base[@]}" "$@"; }

OWNER='a1000000-0000-4000-8000-000000000001'
ADMIN='a1000000-0000-4000-8000-000000000002'
STAFF='a1000000-0000-4000-8000-000000000003'
login_sql() { printf "set local role authenticated;\nset local request.jwt.claims = '{\"sub\":\"%s\",\"role\":\"authenticated\"}';\n" "$1"; }

n=0
failed=0
check() { # description actual expected
  n=$((n + 1))
  if [[ $2 == "$3" ]]; then
    echo "ok $n - $1"
  else
    echo "not ok $n - $1"
    echo "#   got:      $2"
    echo "#   expected: $3"
    failed=$((failed + 1))
  fi
}

# A session that keeps one transaction open: statements are fed through a fifo; `mark NAME`
# makes psql touch a file once everything before it has run.
open_session() { # name
  local name=$1
  mkfifo "$state/$name.in"
  "${psql_base[@]}" -f "$state/$name.in" >"$state/$name.out" 2>&1 &
  pids+=($!)
  session_pid=$!
}
wait_for_file() { # path
  local i
  for ((i = 0; i < 300; i++)); do [[ -e $1 ]] && return 0; sleep 0.1; done
  echo "# timed out waiting for $1" >&2
  return 1
}
# True once some backend is blocked on a lock (the second session really is waiting).
wait_for_lock_wait() {
  local i
  for ((i = 0; i < 300; i++)); do
    [[ $(sql -c "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and datname = 'chairside'") -ge 1 ]] && return 0
    sleep 0.1
  done
  echo "# timed out waiting for a blocked session" >&2
  return 1
}

pull() { # user cursor-json -> result json
  sql -v cursor="$2" <<SQL
begin;
$(login_sql "$1")
select public.sync_pull(nullif(:'cursor', '')::jsonb, 1000);
commit;
SQL
}
json() { # expression over :'j'
  sql -v j="$1" <<SQL
select $2;
SQL
}


# ---------------------------------------------------------------- 1. the open writer
c0=$(json "$(pull "$OWNER" "")" "(:'j'::jsonb -> 'cursor')::text")

open_session slow
slow_pid=$session_pid
exec 7>"$state/slow.in"
cat >&7 <<SQL
begin;
insert into public.customers (id, business_id, full_name)
values ('a4dddddd-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001', 'Slow Writer');
\\! touch $state/slow.written
SQL
wait_for_file "$state/slow.written"
sleep 0.2 # the fast writer's updated_at is now clearly later than the slow one's
sql -c "insert into public.customers (id, business_id, full_name)
        values ('a4dddddd-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000001', 'Fast Writer')"

p1=$(pull "$OWNER" "$c0")
check "a pull during the open transaction returns the committed row" \
  "$(json "$p1" "(select string_agg(x ->> 'full_name', ',') from jsonb_array_elements(:'j'::jsonb -> 'rows' -> 'customers') x)")" \
  "Fast Writer"
c1=$(json "$p1" "(:'j'::jsonb -> 'cursor')::text")

echo "commit;" >&7
exec 7>&-
wait "$slow_pid"
check "the slow transaction committed" "$(sql -c "select count(*) from public.customers where full_name = 'Slow Writer'")" "1"
check "its updated_at is older than the newest row the earlier pull returned (a timestamp cursor would miss it)" \
  "$(sql -v j="$p1" <<'SQL'
select (select updated_at from public.customers where full_name = 'Slow Writer')
       < (select max((x ->> 'updated_at')::timestamptz) from jsonb_array_elements(:'j'::jsonb -> 'rows' -> 'customers') x);
SQL
)" "t"

p2=$(pull "$OWNER" "$c1")
check "the next pull returns the row of the transaction that was open" \
  "$(json "$p2" "(select string_agg(x ->> 'full_name', ',') from jsonb_array_elements(:'j'::jsonb -> 'rows' -> 'customers') x)")" \
  "Slow Writer"
c2=$(json "$p2" "(:'j'::jsonb -> 'cursor')::text")
p3=$(pull "$OWNER" "$c2")
check "after that, nothing is pending" "$(json "$p3" ":'j'::jsonb -> 'rows'")" "{}"

# Paging across a commit: a change to a table the cycle has already passed arrives next cycle.
sql -c "update public.services set price_minor = price_minor + 100 where business_id = 'a0000000-0000-4000-8000-000000000001'"
pa=$(sql -v cursor="$c2" <<SQL
begin;
$(login_sql "$OWNER")
select public.sync_pull(:'cursor'::jsonb, 2);
commit;
SQL
)
check "a small page leaves more to fetch" "$(json "$pa" "(:'j'::jsonb ->> 'has_more')")" "true"
sql -c "update public.businesses set phone = '+27 21 555 0199' where id = 'a0000000-0000-4000-8000-000000000001'"
pb=$(pull "$OWNER" "$(json "$pa" "(:'j'::jsonb -> 'cursor')::text")")
# (and audit lines: audit_log is walked after services, so it brings the price change's lines and
# also the line of the business's change committed meanwhile; the business row itself, in a table
# the cycle has passed, comes next cycle)
check "the cycle finishes with the remaining service and the audit lines" \
  "$(json "$pb" "(select string_agg(distinct k || coalesce(':' || (x ->> 'table_name'), ''), ',') from jsonb_object_keys(:'j'::jsonb -> 'rows') k, jsonb_array_elements(:'j'::jsonb -> 'rows' -> k) x)")" "audit_log:businesses,audit_log:services,services"
pc=$(pull "$OWNER" "$(json "$pb" "(:'j'::jsonb -> 'cursor')::text")")
check "a change committed between pages to an earlier table arrives in the next cycle" \
  "$(json "$pc" "(select string_agg(x ->> 'phone', ',') from jsonb_array_elements(:'j'::jsonb -> 'rows' -> 'businesses') x)")" \
  "+27 21 555 0199"

# ---------------------------------------------------------------- 2. concurrent redemptions
# Lerato has 350 points; two desks redeem 300 at the same moment.
redeem() { # mutation id
  cat <<SQL
$(login_sql "$STAFF")
select public.apply_mutations(jsonb_build_array(jsonb_build_object(
  'mutation_id', '$1', 'kind', 'loyalty.redeem',
  'payload', '{"customer_id": "a4000000-0000-4000-8000-000000000001", "points": 300}'::jsonb))) -> 0 ->> 'status';
SQL
}
open_session desk1
desk1_pid=$session_pid
exec 7>"$state/desk1.in"
{ echo "begin;"; redeem 'e0000000-0000-4000-8000-000000000001'; echo "\\! touch $state/desk1.done"; } >&7
wait_for_file "$state/desk1.done"
{ echo "begin;"; redeem 'e0000000-0000-4000-8000-000000000002'; echo "commit;"; } | sql >"$state/desk2.out" 2>&1 &
desk2=$!
pids+=("$desk2")
check "the second redemption waits for the first" "$(wait_for_lock_wait && echo waiting)" "waiting"
echo "commit;" >&7
exec 7>&-
wait "$desk1_pid"
wait "$desk2"
check "the first redemption is applied" "$(tr -d '\n' <"$state/desk1.out")" "applied"
check "the second is rejected" "$(tr -d '\n' <"$state/desk2.out")" "rejected"
check "... for lack of points" \
  "$(sql -c "select result ->> 'code' from public.applied_mutations where mutation_id = 'e0000000-0000-4000-8000-000000000002'")" \
  "insufficient_points"
check "the balance stays above zero" \
  "$(sql -c "select balance from public.loyalty_balances where customer_id = 'a4000000-0000-4000-8000-000000000001'")" "50"

# ---------------------------------------------------------------- 3. concurrent bookings
book() { # mutation id, appointment id
  cat <<SQL
$(login_sql "$STAFF")
select public.apply_mutations(jsonb_build_array(jsonb_build_object(
  'mutation_id', '$1', 'kind', 'appointment.create',
  'payload', jsonb_build_object('id', '$2', 'staff_id', 'a2000000-0000-4000-8000-000000000003',
                                'service_id', 'a3000000-0000-4000-8000-000000000001',
                                'starts_at', date_trunc('day', now()) + interval '60 days 10 hours')))) -> 0 ->> 'status';
SQL
}
open_session book1
book1_pid=$session_pid
exec 7>"$state/book1.in"
{ echo "begin;"; book 'e0000000-0000-4000-8000-000000000011' 'a5dddddd-0000-4000-8000-000000000001'; echo "\\! touch $state/book1.done"; } >&7
wait_for_file "$state/book1.done"
{ echo "begin;"; book 'e0000000-0000-4000-8000-000000000012' 'a5dddddd-0000-4000-8000-000000000002'; echo "commit;"; } | sql >"$state/book2.out" 2>&1 &
book2=$!
pids+=("$book2")
check "the second session waits for the first" "$(wait_for_lock_wait && echo waiting)" "waiting"
echo "commit;" >&7
exec 7>&-
wait "$book1_pid"
wait "$book2"
check "the first booking of the slot is applied" "$(tr -d '\n' <"$state/book1.out")" "applied"
check "the concurrent second booking is rejected" "$(tr -d '\n' <"$state/book2.out")" "rejected"
check "... as a double booking" \
  "$(sql -c "select result ->> 'code' from public.applied_mutations where mutation_id = 'e0000000-0000-4000-8000-000000000012'")" \
  "double_booking"
check "exactly one appointment holds the slot" \
  "$(sql -c "select count(*) from public.appointments where id in ('a5dddddd-0000-4000-8000-000000000001', 'a5dddddd-0000-4000-8000-000000000002')")" "1"

# ---------------------------------------------------------------- 4. concurrent claims
sql -c "insert into auth.users (id, email) values ('a1000000-0000-4000-8000-0000000000a2', 'admin2@protea.example');
        insert into public.staff_members (id, business_id, user_id, display_name, role)
        values ('a2000000-0000-4000-8000-0000000000a2', 'a0000000-0000-4000-8000-000000000001',
                'a1000000-0000-4000-8000-0000000000a2', 'Zanele', 'admin');"
claim() { # user, mutation id
  cat <<SQL
$(login_sql "$1")
select public.apply_mutations(jsonb_build_array(jsonb_build_object(
  'mutation_id', '$2', 'kind', 'handoff.claim',
  'payload', '{"id": "a8000000-0000-4000-8000-000000000001"}'::jsonb))) -> 0 ->> 'status';
SQL
}
open_session claim1
claim1_pid=$session_pid
exec 7>"$state/claim1.in"
{ echo "begin;"; claim "$ADMIN" 'e0000000-0000-4000-8000-000000000021'; echo "\\! touch $state/claim1.done"; } >&7
wait_for_file "$state/claim1.done"
{ echo "begin;"; claim 'a1000000-0000-4000-8000-0000000000a2' 'e0000000-0000-4000-8000-000000000022'; echo "commit;"; } | sql >"$state/claim2.out" 2>&1 &
claim2=$!
pids+=("$claim2")
check "the second session waits for the first" "$(wait_for_lock_wait && echo waiting)" "waiting"
echo "commit;" >&7
exec 7>&-
wait "$claim1_pid"
wait "$claim2"
check "the first claim is applied" "$(tr -d '\n' <"$state/claim1.out")" "applied"
check "the concurrent second claim is a conflict" "$(tr -d '\n' <"$state/claim2.out")" "conflict"
check "the handoff belongs to the first claimant" \
  "$(sql -c "select assigned_to from public.ai_handoffs where id = 'a8000000-0000-4000-8000-000000000001'")" \
  "a2000000-0000-4000-8000-000000000002"

# ---------------------------------------------------------------- 5. concurrent replays
award() { # -> status + replayed flag
  cat <<SQL
$(login_sql "$STAFF")
select r ->> 'status' || coalesce(' replayed=' || (r ->> 'replayed'), '')
from (select public.apply_mutations(jsonb_build_array(jsonb_build_object(
  'mutation_id', 'e0000000-0000-4000-8000-000000000031', 'kind', 'loyalty.award',
  'payload', '{"customer_id": "a4000000-0000-4000-8000-000000000002", "points": 25}'::jsonb))) -> 0 as r) x;
SQL
}
open_session send1
send1_pid=$session_pid
exec 7>"$state/send1.in"
{ echo "begin;"; award; echo "\\! touch $state/send1.done"; } >&7
wait_for_file "$state/send1.done"
{ echo "begin;"; award; echo "commit;"; } | sql >"$state/send2.out" 2>&1 &
send2=$!
pids+=("$send2")
check "the retried request waits for the first" "$(wait_for_lock_wait && echo waiting)" "waiting"
echo "commit;" >&7
exec 7>&-
wait "$send1_pid"
wait "$send2"
check "the first request applies the mutation" "$(tr -d '\n' <"$state/send1.out")" "applied"
check "the concurrent retry answers as a replay" "$(tr -d '\n' <"$state/send2.out")" "applied replayed=true"
check "the points were awarded once" \
  "$(sql -c "select balance from public.loyalty_balances where customer_id = 'a4000000-0000-4000-8000-000000000002'")" "25"

echo "1..$n"
if ((failed > 0)); then
  echo "# $failed of $n failed"
  exit 1
fi
echo "# all $n passed"
