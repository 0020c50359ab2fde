#!/usr/bin/env bash
# The ical.js check of `chairside export ics`: runs tst_exportcli keeping its calendars and the
# expected UTC start of every event, then reads them back with ical.js (ics-check.mjs).
#   tests/conformance/ics-check.sh path/to/tst_exportcli
# Installs node_modules from the committed lock file when missing or stale, like
# scripts/localbase-conformance.sh.
set -euo pipefail

test_bin=$(realpath "${1:?usage: ics-check.sh path/to/tst_exportcli}")
cd "$(dirname "${BASH_SOURCE[0]}")"

if [[ ! -d node_modules/ical.js || ! -f node_modules/.package-lock.json \
      || package-lock.json -nt node_modules/.package-lock.json ]]; then
  npm ci --no-audit --no-fund --loglevel=error
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/ics-check-XXXXXX")
trap 'rm -rf "$work"' EXIT
CHAIRSIDE_EXPORT_KEEP=$work "$test_bin" exportsADayAsCalendar calendarAcrossADaylightChange
exec node ics-check.mjs "$work"
