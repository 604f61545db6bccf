"""CPU cost of detection per page, apart from reading the file: ingest once, then detect the same pages
several times and keep the best run.

    python bench/detect_pages.py [--pages 300] [--runs 5]

Run it on two commits (a worktree each, PYTHONPATH pointing at it) to see what a change to the detectors
or the rule pack costs.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from make_dossier import make  # noqa: E402

from redactor.detect.engine import Screener  # noqa: E402
from redactor.grounds import load_ground_set  # noqa: E402
from redactor.ingest import ingest  # noqa: E402
from redactor.rulepack import load_rule_pack  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=300)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    screener = Screener(load_ground_set("woo"), load_rule_pack("default"))
    with tempfile.TemporaryDirectory() as tmp:
        documents = [ingest(path) for path in make(Path(tmp) / "dossier", args.pages)]
    pages = sum(len(d.pages) for d in documents)
    best = float("inf")
    for _ in range(args.runs):
        start = time.process_time()
        for document in documents:
            screener.detect(document)
        best = min(best, time.process_time() - start)
    print(f"pages {pages}: detection {1000 * best / pages:.2f} ms a page (CPU, best of {args.runs} runs)")


if __name__ == "__main__":
    main()
