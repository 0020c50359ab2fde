#!/usr/bin/env bash
# `make bench`: the first sync of a large business from chairside-localbase over TLS, against the
# same rows bulk-inserted into SQLite in the same run (the local limit) and against the same sync
# by a supabase-js script; then the panes over a large demo store (analytics, calendar, customer
# search, handoff queue), cold start and memory, and the instruction counts of the hot paths.
# Prints a Markdown report and writes it to docs/benchmarks.md. Builds nothing: the Makefile
# builds first (and this installs the npm packages of tests/bench when they are missing).
#   scripts/bench.sh BUILD_DIR
# Environment:
#   BENCH_RUNS=3            sync runs and bulk-insert runs (each figure: median, min, max)
#   BENCH_BREAKDOWN_RUNS=1  step-by-step timed pulls (chairside-bench breakdown); 0 skips them
#   BENCH_SCALE=1           dataset size factor (1: 100k appointments, 20k customers, 200k AI
#                           messages, 100k loyalty rows); other values are for trying the script
#   BENCH_FRESH=1           regenerate the dataset even when a cached one exists
#   BENCH_DOC=path          where to write the report (default docs/benchmarks.md)
#   BENCH_ANALYTICS_RUNS=7  timed runs of the 90-day analytics dashboard (chairside-bench
#                           analytics, issue 8); 0 skips it
#   BENCH_ANALYTICS_SCALE=40  demo salon size for it (40: about 106k appointments)
#   BENCH_CALENDAR_RUNS=15  calendar day/week switches and list filters on that store (issue 5)
#   BENCH_START_RUNS=11     cold starts with that store beside a bare window (issue 10); single
#                           starts move by a tenth on a shared VM, so the median needs more than 5
#   BENCH_JS_RUNS=$BENCH_RUNS  the same first sync by tests/bench/supabase-js-sync.mjs (Node,
#                           the official supabase-js client, sql.js), one after each sync run;
#                           0 skips it (and its npm install)
#   BENCH_CUSTOMERS_RUNS=15 customer searches on the analytics store (issue 7)
#   BENCH_HANDOFFS_RUNS=15  handoff queue refreshes and filter clicks on it (issue 6)
#   BENCH_CALLGRIND=1       instruction counts of the hot paths (scripts/bench-callgrind.sh,
#                           about eight minutes); 0 skips them
# The dataset lives in BUILD_DIR/bench/localbase-<key>, keyed by a hash of the dataset script,
# the migrations, the seed and the sizes: it is generated when missing (about a minute and a
# half on 2 cores) and reused afterwards. Sync runs use a private D-Bus session with an unlocked
# gnome-keyring (like scripts/run-tests.sh) and the keychain service name Chairside-bench.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# ----------------------------------------------------------------------------------------------
# Inner part: the timed runs, inside dbus-run-session (the keychain lives in that session).
if [[ ${1:-} == --inner ]]; then
  : "${BENCH_TOOL:?}" "${BENCH_CHAIRSIDE:?}" "${BENCH_WORK:?}" "${BENCH_URL:?}" "${BENCH_ANON_KEY:?}"
  : "${BENCH_CA_FILE:?}" "${BENCH_PG_PORT:?}" "${BENCH_EMAIL:?}" "${BENCH_PASSWORD:?}"
  : "${BENCH_JS_RUNS:?}" "${BENCH_ROOT:?}"
  echo -n chairside-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true
  results=$BENCH_WORK/results.jsonl
  log=$BENCH_WORK/runs.log
  : >"$results"
  : >"$log"
  for ((i = 1; i <= BENCH_RUNS || i <= BENCH_JS_RUNS; i++)); do
    if ((i <= BENCH_JS_RUNS)); then
      # The same first sync by a small supabase-js script (Node) into SQLite (sql.js), against
      # the same server; its rows/s beside this run's sync give the ratio.
      echo "bench: supabase-js sync run $i/$BENCH_JS_RUNS ..." >&2
      rm -f "$BENCH_WORK/js-$i.sqlite"
      : >"$BENCH_WORK/js-$i.out"
      printf '%s\n' "$BENCH_PASSWORD" |
        NODE_EXTRA_CA_CERTS=$BENCH_CA_FILE "$BENCH_TOOL" measure --out "$BENCH_WORK/js-$i.json" -- \
          node "$BENCH_ROOT/tests/bench/supabase-js-sync.mjs" --url "$BENCH_URL" \
          --anon-key "$BENCH_ANON_KEY" --email "$BENCH_EMAIL" --password-stdin \
          --out "$BENCH_WORK/js-$i.sqlite" >"$BENCH_WORK/js-$i.out" 2>>"$log" ||
        echo "bench: supabase-js run $i failed (see $log)" >&2
      printf '{"kind":"supabase-js","run":%d,"measure":%s,"result":%s}\n' "$i" \
        "$(cat "$BENCH_WORK/js-$i.json" 2>/dev/null || echo '{"exit":1}')" \
        "$(grep -m1 '^{' "$BENCH_WORK/js-$i.out" || echo '{}')" >>"$results"
      rm -f "$BENCH_WORK/js-$i.sqlite"
    fi
    ((i <= BENCH_RUNS)) || continue
    data=$BENCH_WORK/sync-$i
    rm -rf "$data"
    mkdir -p "$data"
    printf '%s\n' "$BENCH_PASSWORD" |
      "$BENCH_CHAIRSIDE" --data-dir "$data" login --email "$BENCH_EMAIL" --password-stdin \
        --backend-url "$BENCH_URL" --anon-key "$BENCH_ANON_KEY" --ca-file "$BENCH_CA_FILE" \
        >>"$log" 2>&1 || { echo "bench: login failed (see $log)" >&2; exit 1; }
    echo "bench: sync run $i/$BENCH_RUNS ..." >&2
    status=0
    "$BENCH_TOOL" measure --out "$BENCH_WORK/sync-$i.json" -- \
      "$BENCH_CHAIRSIDE" --data-dir "$data" sync --once >>"$log" 2>&1 || status=$?
    cache=$(find "$data/accounts" -name chairside.sqlite 2>/dev/null | head -n 1)
    if [[ $status -ne 0 || -z $cache ]]; then
      echo "bench: sync run $i failed (exit $status; see $log)" >&2
      printf '{"kind":"sync","run":%d,"measure":%s,"count":{}}\n' "$i" \
        "$(cat "$BENCH_WORK/sync-$i.json" 2>/dev/null || echo '{"exit":1}')" >>"$results"
      continue
    fi
    printf '{"kind":"sync","run":%d,"measure":%s,"count":%s}\n' "$i" \
      "$(cat "$BENCH_WORK/sync-$i.json")" "$("$BENCH_TOOL" count-rows "$cache")" >>"$results"
    echo "bench: bulk insert run $i/$BENCH_RUNS ..." >&2
    bulk=$("$BENCH_TOOL" bulk-insert --source "$cache" --target "$BENCH_WORK/bulk-$i.sqlite" \
      2>>"$log") || { echo "bench: bulk insert $i failed (see $log)" >&2; exit 1; }
    printf '{"kind":"bulk","run":%d,"result":%s}\n' "$i" "$bulk" >>"$results"
    rm -rf "$BENCH_WORK/bulk-$i.sqlite" "$BENCH_WORK/bulk-$i.sqlite-wal" \
      "$BENCH_WORK/bulk-$i.sqlite-shm"
    # Keep the last cache for a look afterwards; the others only take disk space.
    ((i == BENCH_RUNS)) || rm -rf "$data"
  done
  for ((i = 1; i <= BENCH_BREAKDOWN_RUNS; i++)); do
    echo "bench: step-by-step pull $i/$BENCH_BREAKDOWN_RUNS ..." >&2
    steps=$(printf '%s\n' "$BENCH_PASSWORD" |
      "$BENCH_TOOL" breakdown --url "$BENCH_URL" --anon-key "$BENCH_ANON_KEY" \
        --ca-file "$BENCH_CA_FILE" --email "$BENCH_EMAIL" --password-stdin \
        --store "$BENCH_WORK/breakdown.sqlite" --pg-port "$BENCH_PG_PORT" 2>>"$log") || steps=
    if [[ -z $steps ]]; then
      # A diagnostic step: its failure is reported and the rest of the bench goes on.
      echo "bench: breakdown $i failed (see $log)" >&2
      printf '{"kind":"breakdown-failed","run":%d}\n' "$i" >>"$results"
      continue
    fi
    printf '{"kind":"breakdown","run":%d,"result":%s}\n' "$i" "$steps" >>"$results"
    # PullApplier commits once per page: the same bulk insert with a commit every 500 rows shows
    # what that alone costs.
    cache=$(find "$BENCH_WORK/sync-$BENCH_RUNS/accounts" -name chairside.sqlite 2>/dev/null | head -n 1)
    if [[ -n $cache ]]; then
      paged=$("$BENCH_TOOL" bulk-insert --source "$cache" --target "$BENCH_WORK/paged.sqlite" \
        --commit-every 500 2>>"$log") || { echo "bench: paged bulk insert failed" >&2; exit 1; }
      printf '{"kind":"bulk-paged","run":%d,"result":%s}\n' "$i" "$paged" >>"$results"
      rm -f "$BENCH_WORK/paged.sqlite" "$BENCH_WORK/paged.sqlite-wal" "$BENCH_WORK/paged.sqlite-shm"
    fi
    rm -f "$BENCH_WORK/breakdown.sqlite" "$BENCH_WORK/breakdown.sqlite-wal" \
      "$BENCH_WORK/breakdown.sqlite-shm"
  done
  exit 0
fi

# ----------------------------------------------------------------------------------------------
# Outer part: dataset, server, machine description, report.
build_dir=${1:?usage: scripts/bench.sh BUILD_DIR}
build_dir=$(cd "$build_dir" && pwd)
tool=$build_dir/bench/chairside-bench
chairside=$build_dir/app/chairside
localbase=$build_dir/bin/chairside-localbase
for binary in "$tool" "$chairside" "$localbase"; do
  [[ -x $binary ]] || { echo "bench: $binary is missing; build first (make bench does)" >&2; exit 1; }
done
for program in psql dbus-run-session gnome-keyring-daemon sha256sum; do
  command -v "$program" >/dev/null ||
    { echo "bench: $program is needed (make deps installs it)" >&2; exit 1; }
done

runs=${BENCH_RUNS:-3}
breakdown_runs=${BENCH_BREAKDOWN_RUNS:-1}
scale=${BENCH_SCALE:-1}
doc=${BENCH_DOC:-$root/docs/benchmarks.md}
[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "bench: BENCH_RUNS must be a positive integer" >&2; exit 2; }
[[ $breakdown_runs =~ ^[0-9]+$ ]] || { echo "bench: BENCH_BREAKDOWN_RUNS must be >= 0" >&2; exit 2; }
js_runs=${BENCH_JS_RUNS:-$runs}
[[ $js_runs =~ ^[0-9]+$ ]] || { echo "bench: BENCH_JS_RUNS must be >= 0" >&2; exit 2; }
if ((js_runs > 0)); then
  for program in node npm; do
    command -v "$program" >/dev/null ||
      { echo "bench: $program is needed for the supabase-js runs (make deps installs it; BENCH_JS_RUNS=0 skips them)" >&2; exit 1; }
  done
  # From the committed lock file, when missing or stale (like scripts/localbase-conformance.sh).
  if [[ ! -f $root/tests/bench/node_modules/.package-lock.json ||
        $root/tests/bench/package-lock.json -nt $root/tests/bench/node_modules/.package-lock.json ]]; then
    (cd "$root/tests/bench" && npm ci --no-audit --no-fund --loglevel=error)
  fi
fi
sized() { awk -v n="$1" -v s="$scale" 'BEGIN { v = int(n * s + 0.5); print (v < 1 ? 1 : v) }'; }
staff=40
customers=$(sized 20000)
appointments=$(sized 100000)
conversations=$(sized 20000)
messages=$(sized 200000)
ledger=$(sized 100000)
sizes="staff=$staff customers=$customers appointments=$appointments conversations=$conversations messages=$messages ledger=$ledger"

# The cached dataset: a new key whenever anything that shapes it changes.
dataset_version=1
key=$( {
  echo "$dataset_version $sizes"
  cat "$root/tests/bench/large-business.sql" "$root"/supabase/migrations/*.sql \
    "$root/supabase/seed.sql" "$root/supabase/tests/bootstrap/supabase_stub.sql" \
    "$root/scripts/pg-cluster.sh"
} | sha256sum | cut -c1-12)
bench_dir=$build_dir/bench
state=$bench_dir/localbase-$key
work=$bench_dir/run
mkdir -p "$bench_dir"
# As root, PostgreSQL runs as user postgres, which must be able to enter the state directory.
chmod o+x "$bench_dir"
if [[ ${BENCH_FRESH:-0} == 1 || ! -f $state/bench-dataset.done ]]; then
  rm -rf "$state"
fi
# Older datasets only take disk space.
for old in "$bench_dir"/localbase-*; do
  if [[ -e $old && $old != "$state" ]]; then rm -rf "$old"; fi
done
rm -rf "$work"
mkdir -p "$work"

localbase_pid=
cleanup() {
  if [[ -n $localbase_pid ]]; then
    kill -TERM "$localbase_pid" 2>/dev/null || true
    wait "$localbase_pid" 2>/dev/null || true
  fi
}
trap cleanup EXIT

start_localbase() {
  : >"$work/ready.json"
  "$localbase" --state-dir "$state" --port 0 >"$work/ready.json" 2>"$work/localbase.log" &
  localbase_pid=$!
  for ((t = 0; t < 600; t++)); do
    if "$tool" json-get "$work/ready.json" url >/dev/null 2>&1; then
      return 0
    fi
    kill -0 "$localbase_pid" 2>/dev/null || break
    sleep 0.5
  done
  echo "bench: chairside-localbase did not start:" >&2
  cat "$work/localbase.log" >&2
  exit 1
}

loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
load_before=$(loadavg)
echo "bench: starting chairside-localbase on $state" >&2
generated=no
generate_seconds=
if [[ ! -f $state/bench-dataset.done ]]; then
  mkdir -p "$state"
  chmod o+x "$state"
  start_localbase
  pg_port=$("$tool" json-get "$work/ready.json" pg.port)
  echo "bench: generating the dataset ($sizes) ..." >&2
  started=$(date +%s.%N)
  psql_args=(-X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$pg_port" -U postgres -d chairside)
  vars=()
  for pair in $sizes; do vars+=(-v "$pair"); done
  if ! PGOPTIONS='-c client_min_messages=warning' psql "${psql_args[@]}" "${vars[@]}" \
      -f "$root/tests/bench/large-business.sql" >"$work/dataset.log" 2>&1 ||
    ! psql "${psql_args[@]}" -c "vacuum analyze" >>"$work/dataset.log" 2>&1; then
    echo "bench: generating the dataset failed:" >&2
    cat "$work/dataset.log" >&2
    cleanup
    localbase_pid=
    rm -rf "$state"
    exit 1
  fi
  generate_seconds=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.0f", b - a }')
  echo "$sizes generated in ${generate_seconds}s on $(date -u +%Y-%m-%dT%H:%M:%SZ)" \
    >"$state/bench-dataset.done"
  generated=yes
else
  start_localbase
fi
pg_port=$("$tool" json-get "$work/ready.json" pg.port)

export BENCH_TOOL=$tool BENCH_CHAIRSIDE=$chairside BENCH_WORK=$work BENCH_RUNS=$runs
export BENCH_BREAKDOWN_RUNS=$breakdown_runs BENCH_PG_PORT=$pg_port
export BENCH_JS_RUNS=$js_runs BENCH_ROOT=$root
export BENCH_URL=$("$tool" json-get "$work/ready.json" url)
export BENCH_ANON_KEY=$("$tool" json-get "$work/ready.json" anon_key)
export BENCH_CA_FILE=$("$tool" json-get "$work/ready.json" ca_file)
export BENCH_EMAIL=owner@protea.example BENCH_PASSWORD=chairside-demo-1 # supabase/seed.sql
export CHAIRSIDE_KEYCHAIN_SERVICE=Chairside-bench QT_QPA_PLATFORM=offscreen
export QT_LOGGING_RULES="qt.qpa.*=false"

bench_started=$(date +%s)
dbus-run-session -- bash "$root/scripts/bench.sh" --inner
bench_seconds=$(($(date +%s) - bench_started))
load_after=$(loadavg)
pg_version=$(psql -X -A -t -h 127.0.0.1 -p "$pg_port" -U postgres -d chairside \
  -c "show server_version" 2>/dev/null || echo unknown)
cleanup
localbase_pid=

# The analytics dashboard over a large demo store (no server involved). The store is kept in
# BUILD_DIR/bench and generated again (about two minutes) when the demo's days no longer end
# today; an untimed run first does that, so every timed run reads the same settled file.
analytics_runs=${BENCH_ANALYTICS_RUNS:-7}
analytics_scale=${BENCH_ANALYTICS_SCALE:-40}
# One pane bench on that store (a chairside-bench subcommand that prints one JSON summary), added
# to the results as KIND; RUNS 0 skips it.
pane_bench() {
  local kind=$1 bench_runs=$2 what=$3 summary
  [[ $bench_runs =~ ^[1-9][0-9]*$ ]] || return 0
  echo "bench: $what, $bench_runs runs ..." >&2
  summary=$("$tool" "$kind" --store "$analytics_store" --scale "$analytics_scale" \
    --runs "$bench_runs" 2>>"$work/$kind.log") ||
    { echo "bench: $what failed (see $work/$kind.log)" >&2; exit 1; }
  printf '{"kind":"%s","run":1,"result":%s}\n' "$kind" "$summary" >>"$work/results.jsonl"
}
if [[ $analytics_runs =~ ^[1-9][0-9]*$ ]]; then
  analytics_store=$bench_dir/analytics-scale-$analytics_scale.sqlite
  echo "bench: analytics demo store (scale $analytics_scale), untimed run ..." >&2
  "$tool" analytics --store "$analytics_store" --scale "$analytics_scale" --runs 1 \
    >/dev/null 2>>"$work/analytics.log" ||
    { echo "bench: analytics warm-up failed (see $work/analytics.log)" >&2; exit 1; }
  pane_bench analytics "$analytics_runs" "analytics dashboard"
  # The calendar (issue 5), customer search (issue 7) and the handoff queue (issue 6) on the
  # same store.
  pane_bench calendar "${BENCH_CALENDAR_RUNS:-15}" calendar
  pane_bench customers "${BENCH_CUSTOMERS_RUNS:-15}" "customer search"
  pane_bench handoffs "${BENCH_HANDOFFS_RUNS:-15}" "handoff queue"

  # Cold start with that store (issue 10): Chairside's screenshot start against a bare window
  # started the same way; the store is linked in as the data folder's chairside.sqlite.
  start_runs=${BENCH_START_RUNS:-11}
  if [[ $start_runs =~ ^[1-9][0-9]*$ ]]; then
    start_dir=$work/startup
    mkdir -p "$start_dir"
    ln -sf "$analytics_store" "$start_dir/chairside.sqlite"
    for ((i = 1; i <= start_runs; i++)); do
      echo "bench: cold start $i/$start_runs ..." >&2
      "$tool" measure --out "$work/start-$i.json" -- "$chairside" --data-dir "$start_dir" \
        --demo-scale "$analytics_scale" --screenshot "$work/start.png" >>"$work/start.log" 2>&1 ||
        true
      "$tool" measure --out "$work/bare-$i.json" -- "$tool" bare-window \
        --screenshot "$work/bare.png" >>"$work/start.log" 2>&1 || true
      printf '{"kind":"startup","run":%d,"chairside":%s,"bare":%s}\n' "$i" \
        "$(cat "$work/start-$i.json" 2>/dev/null || echo '{"exit":1}')" \
        "$(cat "$work/bare-$i.json" 2>/dev/null || echo '{"exit":1}')" >>"$work/results.jsonl"
    done
  fi
fi

tables=$("$tool" report "$work/results.jsonl")

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
cores=$(nproc)
ram=$(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
kernel=$(uname -sr)
versions=$("$tool" versions 2>/dev/null)
build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$build_dir/CMakeCache.txt" 2>/dev/null)
commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
if [[ -n $(git -C "$root" status --porcelain 2>/dev/null) ]]; then commit="$commit (with local changes)"; fi
when=$(date -u +"%Y-%m-%d %H:%M UTC")
grouped() {
  LC_ALL=C awk -v n="$1" 'BEGIN { s = sprintf("%d", n); while (s ~ /[0-9][0-9][0-9][0-9]/) sub(/[0-9][0-9][0-9]($|,)/, ",&", s); print s }'
}
dataset="$(grouped "$appointments") appointments, $(grouped "$customers") customers,"
dataset+=" $(grouped "$messages") AI messages in $(grouped "$conversations") conversations,"
dataset+=" $(grouped "$ledger") loyalty ledger rows and $staff more staff members"
if [[ $generated == yes ]]; then
  dataset_note="generated for this run in ${generate_seconds} s"
else
  dataset_note="reused from BUILD_DIR/bench/localbase-$key,"
  dataset_note+=" $(sed 's/^.* generated/generated/' "$state/bench-dataset.done")"
fi

report=$(cat <<EOF
# Benchmarks

Written by \`make bench\` (scripts/bench.sh) on $when; run it again to refresh.
Speed and memory goals live here, never in the timed assertions of a test. Measurements by
hand between runs, profiles of where the time goes and the history of each figure are in
docs/benchmark-notes.md, which this script leaves alone.

## First sync of a large business (issue "Sync", item 6)

A desk signs in for the first time to a large salon on chairside-localbase (HTTPS with verified
TLS in front of PostgreSQL 15 with the real migrations, RLS and triggers) and downloads
everything with \`chairside sync --once\`. The salon has
$dataset;
the appointment history its trigger writes and the demo seed come on top. The same rows are
then inserted into a fresh SQLite store with prepared statements in one transaction, in the
same run: the local limit.

**Goals:** first sync rows/s >= 0.5x bulk insert rows/s; peak RSS of the sync < 300 MB;
Chairside at least 2x the rows/s of the same sync by a supabase-js script.

$tables

### Machine

| | |
|---|---|
| CPU | $cpu |
| Cores | $cores |
| RAM | $ram |
| Kernel | $kernel |
| Libraries | $versions, PostgreSQL $pg_version |
| Build | $build_type, commit $commit |
| Date | $when |
| Load average (1, 5, 15 min) | before: $load_before; after: $load_after |
| Runs | $runs sync and bulk insert, $js_runs supabase-js, $breakdown_runs step by step, $analytics_runs analytics dashboard; ${bench_seconds} s for the sync part |

### How it is measured

* **Dataset:** tests/bench/large-business.sql grows the demo salon Protea Hair & Beauty with
  set-based SQL as the PostgreSQL superuser. Every business trigger and constraint runs
  (version and sync_xid bookkeeping, appointment history, no double booking, same-business
  keys, loyalty balance guard and audit); only localbase's realtime notify trigger is off
  during the load, since nobody listens. The owner (owner@protea.example) sees every row, AI
  conversations included. This run's dataset was $dataset_note. The server is
  scripts/pg-cluster.sh's throw-away cluster (fsync off, 32 MB shared_buffers, glibc told to keep
  the backends' freed large blocks: docs/benchmark-notes.md).
* **First sync:** for each run a fresh data directory, \`chairside login\` (not timed), then
  \`chairside sync --once\`: process start, restoring the sign-in from the keychain, creating
  the cache, every sync_pull page (1000 rows) parsed once and written, the pages of 1.5 s and
  the cursor of the last one per SQLite transaction, the next page requested as soon as an
  answer is in (its cursor read from the text) while that page is parsed and written, the
  plain secondary indexes set aside during the download and built again at its end, exit.
  Wall time and peak RSS come from \`chairside-bench measure\` (fork, exec, wait4). Rows are counted in the resulting cache over all synced tables.
* **Bulk insert:** \`chairside-bench bulk-insert\` reads the rows of that run's cache and
  inserts them into a fresh store opened like the app's (store/Database: WAL,
  synchronous=NORMAL, the real schema and indexes), one prepared INSERT per table, all in one
  transaction, foreign keys off as PullApplier has them while it writes. Only the INSERTs and
  the COMMIT are timed.
* **supabase-js:** tests/bench/supabase-js-sync.mjs (Node $(node --version 2>/dev/null || echo "not
  installed"), @supabase/supabase-js and sql.js from tests/bench/package-lock.json) does the
  same first sync as a small script would: \`signInWithPassword\` as the same owner, then
  \`rpc('sync_pull_page', {cursor, page_size: 1000}, {get: true})\` page after page (the RPC,
  page size and GET the desktop uses), the next page asked for before the current one is
  written; a table per synced table, each page's rows upserted by id (the higher version
  kept) with prepared statements in one transaction together with the cursor; the database
  file written at the end (sql.js keeps it in memory until then). Wall time and peak RSS come
  from \`chairside-bench measure\` like the sync's, so both include the process start; the
  script's sign-in with a password (a deliberately slow hash on the server) is left out of its
  rows/s, as Chairside restores a saved session instead. It runs right before each sync run;
  the ratio pairs the two runs of the same number.
* **Step by step:** \`chairside-bench breakdown\` repeats the pull with the classes SyncEngine
  uses (Session, SupabaseRpcClient, PullPage, PullApplier with the outbox re-apply) and times
  each step; then it replays the same sync_pull_page calls directly in PostgreSQL as the same user
  (role authenticated, same claims) to split the request time into database and HTTP parts.
  This loop is deliberately serial (a page of 500 rows, a commit per page, the next request
  after the write): it shows what each step costs, not how the engine overlaps them.
* **Analytics dashboard:** \`chairside-bench analytics\` opens the Analytics pane offscreen
  (1440x900) on a demo store generated at scale $analytics_scale, shows 7 days and paints
  them, then clicks "90 days"; the clock stops when the report is in the cards and the charts
  in view and one synchronous repaint has finished (the charts scrolled out of view are built
  after that paint: the next figure). In the same run and on the same store thread it times the report's queries alone
  and a baseline: one indexed aggregate over both periods. docs/analytics.md says where the
  time goes.
* **Customer search and handoff queue:** \`chairside-bench customers\` and \`chairside-bench
  handoffs\` open the Customers and Escalations panes (1440x900, offscreen) on the analytics
  demo store; see their sections for what each figure times.
* **Instruction counts:** scripts/bench-callgrind.sh, below; they do not depend on the load.
* The machine may be shared: other builds running meanwhile (see the load average) make every
  figure slower and noisier; the median of the runs is the figure to read.
EOF
)
printf '%s\n' "$report"
mkdir -p "$(dirname "$doc")"
printf '%s\n' "$report" >"$doc"
echo "bench: written to $doc" >&2

# Instruction counts of the hot paths (issue 10), appended to the same report.
if [[ ${BENCH_CALLGRIND:-1} == 1 ]]; then
  BENCH_DOC=$doc BENCH_ANALYTICS_SCALE=${BENCH_ANALYTICS_SCALE:-40} \
    bash "$root/scripts/bench-callgrind.sh" "$build_dir"
fi
