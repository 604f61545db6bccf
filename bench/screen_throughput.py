"""Screening throughput against plain PyMuPDF word extraction of the same pages, in one run.

    python bench/screen_throughput.py --pages 1000

Prints pages/s for the baseline (word extraction only, the practical ceiling) and for
`redactor screen` (ingest + detection + store), and their ratio.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pymupdf

sys.path.insert(0, str(Path(__file__).parent))
from make_dossier import make  # noqa: E402


def _extract(path: Path) -> int:
    with pymupdf.open(path) as doc:
        return sum(len(page.get_text("words")) for page in doc)


def baseline(paths: list[Path], workers: int) -> float:
    start = time.perf_counter()
    with ProcessPoolExecutor(workers) as pool:
        list(pool.map(_extract, paths))
    return time.perf_counter() - start


def screen(folder: Path, db: Path, extra: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "redactor", "-q", "screen", str(folder), "--db", str(db), "--rescreen",
                    *extra], check=True)
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=1000)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "dossier"
        paths = make(folder, args.pages)
        base = baseline(paths, args.workers)
        full = screen(folder, Path(tmp) / "d.sqlite", [])
        again = time.perf_counter()
        subprocess.run([sys.executable, "-m", "redactor", "-q", "screen", str(folder), "--db",
                        str(Path(tmp) / "d.sqlite")], check=True)
        again = time.perf_counter() - again
    print(f"pages: {args.pages}, workers: {args.workers}")
    print(f"baseline  PyMuPDF word extraction: {args.pages / base:8.1f} pages/s")
    print(f"redactor  screen (ingest+detect+store): {args.pages / full:8.1f} pages/s")
    print(f"ratio screen/baseline: {base / full:.3f}")
    print(f"re-screen unchanged dossier: {again:.2f} s ({again / full:.1%} of a full screen)")


if __name__ == "__main__":
    main()
