"""Export: redact a source into a new PDF, sanitise it, prove it, then publish it.

The content under each box is removed (text, image pixels, covered vector graphics),
a black box with the ground code is drawn in its place, and the file is stripped of
everything the reviewer did not see: content outside the visible page area and in
hidden layers, metadata and XMP, annotations, links, attachments, JavaScript and other
actions, form fields, thumbnails, named destinations, alternate text of the structure
tree; bookmarks and page labels survive only without redacted words. When asked, every
page gets the document's number in a free corner of its margin (outside every box). It is saved in
full (no earlier revision, nothing after %%EOF), written to a temporary file in the
destination folder, reopened and verified; only a file that passes is moved to its
final name. A failed check leaves no output file.
"""

from __future__ import annotations

import contextvars
import functools
import logging
import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pymupdf

from redactor import _content
from redactor.document import Document, Rect
from redactor.errors import ExportVerificationError, InputFileError, RedactorError
from redactor.ingest import ingest, open_pdf
from redactor.limits import Deadline, Limits, ResourceLimitError
from redactor.verify import Redaction, _norm, check_published, secret_words, visible_area

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
# Far enough beyond any page to cover content placed outside it.
_FAR = 1e7
_deadline: contextvars.ContextVar[Deadline | None] = contextvars.ContextVar("export_deadline", default=None)
_limits: contextvars.ContextVar[Limits | None] = contextvars.ContextVar("export_limits", default=None)


@dataclass
class ExportResult:
    """What one export produced."""

    source: Path
    output: Path
    redactions: int
    pages: int
    # per 1-based page, the text that may remain (redacted spans blanked, stamp added): what a
    # later check of the same pages (the publication PDF) needs
    kept_text: dict[int, str] = field(default_factory=dict, repr=False)


def export_pdf(document: Document, redactions: list[Redaction], out_path: Path,
               password: str | None = None, limits: Limits | None = None, stamp: str | None = None) -> ExportResult:
    """Write the redacted, sanitised and verified PDF of ``document`` to ``out_path``.

    Args:
        stamp: text printed in the margin of every page (the document number). It is
            published text: the checks allow it on the page.

    Raises:
        ExportVerificationError: the result still leaks; no file is written.
        InputFileError: the source cannot be opened or redacted (``ResourceLimitError``
            when it takes longer than the per-document time limit).
    """
    out_path = Path(out_path)
    missing = sorted({r.page for r in redactions if not 1 <= r.page <= len(document.pages)})
    if missing:  # checked here, where the file's name is known (the PDF is opened from bytes)
        raise InputFileError(document.path, f"redaction on page {missing[0]}, which does not exist")
    out_path.parent.mkdir(parents=True, exist_ok=True)
    limits = limits or Limits.from_env()
    by_page: dict[int, list[Redaction]] = {}
    for r in redactions:
        by_page.setdefault(r.page, []).append(r)
    kept_text = {p.number: _blank_redacted(p.text, p.number, by_page.get(p.number, [])) + " " + _norm(stamp or "")
                 for p in document.pages}
    pdf = open_pdf(document.path, password)
    token, limits_token = _deadline.set(Deadline(document.path, limits)), _limits.set(limits)
    try:
        _write_verified(pdf, document, redactions, kept_text, out_path, stamp)
    except RedactorError:
        raise
    except Exception as exc:  # MuPDF on a damaged file: that file's error, never the batch's
        raise InputFileError(document.path, f"cannot be redacted ({type(exc).__name__}: {_short(exc)})") from exc
    finally:
        pdf.close()
        _deadline.reset(token)
        _limits.reset(limits_token)
    return ExportResult(document.path, out_path, sum(len(r.rects) for r in redactions), len(document.pages), kept_text)


@dataclass
class FileExport:
    """What a worker process sends back after exporting one screened file (``export_file``)."""

    kept_text: dict[int, str]
    warnings: list[str]


def export_file(path: Path, sha256: str, redactions: list[Redaction], out_path: Path, password: str | None = None,
                stamp: str | None = None) -> FileExport:
    """Read the file as screened and export it: the task a worker process runs for one document.

    Raises:
        RedactorError: the file changed since it was screened, or ``export_pdf``'s errors.
    """
    document = ingest(Path(path), password)  # the same text and boxes the findings were made on
    if document.sha256 != sha256:
        raise RedactorError(f"{document.name}: the file changed after screening; screen it again")
    result = export_pdf(document, redactions, out_path, password, stamp=stamp)
    return FileExport(result.kept_text, list(document.warnings))


def _write_verified(pdf: pymupdf.Document, document: Document, redactions: list[Redaction],
                    kept_text: dict[int, str], out_path: Path, stamp: str | None) -> None:
    secrets = secret_words(redactions, kept_text)
    _mute_source_redactions(pdf)
    _content.remove_hidden_layers(pdf)
    _redact(pdf, redactions)
    _clip_to_visible_area(pdf)
    outline = _safe_outline(pdf, redactions, secrets)
    page_labels = _safe_page_labels(pdf, secrets)
    _sanitise(pdf)
    pdf.set_toc(outline)
    if page_labels:
        pdf.set_page_labels(page_labels)
    if stamp:  # before saving: the checks read the file as published
        _stamp(pdf, stamp, redactions)
    _tick("redacting")

    def check(out: pymupdf.Document, data: bytes) -> list[str]:
        _tick("saving")
        return check_published(out, data, redactions, kept_text)

    save_verified(pdf, out_path, document.name, check)


def save_verified(pdf: pymupdf.Document, out_path: Path, name: str,
                  check: Callable[[pymupdf.Document, bytes], list[str]]) -> None:
    """Save ``pdf`` in full to a temporary file beside ``out_path``, check the file as written, then name it.

    Raises:
        ExportVerificationError: ``check`` found problems (the message names ``name``); no file is left.
    """
    fd, tmp_name = tempfile.mkstemp(prefix=f".{out_path.stem}-", suffix=".pdf.part", dir=out_path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        # A full save with unreferenced objects collected: no earlier revision, no orphan survives.
        # Not garbage=3/4 (merging duplicate objects compares them pairwise: 25 s at 10,000 pages,
        # for no gain in safety) and not clean=True (scrub has sanitised every page's content).
        pdf.save(tmp, garbage=2, deflate=True, no_new_id=True)
        data = tmp.read_bytes()
        with pymupdf.open(stream=data, filetype="pdf") as out:
            problems = check(out, data)
        if problems:
            raise ExportVerificationError(name, problems)
        os.replace(tmp, out_path)
    finally:
        tmp.unlink(missing_ok=True)


def _tick(step: str) -> None:
    deadline = _deadline.get()
    if deadline is not None:
        deadline.check(step)


# -- removal ------------------------------------------------------------------------------------------


def _redact(pdf: pymupdf.Document, redactions: list[Redaction]) -> None:
    by_page: dict[int, list[Redaction]] = {}
    for r in redactions:
        by_page.setdefault(r.page, []).append(r)
    forms: dict[str, int] = {}  # ground code -> xref of its label's form XObject, shared by all pages
    for pno, reds in sorted(by_page.items()):
        _tick(f"redacting page {pno}")
        page = pdf[pno - 1]
        for r in reds:
            for rect in r.rects:
                page.add_redact_annot(_inset(rect, _REMOVE_INSET_X, _REMOVE_INSET_Y), fill=False)
        page.apply_redactions(images=pymupdf.PDF_REDACT_IMAGE_NONE, graphics=pymupdf.PDF_REDACT_LINE_ART_NONE,
                              text=pymupdf.PDF_REDACT_TEXT_REMOVE)
        # Pixels and line art in a second pass over the whole box: the inset rectangle that
        # spares the neighbouring lines' glyphs would leave image pixels under the black box.
        _check_image_sizes(page, [pymupdf.Rect(rect) for r in reds for rect in r.rects])
        for r in reds:
            for rect in r.rects:
                page.add_redact_annot(rect, fill=False)
        page.apply_redactions(images=pymupdf.PDF_REDACT_IMAGE_PIXELS,
                              graphics=pymupdf.PDF_REDACT_LINE_ART_REMOVE_IF_COVERED,
                              text=pymupdf.PDF_REDACT_TEXT_NONE)
        _remove_survivors(pdf, page, [pymupdf.Rect(rect) for r in reds for rect in r.rects])
        _draw_boxes(page, reds, forms)


def _check_image_sizes(page: pymupdf.Page, boxes: list[pymupdf.Rect]) -> None:
    """Refuse, before MuPDF tries, to decode an image under a box larger than the memory limit
    (a 'pixel bomb': a few bytes declaring 50,000 x 50,000 pixels)."""
    limits, deadline = _limits.get(), _deadline.get()
    megabytes = limits.memory_mb if limits else 0
    if not megabytes or deadline is None:
        return
    for info in page.get_image_info():
        size = info["width"] * info["height"] * (max(info.get("colorspace") or 3, 1) + 1)
        if size > megabytes * 2**20 and any(pymupdf.Rect(info["bbox"]).intersects(b) for b in boxes):
            raise ResourceLimitError(deadline.path, f"page {page.number + 1}: an image of {info['width']} x "
                                                    f"{info['height']} pixels under a box needs more than the "
                                                    f"{megabytes} MB memory limit (REDACTOR_DOC_MEMORY_MB) to redact")


def _mute_source_redactions(pdf: pymupdf.Document) -> None:
    """Redactions marked in the source but never applied are applied with ours (removal can
    only help), but their overlay text, which may spell out what they cover, is never written."""
    for page in pdf:
        for annot in page.annots(types=[pymupdf.PDF_ANNOT_REDACT]):
            for key in ("OverlayText", "RO", "Repeat"):
                _content.del_key(pdf, annot.xref, key)


def _remove_survivors(pdf: pymupdf.Document, page: pymupdf.Page, boxes: list[pymupdf.Rect]) -> None:
    """Glyphs the box passes missed: odd sizes one by one, then text MuPDF cannot reach (patterns)."""
    survivors = _glyphs_under(page, boxes)
    if not survivors:
        return
    for bbox in survivors:
        page.add_redact_annot(bbox, fill=False)
    page.apply_redactions(images=pymupdf.PDF_REDACT_IMAGE_NONE, graphics=pymupdf.PDF_REDACT_LINE_ART_NONE,
                          text=pymupdf.PDF_REDACT_TEXT_REMOVE)
    if _glyphs_under(page, boxes):
        # Text inside a tiling pattern cell is drawn wherever the pattern fills, and MuPDF's
        # redaction does not enter patterns: the pattern loses its text (all of it: a tile
        # cannot be cut by position).
        _content.strip_pattern_text(pdf, page)


def _glyphs_under(page: pymupdf.Page, boxes: list[pymupdf.Rect]) -> list[pymupdf.Rect]:
    """Glyphs of any kind (invisible, clipped, in forms and patterns) whose centre lies in a box."""
    glyphs = [ch[3] for span in page.get_texttrace() for ch in span["chars"] if chr(ch[0]).strip()]
    if not glyphs or not boxes:
        return []
    g, b = np.asarray(glyphs, dtype=float), np.asarray([tuple(box) for box in boxes], dtype=float)
    cx, cy = (g[:, 0:1] + g[:, 2:3]) / 2, (g[:, 1:2] + g[:, 3:4]) / 2
    under = ((b[:, 0] <= cx) & (cx < b[:, 2]) & (b[:, 1] <= cy) & (cy < b[:, 3])).any(axis=1)
    return [pymupdf.Rect(glyphs[i]) for i in np.flatnonzero(under)]


def _draw_boxes(page: pymupdf.Page, redactions: list[Redaction], forms: dict[str, int]) -> None:
    """Black boxes over the removed text, the ground code in the widest box of each redaction.

    One shape per page: drawing and committing box by box costs a page rewrite each time.
    """
    shape = page.new_shape()
    labels: list[tuple[str, pymupdf.Rect]] = []
    for redaction in redactions:
        boxes = [pymupdf.Rect(_inset(rect, 0, _BOX_INSET_Y)) for rect in redaction.rects]
        for box in boxes:  # one path per box: checkers read each box's own extent
            shape.draw_rect(box)
            shape.finish(color=None, fill=(0, 0, 0))
        widest = max(boxes, key=lambda b: b.width)
        size = min(8.0, widest.height * 0.75)
        width = pymupdf.get_text_length(redaction.ground, "helv", size)
        if size >= 3 and width <= widest.width - 1:
            height = size * _LABEL_HEIGHT
            centre = widest.tl + (widest.width / 2, widest.height / 2)
            labels.append((redaction.ground, pymupdf.Rect(centre.x - width / 2, centre.y - height / 2,
                                                          centre.x + width / 2, centre.y + height / 2)))
    for code in dict.fromkeys(code for code, _ in labels):
        if code not in forms:
            forms[code] = _label_form(page.parent, code)
        _content.add_xobject(page.parent, page.xref, f"WooCode{forms[code]}", forms[code])
    for code, target in labels:
        _, width, height = _label(code)
        scale = min(target.width / width, target.height / height)
        dx = target.x0 + (target.width - width * scale) / 2
        dy = target.y0 + (target.height - height * scale) / 2
        m = pymupdf.Matrix(scale, 0, 0, scale, dx, dy) * shape.ipctm
        shape.totalcont += f"q\n{m.a:.5f} {m.b:.5f} {m.c:.5f} {m.d:.5f} {m.e:.3f} {m.f:.3f} cm\n/WooCode{forms[code]} Do\nQ\n"
    shape.commit(overlay=True)


def _label_form(pdf: pymupdf.Document, code: str) -> int:
    """A form XObject drawing the code's outlines in white, in label space; its xref.

    Once per document, referenced from every box: a second extractor (pypdf) skips a form
    without text operators unparsed, where the same paths in the page content cost it
    more than all the page's text.
    """
    paths, width, height = _label(code)
    ops = ["1 g"]
    for path, even_odd in paths:
        ops += [" ".join(f"{x:.3f} {y:.3f}" for x, y in points) + f" {op}" for op, points in path]
        ops.append("f*" if even_odd else "f")
    xref = pdf.get_new_xref()
    pdf.update_object(xref, f"<</Type/XObject/Subtype/Form/BBox[-1 -1 {width + 1:.2f} {height + 1:.2f}]"
                            "/Resources<<>>>>")
    pdf.update_stream(xref, "\n".join(ops).encode())
    return xref


def _path_ops(items: list[tuple]) -> list[tuple[str, list[tuple[float, float]]]]:
    """PyMuPDF drawing items as PDF path operators with their points (label space)."""
    ops: list[tuple[str, list[tuple[float, float]]]] = []
    last = None
    for item in items:
        kind, points = item[0], [(p.x, p.y) for p in item[1:] if isinstance(p, pymupdf.Point)]
        if kind == "re":
            r = item[1]
            points = [(r.x0, r.y0), (r.x1, r.y0), (r.x1, r.y1), (r.x0, r.y1)]
            kind = "l"
        elif kind == "qu":
            q = item[1]
            points = [(q.ul.x, q.ul.y), (q.ur.x, q.ur.y), (q.lr.x, q.lr.y), (q.ll.x, q.ll.y)]
            kind = "l"
        if last != points[0]:
            ops.append(("m", [points[0]]))
        if kind == "l":
            ops.extend(("l", [p]) for p in points[1:])
        elif kind == "c":
            ops.append(("c", points[1:4]))
        last = points[-1]
    return ops


_LABEL_HEIGHT = 1.2  # label page height per point of font size
_LABEL_SIZE = 20.0  # drawn once at this size, scaled into each box


@functools.lru_cache(maxsize=128)
def _label(code: str) -> tuple[list[tuple[list[tuple[str, list[tuple[float, float]]]], bool]], float, float]:
    """The ground code as vector outlines, not text: (paths, width, height) at size ``_LABEL_SIZE``.

    Printed text in a black box would be read by every text extractor as part of the
    document (and flagged as "text under a redaction" by checkers such as x-ray); outlines
    show the code to the reader and to print, while the redaction log carries it for machines.
    """
    width = pymupdf.get_text_length(code, "helv", _LABEL_SIZE)
    height = _LABEL_SIZE * _LABEL_HEIGHT
    source = pymupdf.open()
    page = source.new_page(width=width, height=height)
    page.insert_text((0, _LABEL_SIZE * 0.95), code, fontname="helv", fontsize=_LABEL_SIZE)
    svg = page.get_svg_image(text_as_path=True)
    outlines = pymupdf.open("pdf", pymupdf.open(stream=svg.encode("utf-8"), filetype="svg").convert_to_pdf())
    paths = [(_path_ops(d["items"]), bool(d.get("even_odd"))) for d in outlines[0].get_drawings()]
    return paths, width, height


def _inset(rect: Rect, fx: float, fy: float) -> Rect:
    x0, y0, x1, y1 = rect
    # Capped by the height too: in 0.5 pt text a 1 pt inset would spare the first and last glyphs.
    dx = min((x1 - x0) * fx, 1.0, (y1 - y0) * 0.1)
    dy = min(y1 - y0, _LINE_HEIGHT) * fy
    return (x0 + dx, y0 + dy, x1 - dx, y1 - dy)


def _clip_to_visible_area(pdf: pymupdf.Document) -> None:
    """Remove what lies outside the crop box: no viewer shows it, every extractor reads it.

    Pictures and shapes by a box around the page; text by the runs of glyphs that lie
    wholly outside, so a glyph the crop edge cuts through (and the reviewer saw) stays.
    """
    for page in pdf:
        _tick(f"clipping page {page.number + 1}")
        area = visible_area(page)
        x0, y0, x1, y1 = area
        kinds = {kind.split("-")[-1] for kind, r in page.get_bboxlog()
                 if r[0] < x0 - 0.5 or r[1] < y0 - 0.5 or r[2] > x1 + 0.5 or r[3] > y1 + 0.5}
        if kinds & {"path", "image"}:
            for rect in [(-_FAR, -_FAR, _FAR, y0), (-_FAR, y1, _FAR, _FAR), (-_FAR, y0, x0, y1), (x1, y0, _FAR, y1)]:
                page.add_redact_annot(pymupdf.Rect(rect), fill=False)
            page.apply_redactions(images=pymupdf.PDF_REDACT_IMAGE_PIXELS,
                                  graphics=pymupdf.PDF_REDACT_LINE_ART_REMOVE_IF_COVERED,
                                  text=pymupdf.PDF_REDACT_TEXT_NONE)
        if "text" in kinds:
            runs = _runs_outside(page.get_texttrace(), area)
            for run in runs:
                page.add_redact_annot(run, fill=False)
            if runs:
                page.apply_redactions(images=pymupdf.PDF_REDACT_IMAGE_NONE,
                                      graphics=pymupdf.PDF_REDACT_LINE_ART_NONE, text=pymupdf.PDF_REDACT_TEXT_REMOVE)


def _runs_outside(trace: list[dict], area: pymupdf.Rect) -> list[pymupdf.Rect]:
    """One rectangle per run of consecutive glyphs wholly outside ``area``, trimmed so it
    touches none of the glyphs around it."""
    runs: list[pymupdf.Rect] = []
    for span in trace:
        current: list[pymupdf.Rect] = []
        for ch in [*span["chars"], None]:
            box = pymupdf.Rect(ch[3]) if ch is not None else None
            if box is not None and not box.is_empty and not box.intersects(area):
                current.append(box)
                continue
            if current:
                run = pymupdf.Rect(current[0])
                for b in current[1:]:
                    run |= b
                w = min(min(b.width for b in current) * 0.2, 1.0)
                h = run.height * 0.2
                runs.append(run + (w, h, -w, -h))
                current = []
    return runs


# -- the document number in the margin ----------------------------------------------------------------------

_STAMP_SIZE = 8.0
_STAMP_MARGIN = 20.0  # from the top edge to the baseline; the side margin too


def _stamp(pdf: pymupdf.Document, text: str, redactions: list[Redaction]) -> None:
    """Print ``text`` upright in a corner of every page as the reader sees it (rotation and crop box applied)."""
    boxes: dict[int, list[pymupdf.Rect]] = {}
    for r in redactions:
        boxes.setdefault(r.page, []).extend(pymupdf.Rect(rect) for rect in r.rects)
    for page in pdf:
        _tick(f"stamping page {page.number + 1}")
        spot = _stamp_spot(page, text, boxes.get(page.number + 1, []))
        if spot is None:
            log.warning("page %d: no room for the document number outside the redaction boxes", page.number + 1)
            continue
        origin, size = spot
        page.insert_text(origin * page.derotation_matrix, text, fontname="helv", fontsize=size, color=(0.2, 0.2, 0.2),
                         rotate=page.rotation)


def _stamp_spot(page: pymupdf.Page, text: str, boxes: list[pymupdf.Rect]) -> tuple[pymupdf.Point, float] | None:
    """Baseline origin (in the rotated page) and size of the stamp: top right, else bottom right, top left,
    bottom left; the first corner where nothing is drawn, else the first outside every redaction box.

    Never in a box: a glyph there is what the checks count as a survivor of the redaction.
    """
    area = page.rect
    size = min(_STAMP_SIZE, 0.8 * area.width / max(pymupdf.get_text_length(text, "helv", 1), 1))
    if size < 2:
        return None
    width, margin = pymupdf.get_text_length(text, "helv", size), min(_STAMP_MARGIN, area.height / 8)
    left, right, top, bottom = area.x0 + margin, area.x1 - margin - width, area.y0 + margin, area.y1 - margin / 2
    spots = [pymupdf.Point(x, y) for x, y in ((right, top), (right, bottom), (left, top), (left, bottom))]

    def extent(spot: pymupdf.Point) -> pymupdf.Rect:  # in the coordinates of boxes and drawings (unrotated)
        return pymupdf.Rect(spot.x, spot.y - size, spot.x + width, spot.y + size * 0.3) * page.derotation_matrix

    # Backgrounds (a white page fill, a full-page scan) cover every corner: they are not in the way.
    drawn = [pymupdf.Rect(r) for _, r in page.get_bboxlog() if pymupdf.Rect(r).get_area() < area.get_area() / 2]
    extents = {(s.x, s.y): extent(s) for s in spots}
    outside_boxes = [s for s in spots if not any(extents[s.x, s.y].intersects(b) for b in boxes)]
    free = [s for s in outside_boxes if not any(extents[s.x, s.y].intersects(d) for d in drawn)]
    spot = (free or outside_boxes or [None])[0]
    return (spot, size) if spot is not None else None


# -- document-level text the reviewer may keep -------------------------------------------------------------


def _safe_outline(pdf: pymupdf.Document, redactions: list[Redaction],
                  secrets: frozenset[str] = frozenset()) -> list[list[object]]:
    """Bookmarks (page destinations only) without any that name redacted text.

    A title leaks if it contains a redacted text or any redacted word that the
    published pages no longer show ("PLOEGMAKER, J." after "Joris Ploegmaker" went).
    """
    needles = [_norm(r.text) for r in redactions if len(_norm(r.text)) >= 3]
    kept: list[list[object]] = []
    level = 0
    for lvl, title, page, *_ in pdf.get_toc(simple=False):
        norm = _norm(title)
        if any(n in norm for n in needles) or secrets & set(norm.split()):
            continue
        level = min(int(lvl), level + 1)  # a dropped parent must not leave its children orphaned
        kept.append([level, title, page])
    return kept


def _safe_page_labels(pdf: pymupdf.Document, secrets: frozenset[str]) -> list[dict[str, object]]:
    """Page label rules, without a prefix that names a redacted word."""
    labels = []
    for rule in pdf.get_page_labels():
        if secrets & set(_norm(str(rule.get("prefix", ""))).split()):
            rule = {**rule, "prefix": ""}
        labels.append(rule)
    return labels


# -- sanitising --------------------------------------------------------------------------------------------

# Catalog entries that hold content nobody reviewed, actions or structures that point into it.
# (OCProperties goes only with the hidden content, in _content.remove_hidden_layers: dropping the
# configuration alone would make hidden layers visible.)
_CATALOG_KEYS = ("OpenAction", "AA", "Names", "Dests", "AcroForm", "Collection", "AF", "Threads",
                 "SpiderInfo", "PieceInfo", "Metadata", "Perms", "Legal", "URI", "PageLabels")
_PAGE_KEYS = ("AA", "Thumb", "PieceInfo", "Metadata", "AF", "B")


def _sanitise(pdf: pymupdf.Document) -> None:
    """Strip everything but the reviewed page content."""
    page_xrefs = [pdf.page_xref(pno) for pno in range(pdf.page_count)]  # before any change (then O(n) each)
    for page in pdf:
        _content.remove_hidden_text(page, _tick)
    pdf.scrub(
        attached_files=True, clean_pages=True, embedded_files=True, hidden_text=False, javascript=False,
        metadata=True, redactions=True, redact_images=0, remove_links=True, reset_fields=True,
        reset_responses=True, thumbnails=False, xml_metadata=False,
    )  # its object loop (JavaScript, XMP) stops at the first broken object: done below, one object at a time
    for pno, xref in enumerate(page_xrefs):
        _tick(f"sanitising page {pno + 1}")
        if pdf.xref_get_key(xref, "Annots")[0] != "null":
            page = pdf[pno]
            for widget in list(page.widgets()):
                page.delete_widget(widget)
            annot = page.first_annot
            while annot:
                annot = page.delete_annot(annot)
        for key in (*_PAGE_KEYS, "Annots"):
            _content.del_key(pdf, xref, key)
    _content.strip_structure_text(pdf)
    catalog = pdf.pdf_catalog()
    for key in _CATALOG_KEYS:
        _content.del_key(pdf, catalog, key)
    _content.strip_objects(pdf)
    pdf.set_metadata({})
    pdf.del_xml_metadata()
    for name in list(pdf.embfile_names()):
        pdf.embfile_del(name)


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


def _short(exc: BaseException) -> str:
    return str(exc).splitlines()[0][:120] if str(exc) else "no message"
