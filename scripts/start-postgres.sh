#!/usr/bin/env bash
# Start a PostgreSQL server on loopback for the team-mode tests (Debian/Ubuntu packages).
# Prints the admin URL the tests use (REDACTOR_TEST_POSTGRES_URL) on success; exits 1 if no
# server can be had, and the tests then skip PostgreSQL and say so.
set -uo pipefail
sudo_cmd=""
[ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && sudo_cmd="sudo -n"

if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  command -v apt-get >/dev/null 2>&1 || exit 1
  $sudo_cmd apt-get install -y -q postgresql >/dev/null 2>&1 \
    || { $sudo_cmd apt-get update -q >/dev/null 2>&1 && $sudo_cmd apt-get install -y -q postgresql >/dev/null 2>&1; } \
    || exit 1
fi
version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if command -v pg_lsclusters >/dev/null 2>&1; then
  pg_lsclusters -h 2>/dev/null | grep -q "^$version main" || $sudo_cmd pg_createcluster "$version" main >/dev/null 2>&1
  pg_lsclusters -h 2>/dev/null | grep -q "^$version main .* online" \
    || $sudo_cmd pg_ctlcluster "$version" main start >/dev/null 2>&1 || exit 1
else
  exit 1
fi
as_postgres() { if [ "$(id -u)" -eq 0 ]; then su postgres -c "$1"; else $sudo_cmd -u postgres sh -c "$1"; fi; }
for _ in $(seq 1 20); do as_postgres "psql -qAtc 'select 1'" >/dev/null 2>&1 && break; sleep 0.5; done
as_postgres "psql -qAtc \"SELECT 1 FROM pg_roles WHERE rolname='redactor'\"" 2>/dev/null | grep -q 1 \
  || as_postgres "psql -qc \"CREATE ROLE redactor LOGIN PASSWORD 'redactor' CREATEDB\"" >/dev/null 2>&1 || exit 1
echo "postgresql+psycopg://redactor:redactor@127.0.0.1:5432/postgres"
