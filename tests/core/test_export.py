"""Export removes what is under a box (not covers it), keeps everything else in place, and sanitises."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import zlib
from collections.abc import Callable
from pathlib import Path

import pymupdf
import pypdf
import pytest
from fakedocs import LETTER_LINES, OFFICIAL, SECRET, SECRET_PHONE, SEEDS, TIGHT_PARAGRAPH, redactions_for, write_lines

from redactor import export as export_module
from redactor.document import Document
from redactor.errors import ExportVerificationError, InputFileError
from redactor.export import export_pdf
from redactor.ingest import ingest, open_pdf
from redactor.verify import Redaction

# -- helpers ------------------------------------------------------------------------------------------


def _pymupdf_text(path: Path) -> str:
    with pymupdf.open(path) as doc:
        return "\n".join(page.get_text() for page in doc)


def _pypdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in pypdf.PdfReader(path).pages)


def _pdftotext_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True).stdout.decode()


EXTRACTORS = pytest.mark.parametrize("extract", [_pymupdf_text, _pypdf_text, _pdftotext_text],
                                     ids=["pymupdf", "pypdf", "pdftotext"])


def _byte_forms(secret: str) -> list[bytes]:
    """How a string can sit in PDF bytes: literal, hex (either case), UTF-16BE (metadata, outlines)."""
    raw = secret.encode("latin-1")
    return [raw, raw.hex().encode(), raw.hex().upper().encode(), secret.encode("utf-16-be")]


def _all_bytes(path: Path) -> bytes:
    """The file as stored, every stream in it inflated (reachable or not), and every object."""
    data = path.read_bytes()
    parts = [data]
    for match in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S):
        try:
            parts.append(zlib.decompressobj().decompress(match.group(1)))
        except zlib.error:
            pass  # not a Flate stream (or not compressed at all: already in ``data``)
    with pymupdf.open(path) as doc:
        for xref in range(1, doc.xref_length()):
            parts.append(doc.xref_object(xref, compressed=False).encode("latin-1", "replace"))
            if doc.xref_is_stream(xref):
                parts.append(doc.xref_stream(xref) or b"")
    return b"\n".join(parts)


def _contains_any_form(data: bytes, secret: str) -> bool:
    return any(form in data for form in _byte_forms(secret))


def _centre(rect) -> pymupdf.Point:
    r = pymupdf.Rect(rect)
    return pymupdf.Point((r.x0 + r.x1) / 2, (r.y0 + r.y1) / 2)


def _words(path: Path, pno: int) -> list[tuple[float, float, float, float, str]]:
    with open_pdf(path) as doc:  # open_pdf renders .txt sources the same way ingest did
        return [tuple(w[:5]) for w in doc[pno].get_text("words")]


def _export(document: Document, redactions: list[Redaction], outdir: Path) -> Path:
    out = outdir / f"{document.path.stem}.pdf"
    result = export_pdf(document, redactions, out)
    assert result.output == out and out.is_file()
    return out


@pytest.fixture
def letter(letter_pdf: Path) -> tuple[Document, list[Redaction]]:
    document = ingest(letter_pdf)
    return document, redactions_for(document, SECRET) + redactions_for(document, SECRET_PHONE, entity="PHONE")


@pytest.fixture
def exported_letter(letter, outdir: Path) -> Path:
    return _export(*letter, outdir)


# -- removal ------------------------------------------------------------------------------------------


@EXTRACTORS
def test_redacted_text_is_not_extractable(exported_letter: Path, letter_pdf: Path,
                                          extract: Callable[[Path], str]) -> None:
    before, after = extract(letter_pdf), extract(exported_letter)
    for word in ("Joris", "Ploegmaker", "41873925"):
        assert word in before  # the extractor can see it at all
        assert word not in after
    assert OFFICIAL in after  # the public official on the same line stays
    assert "tel." in after  # and so do the words right before the box


def test_redacted_text_is_not_in_the_file_bytes(exported_letter: Path, letter_pdf: Path) -> None:
    for secret in ("Joris", "Ploegmaker", SECRET_PHONE):
        assert _contains_any_form(_all_bytes(letter_pdf), secret)
        assert not _contains_any_form(_all_bytes(exported_letter), secret)


def test_ground_code_is_printed_inside_each_box(exported_letter: Path, letter) -> None:
    _, redactions = letter
    boxes = [pymupdf.Rect(r) for red in redactions for r in red.rects]
    assert len(boxes) == 3
    with pymupdf.open(exported_letter) as doc:
        drawings = doc[0].get_drawings()
        # drawn as white outlines, not text: extractors (and checkers such as x-ray) see no text under a box
        assert "5.1.2e" not in doc[0].get_text()
    black = [d["rect"] for d in drawings if d.get("fill") == (0.0, 0.0, 0.0)]
    white = [d["rect"] for d in drawings if d.get("fill") == (1.0, 1.0, 1.0)]
    assert len(black) == 3
    assert all(any(b.intersects(box) for b in black) for box in boxes)
    for box in boxes:  # the code's glyphs ("5", ".", "1", ".", "2", "e" and counters) sit inside each box
        assert sum(1 for w in white if box.contains(w.tl + (w.width / 2, w.height / 2))) >= 6


def test_each_ground_code_is_drawn_once_in_the_file_and_shown_in_every_box(exported_letter: Path) -> None:
    """The outlines sit in one form XObject per code: a page's content stays small and a second
    extractor does not parse the outlines again for every box."""
    with pymupdf.open(exported_letter) as doc:
        forms = [x for x in range(1, doc.xref_length()) if doc.xref_get_key(x, "Subtype")[1] == "/Form"]
        content = doc[0].read_contents()
    assert len(forms) == 1
    assert content.count(b" Do") == 3 and len(content) < 4000


def test_no_redactions_exports_the_text_unchanged(letter_pdf: Path, outdir: Path) -> None:
    out = _export(ingest(letter_pdf), [], outdir)
    assert _pymupdf_text(out) == _pymupdf_text(letter_pdf)


@pytest.mark.parametrize("rotation", [90, 270])
def test_a_turned_page_keeps_its_lower_half(rotation: int, indir: Path, outdir: Path) -> None:
    """The crop box is compared with glyphs in the same (unrotated) coordinates: on a page turned a
    quarter, the rotated page rect is 842 wide and 595 high, and the lower text lay 'outside' it."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    write_lines(page, ["Bovenaan de pagina."], top=100)
    write_lines(page, ["Onderaan de pagina."], top=780)
    page.set_rotation(rotation)
    doc.save(indir / "turned.pdf")

    out = _export(ingest(indir / "turned.pdf"), [], outdir)

    assert _pymupdf_text(out) == _pymupdf_text(indir / "turned.pdf")


def test_redaction_on_a_page_that_does_not_exist_is_refused(letter, outdir: Path) -> None:
    document, _ = letter
    with pytest.raises(InputFileError) as info:
        export_pdf(document, [Redaction(3, [(72, 72, 100, 84)], "5.1.2e", "x")], outdir / "letter.pdf")
    assert str(info.value) == "letter.pdf: redaction on page 3, which does not exist"
    assert not list(outdir.glob("*.pdf"))


def test_other_occurrence_left_unredacted_by_the_reviewer_is_exported(make_pdf, outdir: Path) -> None:
    """A name redacted in one place and deliberately kept in another is not a leak."""
    path = make_pdf("name-twice.pdf", [f"Van: {SECRET}", f"Het team van {SECRET} werkt aan de nota."])
    document = ingest(path)
    first, second = redactions_for(document, SECRET)
    assert first.rects[0][1] < second.rects[0][1]

    out = _export(document, [first], outdir)

    assert _pymupdf_text(out).count(SECRET) == 1
    assert f"Het team van {SECRET}" in _pymupdf_text(out)


# -- nothing else moves -------------------------------------------------------------------------------


def _two_column_pdf(make_pdf, indir: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    left = ["Aanwezig: de directeur,", f"{SECRET} (DEU),", "en de ambassadeur.", "Besproken: de nota",
            "over de toezegging aan de Kamer."]
    right = ["Contact: tel.", f"{SECRET_PHONE} of via", "de centrale post.", "Afgesproken: reactie",
             "volgt binnen twee weken."]
    write_lines(page, left, fontsize=8, pitch=8.5)
    write_lines(page, right, left=230, fontsize=8, pitch=8.5)
    path = indir / "two-columns-8pt.pdf"
    doc.save(path)
    return path


def _large_tight_heading(make_pdf, indir: Path) -> Path:
    """24 pt lines at a 24 pt pitch: taller than the inset's one-line cap, glyph boxes overlapping."""
    return make_pdf("large-heading.pdf", ["Verslag overleg directie", f"met {SECRET} en", f"tel. {SECRET_PHONE} post"],
                    fontsize=24, pitch=24)


def _text_file(make_pdf, indir: Path) -> Path:
    path = indir / "rendered-text.txt"
    path.write_text("Verslag van het overleg\n\nNamens de directie sprak Joris Ploegmaker met de posten. "
                    "Voor vragen: tel. 06-41873925, of per post. " * 3 + "\n\nEinde van het verslag.\n",
                    encoding="utf-8")
    return path


def _memo(make_pdf, indir: Path) -> Path:
    return SEEDS / "dossier" / "01-nota-toezegging-cd-rbz.pdf"


def _secrets_of(path: Path) -> list[str]:
    if path.name.startswith("01-nota"):
        people = json.loads((SEEDS / "fictional_pii.json").read_text(encoding="utf-8"))["people"]
        return [v for p in people for v in (p["name"], p["phone"], p["email"]) if v]
    return [SECRET, SECRET_PHONE]


LAYOUTS = {
    "letter": lambda make_pdf, indir: make_pdf("letter.pdf", LETTER_LINES),
    "tight-paragraph-wrapped-name": lambda make_pdf, indir: make_pdf(
        "tight.pdf", TIGHT_PARAGRAPH, fontsize=10, pitch=10),
    "two-columns-8pt": _two_column_pdf,
    "large-tight-heading-24pt": _large_tight_heading,
    "rendered-text-file": _text_file,
    "seed-memo-3-pages": _memo,
}


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_every_word_outside_the_boxes_keeps_its_place(layout: str, make_pdf, indir: Path, outdir: Path) -> None:
    source = LAYOUTS[layout](make_pdf, indir)
    document = ingest(source)
    redactions = [r for s in _secrets_of(source) for r in redactions_for(document, s)]

    out = _export(document, redactions, outdir)

    checked = 0
    for page in document.pages:
        pno = page.number - 1
        boxes = [pymupdf.Rect(rect) for r in redactions if r.page == page.number for rect in r.rects]
        after: dict[str, list[tuple[float, ...]]] = {}
        for w in _words(out, pno):
            after.setdefault(w[4], []).append(w[:4])
        for *bbox, text in _words(source, pno):
            if any(box.contains(_centre(bbox)) for box in boxes):
                continue  # redacted
            same = [b for b in after.get(text, []) if all(abs(x - y) <= 0.25 for x, y in zip(b, bbox))]
            assert same, f"page {page.number}: {text!r} at {bbox} moved or disappeared"
            after[text].remove(same[0])
            checked += 1
        for text in ("Joris", "Ploegmaker", "41873925"):
            assert not any(text in t for t in after), f"page {page.number}: {text!r} survived"
    assert checked >= 7


def test_wrapped_phrase_in_tight_paragraph_takes_only_its_own_words(tight_pdf: Path, outdir: Path) -> None:
    document = ingest(tight_pdf)
    out = _export(document, redactions_for(document, SECRET), outdir)
    text = _pymupdf_text(out)
    for kept in ("Namens DEU sloot", "aan, die namens de dienst", "toezegging aan de Kamer nakomt.",
                 "als nummer voor vragen"):
        assert kept in text
    assert "Joris" not in text and "Ploegmaker" not in text


# -- images and graphics ------------------------------------------------------------------------------

IMAGE_AT = pymupdf.Rect(100, 100, 300, 300)  # 100 x 100 pixels drawn at 2 points per pixel
BOX_OVER_IMAGE = (100.0, 100.0, 200.0, 200.0)  # covers pixels x < 50, y < 50


def _pattern_pixmap() -> pymupdf.Pixmap:
    samples = bytes(v for y in range(100) for x in range(100) for v in (x * 2, y * 2, 128))
    return pymupdf.Pixmap(pymupdf.csRGB, 100, 100, samples, False)


@pytest.fixture
def image_pdf(indir: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 72), "Pasfoto van de medewerker")
    page.insert_image(IMAGE_AT, pixmap=_pattern_pixmap())
    page.draw_rect(pymupdf.Rect(120, 320, 160, 340), color=None, fill=(0, 0, 1))  # signature-like shape under the box
    page.draw_rect(pymupdf.Rect(400, 320, 440, 340), color=None, fill=(0, 1, 0))  # shape elsewhere
    path = indir / "photo-and-shapes.pdf"
    doc.save(path)
    return path


def test_image_pixels_under_the_box_are_removed_and_the_rest_kept(image_pdf: Path, outdir: Path) -> None:
    document = ingest(image_pdf)
    out = _export(document, [Redaction(1, [BOX_OVER_IMAGE], "5.1.2e", "", "MANUAL")], outdir)

    original = _pattern_pixmap()
    with pymupdf.open(out) as doc:
        [image] = doc[0].get_images(full=True)
        assert doc[0].get_image_rects(image[0]) == [IMAGE_AT]
        pixmap = pymupdf.Pixmap(doc, image[0])
    assert (pixmap.width, pixmap.height) == (100, 100)
    under = [(x, y) for y in range(1, 49) for x in range(1, 49)]
    assert all(pixmap.pixel(x, y) != original.pixel(x, y) for x, y in under)
    assert len({pixmap.pixel(x, y) for x, y in under}) == 1  # one fill, no trace of the pattern
    outside = [(x, y) for y in range(100) for x in range(100) if x >= 51 or y >= 51]
    assert all(pixmap.pixel(x, y) == original.pixel(x, y) for x, y in outside)


def test_vector_graphics_under_the_box_are_removed_and_the_rest_kept(image_pdf: Path, outdir: Path) -> None:
    document = ingest(image_pdf)
    out = _export(document, [Redaction(1, [(110, 310, 170, 350)], "5.1.2e", "", "MANUAL")], outdir)
    with pymupdf.open(out) as doc:
        fills = [d.get("fill") for d in doc[0].get_drawings()]
    assert (0.0, 0.0, 1.0) not in fills
    assert (0.0, 1.0, 0.0) in fills


def test_box_drawn_over_several_lines_removes_all_of_them(make_pdf, outdir: Path) -> None:
    """A reviewer's box over a whole passage (taller than a line) removes every line in it."""
    lines = [f"Regel {i}: de inhoud van de passage over de onderhandelingen." for i in range(8)]
    path = make_pdf("passage.pdf", lines, fontsize=11, pitch=14)
    document = ingest(path)
    page = document.pages[0]
    rows = [w for w in page.words() if w.text == "Regel"]
    box = (60.0, rows[2].rect[1], 500.0, rows[5].rect[3])  # lines 2 to 5, edge to edge

    out = _export(document, [Redaction(1, [box], "5.1.1b", "", "MANUAL")], outdir)

    text = _pymupdf_text(out)
    assert [f"Regel {i}:" in text for i in range(8)] == [True, True, False, False, False, False, True, True]


# -- sanitising -----------------------------------------------------------------------------------------

XMP = f"""<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:creator><rdf:Seq><rdf:li>{SECRET}</rdf:li></rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>
<?xpacket end="w"?>"""


@pytest.fixture
def loaded_pdf(indir: Path) -> Path:
    """Every kind of hidden data at once, each carrying the secret name."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    write_lines(page, LETTER_LINES)
    page.add_text_annot((450, 80), f"Vraag aan {SECRET}: klopt dit nummer?")
    page.add_highlight_annot(pymupdf.Rect(72, 90, 300, 100))
    page.insert_link({"kind": pymupdf.LINK_URI, "from": pymupdf.Rect(72, 260, 300, 280),
                      "uri": "mailto:joris.ploegmaker@minbuza.nl"})
    widget = pymupdf.Widget()
    widget.field_type = pymupdf.PDF_WIDGET_TYPE_TEXT
    widget.field_name = "contactpersoon"
    widget.field_value = SECRET
    widget.rect = pymupdf.Rect(72, 300, 300, 320)
    page.add_widget(widget)
    # Document-level items after the page-level ones: they invalidate open page objects.
    doc.new_page(width=595, height=842).insert_text((72, 80), "Bijlage: het besluit")
    doc.set_metadata({"author": SECRET, "title": f"Nota van {SECRET}", "subject": "toezegging"})
    doc.set_xml_metadata(XMP)
    doc.embfile_add("contactlijst.txt", f"{SECRET};{SECRET_PHONE}".encode(), filename="contactlijst.txt")
    doc.xref_set_key(doc.pdf_catalog(), "OpenAction",
                     f"<</S/JavaScript/JS(app.alert\\('{SECRET}'\\);)>>")
    doc.set_toc([[1, "Inleiding", 1], [1, f"Gesprek met {SECRET}", 1], [1, "Bijlage", 2]])
    path = indir / "hidden-data-everywhere.pdf"
    doc.save(path)
    return path


def test_fixture_really_carries_the_hidden_data(loaded_pdf: Path) -> None:
    with pymupdf.open(loaded_pdf) as doc:
        assert doc.metadata["author"] == SECRET
        assert SECRET in doc.get_xml_metadata()
        assert doc.embfile_count() == 1 and doc.is_form_pdf
        assert {a.type[1] for a in doc[0].annots()} == {"Text", "Highlight"}
        assert [w.field_value for w in doc[0].widgets()] == [SECRET]
        assert doc[0].get_links()
        assert "JavaScript" in doc.xref_get_key(doc.pdf_catalog(), "OpenAction")[1]
        assert len(doc.get_toc()) == 3


@pytest.fixture
def sanitised(loaded_pdf: Path, outdir: Path) -> Path:
    document = ingest(loaded_pdf)
    return _export(document, redactions_for(document, SECRET) + redactions_for(document, SECRET_PHONE), outdir)


def test_metadata_and_xmp_are_gone(sanitised: Path) -> None:
    with pymupdf.open(sanitised) as doc:
        assert {k: v for k, v in doc.metadata.items() if v and k not in ("format", "encryption")} == {}
        assert doc.get_xml_metadata() == ""


def test_annotations_links_and_form_fields_are_gone(sanitised: Path) -> None:
    with pymupdf.open(sanitised) as doc:
        for page in doc:
            assert list(page.annots()) == [] and list(page.widgets()) == [] and page.get_links() == []
        assert not doc.is_form_pdf
        assert doc.xref_get_key(doc.pdf_catalog(), "AcroForm")[0] in ("null", "dict")
        if doc.xref_get_key(doc.pdf_catalog(), "AcroForm")[0] == "dict":
            assert doc.xref_get_key(doc.pdf_catalog(), "AcroForm/Fields")[1] in ("[]", "null")


def test_embedded_files_and_javascript_are_gone(sanitised: Path) -> None:
    with pymupdf.open(sanitised) as doc:
        assert doc.embfile_count() == 0
        assert doc.xref_get_key(doc.pdf_catalog(), "OpenAction")[0] == "null"
        for xref in range(1, doc.xref_length()):
            assert "/JavaScript" not in doc.xref_object(xref) and "/JS" not in doc.xref_object(xref)


def test_outline_keeps_only_entries_without_redacted_text(sanitised: Path) -> None:
    with pymupdf.open(sanitised) as doc:
        assert doc.get_toc() == [[1, "Inleiding", 1], [1, "Bijlage", 2]]


def test_the_secret_is_nowhere_in_the_sanitised_file(sanitised: Path, loaded_pdf: Path) -> None:
    for secret in (SECRET, "Ploegmaker", "ploegmaker", SECRET_PHONE):
        assert _contains_any_form(_all_bytes(loaded_pdf), secret)
        assert not _contains_any_form(_all_bytes(sanitised), secret), secret
    assert "Bijlage: het besluit" in _pymupdf_text(sanitised)


@pytest.fixture
def incremental_pdf(indir: Path) -> Path:
    """Revision 1 names the secret; revision 2 (an incremental update) took it out again."""
    path = indir / "incremental-update.pdf"
    doc = pymupdf.open()
    write_lines(doc.new_page(width=595, height=842), ["Concept-nota", f"Contactpersoon: {SECRET}", "Einde"])
    doc.save(path)
    doc.close()
    doc = pymupdf.open(path)
    page = doc[0]
    for rect in page.search_for(SECRET):
        page.add_redact_annot(rect)
    page.apply_redactions()
    doc.saveIncr()
    doc.close()
    return path


def test_no_earlier_revision_survives(incremental_pdf: Path, outdir: Path) -> None:
    assert incremental_pdf.read_bytes().count(b"startxref") == 2
    assert _contains_any_form(_all_bytes(incremental_pdf), SECRET)
    assert SECRET not in _pymupdf_text(incremental_pdf)  # the current revision no longer shows it

    out = _export(ingest(incremental_pdf), [], outdir)

    assert out.read_bytes().count(b"startxref") == 1
    assert not _contains_any_form(_all_bytes(out), SECRET)
    assert "Concept-nota" in _pymupdf_text(out)


# -- verification before publishing ----------------------------------------------------------------------


def test_failed_verification_leaves_no_file_and_says_why(letter, outdir: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Fault injected: the redaction step does nothing, so the secret is still in the text."""
    monkeypatch.setattr(export_module, "_redact", lambda pdf, redactions: None)
    document, redactions = letter
    out = outdir / "letter.pdf"

    with pytest.raises(ExportVerificationError) as info:
        export_pdf(document, redactions, out)

    assert not out.exists()
    assert list(outdir.iterdir()) == []  # no temporary file left behind either
    message = str(info.value)
    assert message.startswith("letter.pdf: export refused") and "\n" not in message
    assert "PyMuPDF" in message and SECRET not in message  # says what leaked, never the text itself
    assert any("pypdf" in p for p in info.value.problems)


def test_skipped_sanitising_is_caught_before_publishing(loaded_pdf: Path, outdir: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(export_module, "_sanitise", lambda pdf: None)
    document = ingest(loaded_pdf)
    with pytest.raises(ExportVerificationError) as info:
        export_pdf(document, redactions_for(document, SECRET), outdir / "out.pdf")
    problems = " | ".join(info.value.problems)
    for expected in ("metadata", "XMP", "embedded file", "annotations", "JavaScript", "form fields"):
        assert expected in problems
    assert not (outdir / "out.pdf").exists()


def test_existing_output_is_not_replaced_by_a_failed_export(letter, outdir: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    outdir.mkdir()
    out = outdir / "letter.pdf"
    out.write_bytes(b"earlier, verified export")
    monkeypatch.setattr(export_module, "_redact", lambda pdf, redactions: None)
    with pytest.raises(ExportVerificationError):
        export_pdf(*letter, out)
    assert out.read_bytes() == b"earlier, verified export"


def test_output_passes_an_independent_reread(exported_letter: Path) -> None:
    reader = pypdf.PdfReader(io.BytesIO(exported_letter.read_bytes()))
    assert len(reader.pages) == 1 and not reader.is_encrypted
    assert reader.metadata is None or not {k: v for k, v in reader.metadata.items() if v}
