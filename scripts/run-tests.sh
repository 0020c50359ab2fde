#!/usr/bin/env bash
# Runs every test of one build directory through CTest, with what the tests need around them:
# a private D-Bus session with an unlocked gnome-keyring (Secret Service for QtKeychain).
set -euo pipefail
build_dir=$1
jobs=${CTEST_JOBS:-$(nproc)}
export QT_QPA_PLATFORM=offscreen
repo=$(cd "$(dirname "$0")/.." && pwd)
# Used by the sanitizer build; harmless for the others.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$repo/tests/sanitizers/lsan.supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
run_ctest="ctest --test-dir '$build_dir' --output-on-failure --no-tests=error -j $jobs"
if command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null; then
  exec dbus-run-session -- sh -c "echo -n chairside-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; $run_ctest"
fi
eval "exec $run_ctest"
