"""Export: redact a source into a new PDF, sanitise it, prove it, then publish it.

The content under each box is removed (text, image pixels, covered vector graphics),
a black box with the ground code is drawn in its place, and the file is stripped of
metadata, annotations, links, attachments, JavaScript and form fields and saved in
full (no earlier revision survives). The result is written to a temporary file in
the destination folder, reopened and verified; only a file that passes is moved to
its final name. A failed check leaves no output file.
"""

from __future__ import annotations

import logging
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pymupdf

from redactor.document import Document, Rect
from redactor.errors import ExportVerificationError, InputFileError
from redactor.ingest import open_pdf
from redactor.verify import Redaction, _norm, check_hidden_data, check_redactions

log = logging.getLogger(__name__)

# Removal uses the middle of each glyph box: MuPDF drops every glyph whose box touches
# the redaction rectangle, and glyph boxes of adjacent lines overlap at their edges.
_REMOVE_INSET_Y = 0.3
_REMOVE_INSET_X = 0.12
_BOX_INSET_Y = 0.08
# Insets are fractions of one line: a box taller than this (a reviewer's box over a
# passage or a photo) is inset as if it were one line tall, or it would keep 30% of its
# height at top and bottom, whole lines of text included.
_LINE_HEIGHT = 20.0


@dataclass
class ExportResult:
    """What one export produced."""

    source: Path
    output: Path
    redactions: int
    pages: int


def export_pdf(document: Document, redactions: list[Redaction], out_path: Path,
               password: str | None = None) -> ExportResult:
    """Write the redacted, sanitised and verified PDF of ``document`` to ``out_path``.

    Raises:
        ExportVerificationError: the result still leaks; no file is written.
        InputFileError: the source cannot be opened.
    """
    out_path = Path(out_path)
    missing = sorted({r.page for r in redactions if not 1 <= r.page <= len(document.pages)})
    if missing:  # checked here, where the file's name is known (the PDF is opened from bytes)
        raise InputFileError(document.path, f"redaction on page {missing[0]}, which does not exist")
    out_path.parent.mkdir(parents=True, exist_ok=True)
    pdf = open_pdf(document.path, password)
    labels = frozenset(r.ground for r in redactions)
    try:
        _redact(pdf, redactions)
        outline = _safe_outline(pdf, redactions)
        _sanitise(pdf)
        pdf.set_toc(outline)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{out_path.stem}-", suffix=".pdf.part", dir=out_path.parent)
        os.close(fd)
        tmp = Path(tmp_name)
        try:
            pdf.save(tmp, garbage=4, deflate=True, clean=True, no_new_id=True)
            _verify_or_raise(document, tmp, redactions, labels)
            os.replace(tmp, out_path)
        finally:
            tmp.unlink(missing_ok=True)
    finally:
        pdf.close()
    return ExportResult(document.path, out_path, sum(len(r.rects) for r in redactions), len(document.pages))


def _redact(pdf: pymupdf.Document, redactions: list[Redaction]) -> None:
    by_page: dict[int, list[Redaction]] = {}
    for r in redactions:
        by_page.setdefault(r.page, []).append(r)
    for pno, reds in sorted(by_page.items()):
        page = pdf[pno - 1]
        for r in reds:
            for rect in r.rects:
                page.add_redact_annot(_inset(rect, _REMOVE_INSET_X, _REMOVE_INSET_Y), fill=False)
        page.apply_redactions(images=pymupdf.PDF_REDACT_IMAGE_NONE, graphics=pymupdf.PDF_REDACT_LINE_ART_NONE,
                              text=pymupdf.PDF_REDACT_TEXT_REMOVE)
        # Pixels and line art in a second pass over the whole box: the inset rectangle that
        # spares the neighbouring lines' glyphs would leave image pixels under the black box.
        for r in reds:
            for rect in r.rects:
                page.add_redact_annot(rect, fill=False)
        page.apply_redactions(images=pymupdf.PDF_REDACT_IMAGE_PIXELS,
                              graphics=pymupdf.PDF_REDACT_LINE_ART_REMOVE_IF_COVERED,
                              text=pymupdf.PDF_REDACT_TEXT_NONE)
        for r in reds:
            _draw_box(page, r)


def _draw_box(page: pymupdf.Page, redaction: Redaction) -> None:
    """Black boxes over the removed text; the ground code in the widest one."""
    boxes = [pymupdf.Rect(_inset(rect, 0, _BOX_INSET_Y)) for rect in redaction.rects]
    for box in boxes:
        page.draw_rect(box, color=None, fill=(0, 0, 0), overlay=True)
    widest = max(boxes, key=lambda b: b.width)
    size = min(8.0, widest.height * 0.75)
    if size >= 3 and pymupdf.get_text_length(redaction.ground, "helv", size) <= widest.width - 1:
        baseline = pymupdf.Point(widest.x0 + (widest.width - pymupdf.get_text_length(redaction.ground, "helv", size)) / 2,
                                 widest.y0 + (widest.height + size * 0.7) / 2)
        page.insert_text(baseline, redaction.ground, fontname="helv", fontsize=size, color=(1, 1, 1), overlay=True)


def _inset(rect: Rect, fx: float, fy: float) -> Rect:
    x0, y0, x1, y1 = rect
    dx = min((x1 - x0) * fx, 1.0)
    dy = min(y1 - y0, _LINE_HEIGHT) * fy
    return (x0 + dx, y0 + dy, x1 - dx, y1 - dy)


def _safe_outline(pdf: pymupdf.Document, redactions: list[Redaction]) -> list[list[object]]:
    """Bookmarks without any that contain redacted text (their titles would leak it)."""
    secrets = [r.text.casefold() for r in redactions if len(r.text) >= 3]
    return [[lvl, title, page] for lvl, title, page, *_ in pdf.get_toc(simple=False)
            if not any(s in title.casefold() for s in secrets)]


def _sanitise(pdf: pymupdf.Document) -> None:
    """Strip everything but the page content."""
    pdf.scrub(
        attached_files=True, clean_pages=True, embedded_files=True, hidden_text=True, javascript=True,
        metadata=True, redactions=True, redact_images=0, remove_links=True, reset_fields=True,
        reset_responses=True, thumbnails=True, xml_metadata=True,
    )
    for page in pdf:
        for widget in list(page.widgets()):
            page.delete_widget(widget)
        annot = page.first_annot
        while annot:
            annot = page.delete_annot(annot)
    # scrub() clears JavaScript kept in objects of its own, not an action written inline in
    # the catalog or a page (a document-level OpenAction/AA runs on opening): drop those.
    catalog = pdf.pdf_catalog()
    for key in ("OpenAction", "AA"):
        pdf.xref_set_key(catalog, key, "null")
    if pdf.xref_get_key(catalog, "Names/JavaScript")[0] != "null":
        pdf.xref_set_key(catalog, "Names/JavaScript", "null")
    for page in pdf:
        pdf.xref_set_key(page.xref, "AA", "null")
    pdf.set_metadata({})
    pdf.del_xml_metadata()
    for name in list(pdf.embfile_names()):
        pdf.embfile_del(name)


def _verify_or_raise(document: Document, tmp: Path, redactions: list[Redaction], labels: frozenset[str]) -> None:
    data = tmp.read_bytes()
    kept_text = {p.number: _blank_redacted(p.text, p.number, redactions) for p in document.pages}
    with pymupdf.open(stream=data, filetype="pdf") as out:
        problems = check_hidden_data(out, data, labels) + check_redactions(out, data, redactions, kept_text, labels)
    if problems:
        raise ExportVerificationError(document.name, problems)


def _blank_redacted(text: str, page: int, redactions: list[Redaction]) -> str:
    """The page text less one occurrence per redaction on it: what may legitimately remain.

    One occurrence each, not every one: the reviewer may have kept the same words
    elsewhere on the page (a rejected suggestion), and those stay; a box that missed
    its words still leaves one occurrence too many, which the check catches. Blanked in
    the normalised form the check compares, so a name wrapped over a line end counts.
    Longest first, so a shorter redaction inside a longer one does not eat it.
    """
    kept = _norm(text)
    for r in sorted(redactions, key=lambda r: len(r.text), reverse=True):
        needle = _norm(r.text)
        if r.page == page and needle:
            kept = re.sub(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", " ", kept, count=1)
    return kept
