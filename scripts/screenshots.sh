#!/usr/bin/env bash
# Regenerates docs/screenshots/*.png, the README's pictures, from the generated demo salon with
# `chairside --screenshot` (offscreen, no display needed). Every pane that `chairside --help`
# lists is drawn, so a new pane gets its picture without editing this script.
# Usage: scripts/screenshots.sh [path/to/chairside] [output dir]
#   default binary build/dev/app/chairside (run `make build` first), output docs/screenshots.
# The demo salon is generated as of DEMO_DATE (default 2026-12-02) into a throw-away folder, so the
# pictures do not depend on the day they are made or on the person's own data.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
binary=${1:-$repo/build/dev/app/chairside}
out=${2:-$repo/docs/screenshots}
demo_date=${DEMO_DATE:-2026-12-02}

[[ -x $binary ]] || { echo "screenshots: no $binary; run 'make build' first" >&2; exit 1; }
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES='qt.qpa.*=false'

help=$("$binary" --help)
# The --pane line reads "The pane to show: appointments, escalations, ... ." (possibly wrapped).
panes=$(tr '\n' ' ' <<<"$help" | sed -n 's/.*The pane to show: \([a-z, ]*\)\..*/\1/p' | tr -d ' ' | tr ',' ' ')
[[ -n $panes ]] || { echo "screenshots: cannot read the pane names from --help" >&2; exit 1; }

shoot() { # shoot NAME ARGS...: one picture into $out/NAME.png
  local name=$1
  shift
  "$binary" "$@" --screenshot "$out/$name.png" >"$work/$name.log" 2>&1 ||
    { cat "$work/$name.log" >&2; echo "screenshots: $name failed" >&2; exit 1; }
  echo "$out/$name.png"
}

for pane in $panes; do
  shoot "$pane" --data-dir "$work/za" --demo-date "$demo_date" --pane "$pane"
done
# The Bangkok clinic, priced in baht, shown in Thai where the build has the language option.
if grep -q -- '--lang' <<<"$help"; then
  shoot appointments-th --data-dir "$work/th" --demo-region th --demo-date "$demo_date" \
    --lang th --pane appointments
fi
# The day on a dark desktop theme, where the build has the option.
if grep -q -- '--dark' <<<"$help"; then
  shoot appointments-dark --data-dir "$work/za" --demo-date "$demo_date" --dark --pane appointments
fi
