"""The floors under the throughput targets: what the steps that leak-proof redaction cannot skip cost,
as ratios to the baselines of issue 7, measured on the same pages in the same run (one process).

    python bench/floors.py [--pages 300]

- screening needs a glyph box per character (exact boxes: a box that is a word wide leaves, or takes,
  a neighbour's letters); PyMuPDF gives those only through ``rawdict``;
- export proves the redaction with a second, independent reader (pypdf) of every redacted page.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
from pathlib import Path

import pymupdf
import pypdf

sys.path.insert(0, str(Path(__file__).parent))
from make_dossier import make  # noqa: E402

FLAGS = pymupdf.TEXT_PRESERVE_LIGATURES | pymupdf.TEXT_PRESERVE_WHITESPACE


def per_page(paths: list[Path], step) -> float:
    """CPU milliseconds per page of ``step(page)`` over every page of ``paths``."""
    pages, start = 0, time.process_time()
    for path in paths:
        with pymupdf.open(path) as doc:
            for page in doc:
                step(page)
                pages += 1
    return (time.process_time() - start) / pages * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=300)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        paths = make(Path(tmp) / "dossier", args.pages)
        words = per_page(paths, lambda page: page.get_text("words"))
        rawdict = per_page(paths, lambda page: page.get_text("rawdict", flags=FLAGS))

        def redact(page: pymupdf.Page) -> None:  # the export baseline: a box on every word of one line
            for word in page.get_text("words")[:25]:
                page.add_redact_annot(word[:4], fill=(0, 0, 0))
            page.apply_redactions()

        redacted = Path(tmp) / "redacted.pdf"
        start, pages = time.process_time(), 0
        for path in paths:
            with pymupdf.open(path) as doc:
                for page in doc:
                    redact(page)
                    pages += 1
                doc.save(redacted, garbage=4, deflate=True)
        plain_export = (time.process_time() - start) / pages * 1000
        data = redacted.read_bytes()
        start = time.process_time()
        reader = pypdf.PdfReader(io.BytesIO(data))
        for page in reader.pages:
            page.extract_text()
        second_reader = (time.process_time() - start) / len(reader.pages) * 1000

    print(f"pages {args.pages} (CPU ms per page, one process)")
    print(f"word extraction (screening baseline)      {words:6.2f}")
    print(f"glyph box per character (rawdict)        {rawdict:6.2f}   alone {words / rawdict:.2f} x the baseline's speed"
          " (target for all of screening: 0.33)")
    print(f"redact + save (export baseline)           {plain_export:6.2f}")
    print(f"pypdf reading a redacted page             {second_reader:6.2f}   alone {plain_export / second_reader:.2f} x "
          "the baseline's speed (target for all of export: 0.5)")


if __name__ == "__main__":
    main()
