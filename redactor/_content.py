"""Surgery MuPDF's redaction and scrub() do not do: hidden layers, text in patterns, hidden text, objects.

Streams are parsed with pypdf's content-stream parser and written back with PyMuPDF.
Only the streams that need it are touched; what is dropped is replaced so that the
graphics state stays as it was (a painting operator becomes ``n``, a ``'`` becomes
``T*``), which keeps everything around the removed content exactly in place.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

import pymupdf
from pymupdf import mupdf
from pypdf.generic import ArrayObject, ContentStream, DecodedStreamObject, DictionaryObject, IndirectObject

log = logging.getLogger(__name__)

_TEXT_SHOW = {b"Tj", b"TJ"}
_PAINT = {b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*", b"S", b"s"}
_DRAW = {b"Do", b"sh", b"INLINE IMAGE"}
_REF = re.compile(r"(\d+) 0 R")


def _parse(data: bytes) -> list[tuple[object, bytes]]:
    stream = DecodedStreamObject()
    stream.set_data(data)
    return ContentStream(stream, None).operations


def _serialise(operations: list[tuple[object, bytes]]) -> bytes:
    stream = ContentStream(None, None)
    stream.operations = operations
    return stream.get_data()


def _blank(operands: object, op: bytes, keep_text_position: bool = True) -> list[tuple[object, bytes]]:
    """What replaces a dropped operator: nothing that draws, everything that changes state."""
    if op in _PAINT:
        return [([], b"n")]
    if op == b"'" and keep_text_position:
        return [([], b"T*")]
    if op == b'"' and keep_text_position:
        aw, ac = operands[:2]  # type: ignore[index]
        return [([aw], b"Tw"), ([ac], b"Tc"), ([], b"T*")]
    return []


# -- hidden layers ------------------------------------------------------------------------------------------


def remove_hidden_layers(pdf: pymupdf.Document) -> None:
    """Drop content in optional-content groups that are off, then the layer configuration.

    What was off when the reviewer looked (MuPDF shows the default configuration) was
    never reviewed: it goes. What remains was visible, and stays visible once the
    configuration is gone. Nothing happens to a file without optional content.
    """
    catalog = pdf.pdf_catalog()
    if pdf.xref_get_key(catalog, "OCProperties")[0] == "null":
        return
    hidden = _hidden_groups(pdf)
    if hidden:
        done: set[int] = set()
        for page in pdf:
            resources = _resources_of(pdf, page.xref)
            data = page.read_contents()
            new = _filter(pdf, data, resources, hidden, done)
            if new is not None:
                xref = pdf.get_new_xref()
                pdf.update_object(xref, "<<>>")
                pdf.update_stream(xref, new, new=True)
                pdf.xref_set_key(page.xref, "Contents", f"{xref} 0 R")
    del_key(pdf, catalog, "OCProperties")


def _hidden_groups(pdf: pymupdf.Document) -> set[int]:
    """Optional-content groups and membership dictionaries that are off in the default view."""
    groups = pdf.get_ocgs()
    on = {xref for xref, info in groups.items() if info.get("on")}
    hidden = {xref for xref in groups if xref not in on}
    for xref in range(1, pdf.xref_length()):
        try:
            if pdf.xref_get_key(xref, "Type")[1] != "/OCMD":
                continue
        except Exception:  # noqa: BLE001, S112 - a broken object is no membership dictionary
            continue
        if not _ocmd_visible(pdf, xref, on):
            hidden.add(xref)
    return hidden


def _ocmd_visible(pdf: pymupdf.Document, xref: int, on: set[int]) -> bool:
    members = [int(n) for n in _REF.findall(pdf.xref_get_key(xref, "OCGs")[1])]
    ve = pdf.xref_get_key(xref, "VE")
    if ve[0] != "null":
        return False  # visibility expressions: not evaluated, so treated as hidden (removed, never leaked)
    if not members:
        return True
    states = [m in on for m in members]
    policy = pdf.xref_get_key(xref, "P")[1] or "/AnyOn"
    return {"/AllOn": all(states), "/AnyOff": not all(states), "/AllOff": not any(states)}.get(policy, any(states))


def _resources_of(pdf: pymupdf.Document, xref: int) -> dict[str, dict[str, int]]:
    """Name -> xref of the /Properties and /XObject resources of a page or form XObject."""
    kind, value = pdf.xref_get_key(xref, "Resources")
    if kind == "xref":
        res = int(value.split()[0])
        prefix = ""
    elif kind == "dict":
        res, prefix = xref, "Resources/"
    else:
        return {"Properties": {}, "XObject": {}}
    found: dict[str, dict[str, int]] = {}
    for sub in ("Properties", "XObject"):
        kind, value = pdf.xref_get_key(res, prefix + sub)
        if kind == "xref":
            value = pdf.xref_object(int(value.split()[0]), compressed=True)
        found[sub] = {name: int(num) for name, num in re.findall(r"/([^\s/<>\[\]()]+)\s*(\d+) 0 R", value)}
    return found


def _filter(pdf: pymupdf.Document, data: bytes, resources: dict[str, dict[str, int]], hidden: set[int],
            done: set[int]) -> bytes | None:
    """The content without hidden marked content and hidden XObjects; None if nothing changed."""
    for xref in resources["XObject"].values():
        _filter_form(pdf, xref, hidden, done)
    properties, xobjects = resources["Properties"], resources["XObject"]
    hidden_xobjects = {name for name, xref in xobjects.items() if _oc_of(pdf, xref) & hidden}
    if not hidden_xobjects and not any(xref in hidden for xref in properties.values()):
        return None
    out: list[tuple[object, bytes]] = []
    depth = 0  # inside a hidden marked-content sequence (counting nested ones)
    for operands, op in _parse(data):
        if op in (b"BDC", b"BMC"):
            if depth or (op == b"BDC" and _is_hidden_mark(operands, properties, hidden)):
                depth += 1
            out.append((operands, op))
        elif op == b"EMC":
            depth = max(0, depth - 1)
            out.append((operands, op))
        elif op == b"Do" and operands and str(operands[0]).lstrip("/") in hidden_xobjects:
            continue
        elif depth and (op in _TEXT_SHOW or op in _PAINT or op in _DRAW or op in (b"'", b'"')):
            out += _blank(operands, op)
        else:
            out.append((operands, op))
    return _serialise(out)


def _is_hidden_mark(operands: object, properties: dict[str, int], hidden: set[int]) -> bool:
    tag, props = operands  # type: ignore[misc]
    if tag != "/OC":
        return False
    if isinstance(props, DictionaryObject):  # inline membership dictionary: hidden if it names a hidden group
        refs = props.get("/OCGs")
        refs = refs if isinstance(refs, ArrayObject) else [refs]
        return any(isinstance(r, IndirectObject) and r.idnum in hidden for r in refs)
    return properties.get(str(props).lstrip("/")) in hidden


def _oc_of(pdf: pymupdf.Document, xref: int) -> set[int]:
    return {int(n) for n in _REF.findall(pdf.xref_get_key(xref, "OC")[1])}


def _filter_form(pdf: pymupdf.Document, xref: int, hidden: set[int], done: set[int]) -> None:
    if xref in done or pdf.xref_get_key(xref, "Subtype")[1] != "/Form":
        return
    done.add(xref)
    new = _filter(pdf, pdf.xref_stream(xref) or b"", _resources_of(pdf, xref), hidden, done)
    if new is not None:
        pdf.update_stream(xref, new)


# -- text in patterns ----------------------------------------------------------------------------------------


def strip_pattern_text(pdf: pymupdf.Document, page: pymupdf.Page) -> int:
    """Remove the text from every tiling pattern the page (or its form XObjects) uses; how many changed."""
    changed = 0
    todo, seen = [page.xref], set()
    while todo:
        owner = todo.pop()
        if owner in seen:
            continue
        seen.add(owner)
        for sub in ("Pattern", "XObject"):
            for ref in _resource_refs(pdf, owner, sub):
                if sub == "XObject" and pdf.xref_get_key(ref, "Subtype")[1] == "/Form":
                    todo.append(ref)
                elif sub == "Pattern" and pdf.xref_get_key(ref, "PatternType")[1] == "1":
                    changed += _strip_text(pdf, ref)
                    todo.append(ref)  # a pattern's own resources may hold more patterns
    return changed


def _resource_refs(pdf: pymupdf.Document, owner: int, sub: str) -> list[int]:
    kind, value = pdf.xref_get_key(owner, "Resources")
    if kind == "xref":
        kind, value = pdf.xref_get_key(int(value.split()[0]), sub)
    elif kind == "dict":
        kind, value = pdf.xref_get_key(owner, f"Resources/{sub}")
    else:
        return []
    if kind == "xref":
        value = pdf.xref_object(int(value.split()[0]), compressed=True)
    return [int(n) for n in _REF.findall(value)]


def _strip_text(pdf: pymupdf.Document, xref: int) -> int:
    data = pdf.xref_stream(xref) or b""
    operations = _parse(data)
    if not any(op in _TEXT_SHOW or op in (b"'", b'"') for _, op in operations):
        return 0
    out: list[tuple[object, bytes]] = []
    for operands, op in operations:
        out += _blank(operands, op) if op in _TEXT_SHOW or op in (b"'", b'"') else [(operands, op)]
    pdf.update_stream(xref, _serialise(out))
    log.info("removed the text of pattern object %d (text under a box cannot be cut out of a tile)", xref)
    return 1


# -- objects: what scrub() leaves ------------------------------------------------------------------------

# Keys that carry scripts, XMP, private data, files or thumbnails, in whatever object they sit.
_OBJECT_KEYS = ("AA", "JS", "Metadata", "PieceInfo", "AF", "EF", "Thumb")
_ACTIONS_TO_DROP = {"/JavaScript", "/Launch", "/SubmitForm", "/ImportData", "/ResetForm", "/GoToE", "/GoToR",
                    "/Rendition", "/Sound", "/Movie", "/RichMediaExecute", "/URI", "/Hide", "/SetOCGState"}
# Text a structure element carries for assistive technology: written by hand, never shown, never reviewed.
_STRUCT_TEXT_KEYS = ("Alt", "ActualText", "E", "T")
_FILLED, _STROKED = mupdf.FZ_STEXT_FILLED, mupdf.FZ_STEXT_STROKED


def remove_hidden_text(page: pymupdf.Page, tick: Callable[[str], None]) -> None:
    """Remove text no viewer shows: invisible (render modes 3 and 7), fully transparent, OCR layers.

    Like ``scrub(hidden_text=True)``, without its style collection (13 s on a page of
    100,000 text objects) and without taking the visible text drawn with a clip (render
    modes 4 to 6 leave a transparent 'clip' copy at the same place).
    """
    tick(f"sanitising page {page.number + 1}")
    spans = [s for b in page.get_text("dict", flags=pymupdf.TEXT_PRESERVE_SPANS)["blocks"]
             for line in b.get("lines", []) for s in line["spans"]]
    hidden = [s for s in spans if s["text"].strip()
              and (s.get("alpha", 255) == 0 or not s.get("char_flags", 16) & (_FILLED | _STROKED)
                   or s["font"].split("+")[-1] == "GlyphLessFont")]
    if hidden:
        painted = {tuple(round(v, 1) for v in s["bbox"]) for s in spans
                   if s.get("alpha", 255) and s.get("char_flags", 16) & (_FILLED | _STROKED)}
        hidden = [s["bbox"] for s in hidden if tuple(round(v, 1) for v in s["bbox"]) not in painted]
    for bbox in hidden:
        page.add_redact_annot(bbox, fill=False)
    if hidden:
        page.apply_redactions(images=pymupdf.PDF_REDACT_IMAGE_NONE, graphics=pymupdf.PDF_REDACT_LINE_ART_NONE,
                              text=pymupdf.PDF_REDACT_TEXT_REMOVE)


def strip_objects(pdf: pymupdf.Document) -> None:
    """Actions, scripts, XMP, private data and file streams in any object (annotations' and
    outlines' are gone already; this catches those reachable from elsewhere)."""
    for xref in range(1, pdf.xref_length()):
        try:
            text = pdf.xref_object(xref, compressed=True)
        except Exception:  # noqa: BLE001, S112 - a free or broken object has nothing to strip
            continue
        if pdf.xref_get_key(xref, "S")[1] in _ACTIONS_TO_DROP:
            pdf.update_object(xref, "<<>>")
            continue
        if re.search(r"/Type\s*/(?:EmbeddedFile|Metadata)\b", text) and pdf.xref_is_stream(xref):
            pdf.update_object(xref, "<<>>")
            pdf.update_stream(xref, b" ", new=True)
            continue
        for key in _OBJECT_KEYS:
            if f"/{key}" in text:
                del_key(pdf, xref, key)
        if "/A" in text and pdf.xref_get_key(xref, "A/S")[1] in _ACTIONS_TO_DROP:
            del_key(pdf, xref, "A")


def strip_structure_text(pdf: pymupdf.Document) -> None:
    """Keep the tags (headings, reading order), drop their hand-written text (alt text, ActualText)."""
    kind, root = pdf.xref_get_key(pdf.pdf_catalog(), "StructTreeRoot")
    if kind != "xref":
        return
    todo, seen = [int(root.split()[0])], set()
    while todo:
        xref = todo.pop()
        if xref in seen or not 0 < xref < pdf.xref_length():
            continue
        seen.add(xref)
        try:
            text = pdf.xref_object(xref, compressed=True)
        except Exception:  # noqa: BLE001, S112 - a broken element has nothing we can strip
            continue
        for key in _STRUCT_TEXT_KEYS:
            if f"/{key}" in text and pdf.xref_get_key(xref, key)[0] in ("string", "xref"):
                del_key(pdf, xref, key)
        kids = pdf.xref_get_key(xref, "K")
        if kids[0] in ("array", "xref"):
            todo += [int(n) for n in re.findall(r"(\d+) 0 R", kids[1])]


def del_key(pdf: pymupdf.Document, xref: int, key: str) -> None:
    """Remove ``key`` from the object (``xref_set_key(..., "null")`` would keep ``/key null``)."""
    obj = mupdf.pdf_load_object(pymupdf._as_pdf_document(pdf), xref)
    if obj.pdf_is_dict():
        mupdf.pdf_dict_dels(obj, key)


def add_xobject(pdf: pymupdf.Document, page_xref: int, name: str, xref: int) -> None:
    """Make object ``xref`` the page's XObject resource ``name`` (inherited resources become the page's own)."""
    kind, value = pdf.xref_get_key(page_xref, "Resources")
    node = page_xref
    while kind == "null":  # inherited from a /Pages node: the page gets the same dictionary of its own
        parent_kind, parent = pdf.xref_get_key(node, "Parent")
        if parent_kind != "xref":
            value = "<<>>"
            break
        node = int(parent.split()[0])
        kind, value = pdf.xref_get_key(node, "Resources")
    if node != page_xref:
        pdf.xref_set_key(page_xref, "Resources", value)
        kind, value = pdf.xref_get_key(page_xref, "Resources")
    holder, prefix = (int(value.split()[0]), "") if kind == "xref" else (page_xref, "Resources/")
    kind, value = pdf.xref_get_key(holder, prefix + "XObject")
    if kind == "xref":  # xref_set_key does not follow a reference inside its key path
        holder, prefix = int(value.split()[0]), ""
    else:
        prefix += "XObject/"
    pdf.xref_set_key(holder, prefix + name, f"{xref} 0 R")
