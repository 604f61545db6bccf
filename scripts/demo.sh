#!/usr/bin/env bash
# First README command: set up, then screen, redact and verify the bundled sample dossier.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
out=out/sample-dossier
rm -rf "$out"
.venv/bin/redactor screen seeds/dossier --db out/sample-dossier.sqlite --json out/sample-findings.json --explain
.venv/bin/redactor export seeds/dossier --db out/sample-dossier.sqlite --out "$out" --accept-all
.venv/bin/redactor verify "$out"/*.pdf
echo
echo "Redacted PDFs, the publication (publicatie.pdf: every document, numbered, with the inventory as annex),"
echo "inventory list (inventarislijst.xlsx/.csv/.pdf) and redaction log are in $out/"
echo "Review them in the desktop app: .venv/bin/redactor-gui seeds/dossier"
