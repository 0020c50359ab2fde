#!/usr/bin/env bash
# Installs the Debian packages Chairside needs to build, run and test. Idempotent: it only
# calls apt-get when something is missing. Works as root or through sudo.
set -euo pipefail

packages=(
  # build
  cmake ninja-build ccache g++ pkg-config clang-format
  # Qt 6 and libraries
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools
  qt6-httpserver-dev qt6-websockets-dev libqt6sql6-sqlite libqt6sql6-psql libsqlite3-dev
  libqt6opengl6-dev qtkeychain-qt6-dev nlohmann-json3-dev libgl-dev
  # running and testing without a desktop
  xvfb xauth dbus-x11 gnome-keyring libsecret-tools fonts-dejavu-core fonts-thai-tlwg
  # the backend the tests talk to
  postgresql postgresql-contrib postgresql-15-pgtap libtap-parser-sourcehandler-pgtap-perl
  # packaging: PNG icons rendered from the SVG, and the checks of the .deb's files
  librsvg2-bin appstream desktop-file-utils dpkg-dev
  # the supabase-js conformance suite and the supabase-js first sync of `make bench`
  nodejs npm
  # `make bench`: instruction counts of the hot paths (callgrind; also its callgrind.h)
  valgrind
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# npm may come from outside Debian (node's own install): accept a working npm on PATH.
if command -v npm >/dev/null 2>&1; then
  filtered=()
  for p in "${missing[@]}"; do [[ $p == npm || $p == nodejs ]] || filtered+=("$p"); done
  missing=("${filtered[@]+"${filtered[@]}"}")
fi

if ((${#missing[@]} == 0)); then
  exit 0
fi

sudo=""
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
