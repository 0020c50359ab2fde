#!/usr/bin/env bash
# Runs the database test suite (supabase/tests/database/*.test.sql, pgTAP) against a private,
# throw-away PostgreSQL 15 cluster loaded with supabase/migrations and supabase/seed.sql.
# The same test files run against a real project with `supabase test db`.
# Usage: scripts/run-pgtap.sh [test files...]   (default: all of them). Exit status = pass/fail.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cluster=$root/scripts/pg-cluster.sh

command -v pg_prove >/dev/null ||
  { echo "run-pgtap: pg_prove missing (apt-get install libtap-parser-sourcehandler-pgtap-perl)" >&2; exit 1; }

state=$(mktemp -d /tmp/chairside-pgtap.XXXXXX)
cleanup() {
  "$cluster" stop "$state" || true
  rm -rf "$state"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A free loopback port: try random ones until the server starts (another test may race us).
started=""
for _ in 1 2 3 4 5 6 7 8; do
  port=$((20000 + RANDOM % 30000))
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then continue; fi
  if "$cluster" start "$state" "$port" 2>"$state/start.err"; then started=1; break; fi
done
[[ -n $started ]] || { cat "$state/start.err" >&2; echo "run-pgtap: could not start PostgreSQL" >&2; exit 1; }

"$cluster" createdb "$port" chairside
psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d chairside \
  -c 'set client_min_messages = warning' -c 'create extension if not exists pgtap with schema extensions'

if (($# > 0)); then
  # The shared helpers (000_helpers.test.sql) come first, also when only some files are asked for.
  helpers=$root/supabase/tests/database/000_helpers.test.sql
  tests=("$helpers")
  for file in "$@"; do
    [[ $(realpath "$file") == "$helpers" ]] || tests+=("$file")
  done
else
  tests=("$root"/supabase/tests/database/*.test.sql)
fi
pg_prove -h 127.0.0.1 -p "$port" -U postgres -d chairside --failures "${tests[@]}"
