#!/usr/bin/env bash
# Starts Chairside, or explains how to run it when this machine has no display.
set -euo pipefail
binary=$1; shift
if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} && -z ${QT_QPA_PLATFORM:-} ]]; then
  cat <<MSG
Chairside is built, but this session has no display (neither DISPLAY nor WAYLAND_DISPLAY is set).
  - On a desktop: run 'make run' from a terminal inside the desktop session.
  - Without a desktop, in a virtual X server:   xvfb-run -a make run
  - Render one pane to a picture offscreen:
      $binary -platform offscreen --screenshot appointments.png --pane appointments
MSG
  exit 0
fi
exec "$binary" "$@"
