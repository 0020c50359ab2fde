#!/usr/bin/env bash
# Reminders under concurrency (supabase/migrations/20261202000200_reminders.sql), the two-session
# way of scripts/test-sync-snapshot.sh: one session holds its transaction open while another acts.
#   1. two runs of the job at the same moment: exactly one message per due reminder, and the
#      second run does not wait for the first;
#   2. a writer that takes no row locks (a raw INSERT of the same reminder) waits on the unique
#      index and then finds the reminder taken: the key, not the locks, is the guarantee;
#   3. eight runs started together over 120 due appointments: exactly one message each;
#   4. a desk reschedule during a run waits for it and then withdraws what the run queued; a run
#      during an open reschedule skips that appointment; afterwards exactly one reminder, for
#      the new time.
# Prints TAP; exits non-zero on any failure. Uses its own throw-away cluster.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cluster=$root/scripts/pg-cluster.sh
state=$(mktemp -d /tmp/chairside-reminders.XXXXXX)
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

STAFF_USER='a1000000-0000-4000-8000-000000000003'
BIZ='a0000000-0000-4000-8000-000000000001'
LERATO='a4000000-0000-4000-8000-000000000001'
SERVICE='a3000000-0000-4000-8000-000000000001'
# A fixed clock far from the seed's appointments: 10:00 in Cape Town, outside quiet hours.
NOW='2027-06-01 08:00+00'
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
wait_for_lock_wait() {
  local i
  for ((i = 0; i < 300; i++)); do
    [[ $(sql -c "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and datname = 'chairside'") -ge 1 ]] && return 0
    sleep 0.1
  done
  echo "# timed out waiting for a blocked session" >&2
  return 1
}

# Appointments FIRST..LAST for Lerato, each with a stylist of its own, starting START + i minutes.
make_appointments() { # first last start
  sql -v first="$1" -v last="$2" -v start="$3" -v biz="$BIZ" -v customer="$LERATO" -v service="$SERVICE" <<'SQL'
insert into public.staff_members (id, business_id, display_name, role)
select ('c2000000-0000-4000-8000-' || lpad(i::text, 12, '0'))::uuid, :'biz', 'Stylist ' || i, 'staff'
from generate_series(:first, :last) i;
insert into public.appointments (id, business_id, customer_id, staff_id, service_id, starts_at, ends_at, created_at)
select ('c5000000-0000-4000-8000-' || lpad(i::text, 12, '0'))::uuid, :'biz', :'customer',
       ('c2000000-0000-4000-8000-' || lpad(i::text, 12, '0'))::uuid, :'service',
       :'start'::timestamptz + make_interval(mins => i), :'start'::timestamptz + make_interval(mins => i + 30),
       '2027-01-01 00:00+00'
from generate_series(:first, :last) i;
SQL
}
appt() { printf 'c5000000-0000-4000-8000-%012d' "$1"; }
# Live reminders of appointments FIRST..LAST: "<rows> <distinct (appointment, kind, start)>".
live() { # first last
  sql -c "select count(*) || ' ' || count(distinct (appointment_id, kind, appointment_starts_at))
          from public.outbound_messages
          where kind in ('reminder_24h', 'reminder_2h') and deleted_at is null
            and appointment_id in (select ('c5000000-0000-4000-8000-' || lpad(i::text, 12, '0'))::uuid
                                   from generate_series($1, $2) i)"
}

# ---------------------------------------------------------------- 1. two runs at once
make_appointments 1 5 '2027-06-02 04:00+00' # 24 h reminders due at NOW
open_session run1
run1_pid=$session_pid
exec 7>"$state/run1.in"
{ echo "begin;"; echo "select private.queue_due_reminders('$NOW');"; echo "\\! touch $state/run1.done"; } >&7
wait_for_file "$state/run1.done"
second=$(timeout 20 "${psql_base[@]}" -c "select private.queue_due_reminders('$NOW')" || echo "timed out")
check "a second run during the first does not wait for it and queues nothing twice" "$second" "0"
echo "commit;" >&7
exec 7>&-
wait "$run1_pid"
check "the first run queued the five due reminders" "$(tr -d '\n' <"$state/run1.out")" "5"
check "exactly one message per due reminder" "$(live 1 5)" "5 5"
check "a run after both queues nothing" "$(sql -c "select private.queue_due_reminders('$NOW')")" "0"

# ---------------------------------------------------------------- 2. the key without locks
make_appointments 6 6 '2027-06-02 05:00+00'
open_session run2
run2_pid=$session_pid
exec 7>"$state/run2.in"
{ echo "begin;"; echo "select private.queue_due_reminders('$NOW');"; echo "\\! touch $state/run2.done"; } >&7
wait_for_file "$state/run2.done"
sql -c "insert into public.outbound_messages (business_id, customer_id, appointment_id, channel, kind, body)
        values ('$BIZ', '$LERATO', '$(appt 6)', 'sms', 'reminder_24h', 'A second writer')
        on conflict do nothing returning 'inserted'" >"$state/raw.out" 2>&1 &
raw=$!
pids+=("$raw")
check "a writer without row locks waits on the unique key" "$(wait_for_lock_wait && echo waiting)" "waiting"
echo "commit;" >&7
exec 7>&-
wait "$run2_pid"
wait "$raw"
check "... and then finds the reminder taken" "$(tr -d '\n' <"$state/raw.out")" ""
check "still exactly one message" "$(live 6 6)" "1 1"

# ---------------------------------------------------------------- 3. eight runs together
make_appointments 101 220 '2027-06-01 12:00+00' # 24 h reminders due at NOW
go=$state/go
for i in 1 2 3 4 5 6 7 8; do
  (
    while [[ ! -e $go ]]; do sleep 0.01; done
    "${psql_base[@]}" -c "select private.queue_due_reminders('$NOW')" >"$state/storm$i.out" 2>&1
  ) &
  pids+=($!)
  storm[i]=$!
done
touch "$go"
for i in 1 2 3 4 5 6 7 8; do wait "${storm[i]}"; done
total=0
for i in 1 2 3 4 5 6 7 8; do total=$((total + $(tr -d '\n' <"$state/storm$i.out"))); done
echo "# the eight runs queued: $(cat "$state"/storm?.out | tr '\n' ' ')"
check "eight simultaneous runs queue 120 reminders between them" "$total" "120"
check "exactly one message for each of the 120 appointments" "$(live 101 220)" "120 120"

# ---------------------------------------------------------------- 4. reschedule against a run
reschedule() { # mutation id, appointment id, new start
  cat <<SQL
$(login_sql "$STAFF_USER")
select public.apply_mutations(jsonb_build_array(jsonb_build_object(
  'mutation_id', '$1', 'kind', 'appointment.reschedule',
  'payload', jsonb_build_object('id', '$2', 'starts_at', '$3')))) -> 0 ->> 'status';
SQL
}
# 4a. A desk's reschedule of a due appointment is open while a run goes by.
make_appointments 8 8 '2027-06-02 06:00+00'
open_session move2
move2_pid=$session_pid
exec 7>"$state/move2.in"
{ echo "begin;"; reschedule 'e1000000-0000-4000-8000-000000000002' "$(appt 8)" '2027-06-02 07:08+00';
  echo "\\! touch $state/move2.done"; } >&7
wait_for_file "$state/move2.done"
during=$(timeout 20 "${psql_base[@]}" -c "select private.queue_due_reminders('$NOW')" || echo "timed out")
check "a run during an open reschedule skips that appointment without waiting" "$during" "0"
echo "commit;" >&7
exec 7>&-
wait "$move2_pid"
check "the reschedule is applied" "$(tr -d '\n' <"$state/move2.out")" "applied"
check "the next run queues its reminder for the new time" \
  "$(sql -c "select private.queue_due_reminders('$NOW')")" "1"
check "exactly one" "$(sql -c "select count(*) || ' ' || min(appointment_starts_at) from public.outbound_messages
                              where appointment_id = '$(appt 8)' and deleted_at is null")" "1 2027-06-02 07:08:00+00"

# 4b. A run holds a due appointment; the desk moves it an hour later meanwhile.
make_appointments 7 7 '2027-06-02 06:00+00'
open_session run3
run3_pid=$session_pid
exec 7>"$state/run3.in"
{ echo "begin;"; echo "select private.queue_due_reminders('$NOW');"; echo "\\! touch $state/run3.done"; } >&7
wait_for_file "$state/run3.done"
{ echo "begin;"; reschedule 'e1000000-0000-4000-8000-000000000001' "$(appt 7)" '2027-06-02 07:07+00'; echo "commit;"; } |
  sql >"$state/move1.out" 2>&1 &
move1=$!
pids+=("$move1")
check "a reschedule during a run waits for it" "$(wait_for_lock_wait && echo waiting)" "waiting"
echo "commit;" >&7
exec 7>&-
wait "$run3_pid"
wait "$move1"
check "the run queued the reminder for the old time" "$(tr -d '\n' <"$state/run3.out")" "1"
check "the reschedule is applied" "$(tr -d '\n' <"$state/move1.out")" "applied"
check "... and withdrew that reminder" "$(live 7 7)" "0 0"
check "the next run queues one" "$(sql -c "select private.queue_due_reminders('$NOW')")" "1"
check "exactly one, for the new time" \
  "$(sql -c "select count(*) || ' ' || min(appointment_starts_at) from public.outbound_messages
             where appointment_id = '$(appt 7)' and deleted_at is null")" "1 2027-06-02 07:07:00+00"

echo "1..$n"
if ((failed > 0)); then
  echo "# $failed of $n failed"
  exit 1
fi
echo "# all $n passed"
