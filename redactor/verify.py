"""Verify: prove that an exported PDF leaks nothing.

Two levels. ``check_hidden_data`` needs only the PDF: metadata and XMP (anywhere),
private application data, annotations and links (an unapplied redact annotation is a
leak), embedded and associated files, JavaScript, form fields and XFA, hidden layers,
page thumbnails, named destinations, alternate text in the structure tree, text
outside the visible page area, text under filled black rectangles (however it is
drawn: any font, invisible, clipped, inside a pattern or form), earlier revisions
and bytes after the last %%EOF. It is what ``redactor verify`` runs on any file.

``check_redactions`` and ``check_document_level`` also know what was redacted. They
prove, with two independent extractors (PyMuPDF and pypdf) and a search of every
decompressed object, that no redacted text can be extracted or found, that no glyph
remains under any box, and that no bookmark or page label names a redacted word.
What verify cannot prove is listed in tests/attack/README.md.
"""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
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
_REF = re.compile(r"(\d+) 0 R")
_NAME = re.compile(r"/[^\s/<>\[\]()]*")
# Streams whose text the page-text checks count (forms, patterns), or that hold none (pictures, fonts).
_CONTENT_OR_BINARY = re.compile(r"/Subtype\s*/(?:Image|Form|Type1C|CIDFontType0C|OpenType)\b|/Length[123]\b"
                                r"|/PatternType\b|/N\s+\d")  # /N: an ICC colour profile
# Shorter redacted texts ("Text", "2023") turn up by chance in binary data; names and numbers do not.
_RAW_MIN_LENGTH = 8


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
    objects = _object_scan(doc)
    if doc.get_xml_metadata().strip() or objects["xmp"]:
        problems.append("XMP metadata present")
    if objects["pieceinfo"]:
        problems.append("private application data present (PieceInfo)")
    files = max(doc.embfile_count(), objects["files"])
    if files:
        problems.append(f"{files} embedded file(s)")
    if doc.is_form_pdf or _catalog_has(doc, "AcroForm/Fields", "AcroForm/XFA"):
        problems.append("form fields present")
    hidden_layers = _hidden_layers(doc)
    if hidden_layers:
        problems.append(f"{hidden_layers} hidden layer(s) (optional content switched off)")
    if _catalog_has(doc, "Dests", "Names/Dests"):
        problems.append("named destinations present")
    alt = _structure_text(doc)
    if alt:
        problems.append(f"alternate text or ActualText in the structure tree ({alt} element(s))")
    thumbs = 0
    for page in doc:
        try:
            thumbs += _check_page(doc, page, labels, problems)
        except Exception as exc:  # noqa: BLE001 - a page that cannot be checked is a finding, not a crash
            problems.append(f"page {page.number + 1}: cannot be checked ({type(exc).__name__}: "
                            f"{str(exc).splitlines()[0][:100] if str(exc) else 'no message'})")
    if thumbs:
        problems.append(f"{thumbs} page thumbnail(s) present")
    if objects["javascript"]:
        problems.append("JavaScript present")
    if data.count(b"startxref") > 1:
        problems.append("earlier revisions present (incremental updates)")
    tail = data[data.rfind(b"%%EOF") + 5:] if b"%%EOF" in data else b""
    if tail.strip():
        problems.append(f"{len(tail.strip())} byte(s) after the end of the file")
    return problems


def _check_page(doc: pymupdf.Document, page: pymupdf.Page, labels: frozenset[str], problems: list[str]) -> int:
    """Append the page's problems; 1 if it has a thumbnail."""
    pno = page.number + 1
    kinds = {a.type[1] for a in page.annots()} | ({"Link"} if page.get_links() else set())
    if kinds:
        problems.append(f"page {pno}: annotations present ({', '.join(sorted(kinds))})")
    trace = page.get_texttrace()
    hidden = _text_under_black_boxes(page, trace, labels)
    if hidden:
        problems.append(f"page {pno}: {hidden} character(s) of text under a black box")
    outside = _text_outside(page, trace)
    if outside:
        problems.append(f"page {pno}: {outside} character(s) of text outside the visible page area")
    return int(doc.xref_get_key(page.xref, "Thumb")[0] != "null")


def _object_scan(doc: pymupdf.Document) -> dict[str, int]:
    """One pass over every object: scripts, XMP streams, private data, embedded file streams."""
    found = {"javascript": 0, "xmp": 0, "pieceinfo": 0, "files": 0}
    for xref in range(1, doc.xref_length()):
        try:
            obj = doc.xref_object(xref, compressed=True)
        except Exception:  # noqa: BLE001, S112 - free or broken objects have no body
            continue
        # In the object's text, not only its top-level keys: an action is often written
        # inline (the catalog's /OpenAction << /S /JavaScript /JS (...) >>).
        found["javascript"] += bool(_JS_KEY.search(obj))
        found["xmp"] += bool(re.search(r"/Type\s*/Metadata\b|/Metadata\s*\d+ 0 R", obj))
        found["pieceinfo"] += bool(re.search(r"/PieceInfo\s*(?:<<|\d+ 0 R)", obj))
        found["files"] += bool(re.search(r"/Type\s*/EmbeddedFile\b", obj))
    return found


def _catalog_has(doc: pymupdf.Document, *keys: str) -> bool:
    catalog = doc.pdf_catalog()
    for key in keys:
        kind, value = doc.xref_get_key(catalog, key)
        if kind not in ("null", "") and value not in ("[]", "<<>>"):
            return True
    return False


def _hidden_layers(doc: pymupdf.Document) -> int:
    if doc.xref_get_key(doc.pdf_catalog(), "OCProperties")[0] == "null":
        return 0
    try:
        return sum(1 for info in doc.get_ocgs().values() if not info.get("on"))
    except Exception:  # noqa: BLE001 - a configuration MuPDF cannot read hides what it hides
        return 1


def _structure_text(doc: pymupdf.Document) -> int:
    """Structure elements carrying text of their own (Alt, ActualText, E): unreviewed by nature."""
    kind, root = doc.xref_get_key(doc.pdf_catalog(), "StructTreeRoot")
    if kind != "xref":
        return 0
    todo, seen, count = [int(root.split()[0])], set(), 0
    while todo:
        xref = todo.pop()
        if xref in seen or not 0 < xref < doc.xref_length():
            continue
        seen.add(xref)
        if any(doc.xref_get_key(xref, key)[0] in ("string", "xref") for key in ("Alt", "ActualText", "E")):
            count += 1
        kids = doc.xref_get_key(xref, "K")
        if kids[0] in ("array", "xref"):
            todo += [int(n) for n in _REF.findall(kids[1])]
    return count


def _text_under_black_boxes(page: pymupdf.Page, trace: list[dict], labels: frozenset[str]) -> int:
    """Characters drawn before, and inside, a filled dark rectangle: the classic 'covered, not removed' leak.

    Only text the box was painted over counts: white text on a dark banner is drawn after
    it (and so are the ground codes on our boxes).
    """
    # get_cdrawings: the same paths without building Python objects for every point (our labels have hundreds)
    boxes = [(*d["rect"], d.get("seqno", 1 << 30)) for d in page.get_cdrawings()
             if d.get("fill") is not None and max(d["fill"]) < 0.2
             and (d["rect"][2] - d["rect"][0]) * (d["rect"][3] - d["rect"][1]) > 20]
    return _centres_in(_glyph_centres(trace, labels), boxes, painted_over=True) if boxes else 0


def _text_outside(page: pymupdf.Page, trace: list[dict]) -> int:
    """Characters that lie wholly outside the crop box: no viewer shows them, extractors read them."""
    ax0, ay0, ax1, ay1 = visible_area(page)
    return sum(1 for span in trace for ch in span["chars"]
               if (ch[3][2] <= ax0 or ch[3][0] >= ax1 or ch[3][3] <= ay0 or ch[3][1] >= ay1)
               and ch[3][0] < ch[3][2] and ch[3][1] < ch[3][3] and chr(ch[0]).strip())


def visible_area(page: pymupdf.Page) -> pymupdf.Rect:
    """The crop box in the coordinates glyphs and drawings are reported in (unrotated).

    ``page.rect`` is rotated: on a page turned by 90 degrees its height is the width, and
    text in the lower part of the page would lie "outside" it.
    """
    return page.rect * page.derotation_matrix


def _chars_in(page: pymupdf.Page, rects: list[pymupdf.Rect], labels: frozenset[str],
              trace: list[dict] | None = None) -> int:
    """Characters whose centre lies in one of ``rects``, except the printed ground codes.

    Read from MuPDF's trace of what the page draws: every glyph of every font, invisible
    and clipped text, text in forms and patterns, nothing merged or dropped by layout.
    """
    if not rects:
        return 0
    glyphs = _glyph_centres(page.get_texttrace() if trace is None else trace, labels)
    return _centres_in(glyphs, [(r[0], r[1], r[2], r[3], 0) for r in rects])


def _glyph_centres(trace: list[dict], labels: frozenset[str]) -> list[tuple[float, float, int]]:
    """Centre and drawing order of every visible-character glyph, leaving out the printed ground codes."""
    out = []
    for span in trace:
        if "".join(chr(c[0]) for c in span["chars"]).strip() in labels:
            continue
        seqno = span.get("seqno", -1)
        out += [((ch[3][0] + ch[3][2]) / 2, (ch[3][1] + ch[3][3]) / 2, seqno)
                for ch in span["chars"] if chr(ch[0]).strip()]
    return out


def _centres_in(glyphs: list[tuple[float, float, int]], boxes: list[tuple[float, float, float, float, int]],
                painted_over: bool = False) -> int:
    """How many glyph centres lie in a box (``painted_over``: a box drawn after the glyph).

    All glyphs against all boxes at once: a page has thousands of glyphs and dozens of boxes.
    """
    if not glyphs or not boxes:
        return 0
    g, b = np.asarray(glyphs, dtype=float), np.asarray(boxes, dtype=float)
    cx, cy = g[:, 0:1], g[:, 1:2]
    inside = (b[:, 0] <= cx) & (cx < b[:, 2]) & (b[:, 1] <= cy) & (cy < b[:, 3])
    if painted_over:
        inside &= b[:, 4] > g[:, 2:3]
    return int(inside.any(axis=1).sum())


def check_redactions(doc: pymupdf.Document, data: bytes, redactions: list[Redaction],
                     kept_text: dict[int, str], labels: frozenset[str], second_reader: bool = True) -> list[str]:
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
    reader = pypdf.PdfReader(io.BytesIO(data)) if second_reader else None
    by_page: dict[int, list[Redaction]] = {}
    for r in redactions:
        by_page.setdefault(r.page, []).append(r)
    for pno, reds in sorted(by_page.items()):
        page = doc[pno - 1]
        texts = {
            "PyMuPDF": _norm(page.get_text()),
            "pypdf": _norm(reader.pages[pno - 1].extract_text() or "")
            if second_reader and pno <= len(reader.pages) else "",
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


def check_published(doc: pymupdf.Document, data: bytes, redactions: list[Redaction],
                    kept_text: dict[int, str], merged: bool = False) -> list[str]:
    """Every check of a published file whose redactions are known: hidden data, page text, document level.

    ``merged``: the pages are copies of exports that passed this check (the publication PDF).
    Their raw objects and pypdf's reading of their content were checked then; the copy is read
    again with PyMuPDF, glyph by glyph, and its own outline and objects are checked.
    """
    labels = frozenset(r.ground for r in redactions)
    return (check_hidden_data(doc, data, labels)
            + check_redactions(doc, data, redactions, kept_text, labels, second_reader=not merged)
            + check_document_level(doc, data, redactions, kept_text, raw_search=not merged))


def secret_words(redactions: list[Redaction], kept_text: dict[int, str]) -> frozenset[str]:
    """Words of redacted texts that the published pages no longer show anywhere.

    A bookmark, page label or other document-level text containing one of them names
    what was redacted ("PLOEGMAKER, J." once every "Joris Ploegmaker" is boxed).
    """
    kept = set(_norm(" ".join(kept_text.values())).split())
    words = {w for r in redactions for w in _norm(r.text).split() if len(w) >= 3}
    return frozenset(words - kept)


def check_document_level(doc: pymupdf.Document, data: bytes, redactions: list[Redaction],
                         kept_text: dict[int, str], raw_search: bool = True) -> list[str]:
    """Redacted text outside the page text: bookmarks, page labels, and any object's raw bytes.

    The raw search inflates every object and stream (not images or font programs) and
    looks for each redacted text literally, in hex and in UTF-16, in any letter case: a
    redacted text may occur only as often as the published page text still shows it.
    ``raw_search=False`` leaves it out, for a file put together from files whose objects
    were searched already (the publication PDF): there it would cost the number of
    redactions times the size of the whole dossier.
    """
    problems: list[str] = []
    secrets = secret_words(redactions, kept_text)
    titles = [_norm(str(t[1])) for t in doc.get_toc(simple=False)]
    if any(secrets & set(t.split()) for t in titles):
        problems.append("the outline (bookmarks) names redacted text")
    page_labels = [_norm(str(rule.get("prefix", ""))) for rule in doc.get_page_labels()]
    if any(secrets & set(p.split()) for p in page_labels):
        problems.append("the page labels name redacted text")
    if not raw_search:
        return problems
    raw = _raw_objects(doc).lower()
    kept = _norm(" ".join(kept_text.values()))
    for text in {r.text for r in redactions if len(_norm(r.text)) >= _RAW_MIN_LENGTH}:
        found = sum(len(re.findall(rb"(?<![a-z0-9])" + re.escape(form) + rb"(?![a-z0-9])", raw))
                    for form in _byte_forms(text))
        if found > _count(kept, _norm(text)):
            problems.append(f"redacted text still in the file's objects ({found} occurrence(s) in the raw bytes)")
            break
    return problems


def _raw_objects(doc: pymupdf.Document) -> bytes:
    """Every object and stream that is not page content, a picture or a font program.

    Page content (pages, forms, patterns) is text the extractors above count exactly;
    here the redacted text has no business at all, wherever it hides (metadata, names,
    scripts, attachments, structure, private data).
    """
    content = {xref for page in doc for xref in page.get_contents()}
    parts: list[bytes] = []
    for xref in range(1, doc.xref_length()):
        try:
            obj = doc.xref_object(xref, compressed=True)
            parts.append(_NAME.sub(" ", obj).encode("latin-1", "replace"))  # keys and names: /Document is no leak
            if doc.xref_is_stream(xref) and xref not in content and not _CONTENT_OR_BINARY.search(obj):
                parts.append(doc.xref_stream(xref) or b"")
        except Exception:  # noqa: BLE001, S112 - a broken object or stream has no bytes to search
            continue
    return b"\n".join(parts)


def _byte_forms(text: str) -> set[bytes]:
    variants = {text.lower(), " ".join(text.split()).lower()}
    forms: set[bytes] = set()
    for v in variants:
        utf16 = v.encode("utf-16-be")
        forms |= {v.encode("utf-8"), v.encode("latin-1", "ignore"), v.encode("utf-8").hex().encode(),
                  utf16, utf16.hex().encode()}
    return {f for f in forms if len(f) >= 4}


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
