#!/usr/bin/env bash
# The .deb as a user gets it: CPack packs the build directory this test runs in (no second build),
# dpkg-deb unpacks it into a scratch root (never into the real system), and the unpacked files and
# program are checked: binary, desktop entry, AppStream metainfo, icons, translations, Depends,
# `chairside --version` and an offscreen screenshot of a pane.
# Usage: install-check.sh CPACK BUILD_DIR VERSION
set -euo pipefail
cpack=$1
build=$2
version=$3

scratch=$build/install-test
rm -rf "$scratch"
mkdir -p "$scratch"
failures=0
checks=0
pass() { checks=$((checks + 1)); echo "ok: $*"; }
fail() { checks=$((checks + 1)); failures=$((failures + 1)); echo "FAIL: $*"; }
need() { command -v "$1" >/dev/null || { echo "FAIL: $1 is missing (run scripts/install-deps.sh)"; exit 1; }; }
need dpkg-deb
need desktop-file-validate
need appstreamcli
need readelf

# 1. Pack. Only the DEB generator: the .tar.gz holds the same install tree.
start=$(date +%s)
if ! "$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$scratch/package" >"$scratch/cpack.log" 2>&1; then
  cat "$scratch/cpack.log"
  echo "FAIL: cpack"
  exit 1
fi
debs=("$scratch"/package/*.deb)
deb=${debs[0]}
[[ -f $deb ]] || { cat "$scratch/cpack.log"; echo "FAIL: cpack made no .deb"; exit 1; }
echo "packed $(basename "$deb") ($(($(stat -c %s "$deb") / 1024)) KiB) in $(($(date +%s) - start)) s"

# 2. Control data: the version, and Depends filled in by dpkg-shlibdeps plus the SQLite driver.
info=$(dpkg-deb -I "$deb")
field() { sed -n "s/^ $1: //p" <<<"$info"; }
[[ $(field Version) == "$version" ]] && pass "Version $version" || fail "Version is '$(field Version)', want $version"
depends=$(field Depends)
echo "Depends: $depends"
depends_names=$(tr ',|' '\n\n' <<<"$depends" | sed 's/^ *//; s/ .*//')
for lib in libqt6core6 libqt6widgets6 libqt6network6 libqt6sql6 libqt6charts6 libqt6svg6 \
           libqt6keychain1 libstdc++6 libc6 libqt6sql6-sqlite; do
  grep -qxF "$lib" <<<"$depends_names" && pass "Depends on $lib" || fail "Depends lacks $lib"
done

# 3. Unpack into a scratch root and look at the files.
root=$scratch/root
dpkg-deb -x "$deb" "$root"
share=$root/usr/share
[[ -x $root/usr/bin/chairside ]] && pass "usr/bin/chairside" || fail "no executable usr/bin/chairside"
# Every library is the system's: no search path of its own, least of all an empty entry, which
# the loader reads as the current folder (a planted libQt6Core.so.6 there would be loaded). The
# build's program, which `make run` starts, is checked too.
for program in "$root/usr/bin/chairside" "$build/app/chairside"; do
  runpath=$(readelf -d "$program" 2>/dev/null | grep -E 'RUNPATH|RPATH' || true)
  [[ -z $runpath ]] && pass "no library search path in ${program#"$build"/}" ||
    fail "${program#"$build"/} searches for libraries in: $runpath"
done
unexpected=$(dpkg-deb -c "$deb" | awk '{print $6}' | grep -v -E '^\./(usr/?|usr/bin/?|usr/bin/chairside|usr/share/?|usr/share/(applications|metainfo|icons|chairside)(/.*)?)$' || true)
[[ -z $unexpected ]] && pass "nothing but the program and its data" || fail "unexpected files: $unexpected"

desktop=$share/applications/chairside.desktop
if [[ -f $desktop ]] && out=$(desktop-file-validate "$desktop" 2>&1) && [[ -z $out ]]; then
  pass "chairside.desktop validates"
else
  fail "chairside.desktop missing or invalid: ${out:-}"
fi
metainfo=$share/metainfo/app.chairside.Chairside.metainfo.xml
if [[ -f $metainfo ]] && out=$(appstreamcli validate --no-net "$metainfo" 2>&1); then
  pass "metainfo validates"
else
  fail "metainfo missing or invalid: ${out:-}"
fi
grep -q "<release version=\"$version\"" "$metainfo" 2>/dev/null && pass "metainfo has release $version" ||
  fail "metainfo has no <release version=\"$version\">"

[[ -s $share/icons/hicolor/scalable/apps/chairside.svg ]] && pass "scalable icon" || fail "no scalable icon"
# Width and height of a PNG are big-endian 32-bit numbers at bytes 16 and 20.
png_size() { od -An -tu1 -j16 -N8 "$1" | awk '{print $1*16777216+$2*65536+$3*256+$4 "x" $5*16777216+$6*65536+$7*256+$8}'; }
for size in 16 22 24 32 48 64 128 256 512; do
  png=$share/icons/hicolor/${size}x${size}/apps/chairside.png
  if [[ -f $png && $(png_size "$png") == "${size}x${size}" ]]; then
    pass "icon ${size}x${size}"
  else
    fail "icon ${size}x${size} missing or of the wrong size"
  fi
done

# translations.txt lists the .qm files the build makes (empty while there are none).
expected=$build/installer/translations.txt
if [[ -s $expected ]]; then
  while read -r qm; do
    [[ -z $qm ]] && continue
    [[ -s $share/chairside/translations/$qm ]] && pass "translation $qm" || fail "translation $qm not installed"
  done <"$expected"
else
  echo "note: the build makes no .qm translations yet; nothing to check"
fi

# 4. Run what was unpacked: the version, then a pane drawn offscreen from a fresh demo salon.
if out=$("$root/usr/bin/chairside" --version 2>&1) && [[ $out == *"$version"* ]]; then
  pass "chairside --version: $out"
else
  fail "chairside --version printed '$out'"
fi
shot=$scratch/appointments.png
if QT_QPA_PLATFORM=offscreen "$root/usr/bin/chairside" --data-dir "$scratch/data" \
     --demo-date 2026-12-02 --screenshot "$shot" --pane appointments >"$scratch/run.log" 2>&1; then
  pass "screenshot run exited 0"
else
  cat "$scratch/run.log"
  fail "screenshot run failed"
fi
if [[ -f $shot ]]; then
  dims=$(png_size "$shot")
  bytes=$(stat -c %s "$shot")
  width=${dims%x*}
  height=${dims#*x}
  # A blank or tiny window compresses to a few KiB; the drawn calendar is far larger.
  if ((width >= 800 && height >= 500 && bytes > 30000)); then
    pass "screenshot $dims, $((bytes / 1024)) KiB"
  else
    fail "screenshot looks empty: $dims, $bytes bytes"
  fi
else
  fail "no screenshot written"
fi

echo "$((checks - failures)) passed, $failures failed"
((failures == 0))
