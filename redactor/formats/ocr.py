"""OCR of scanned pages and images with Tesseract: words with boxes, and a confidence per page.

A page without a text layer but with an image is rendered by PyMuPDF and read by
Tesseract in Dutch and English. The result becomes an ordinary :class:`Page` (text
plus one box per character, in PDF points), so detection, review and export treat a
scan like any other page; export removes the image pixels under each box
(``PDF_REDACT_IMAGE_PIXELS``).

Why Tesseract's TSV output and not PyMuPDF's OCR text page: PyMuPDF's
``get_textpage_ocr`` gives the same words (same Tesseract, same language data) but no
confidence, and a confidence per page is what tells a reviewer which pages need a
human look. Measured on a rendered-then-scanned memo, both read the same words at the
same speed. Like PyMuPDF, we split a word's box evenly over its characters.

Tesseract runs with ``OMP_THREAD_LIMIT=1``: its OpenMP threads thrash when every core
already runs a screening worker (three times slower on two cores). Results are cached
per page (``_cache``): export reads the source again and must get the same boxes, and a
long scan interrupted by the per-document time limit continues where it stopped.
Without Tesseract the page is left as it is, with a warning: never a crash.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import statistics
import subprocess
import unicodedata
from dataclasses import asdict, dataclass

import pymupdf

from redactor.document import Page, Rect
from redactor.formats import _cache

OCR_DPI = 300
OCR_LANGUAGES = ("nld", "eng")
REVIEW_BELOW = 75.0  # mean word confidence (0-100) under which a page needs a human look
LOW_WORD = 60.0  # a word below this confidence counts as doubtful
DOUBTFUL_SHARE = 0.2  # ... and a page with more doubtful words than this needs a look too
PAGE_TIMEOUT_S = 120
_CACHE_VERSION = "t2"


@dataclass
class PageOcr:
    """How well one page was read; stored with the document and shown to the reviewer."""

    page: int
    confidence: float  # mean word confidence, 0-100
    words: int
    doubtful: int  # words under LOW_WORD
    needs_review: bool
    reason: str = ""

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


@functools.lru_cache(maxsize=1)
def tesseract() -> tuple[str, str] | None:
    """(program, language string) when Tesseract and at least one language are installed."""
    program = os.environ.get("REDACTOR_TESSERACT") or shutil.which("tesseract")
    if not program:
        return None
    try:
        listed = subprocess.run([program, "--list-langs"], capture_output=True, text=True, timeout=30,
                                check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    have = {line.strip() for line in listed.splitlines()[1:]}
    langs = [lang for lang in OCR_LANGUAGES if lang in have]
    return (program, "+".join(langs)) if langs else None


def missing_message() -> str:
    return ("Tesseract OCR is not installed, so scanned pages were not read; install tesseract-ocr with the "
            "Dutch language data (Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-nld) or review them by eye")


def needs_ocr(page: Page) -> bool:
    """A page whose text layer is (nearly) empty but which shows an image: a scan."""
    return page.has_images and len(page.text.strip()) < 3


def ocr_page(pdf_page: pymupdf.Page, source_sha256: str) -> tuple[Page, PageOcr]:
    """Read one page with Tesseract (or from the cache).

    Raises:
        RuntimeError: Tesseract is not available (check :func:`tesseract` first).
        subprocess.SubprocessError: Tesseract failed or ran out of time.
    """
    engine = tesseract()
    if engine is None:
        raise RuntimeError(missing_message())
    number = pdf_page.number + 1
    key = f"{source_sha256}-p{number}-{OCR_DPI}-{engine[1]}-{_CACHE_VERSION}.json"
    cached = _cache.load("ocr", key)
    if cached:
        saved = json.loads(cached)
        boxes = [tuple(b) if b else None for b in saved["boxes"]]
        page = Page(number, pdf_page.rect.width, pdf_page.rect.height, saved["text"], boxes, has_images=True,
                    images=[tuple(pdf_page.rect)])
        return page, PageOcr(**saved["ocr"])
    pix = pdf_page.get_pixmap(dpi=OCR_DPI, colorspace=pymupdf.csGRAY)
    tsv = _run(engine, pix.tobytes("png"))
    page, info = _page_from_tsv(tsv, number, pdf_page.rect, pix.width, pix.height)
    _cache.store("ocr", key, json.dumps({"text": page.text, "boxes": page.boxes, "ocr": info.as_dict()}).encode())
    return page, info


def _run(engine: tuple[str, str], png: bytes) -> str:
    program, langs = engine
    result = subprocess.run([program, "stdin", "stdout", "-l", langs, "--dpi", str(OCR_DPI), "--psm", "3", "tsv"],
                            input=png, capture_output=True, timeout=PAGE_TIMEOUT_S, check=False,
                            env={**os.environ, "OMP_THREAD_LIMIT": "1"})
    if result.returncode != 0:
        raise subprocess.SubprocessError(result.stderr.decode("utf-8", errors="replace").strip()[:200])
    return result.stdout.decode("utf-8", errors="replace")


def _page_from_tsv(tsv: str, number: int, rect: pymupdf.Rect, px_w: int, px_h: int) -> tuple[Page, PageOcr]:
    """Lines of words in reading order; each character gets its share of the word's box."""
    sx, sy = rect.width / px_w, rect.height / px_h
    text: list[str] = []
    boxes: list[Rect | None] = []
    confidences: list[float] = []
    line_key = None
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5" or not cols[11].strip():
            continue
        key = (cols[2], cols[3], cols[4])  # block, paragraph, line
        if text and key != line_key:
            text.append("\n")
            boxes.append(None)
        elif text:
            text.append(" ")
            boxes.append(None)
        line_key = key
        left, top, width, height = (float(v) for v in cols[6:10])
        confidences.append(float(cols[10]))
        word = cols[11].strip()
        for ch, (x0, x1) in zip(word, _shares(word, left * sx, (left + width) * sx)):
            box = (x0, top * sy, x1, (top + height) * sy)
            for piece in unicodedata.normalize("NFKC", ch):
                text.append(" " if piece.isspace() else piece)
                boxes.append(None if piece.isspace() else box)
    if text:
        text.append("\n")
        boxes.append(None)
    page = Page(number, rect.width, rect.height, "".join(text), boxes, has_images=True, images=[tuple(rect)])
    return page, assess(number, confidences)


def _shares(word: str, x0: float, x1: float) -> list[tuple[float, float]]:
    """Each character's part of the word's box, by its width in a proportional font ("r" wider than
    ","), and a little wider still: where a finding ends inside an OCR'd word ("Bakker" of "Bakker,"),
    its box must cover the last letter whole, even if that takes a sliver of the comma."""
    widths = [max(pymupdf.get_text_length(ch, "helv", 1), 0.2) for ch in word]
    scale = (x1 - x0) / sum(widths)
    out, at = [], x0
    for w in widths:
        pad = w * scale * 0.15
        out.append((max(at - pad, x0), min(at + w * scale + pad, x1)))
        at += w * scale
    return out


def assess(number: int, confidences: list[float]) -> PageOcr:
    """Mean confidence and whether a reviewer should look at the page itself."""
    valid = [c for c in confidences if c >= 0]
    if not valid:
        return PageOcr(number, 0.0, 0, 0, True, "no text recognised (a photo, handwriting or an empty page)")
    mean = statistics.fmean(valid)
    doubtful = sum(1 for c in valid if c < LOW_WORD)
    reason = ""
    if mean < REVIEW_BELOW:
        reason = f"low OCR confidence ({mean:.0f}%)"
    elif doubtful > DOUBTFUL_SHARE * len(valid):
        reason = f"{doubtful} of {len(valid)} words read with low confidence"
    return PageOcr(number, round(mean, 1), len(valid), doubtful, bool(reason), reason)
