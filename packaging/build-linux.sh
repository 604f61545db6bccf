#!/usr/bin/env bash
# Build the Linux desktop app (PyInstaller one-folder build) and prove it works:
#
#   packaging/build-linux.sh               build venv in build/venv, build, self-test, tar.gz
#   packaging/build-linux.sh --appimage    also an AppImage (needs appimagetool on PATH)
#   BUILD_VENV=.venv packaging/build-linux.sh   build with an existing venv instead
#
# Steps: a build venv with the app (pip install ".[gui]") and PyInstaller; Qt's system
# libraries where apt-get can install them; PyInstaller with packaging/woo-redactor-linux.spec;
# then the smoke test of the *packaged* programs, headless: `redactor-gui --self-test`
# (screens, exports and verifies the bundled sample dossier, then opens the main window
# offscreen), `redactor --version`, a CLI export + verify, and a check that nothing was
# written inside the program folder. Any failure stops the script with a non-zero exit.
# Output: dist/woo-redactor/ and dist/woo-redactor-<version>-linux-<arch>.tar.gz
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
appimage=0
for arg in "$@"; do
  case "$arg" in
    --appimage) appimage=1 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "error: unknown option $arg (see --help)" >&2; exit 2 ;;
  esac
done
step() { printf '\n== %s\n' "$*" >&2; }
fail() { echo "FAILED: $*" >&2; exit 1; }

python="${PYTHON:-python3}"
"$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
  || { echo "error: Python 3.11 or newer is needed (found $("$python" --version 2>&1))" >&2; exit 2; }

step "system libraries Qt links to (collected into the bundle)"
need=()
for pkg in file binutils libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libxcb-cursor0 \
           libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xkb1; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
sudo_cmd=""
[ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && sudo_cmd="sudo"
if [ ${#need[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1; then
    echo "installing ${need[*]}" >&2
    $sudo_cmd apt-get install -y -q "${need[@]}" >/dev/null 2>&1 \
      || { $sudo_cmd apt-get update -q >/dev/null && $sudo_cmd apt-get install -y -q "${need[@]}" >/dev/null; } \
      || echo "warning: could not install ${need[*]}; the bundle will expect them on the target machine" >&2
  else
    echo "warning: no apt-get; make sure these are installed: ${need[*]}" >&2
  fi
fi
# for the start-up check on a real X server (skipped when they cannot be had)
if ! command -v xvfb-run >/dev/null 2>&1 || ! command -v xdotool >/dev/null 2>&1; then
  command -v apt-get >/dev/null 2>&1 && $sudo_cmd apt-get install -y -q xvfb xdotool >/dev/null 2>&1 || true
fi

venv="${BUILD_VENV:-build/venv}"
step "build environment in $venv"
[ -x "$venv/bin/python" ] || "$python" -m venv "$venv"
"$venv/bin/python" -m pip install -q --upgrade pip >/dev/null 2>&1 || true
"$venv/bin/python" -m pip install -q ".[gui]" -r packaging/requirements-build.txt
version="$("$venv/bin/python" -c 'import sys; sys.path.insert(0, "packaging"); import bundle; print(bundle.version())')"
echo "woo-redactor $version, $("$venv/bin/python" -m PyInstaller --version 2>/dev/null | sed 's/^/PyInstaller /')" >&2

step "PyInstaller one-folder build"
started=$(date +%s)
rm -rf dist/woo-redactor
# (the hidden-import warnings about spaCy's and thinc's test suites are expected: they are excluded)
"$venv/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/woo-redactor-linux.spec 2>&1 \
  | { grep -v -E 'Hidden import "(spacy|thinc)\.tests' || true; }
app="$root/dist/woo-redactor"
[ -x "$app/redactor-gui" ] && [ -x "$app/redactor" ] || fail "PyInstaller made no redactor-gui/redactor in $app"
# Debug symbols: about 170 MB of the folder (libpython, spaCy/blis/PyMuPDF extension modules).
# Libraries that auditwheel vendored (*.libs/) were rewritten by patchelf, and strip breaks
# those ("ELF load command address/offset not page-aligned"), so they are left alone. The
# smoke test below runs on the stripped folder.
if command -v strip >/dev/null 2>&1 && command -v file >/dev/null 2>&1; then
  before=$(du -sm "$app" | cut -f1)
  find "$app" -type f \( -name '*.so' -o -name '*.so.*' \) -not -path '*.libs/*' -print0 \
    | while IFS= read -r -d '' lib; do
        if file -b "$lib" | grep -q 'not stripped'; then strip --strip-unneeded "$lib"; fi
      done
  echo "stripped debug symbols: ${before} MB -> $(du -sm "$app" | cut -f1) MB" >&2
else
  echo "note: no strip/file (binutils, file); the folder keeps its debug symbols" >&2
fi
mkdir -p "$app/share"
cp packaging/woo-redactor.desktop packaging/icons/woo-redactor.png packaging/icons/woo-redactor.svg "$app/share/"
cp packaging/linux/install.sh "$app/"
cp LICENSE "$app/LICENSE"
cp packaging/linux/README.txt "$app/README.txt"
echo "built in $(( $(date +%s) - started )) s" >&2

step "smoke test of the packaged programs (headless)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# the test gets its own user folders: it must not need (or touch) the builder's
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share" \
       XDG_CACHE_HOME="$work/home/.cache" QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME"
touch "$work/marker"
sleep 1
t0=$(date +%s%N)
set +e
"$app/redactor-gui" --self-test 2>"$work/selftest.err" | tee "$work/selftest.out"
rc=${PIPESTATUS[0]}
set -e
t1=$(date +%s%N)
[ "$rc" -eq 0 ] || { cat "$work/selftest.err" >&2; fail "redactor-gui --self-test exited $rc"; }
grep -q '^self-test passed' "$work/selftest.out" || fail "redactor-gui --self-test printed no pass line"
ms=$(( (t1 - t0) / 1000000 ))
selftest_seconds="$((ms / 1000)).$(printf %03d $((ms % 1000)))"

got="$("$app/redactor" --version)"
[ "$got" = "redactor $version" ] || fail "redactor --version says '$got', expected 'redactor $version'"
got="$("$app/redactor-gui" --version)"
[ "$got" = "redactor-gui $version" ] || fail "redactor-gui --version says '$got'"

"$app/redactor" -q export "$app/_internal/seeds/dossier" --accept-all --db "$work/cli.sqlite" --out "$work/cli-out" \
  || fail "redactor export of the sample dossier exited $?"
"$app/redactor" verify "$work"/cli-out/*.pdf >/dev/null || fail "redactor verify found a problem in the exported PDFs"
# 8 files or more are screened in a process pool: worker processes start the frozen executable
mkdir -p "$work/pool"
for copy in a b; do for f in "$app/_internal/seeds/dossier"/*; do cp "$f" "$work/pool/$copy-$(basename "$f")"; done; done
"$app/redactor" -q screen "$work/pool" --workers 2 --db "$work/pool.sqlite" --json "$work/pool.json" \
  || fail "redactor screen with a process pool exited $?"
grep -q '"name": "b-04-news-eu-envoy-probes.txt"' "$work/pool.json" || fail "the process pool did not screen every file"
# the PostgreSQL driver is in the bundle: no server here, so the error must be a refused connection
set +e
pg="$("$app/redactor" audit verify --db "postgresql+psycopg://nobody@127.0.0.1:9/none" 2>&1)"
set -e
echo "$pg" | grep -q "Connection refused\|connection failed" || fail "PostgreSQL driver missing from the bundle: $pg"

written="$(find "$app" -newer "$work/marker" | head -5)"
[ -z "$written" ] || fail "the programs wrote into their own folder: $written"
echo "smoke test passed: self-test in ${selftest_seconds} s (process start to exit), CLI export + verify ok," \
     "process pool ok," \
     "PostgreSQL driver loads, nothing written in $app" >&2

step "archive"
arch="$(uname -m)"
archive="dist/woo-redactor-$version-linux-$arch.tar.gz"
tar -C dist -czf "$archive" woo-redactor
echo "folder:  $(du -sh "$app" | cut -f1)  $app" >&2
echo "archive: $(du -h "$archive" | cut -f1)  $root/$archive" >&2

step "start-up on a real X server (Xvfb)"
set +e
packaging/linux/measure-startup.sh "$app"
rc=$?
set -e
[ "$rc" -eq 0 ] || [ "$rc" -eq 3 ] || fail "the app did not start on Xvfb"

if [ "$appimage" -eq 1 ]; then
  step "AppImage"
  appdir="build/WooRedactor.AppDir"
  rm -rf "$appdir"
  mkdir -p "$appdir/usr/lib" "$appdir/usr/share/applications" "$appdir/usr/share/icons/hicolor/256x256/apps"
  cp -a "$app" "$appdir/usr/lib/woo-redactor"
  cp packaging/linux/AppRun "$appdir/AppRun"
  cp packaging/woo-redactor.desktop "$appdir/woo-redactor.desktop"
  cp packaging/woo-redactor.desktop "$appdir/usr/share/applications/"
  cp packaging/icons/woo-redactor.png "$appdir/woo-redactor.png"
  cp packaging/icons/woo-redactor.png "$appdir/usr/share/icons/hicolor/256x256/apps/"
  ln -s woo-redactor.png "$appdir/.DirIcon"
  "$appdir/AppRun" --self-test >/dev/null 2>&1 || fail "the AppDir's AppRun --self-test failed"
  [ "$("$appdir/AppRun" --cli --version)" = "redactor $version" ] || fail "the AppDir's AppRun --cli --version failed"
  echo "AppDir $appdir: AppRun --self-test passed" >&2
  tool="${APPIMAGETOOL:-$(command -v appimagetool || true)}"
  [ -n "$tool" ] || fail "no AppImage made: appimagetool is not on PATH (set APPIMAGETOOL=/path/to/it); it is" \
                         "in neither Debian nor PyPI. The .tar.gz above is complete; the AppDir is in $appdir"
  image="dist/WooRedactor-$version-$arch.AppImage"
  ARCH="$arch" "$tool" "$appdir" "$image"
  "$image" --appimage-extract-and-run --self-test || fail "the AppImage's --self-test failed"
  echo "appimage: $(du -h "$image" | cut -f1)  $root/$image" >&2
fi
