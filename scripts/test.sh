#!/usr/bin/env bash
# Second README command: set up, then run the whole test suite (Qt tests run offscreen; store
# tests run against SQLite and, when a server can be started here, PostgreSQL on loopback).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
if [ -z "${REDACTOR_TEST_POSTGRES_URL:-}" ]; then
  if url=$(scripts/start-postgres.sh); then
    export REDACTOR_TEST_POSTGRES_URL="$url"
  else
    echo "note: no PostgreSQL server could be started; PostgreSQL store tests will be skipped" >&2
  fi
fi
.venv/bin/python -m pytest -q "$@"
