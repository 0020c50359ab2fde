#!/usr/bin/env bash
# Runs every test of one build directory through CTest, with what the tests need around them:
# a private D-Bus session with an unlocked gnome-keyring (Secret Service for QtKeychain).
set -euo pipefail
build_dir=$1
jobs=${CTEST_JOBS:-$(nproc)}
export QT_QPA_PLATFORM=offscreen
run_ctest="ctest --test-dir '$build_dir' --output-on-failure --no-tests=error -j $jobs"
if command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null; then
  exec dbus-run-session -- sh -c "echo -n chairside-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; $run_ctest"
fi
eval "exec $run_ctest"
