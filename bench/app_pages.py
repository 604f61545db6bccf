"""The review app on a 1,000-page PDF: time to the first page and memory while paging, as ratios
against plain PyMuPDF rendering of the same pages, measured in the same run.

    QT_QPA_PLATFORM=offscreen python bench/app_pages.py [--pages 1000]
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

import pymupdf

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def make_pdf(path: Path, pages: int) -> None:
    doc = pymupdf.open()
    for i in range(pages):
        page = doc.new_page()
        page.insert_textbox(page.rect + (56, 56, -56, -56), f"Pagina {i + 1}\n" + "Tekst van de nota. " * 120,
                            fontsize=10)
    doc.save(path, garbage=3, deflate=True)


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=1000)
    args = ap.parse_args()
    from PySide6.QtWidgets import QApplication

    from ui.page_source import PageSource

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.pdf"
        make_pdf(path, args.pages)
        scale = 150 / 72

        start = time.perf_counter()
        with pymupdf.open(path) as doc:
            doc[0].get_pixmap(matrix=pymupdf.Matrix(scale, scale))
        plain_first = time.perf_counter() - start

        start = time.perf_counter()
        source = PageSource(path)
        source.render(0, scale)
        app_first = time.perf_counter() - start

        before = rss_mb()
        start = time.perf_counter()
        for number in range(min(200, args.pages)):
            source.render(number, scale)
        app_paging = time.perf_counter() - start
        grown = rss_mb() - before
        source.close()

        start = time.perf_counter()
        with pymupdf.open(path) as doc:
            for number in range(min(200, args.pages)):
                doc[number].get_pixmap(matrix=pymupdf.Matrix(scale, scale))
        plain_paging = time.perf_counter() - start
    print(f"pages {args.pages}, rendering at 150 dpi")
    print(f"first page  plain PyMuPDF {plain_first * 1000:7.1f} ms   app {app_first * 1000:7.1f} ms   "
          f"ratio {app_first / plain_first:.2f}")
    print(f"200 pages   plain PyMuPDF {plain_paging:7.2f} s    app {app_paging:7.2f} s    "
          f"ratio {app_paging / plain_paging:.2f}")
    print(f"peak RSS growth while paging through 200 pages in the app: {grown:.0f} MB")
    del app


if __name__ == "__main__":
    main()
