"""Four independent ways to look for a secret in a PDF, in one helper.

1. ``pymupdf``: everything PyMuPDF exposes: page text (not clipped to the page, every
   optional-content layer switched on), annotation and form-field text, the outline,
   page labels, metadata, XMP and embedded files.
2. ``pypdf``: page text, metadata, outline, page labels, named destinations,
   annotation contents, form fields and attachments, as pypdf reads them.
3. ``pdftotext``: poppler's page text over the media box (a third code base).
4. ``bytes``: the raw file, every stream in it inflated (earlier revisions and objects
   nothing points to included) and the file rewritten by pikepdf (qpdf) with object
   streams expanded and streams decoded; searched for the secret literally, in hex
   and in UTF-16, in any letter case.

Each check looks for every word of four letters or more of the secret (a surname on
its own is a leak) as well as the whole phrase. ``assert_gone`` first proves that the
source really carries the secret where at least one checker can see it (else the test
proves nothing), then that the export shows it to none of the four.

With ``REDACTOR_LEAK_TABLE=FILE`` set, every check is appended to FILE as JSON lines;
``security_table.py`` turns them into the hiding place x checker table.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import unicodedata
import warnings
import zlib
from collections.abc import Callable, Iterable
from pathlib import Path

import pikepdf
import pymupdf
import pypdf

CHECKERS = ("pymupdf", "pypdf", "pdftotext", "bytes")
PDFTOTEXT = shutil.which("pdftotext")


def _squash(text: str) -> str:
    """Casefolded, NFKC, every run of non-word characters one space: what a phrase search needs."""
    return " " + " ".join(re.findall(r"\w+", unicodedata.normalize("NFKC", text).casefold())) + " "


def needles(secret: str) -> list[str]:
    """The whole phrase and each of its words of four letters or more."""
    words = [w for w in re.findall(r"\w+", secret) if len(w) >= 4]
    return list(dict.fromkeys([secret, *words]))


def _text_has(text: str, secret: str) -> bool:
    squashed = _squash(text)
    return any(_squash(n) in squashed for n in needles(secret))


# -- the four checkers ---------------------------------------------------------------------------------


def pymupdf_text(path: Path) -> str:
    parts: list[str] = []
    with pymupdf.open(path) as doc:
        if doc.needs_pass:
            return ""
        try:
            ocgs = list(doc.get_ocgs())
            if ocgs:
                doc.set_layer(-1, on=ocgs)  # hidden layers are text too
        except (RuntimeError, ValueError):
            pass  # no usable optional-content configuration
        parts += [str(v) for v in (doc.metadata or {}).values() if v]
        parts.append(doc.get_xml_metadata())
        parts += [str(entry[1]) for entry in doc.get_toc(simple=False)]
        for i in range(doc.embfile_count()):
            parts.append(doc.embfile_get(i).decode("latin-1", "replace"))
        for page in doc:
            parts.append(page.get_text("text", flags=pymupdf.TEXT_PRESERVE_WHITESPACE))
            parts.append(page.get_label())
            for annot in page.annots():
                parts += [annot.info.get("content", ""), annot.info.get("title", "")]
            for widget in page.widgets():
                parts += [str(widget.field_value or ""), str(widget.field_name or "")]
    return "\n".join(parts)


def pypdf_text(path: Path) -> str:
    reader = pypdf.PdfReader(io.BytesIO(Path(path).read_bytes()), strict=False)
    if reader.is_encrypted:
        return ""
    parts: list[str] = [str(v) for v in (reader.metadata or {}).values()]

    def outline(items: Iterable[object]) -> None:
        for item in items:
            if isinstance(item, list):
                outline(item)
            else:
                parts.append(str(getattr(item, "title", "")))

    outline(reader.outline)
    parts += list(reader.page_labels)
    parts += [str(name) for name in reader.named_destinations]
    parts += [str(f.get("/V", "")) for f in (reader.get_fields() or {}).values()]
    for name, contents in reader.attachments.items():
        parts.append(name)
        parts += [c.decode("latin-1", "replace") for c in contents]
    for page in reader.pages:
        parts.append(page.extract_text() or "")
        for annot in page.get("/Annots") or []:
            annot = annot.get_object()
            parts += [str(annot.get("/Contents", "")), str(annot.get("/T", ""))]
    return "\n".join(parts)


def pdftotext_text(path: Path) -> str:
    if PDFTOTEXT is None:
        raise RuntimeError("pdftotext (poppler-utils) is not installed; run scripts/setup.sh")
    done = subprocess.run([PDFTOTEXT, "-q", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=False,
                          timeout=60)
    return done.stdout.decode("utf-8", "replace")


def all_bytes(path: Path) -> bytes:
    """The file as stored, every Flate stream in it inflated, and the file as qpdf rewrites it."""
    data = Path(path).read_bytes()
    parts = [data]
    for match in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.DOTALL):
        try:
            parts.append(zlib.decompressobj().decompress(match.group(1), 64 << 20))
        except zlib.error:
            pass  # not Flate, or damaged: the stored bytes are in ``data`` already
    try:
        with pikepdf.open(io.BytesIO(data)) as pdf, warnings.catch_warnings():
            warnings.simplefilter("ignore")  # e.g. "widgets not reachable from /AcroForm" in a hostile source
            out = io.BytesIO()
            pdf.save(out, qdf=True, object_stream_mode=pikepdf.ObjectStreamMode.disable,
                     stream_decode_level=pikepdf.StreamDecodeLevel.generalized)
            parts.append(out.getvalue())
    except (pikepdf.PdfError, pikepdf.PasswordError):
        pass  # the raw and inflated bytes are still searched
    return b"\n".join(parts)


def byte_forms(secret: str) -> list[bytes]:
    """How a string can sit in PDF bytes: literal, hex, UTF-16BE and its hex (outlines, metadata)."""
    forms: list[bytes] = []
    for needle in needles(secret):
        needle = needle.lower()
        utf16 = needle.encode("utf-16-be")
        forms += [needle.encode("utf-8"), needle.encode("latin-1", "ignore"), needle.encode().hex().encode(),
                  utf16, utf16.hex().encode()]
    return [f for f in dict.fromkeys(forms) if f]


def bytes_have(path: Path, secret: str) -> bool:
    data = all_bytes(path).lower()
    return any(form in data for form in byte_forms(secret))


def sightings(path: Path, secret: str) -> dict[str, bool]:
    """Which of the four checkers can see ``secret`` in ``path``."""
    text_checks: dict[str, Callable[[Path], str]] = {
        "pymupdf": pymupdf_text, "pypdf": pypdf_text, "pdftotext": pdftotext_text,
    }
    seen = {name: _text_has(extract(path), secret) for name, extract in text_checks.items()}
    seen["bytes"] = bytes_have(path, secret)
    return seen


# -- assertions ---------------------------------------------------------------------------------------


def assert_gone(place: str, source: Path, export: Path, *secrets: str, must_see: Iterable[str] = ()) -> None:
    """The secrets are visible in ``source`` to at least one checker and in ``export`` to none.

    ``must_see`` names checkers that must see the secret in the source (where the test
    means to prove something about that checker in particular).
    """
    for secret in secrets:
        before = sightings(source, secret)
        after = sightings(export, secret)
        _record(place, secret, before, after)
        assert any(before.values()), f"{place}: the source does not carry {secret!r}; the fixture is wrong"
        for name in must_see:
            assert before[name], f"{place}: {name} does not see {secret!r} in the source"
        leaked = [name for name, seen in after.items() if seen]
        assert not leaked, f"{place}: {secret!r} still in the export, seen by {', '.join(leaked)}"


def _record(place: str, secret: str, before: dict[str, bool], after: dict[str, bool]) -> None:
    target = os.environ.get("REDACTOR_LEAK_TABLE")
    if target:
        with open(target, "a", encoding="utf-8") as fh:
            fh.write(json.dumps({"place": place, "secret": secret, "before": before, "after": after}) + "\n")


def record_pixels(place: str) -> None:
    """For the table: a picture place whose pixels under the box were proven gone (test_images)."""
    _record(place, "(pixels)", {"pixels": True}, {"pixels": False})
