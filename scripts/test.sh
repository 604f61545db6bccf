#!/usr/bin/env bash
# Second README command: set up, then run the whole test suite (Qt tests run offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
.venv/bin/python -m pytest -q "$@"
