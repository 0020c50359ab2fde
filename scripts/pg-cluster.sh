#!/usr/bin/env bash
# Starts or stops a throw-away PostgreSQL 15 cluster for tests and the local backend.
#   pg-cluster.sh start DIR PORT   initdb DIR if needed, then listen on 127.0.0.1:PORT and a
#                                  unix socket in DIR; trust auth (tests only), superuser "postgres"
#   pg-cluster.sh stop DIR         fast shutdown (no error when it is not running)
#   pg-cluster.sh status DIR       exit 0 when running
#   pg-cluster.sh createdb PORT DB [--no-seed]
#                                  creates DB on the cluster at 127.0.0.1:PORT and loads the
#                                  Supabase stand-in, every supabase/migrations file in order and
#                                  supabase/seed.sql (the same database the tests use)
# PostgreSQL refuses to run as root, so as root the server runs as user "postgres" (DIR is
# chowned to it); as any other user it runs as that user.
set -euo pipefail

bindir=${PG_BINDIR:-/usr/lib/postgresql/15/bin}
[[ -x $bindir/pg_ctl ]] || bindir=$(dirname "$(command -v pg_ctl)")

usage() {
  echo "usage: $0 start DIR PORT | stop DIR | status DIR | createdb PORT DB [--no-seed]" >&2
  exit 2
}

as_owner() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

cmd=${1:-}; dir=${2:-}
[[ -n $cmd && -n $dir ]] || usage

if [[ $cmd == createdb ]]; then
  port=$dir; db=${3:-}
  [[ $port =~ ^[0-9]+$ && -n $db ]] || usage
  root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
  psql_cmd=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres)
  "${psql_cmd[@]}" -d postgres -c "create database \"$db\""
  # Supabase's roles see "public, extensions" by default; make the plain database alike.
  "${psql_cmd[@]}" -d postgres -c "alter database \"$db\" set search_path = \"\$user\", public, extensions"
  files=("$root/supabase/tests/bootstrap/supabase_stub.sql")
  for f in "$root"/supabase/migrations/*.sql; do files+=("$f"); done
  [[ ${4:-} == --no-seed ]] || files+=("$root/supabase/seed.sql")
  for f in "${files[@]}"; do
    PGOPTIONS='-c client_min_messages=error' "${psql_cmd[@]}" -d "$db" -1 -f "$f" ||
      { echo "pg-cluster: failed to apply $f" >&2; exit 1; }
  done
  exit 0
fi
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
data=$dir/data

# The server user may not be able to enter the caller's directory (e.g. /root).
cd "$dir"

case $cmd in
start)
  port=${3:-}; [[ $port =~ ^[0-9]+$ ]] || usage
  if [[ $(id -u) -eq 0 ]]; then
    chown postgres: "$dir"
    chmod 0700 "$dir"
  fi
  if [[ ! -s $data/PG_VERSION ]]; then
    as_owner "$bindir/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 \
      --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
      { cat "$dir/initdb.log" >&2; exit 1; }
  fi
  # Small, fast and local-only: no TCP except loopback, sockets live in DIR, fsync off (throw-away).
  # glibc hands a backend's freed blocks of 128 kB and more back to the kernel and faults them in
  # again on the next request; a sync page (about 500 kB of json, copied a few times) then cost
  # a first sync's 641 pages 21-22 s over HTTP instead of 8.5-10 s, and which of the two a run
  # got depended on the sizes the backend had freed before (docs/benchmark-notes.md).
  GLIBC_TUNABLES=glibc.malloc.mmap_threshold=4194304:glibc.malloc.trim_threshold=67108864 \
  as_owner "$bindir/pg_ctl" -D "$data" -l "$dir/server.log" -w -t 60 start -o \
    "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories='$dir' -c fsync=off \
     -c synchronous_commit=off -c full_page_writes=off -c max_connections=40 \
     -c shared_buffers=32MB -c log_min_messages=warning" >/dev/null ||
    { cat "$dir/server.log" >&2; exit 1; }
  ;;
stop)
  if [[ -s $data/postmaster.pid ]]; then
    as_owner "$bindir/pg_ctl" -D "$data" -m fast -w -t 60 stop >/dev/null || true
  fi
  ;;
status)
  [[ -s $data/PG_VERSION ]] && as_owner "$bindir/pg_ctl" -D "$data" status >/dev/null
  ;;
*) usage ;;
esac
