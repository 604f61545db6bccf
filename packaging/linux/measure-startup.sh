#!/usr/bin/env bash
# Start the packaged app on a real X server (Xvfb, the xcb platform plugin, not offscreen) and
# measure: time until the main window is visible, and until the sample dossier is screened and
# shown. Twice: a first start (empty user folders: the sample is screened) and a second start
# (the dossier database is reused). Needs Debian's xvfb and xdotool.
#   packaging/linux/measure-startup.sh dist/woo-redactor [screenshot.png]
set -euo pipefail
app="$(cd "${1:?usage: measure-startup.sh APP_FOLDER [SCREENSHOT.png]}" && pwd)"
shot="${2:-}"
for tool in xvfb-run xdotool; do
  command -v "$tool" >/dev/null || { echo "skipped: $tool is not installed (apt-get install xvfb xdotool)" >&2; exit 3; }
done
if [ -z "${MEASURE_UNDER_XVFB:-}" ]; then
  MEASURE_UNDER_XVFB=1 exec xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "$@"
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share" \
       XDG_CACHE_HOME="$work/home/.cache" QT_QPA_PLATFORM=xcb
mkdir -p "$HOME"
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
for run in "first start" "second start"; do
  t0=$(date +%s%N)
  "$app/redactor-gui" --lang en >"$work/app.log" 2>&1 &
  pid=$!
  timeout 60 xdotool search --sync --onlyvisible --name "Woo redactor" >/dev/null \
    || { kill "$pid" 2>/dev/null; cat "$work/app.log" >&2; echo "FAILED: no window within 60 s" >&2; exit 1; }
  shown=$(ms "$t0")
  # the title names the dossier once the sample is screened and on screen
  timeout 60 xdotool search --sync --onlyvisible --name "dossier — Woo redactor" >/dev/null \
    || { kill "$pid" 2>/dev/null; echo "FAILED: the sample dossier was not shown within 60 s" >&2; exit 1; }
  ready=$(ms "$t0")
  echo "$run: window visible after ${shown} ms; sample dossier screened and shown after ${ready} ms"
  if [ -n "$shot" ] && [ "$run" = "second start" ] && command -v xwd >/dev/null && command -v convert >/dev/null; then
    sleep 1
    xwd -root -silent | convert xwd:- "$shot" && echo "screenshot: $shot"
  fi
  kill "$pid"
  wait "$pid" 2>/dev/null || true
done
