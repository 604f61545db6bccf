"""Content-stream surgery MuPDF's redaction cannot do: hidden layers and text inside patterns.

Streams are parsed with pypdf's content-stream parser and written back with PyMuPDF.
Only the streams that need it are touched; what is dropped is replaced so that the
graphics state stays as it was (a painting operator becomes ``n``, a ``'`` becomes
``T*``), which keeps everything around the removed content exactly in place.
"""

from __future__ import annotations

import logging
import re

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
    obj = mupdf.pdf_load_object(pymupdf._as_pdf_document(pdf), catalog)
    mupdf.pdf_dict_dels(obj, "OCProperties")


def _hidden_groups(pdf: pymupdf.Document) -> set[int]:
    """Optional-content groups and membership dictionaries that are off in the default view."""
    groups = pdf.get_ocgs()
    on = {xref for xref, info in groups.items() if info.get("on")}
    hidden = {xref for xref in groups if xref not in on}
    for xref in range(1, pdf.xref_length()):
        try:
            if pdf.xref_get_key(xref, "Type")[1] != "/OCMD":
                continue
        except Exception:  # noqa: BLE001 - a broken object is no membership dictionary
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
    for name, xref in resources["XObject"].items():
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
