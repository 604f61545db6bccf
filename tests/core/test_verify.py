"""Verify: a covered-but-not-removed redaction and other hidden data are reported; a clean export passes."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest
from fakedocs import SECRET, SECRET_PHONE, redactions_for, write_lines

from redactor.cli import run
from redactor.export import export_pdf
from redactor.ingest import ingest
from redactor.verify import Redaction, check_redactions, verify_file


@pytest.fixture
def covered_pdf(letter_pdf: Path, indir: Path) -> Path:
    """The classic fake redaction: a black rectangle drawn over the name, the text still underneath."""
    doc = pymupdf.open(letter_pdf)
    page = doc[0]
    for rect in page.search_for(SECRET):
        page.draw_rect(rect, color=None, fill=(0, 0, 0), overlay=True)
    path = indir / "covered-not-removed.pdf"
    doc.save(path, garbage=4, deflate=True)
    return path


@pytest.fixture
def clean_pdf(letter_pdf: Path, outdir: Path) -> Path:
    document = ingest(letter_pdf)
    out = outdir / "letter.pdf"
    export_pdf(document, redactions_for(document, SECRET) + redactions_for(document, SECRET_PHONE), out)
    return out


def test_text_under_a_black_box_is_a_leak(covered_pdf: Path) -> None:
    with pymupdf.open(covered_pdf) as doc:
        assert SECRET in doc[0].get_text()  # what makes it a leak: anyone can copy it out
    problems = verify_file(covered_pdf)
    assert len(problems) == 1
    assert problems[0].startswith("page 1: ") and "under a black box" in problems[0]


def test_clean_export_passes(clean_pdf: Path) -> None:
    assert verify_file(clean_pdf) == []  # the ground codes printed on the boxes are not a leak


def test_cli_verify_reports_leak_with_exit_1_and_clean_with_0(covered_pdf: Path, clean_pdf: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["verify", str(clean_pdf)]) == 0
    assert capsys.readouterr().out == "ok   letter.pdf\n"

    assert run(["verify", str(clean_pdf), str(covered_pdf)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "ok   letter.pdf"
    assert out[1].startswith("LEAK covered-not-removed.pdf: page 1:") and len(out) == 2


def test_cli_verify_unreadable_file_is_exit_2(indir: Path, clean_pdf: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = indir / "not-a-pdf.pdf"
    bad.write_text("dit is geen pdf")
    assert run(["verify", str(bad), str(clean_pdf)]) == 2
    captured = capsys.readouterr()
    assert captured.err.splitlines() == ["error: not-a-pdf.pdf: not a PDF (the file does not start with a PDF header)"]
    assert captured.out == "ok   letter.pdf\n"  # the other file is still checked


def _with(indir: Path, name: str, change) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    write_lines(page, ["Een gewone pagina zonder geheimen."])
    change(doc, page)
    path = indir / name
    doc.save(path)
    return path


@pytest.mark.parametrize(
    ("name", "change", "expected"),
    [
        ("metadata-author.pdf", lambda d, p: d.set_metadata({"author": SECRET}), "document metadata present (author)"),
        ("xmp.pdf", lambda d, p: d.set_xml_metadata("<x:xmpmeta xmlns:x='adobe:ns:meta/'/>"), "XMP metadata present"),
        ("embedded-file.pdf", lambda d, p: d.embfile_add("a.txt", b"geheim"), "1 embedded file(s)"),
        ("comment.pdf", lambda d, p: p.add_text_annot((300, 300), SECRET), "page 1: annotations present (Text)"),
        ("unapplied-redact-annot.pdf", lambda d, p: p.add_redact_annot(pymupdf.Rect(72, 60, 200, 90)),
         "page 1: annotations present (Redact)"),
        ("open-action-js.pdf", lambda d, p: d.xref_set_key(d.pdf_catalog(), "OpenAction",
                                                            "<</S/JavaScript/JS(app.alert\\(1\\))>>"),
         "JavaScript present"),
    ],
)
def test_hidden_data_is_reported(indir: Path, name: str, change, expected: str) -> None:
    path = _with(indir, name, change)
    problems = verify_file(path)
    assert expected in problems
    assert len(problems) == 1


def test_form_fields_are_reported(indir: Path) -> None:
    def add_field(doc: pymupdf.Document, page: pymupdf.Page) -> None:
        widget = pymupdf.Widget()
        widget.field_type, widget.field_name, widget.field_value = pymupdf.PDF_WIDGET_TYPE_TEXT, "naam", SECRET
        widget.rect = pymupdf.Rect(72, 300, 300, 320)
        page.add_widget(widget)

    assert "form fields present" in verify_file(_with(indir, "form.pdf", add_field))


def test_earlier_revision_and_trailing_bytes_are_reported(indir: Path) -> None:
    path = _with(indir, "incremental.pdf", lambda d, p: None)
    doc = pymupdf.open(path)
    doc[0].insert_text((72, 200), "toegevoegd")
    doc.saveIncr()
    doc.close()
    assert verify_file(path) == ["earlier revisions present (incremental updates)"]

    path.write_bytes(path.read_bytes() + b"verborgen staart")
    assert "16 byte(s) after the end of the file" in verify_file(path)


def test_check_redactions_uses_two_extractors_and_the_boxes(letter_pdf: Path) -> None:
    """Given what was meant to go, an unredacted file fails for each extractor and for the box."""
    document = ingest(letter_pdf)
    redactions = redactions_for(document, SECRET_PHONE, entity="PHONE")
    data = letter_pdf.read_bytes()
    kept = {1: document.pages[0].text.replace(SECRET_PHONE, " ")}
    with pymupdf.open(letter_pdf) as doc:
        problems = check_redactions(doc, data, redactions, kept, frozenset({"5.1.2e"}))
    assert problems == ["page 1: redacted PHONE still extractable (PyMuPDF)",
                        "page 1: redacted PHONE still extractable (pypdf)",
                        "page 1: 11 character(s) remain under redaction boxes"]


def test_check_redactions_passes_a_real_export(clean_pdf: Path, letter_pdf: Path) -> None:
    document = ingest(letter_pdf)
    redactions = redactions_for(document, SECRET) + redactions_for(document, SECRET_PHONE)
    kept = {1: " ".join(w for w in document.pages[0].text.split() if w.strip(",") not in ("Joris", "Ploegmaker",
                                                                                          SECRET_PHONE))}
    with pymupdf.open(clean_pdf) as doc:
        assert check_redactions(doc, clean_pdf.read_bytes(), redactions, kept, frozenset({"5.1.2e"})) == []


def test_manual_box_without_text_is_checked_by_position(letter_pdf: Path) -> None:
    with pymupdf.open(letter_pdf) as doc:
        [rect] = doc[0].search_for("Minister")
        problems = check_redactions(doc, letter_pdf.read_bytes(), [Redaction(1, [tuple(rect)], "5.1.2e")], {},
                                    frozenset({"5.1.2e"}))
    assert problems == ["page 1: 8 character(s) remain under redaction boxes"]
