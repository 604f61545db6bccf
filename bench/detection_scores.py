"""Score detection on a labelled corpus in both modes (findings and exported PDFs).

    python bench/detection_scores.py [CORPUS_DIR]     (default: ../shared/devset)

Runs `redactor screen --json` and `redactor export --accept-all` on CORPUS_DIR/documents
and prints the scorer's SUMMARY lines (the scorer ships with the corpus, in ../shared/tools).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    corpus = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT.parent / "shared" / "devset").resolve()
    scorer = corpus.parent / "tools" / "score_redaction.py"
    if not scorer.is_file():
        scorer = ROOT.parent / "shared" / "tools" / "score_redaction.py"
    redactor = [sys.executable, "-m", "redactor", "-q"]
    with tempfile.TemporaryDirectory() as tmp:
        db = ["--db", str(Path(tmp) / "d.sqlite")]
        subprocess.run([*redactor, "screen", str(corpus / "documents"), "--json", f"{tmp}/f.json", *db], check=True)
        subprocess.run([*redactor, "export", str(corpus / "documents"), "--out", f"{tmp}/out", "--accept-all", *db],
                       check=True)
        for mode, target, extra in (("findings", f"{tmp}/f.json", []), ("export", f"{tmp}/out", []),
                                    ("export", f"{tmp}/out", ["--extractor", "pypdf"])):
            out = subprocess.run([sys.executable, str(scorer), mode, str(corpus), target, *extra],
                                 capture_output=True, text=True, check=True).stdout
            summary = [line for line in out.splitlines() if line.startswith("SUMMARY")][-1]
            print(f"{mode:<9}{' '.join(extra):<20} {summary}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
