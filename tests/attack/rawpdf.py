"""Low-level builders: raw PDF objects and content streams, for the places PyMuPDF's API does not reach.

Every secret written here is fake PII (``fakedocs.SECRET`` and friends).
"""

from __future__ import annotations

from pathlib import Path

import pymupdf

HELVETICA = "<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>"


def add_object(doc: pymupdf.Document, body: str, stream: bytes | None = None) -> int:
    """A new indirect object (a stream if ``stream`` is given); its xref."""
    xref = doc.get_new_xref()
    doc.update_object(xref, body)
    if stream is not None:
        doc.update_stream(xref, stream, new=True)
    return xref


def resources_xref(doc: pymupdf.Document, page: pymupdf.Page) -> int:
    """The page's resource dictionary as an indirect object (made one if it is inline or missing)."""
    kind, value = doc.xref_get_key(page.xref, "Resources")
    if kind == "xref":
        return int(value.split()[0])
    xref = add_object(doc, value if kind == "dict" else "<<>>")
    doc.xref_set_key(page.xref, "Resources", f"{xref} 0 R")
    return xref


def add_resource(doc: pymupdf.Document, page: pymupdf.Page, kind: str, name: str, value: str) -> None:
    """``/Resources/<kind>/<name> value``, e.g. ``("Font", "F9", "12 0 R")``."""
    res = resources_xref(doc, page)
    if doc.xref_get_key(res, kind)[0] == "xref":  # a shared sub-dictionary: write into it
        sub = int(doc.xref_get_key(res, kind)[1].split()[0])
        doc.xref_set_key(sub, name, value)
    else:
        doc.xref_set_key(res, f"{kind}/{name}", value)


def append_content(doc: pymupdf.Document, page: pymupdf.Page, content: bytes) -> int:
    """Append a content stream (drawn after what the page already has); its xref."""
    xref = add_object(doc, "<<>>", content)
    kind, value = doc.xref_get_key(page.xref, "Contents")
    if kind == "array":
        refs = value.strip("[]").strip()
        doc.xref_set_key(page.xref, "Contents", f"[{refs} {xref} 0 R]")
    elif kind == "xref":
        doc.xref_set_key(page.xref, "Contents", f"[{value} {xref} 0 R]")
    else:
        doc.xref_set_key(page.xref, "Contents", f"[{xref} 0 R]")
    return xref


def helvetica(doc: pymupdf.Document, page: pymupdf.Page, name: str = "FH") -> str:
    """A Helvetica resource under ``name``; returns the name for use in ``Tf``."""
    add_resource(doc, page, "Font", name, f"{add_object(doc, HELVETICA)} 0 R")
    return name


def text_op(text: str, x: float, y: float, *, font: str = "FH", size: float = 11, mode: int = 0) -> bytes:
    """``BT ... Tj ET`` at PDF coordinates (origin bottom left), literal string, render mode ``mode``."""
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return f"BT /{font} {size} Tf {mode} Tr {x} {y} Td ({escaped}) Tj ET\n".encode("latin-1")


def pdf_y(page: pymupdf.Page, top: float) -> float:
    """PDF y of a baseline ``top`` points below the top of the page."""
    return page.mediabox.height - top


def save(doc: pymupdf.Document, path: Path, **options: object) -> Path:
    doc.save(path, **options)
    doc.close()
    return path
