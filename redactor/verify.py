"""Verify: prove that an exported PDF leaks nothing.

Two levels. ``check_hidden_data`` needs only the PDF: metadata, annotations (an
unapplied redact annotation is a leak), embedded files, JavaScript, form fields,
text hidden under filled black rectangles, earlier revisions and bytes after the
last %%EOF. ``check_redactions`` also knows what was redacted and proves, with two
independent extractors (PyMuPDF and pypdf), that no redacted text can be extracted
and that no character remains under any box.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pymupdf
import pypdf

from redactor.document import Rect


@dataclass
class Redaction:
    """One applied box: where, which ground, and (for verification only) its text."""

    page: int  # 1-based
    rects: list[Rect]
    ground: str
    text: str = field(default="", repr=False)
    entity: str = ""
    source: str = ""
    decision: str = ""
    reviewer: str = ""


_JS_KEY = re.compile(r"/(?:JS|JavaScript)(?![A-Za-z0-9])")


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", unicodedata.normalize("NFKC", text).casefold()))


def check_hidden_data(doc: pymupdf.Document, data: bytes, labels: frozenset[str] | None = None) -> list[str]:
    """Problems a published PDF must not have, whatever was redacted.

    ``labels`` are the ground codes printed on boxes (text that may sit on black).
    """
    labels = all_box_labels() if labels is None else labels
    problems: list[str] = []
    if doc.is_repaired:
        # Damaged files open by rebuilding their structure; what lies outside it cannot be checked.
        problems.append("the file is damaged (it had to be repaired to open); export it again")
    meta = {k: v for k, v in (doc.metadata or {}).items() if v and k not in ("format", "encryption")}
    if meta:
        problems.append(f"document metadata present ({', '.join(sorted(meta))})")
    if doc.get_xml_metadata().strip():
        problems.append("XMP metadata present")
    if doc.embfile_count():
        problems.append(f"{doc.embfile_count()} embedded file(s)")
    if doc.is_form_pdf:
        problems.append("form fields present")
    for page in doc:
        kinds = {a.type[1] for a in page.annots()}
        if kinds:
            problems.append(f"page {page.number + 1}: annotations present ({', '.join(sorted(kinds))})")
        hidden = _text_under_black_boxes(page, labels)
        if hidden:
            problems.append(f"page {page.number + 1}: {hidden} character(s) of text under a black box")
    for xref in range(1, doc.xref_length()):
        try:
            obj = doc.xref_object(xref, compressed=True)
        except Exception:  # noqa: BLE001 - free or broken objects have no body
            continue
        # In the object's text, not only its top-level keys: an action is often written
        # inline (the catalog's /OpenAction << /S /JavaScript /JS (...) >>).
        if _JS_KEY.search(obj):
            problems.append("JavaScript present")
            break
    if data.count(b"startxref") > 1:
        problems.append("earlier revisions present (incremental updates)")
    tail = data[data.rfind(b"%%EOF") + 5:] if b"%%EOF" in data else b""
    if tail.strip():
        problems.append(f"{len(tail.strip())} byte(s) after the end of the file")
    return problems


def _text_under_black_boxes(page: pymupdf.Page, labels: frozenset[str]) -> int:
    """Characters drawn inside filled dark rectangles: the classic 'covered, not removed' leak."""
    boxes = [d["rect"] for d in page.get_drawings()
             if d.get("fill") is not None and max(d["fill"]) < 0.2 and d["rect"].width * d["rect"].height > 20]
    return _chars_in(page, boxes, labels) if boxes else 0


def _chars_in(page: pymupdf.Page, rects: list[pymupdf.Rect], labels: frozenset[str]) -> int:
    """Visible characters whose centre lies in one of ``rects``, except the printed ground codes."""
    count = 0
    for block in page.get_text("rawdict")["blocks"]:
        for line in block.get("lines", []):
            for span in line["spans"]:
                if "".join(c["c"] for c in span["chars"]).strip() in labels:
                    continue
                count += sum(1 for ch in span["chars"]
                             if ch["c"].strip() and any(_center_in(ch["bbox"], r) for r in rects))
    return count


def _center_in(bbox: Iterable[float], rect: pymupdf.Rect | Rect) -> bool:
    x0, y0, x1, y1 = bbox
    r = pymupdf.Rect(rect)
    return r.contains(pymupdf.Point((x0 + x1) / 2, (y0 + y1) / 2))


def check_redactions(doc: pymupdf.Document, data: bytes, redactions: list[Redaction],
                     kept_text: dict[int, str], labels: frozenset[str]) -> list[str]:
    """Prove each redacted text is gone.

    Args:
        doc: the exported PDF, reopened.
        data: its bytes (read again by pypdf, an independent extractor).
        redactions: what was applied.
        kept_text: per 1-based page, the source text with every redacted span blanked:
            a redacted string may appear in the export only as often as it appears there.
        labels: the ground codes printed on the boxes.
    """
    problems: list[str] = []
    pypdf_pages = [_norm(p.extract_text() or "") for p in pypdf.PdfReader(io.BytesIO(data)).pages]
    by_page: dict[int, list[Redaction]] = {}
    for r in redactions:
        by_page.setdefault(r.page, []).append(r)
    for pno, reds in sorted(by_page.items()):
        page = doc[pno - 1]
        texts = {
            "PyMuPDF": _norm(page.get_text()),
            "pypdf": pypdf_pages[pno - 1] if pno - 1 < len(pypdf_pages) else "",
        }
        allowed_in = _norm(kept_text.get(pno, ""))
        for r in reds:
            needle = _norm(r.text)
            if len(needle) < 3:
                continue
            allowed = _count(allowed_in, needle)
            for extractor, text in texts.items():
                if _count(text, needle) > allowed:
                    problems.append(f"page {pno}: redacted {r.entity or 'text'} still extractable ({extractor})")
        under = _chars_in(page, [pymupdf.Rect(rect) for r in reds for rect in r.rects], labels)
        if under:
            problems.append(f"page {pno}: {under} character(s) remain under redaction boxes")
    return problems


def _count(haystack: str, needle: str) -> int:
    return len(re.findall(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", haystack))


def all_box_labels() -> frozenset[str]:
    """Every code of every shipped ground set, as it may be printed on a box."""
    from redactor.grounds import available_ground_sets, load_ground_set

    return frozenset(g.code for name in available_ground_sets() for g in load_ground_set(name).grounds)


def verify_file(path: Path) -> list[str]:
    """Check a published PDF on its own (``redactor verify``)."""
    data = Path(path).read_bytes()
    with pymupdf.open(stream=data, filetype="pdf") as doc:
        return check_hidden_data(doc, data)
