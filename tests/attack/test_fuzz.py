"""Fuzzing ingest and export with hypothesis: generated documents and mutated bytes.

Two targets. ``test_generated_documents`` builds PDFs from random parts (text in
several fonts, annotations, fields, layers, outlines, attachments, crop boxes,
rotation) and redacts random words: the export must succeed and show none of them,
or refuse with a typed one-line error. ``test_mutated_bytes`` flips, cuts, splices
and corrupts the bytes of small valid PDFs: ingest and export may only answer with a
``RedactorError``. Anything else is a crash, and a crash found becomes a regression
case in ``REGRESSIONS`` below.

Bounded in the normal run (a fixed seed, ``FUZZ_EXAMPLES`` examples each); longer on
demand: ``REDACTOR_FUZZ_EXAMPLES=5000 pytest tests/attack/test_fuzz.py`` (then random).
"""

from __future__ import annotations

import os
import re
import tempfile
from collections import Counter
from pathlib import Path

import pymupdf
import pytest
from fakedocs import SECRET, SECRET_PHONE
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from redactor.errors import RedactorError
from redactor.export import export_pdf
from redactor.ingest import ingest
from redactor.verify import Redaction

FUZZ_EXAMPLES = int(os.environ.get("REDACTOR_FUZZ_EXAMPLES", "60"))
FUZZ = settings(
    max_examples=FUZZ_EXAMPLES,
    deadline=None,  # MuPDF's speed varies with the machine; a hang is caught by the suite's own timeout
    derandomize="REDACTOR_FUZZ_EXAMPLES" not in os.environ,  # the normal run is repeatable
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

WORDS = ["nota", "Kamer", "besluit", "toezegging", SECRET, SECRET_PHONE, "Ærø", "café", "ﬁnancieel", "Ωmega",
         "straße", "日本", "1234", "—", "(x)", "\\", "a" * 40]
FONTS = ["helv", "cour", "tiro", "cid"]


@st.composite
def documents(draw: st.DrawFn) -> bytes:
    """A small PDF from random parts."""
    doc = pymupdf.open()
    for _ in range(draw(st.integers(1, 3))):
        width, height = draw(st.sampled_from([(595, 842), (842, 595), (200, 300)]))
        page = doc.new_page(width=width, height=height)
        font = draw(st.sampled_from(FONTS))
        if font == "cid":
            page.insert_font(fontname="F0", fontbuffer=pymupdf.Font("helv").buffer)
            font = "F0"
        for _ in range(draw(st.integers(0, 6))):
            text = " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=6)))
            x = draw(st.floats(-50, width))
            y = draw(st.floats(-50, height + 50))
            page.insert_text((x, y), text, fontname=font, fontsize=draw(st.sampled_from([0.5, 4, 11, 30])),
                             render_mode=draw(st.sampled_from([0, 0, 0, 3, 7])))
        extras = draw(st.sets(st.sampled_from(["note", "redact", "widget", "link", "rotate", "crop", "image",
                                               "layer"]), max_size=4))
        if "note" in extras:
            page.add_text_annot((20, 20), draw(st.sampled_from(WORDS)))
        if "redact" in extras:
            page.add_redact_annot(pymupdf.Rect(10, 10, 100, 60), text=draw(st.sampled_from(WORDS)))
        if "widget" in extras:
            widget = pymupdf.Widget()
            widget.field_type, widget.field_name = pymupdf.PDF_WIDGET_TYPE_TEXT, "veld"
            widget.field_value, widget.rect = draw(st.sampled_from(WORDS)), pymupdf.Rect(10, 70, 150, 90)
            page.add_widget(widget)
        if "link" in extras:
            page.insert_link({"kind": pymupdf.LINK_URI, "from": pymupdf.Rect(0, 0, 50, 10), "uri": "mailto:x@y.z"})
        if "image" in extras:
            page.insert_image(pymupdf.Rect(30, 30, 90, 90), pixmap=pymupdf.Pixmap(pymupdf.csRGB, 6, 6, bytes(108), 0))
        if "layer" in extras:
            page.insert_text((40, 120), draw(st.sampled_from(WORDS)), oc=doc.add_ocg("laag", on=False))
        if "crop" in extras:
            page.set_cropbox(pymupdf.Rect(10, 10, width - 10, height - 20))
        if "rotate" in extras:
            page.set_rotation(draw(st.sampled_from([90, 180, 270])))
    if draw(st.booleans()):
        doc.set_metadata({"author": draw(st.sampled_from(WORDS)), "title": draw(st.sampled_from(WORDS))})
    if draw(st.booleans()):
        doc.set_toc([[1, draw(st.sampled_from(WORDS)), 1]])
    if draw(st.booleans()):
        doc.embfile_add("bijlage.txt", draw(st.sampled_from(WORDS)).encode())
    data = doc.tobytes(garbage=draw(st.sampled_from([0, 3])), deflate=draw(st.booleans()))
    doc.close()
    return data


def _run(data: bytes, pick: st.DataObject | None = None, pages: set[int] | None = None) -> None:
    """Ingest and export ``data`` (boxing words drawn by ``pick``, or every word on ``pages``, or
    every word): a result, or a typed error; anything else fails the test."""
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "fuzz.pdf"
        source.write_bytes(data)
        try:
            document = ingest(source)
        except RedactorError as exc:
            assert "\n" not in str(exc) and str(exc).startswith("fuzz.pdf: ")
            return
        redactions = []
        for page in document.pages:
            if pages is not None and page.number not in pages:
                continue
            for match in re.finditer(r"\w{4,}", page.text):
                if pick is None or pick.draw(st.booleans(), label="redact"):
                    redactions.append(Redaction(page.number, page.rects_for(match.start(), match.end()), "5.1.2e",
                                                match.group(), "FUZZ"))
        out = Path(tmp) / "out.pdf"
        try:
            export_pdf(document, redactions, out)
        except RedactorError as exc:
            assert "\n" not in str(exc)
            return
        with pymupdf.open(out) as result:
            published = {p.number + 1: p.get_text() for p in result}
        # Export verified it already; this is the fuzz target's own look: on each page with a box,
        # the boxed word shows up at most as often as it was left unboxed there. (Other pages may
        # show it anew: a word cut at the crop box edge, "toeze|gging" -> "toez", is another word.)
        boxed = Counter((r.page, r.text) for r in redactions)
        for (pno, needle), count in boxed.items():
            before = _count(document.pages[pno - 1].text, needle)
            assert _count(published[pno], needle) <= before - count, (pno, needle)


def _count(text: str, needle: str) -> int:
    return len(re.findall(rf"(?<!\w){re.escape(needle)}(?!\w)", text))


@FUZZ
@given(documents(), st.data())
def test_generated_documents(data: bytes, pick: st.DataObject) -> None:
    _run(data, pick)


def _seeds() -> list[bytes]:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 72), f"Nota van {SECRET}, tel. {SECRET_PHONE}")
    page.add_text_annot((200, 200), "opmerking")
    doc.set_toc([[1, "Inleiding", 1]])
    plain = doc.tobytes()
    compressed = doc.tobytes(garbage=3, deflate=True, use_objstms=1)
    return [plain, compressed]


SEEDS = _seeds()
TOKENS = [b"<<", b">>", b"[", b"]", b"(", b")", b"/Length 999999", b"endstream", b"endobj", b"0 R", b"-1",
          b"/Type /Page", b"/Kids [1 0 R]", b"%%EOF", b"xref", b"\x00", b"1e308", b"/Filter /FlateDecode"]


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["flip", "cut", "dup", "token", "truncate"]))
        # The header stays: past it is where parsers break.
        at = draw(st.integers(min(16, len(data)), max(len(data) - 1, 16)))
        if kind == "flip" and at < len(data):
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif kind == "cut":
            del data[at:at + draw(st.integers(1, 200))]
        elif kind == "dup":
            data[at:at] = data[at:at + draw(st.integers(1, 400))]
        elif kind == "token":
            data[at:at] = draw(st.sampled_from(TOKENS))
        elif kind == "truncate":
            del data[max(at, 16):]
    return bytes(data)


def _word_cut_at_the_crop_edge() -> bytes:
    """Found by the fuzzer (oracle, not product): clipping to the crop box turned "toeze|gging"
    into "toez" on a page without a box, which the first whole-document oracle took for a leak."""
    doc = pymupdf.open()
    for text in ("toez nota", "Kamer toezegging"):
        page = doc.new_page(width=200, height=300)
        page.insert_text((129 if text.startswith("Kamer") else 20, 40), text, fontsize=11)
        page.set_cropbox(pymupdf.Rect(10, 20, 190, 290))
    return doc.tobytes()


# Cases the fuzzer found, kept as regression cases: description -> (bytes, pages whose words are boxed).
# None was a crash of the product.
REGRESSIONS: dict[str, tuple[bytes, set[int] | None]] = {
    "word cut at the crop box edge": (_word_cut_at_the_crop_edge(), {1}),
}


@FUZZ
@given(mutated())
@example(SEEDS[0][: len(SEEDS[0]) // 2])
def test_mutated_bytes(data: bytes) -> None:
    _run(data)


@pytest.mark.parametrize("name", list(REGRESSIONS))
def test_regressions(name: str) -> None:
    data, pages = REGRESSIONS[name]
    _run(data, pages=pages)
