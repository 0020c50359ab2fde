#!/usr/bin/env bash
# `make bench`, last part: instruction counts of the hot paths (valgrind --tool=callgrind), which
# do not depend on how busy the machine is, so a regression shows between two commits even where
# the timings are noise. Each bench runs once (--runs 1) under callgrind with collection switched
# on only inside its hot functions (--toggle-collect); the store is opened and checked before
# instrumentation starts (chairside-bench calls CALLGRIND_START_INSTRUMENTATION after that).
# Writes a Markdown section "## Instruction counts" into the report, replacing the one there.
#   scripts/bench-callgrind.sh BUILD_DIR
# Environment:
#   BENCH_ANALYTICS_SCALE=40  the demo store the pane benches read (BUILD_DIR/bench/
#                             analytics-scale-N.sqlite, made by an untimed native run if missing)
#   BENCH_DOC=path            the report to write into (default docs/benchmarks.md)
# About eight minutes on 2 busy cores. Builds nothing: the Makefile builds first.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${1:?usage: scripts/bench-callgrind.sh BUILD_DIR}
build_dir=$(cd "$build_dir" && pwd)
tool=$build_dir/bench/chairside-bench
[[ -x $tool ]] || { echo "bench-callgrind: $tool is missing; build first (make bench does)" >&2; exit 1; }
for program in valgrind awk; do
  command -v "$program" >/dev/null ||
    { echo "bench-callgrind: $program is needed (make deps installs it)" >&2; exit 1; }
done
scale=${BENCH_ANALYTICS_SCALE:-40}
doc=${BENCH_DOC:-$root/docs/benchmarks.md}
store=$build_dir/bench/analytics-scale-$scale.sqlite
work=$build_dir/bench/callgrind
rm -rf "$work"
mkdir -p "$work"
export QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES="qt.qpa.*=false"

# Untimed and native: (re)makes the demo store for today, so no run below generates it; then the
# sync pages apply-pages writes (up to 2,000 rows of every synced table of that store).
echo "bench-callgrind: preparing the demo store (scale $scale) and the sync pages ..." >&2
"$tool" analytics --store "$store" --scale "$scale" --runs 1 >/dev/null 2>>"$work/log" ||
  { echo "bench-callgrind: the demo store failed (see $work/log)" >&2; exit 1; }
"$tool" make-pages --source "$store" --out "$work/pages.jsonl" >"$work/pages.json" \
  2>>"$work/log" || { echo "bench-callgrind: make-pages failed (see $work/log)" >&2; exit 1; }

# name | chairside-bench arguments | hot path patterns (callgrind's * wildcard), ; between them.
# A toggle inside a toggled function would switch collection off again, so the patterns name one
# overload where one calls the other, and end in ")" to leave out the functions' lambdas (whose
# names start the same but end in "const").
runs=(
  "calendar|calendar --store $store --scale $scale --runs 1|Chairside::DayScheduleModel::loadDay(*);Chairside::DayScheduleModel::loadWeek(*)"
  "analytics|analytics --store $store --scale $scale --runs 1|Chairside::AnalyticsRepository::report(QString const&, Chairside::ReportPeriod const&*)"
  "customers|customers --store $store --scale $scale --runs 1 --repository-only|Chairside::CustomerRepository::page(*);Chairside::CustomerRepository::count(*)"
  "handoffs|handoffs --store $store --scale $scale --runs 1|Chairside::HandoffRepository::window(*)"
  "sync|apply-pages --pages $work/pages.jsonl --target $work/applied.sqlite|Chairside::PullPage::parse(*);Chairside::PullApplier::apply(*Options const&)"
)

# Calls and inclusive Ir per called function of a callgrind file ("name<TAB>calls<TAB>Ir"): the
# cost line after each calls= line is the inclusive cost of those calls.
calls_of() {
  awk '
    /^c?fn=\(/ {
      id = $0; sub(/^c?fn=\(/, "", id); sub(/\).*/, "", id)
      name = $0; sub(/^c?fn=\([0-9]+\) ?/, "", name)
      if (name != "") names[id] = name
      if ($0 ~ /^cfn=/) callee = id
      next
    }
    /^calls=/ { n = $0; sub(/^calls=/, "", n); sub(/ .*/, "", n); pending = 1; next }
    pending { calls[callee] += n; cost[callee] += $NF; pending = 0 }
    END { for (id in calls) printf "%s\t%d\t%.0f\n", names[id], calls[id], cost[id] }
  ' "$1"
}

grouped() {
  LC_ALL=C awk -v n="$1" 'BEGIN { s = sprintf("%.0f", n); while (s ~ /[0-9][0-9][0-9][0-9]/) sub(/[0-9][0-9][0-9]($|,)/, ",&", s); print s }'
}

started=$(date +%s)
rows=""
for entry in "${runs[@]}"; do
  IFS='|' read -r name command patterns <<<"$entry"
  IFS=';' read -r -a hot <<<"$patterns"
  toggles=()
  for pattern in "${hot[@]}"; do toggles+=("--toggle-collect=$pattern"); done
  echo "bench-callgrind: $name under callgrind ..." >&2
  rm -f "$work/applied.sqlite"
  # shellcheck disable=SC2086 # the command is split into arguments on purpose
  if ! valgrind --tool=callgrind --instr-atstart=no --collect-atstart=no "${toggles[@]}" \
      --callgrind-out-file="$work/$name.callgrind" "$tool" $command \
      >"$work/$name.json" 2>>"$work/log"; then
    echo "bench-callgrind: $name failed (see $work/log)" >&2
    exit 1
  fi
  calls_of "$work/$name.callgrind" >"$work/$name.calls"
  for pattern in "${hot[@]}"; do
    count=0
    ir=0
    while IFS=$'\t' read -r function n cost; do
      # shellcheck disable=SC2053 # the pattern is a glob on purpose, like callgrind's
      if [[ $function == $pattern ]]; then
        count=$((count + n))
        ir=$(awk -v a="$ir" -v b="$cost" 'BEGIN { printf "%.0f", a + b }')
      fi
    done <"$work/$name.calls"
    label=${pattern%%(*}
    label=${label#Chairside::}
    if ((count > 0)); then
      per=$(awk -v a="$ir" -v b="$count" 'BEGIN { printf "%.0f", a / b }')
      rows+="| \`$label\` | $name | $count | $(grouped "$ir") | $(grouped "$per") |"$'\n'
    else
      rows+="| \`$label\` | $name | not called | | |"$'\n'
    fi
  done
done
seconds=$(($(date +%s) - started))
commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
if [[ -n $(git -C "$root" status --porcelain 2>/dev/null) ]]; then commit="$commit (with local changes)"; fi
page_rows=$("$tool" json-get "$work/pages.json" rows)

section=$(cat <<EOF
## Instruction counts (issue 10)

Written by scripts/bench-callgrind.sh (the last part of \`make bench\`) at commit $commit on
$(date -u +"%Y-%m-%d %H:%M UTC"), $(valgrind --version), in ${seconds} s. Instruction counts do
not depend on the machine's load: compare them between commits, where the timings above are
noisy. Each bench ran once (\`--runs 1\`) under \`valgrind --tool=callgrind\` with collection on
only inside the hot function (\`--toggle-collect\`); Ir is everything executed inside it, SQLite
and Qt included, summed over its calls in that run.

| Hot path | Run | Calls | Ir (inclusive) | Ir per call |
|---|---|---:|---:|---:|
$rows
Runs: **calendar** \`chairside-bench calendar --runs 1\` (days: the first one and three
switches; weeks: three read directly, the first one and three switches); **analytics** \`chairside-bench analytics --runs 1\` (the 7-day and
90-day reports the pane asks for, and the bench's own 90-day one); **customers**
\`chairside-bench customers --runs 1 --repository-only\` (the four searches' page and count once
each and a count of all customers, no pane); **handoffs** \`chairside-bench handoffs --runs 1\` (the first window read alone,
then the pane's loads, refresh and filter clicks); **sync** \`chairside-bench apply-pages\`
($(grouped "$page_rows") rows of every synced table of the demo store, up to 2,000 each, turned
back into sync_pull pages of 1,000 rows and written like a first sync: parsed, then applied ten
pages a transaction). All on the scale-$scale demo store. A call count that changes between two
commits means the workload changed, not only the cost of each call. Two runs of the same build
on a busy machine agreed within 0.01 %.
EOF
)
printf '%s\n' "$section"
mkdir -p "$(dirname "$doc")"
touch "$doc"
# Replace the section (up to the next "## " heading) or append it.
SECTION=$section awk '
  /^## Instruction counts/ { print ENVIRON["SECTION"]; skipping = 1; done = 1; next }
  skipping && /^## / { skipping = 0 }
  !skipping { print }
  END { if (!done) { print ""; print ENVIRON["SECTION"] } }
' "$doc" >"$work/doc.md"
cp "$work/doc.md" "$doc"
echo "bench-callgrind: written to $doc" >&2
