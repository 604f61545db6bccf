#!/usr/bin/env bash
# Set up the project on a fresh Debian/Ubuntu machine with Python 3.11+:
# system libraries Qt needs offscreen, poppler-utils (an independent PDF text
# extractor for the leak tests), then a virtual environment in .venv.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
for pkg in libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 poppler-utils; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ] && command -v apt-get >/dev/null 2>&1; then
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && sudo_cmd="sudo"
  echo "installing system packages: ${need[*]}" >&2
  $sudo_cmd apt-get install -y -q "${need[@]}" >/dev/null 2>&1 \
    || { $sudo_cmd apt-get update -q >/dev/null && $sudo_cmd apt-get install -y -q "${need[@]}" >/dev/null; } \
    || echo "warning: could not install ${need[*]}; Qt and pdftotext tests may be skipped" >&2
fi
# OCR (Dutch and English) and office conversion: optional, installed apart so that a
# missing one does not stop the rest; without them scans and .docx files are reported.
optional=()
for pkg in tesseract-ocr tesseract-ocr-nld tesseract-ocr-eng libreoffice-writer-nogui libreoffice-calc-nogui; do
  dpkg -s "$pkg" >/dev/null 2>&1 || optional+=("$pkg")
done
if [ ${#optional[@]} -gt 0 ] && command -v apt-get >/dev/null 2>&1; then
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && sudo_cmd="sudo"
  echo "installing system packages: ${optional[*]}" >&2
  if ! $sudo_cmd apt-get install -y -q --no-install-recommends "${optional[@]}" >/dev/null 2>&1; then
    $sudo_cmd apt-get update -q >/dev/null 2>&1 || true
    for pkg in "${optional[@]}"; do  # one by one: a distribution without the -nogui variant gets the full one
      $sudo_cmd apt-get install -y -q --no-install-recommends "$pkg" >/dev/null 2>&1 \
        || { [ "$pkg" = libreoffice-writer-nogui ] && $sudo_cmd apt-get install -y -q --no-install-recommends \
               libreoffice-writer >/dev/null 2>&1; } \
        || echo "warning: could not install $pkg; OCR or office tests will be skipped" >&2
    done
  fi
fi

python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
  || { echo "error: Python 3.11 or newer is needed (found $(python3 --version))" >&2; exit 2; }
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip >/dev/null 2>&1 || true
.venv/bin/python -m pip install -q -e ".[test]"
