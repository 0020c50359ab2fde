#!/usr/bin/env bash
# Fidelity check of chairside-localbase with the official @supabase/supabase-js client.
#   scripts/localbase-conformance.sh path/to/chairside-localbase
# Installs tests/conformance/node_modules from the committed lock file when missing or stale,
# makes one test CA for all test files and runs `node --test` with TLS verified against it.
set -euo pipefail

bin=${1:?usage: localbase-conformance.sh path/to/chairside-localbase}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root/tests/conformance"

if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  npm ci --no-audit --no-fund --loglevel=error
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/localbase-tls-XXXXXX")
trap 'rm -rf "$work"' EXIT
"$bin" --tls-dir "$work/tls" --init-tls

export LOCALBASE_BIN=$bin
export LOCALBASE_TLS_DIR=$work/tls
export NODE_EXTRA_CA_CERTS=$work/tls/ca.pem
exec node --test --test-concurrency=1 ./*.test.mjs
