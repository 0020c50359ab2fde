#!/usr/bin/env bash
# Runs the local Supabase-compatible backend for trying Chairside's sync by hand (`make backend`).
#   scripts/localbase-run.sh path/to/chairside-localbase [extra options, e.g. --seed empty --faults]
# State (PostgreSQL cluster, test CA, JWT secret) persists in $LOCALBASE_STATE_DIR
# (default build/localbase-state); delete that directory to start from a fresh seed.
# Prints one JSON line (url, anon_key, ca_file, jwt_secret, users) and runs until Ctrl-C.
set -euo pipefail

bin=${1:?usage: localbase-run.sh path/to/chairside-localbase [options]}
shift
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
state=${LOCALBASE_STATE_DIR:-$root/build/localbase-state}
mkdir -p "$state"
exec "$bin" --state-dir "$state" --port "${LOCALBASE_PORT:-54321}" "$@"
