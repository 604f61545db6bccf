"""Office files through LibreOffice: the text layer is kept; without LibreOffice, a clear message.

Two .docx files: one LibreOffice makes from a .txt (plain paragraphs), and a Word memo
made with python-docx (heading, table, header and footer) taken through the whole chain.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fakedocs import SECRET, SECRET_PHONE
from fakeformats import MEMO_PRIVATE, MEMO_PUBLIC, needs_libreoffice, office_file, word_memo

from redactor.errors import InputFileError
from redactor.formats import office
from redactor.ingest import ingest
from redactor.pipeline import Dossier
from redactor.store import DossierStore, sqlite_url

LINES = ["Verslag van het overleg", "", f"Aanwezig: {SECRET}, tel. {SECRET_PHONE}.", "",
         "De toezegging aan de Kamer is besproken."]


@pytest.fixture
def docx(indir: Path) -> Path:
    if office.soffice() is None:
        pytest.skip("LibreOffice is not installed (apt-get install libreoffice-writer-nogui)")
    source = indir / "verslag.txt"
    source.write_text("\n".join(LINES), encoding="utf-8")
    target = office_file(source, ".docx")
    source.unlink()
    return target


@needs_libreoffice
def test_docx_keeps_its_text_layer(docx: Path) -> None:
    document = ingest(docx)
    assert document.kind == "office" and document.ocr == []
    text = document.pages[0].text
    assert SECRET in text and SECRET_PHONE in text
    word = next(w for w in document.pages[0].words() if w.text == "Verslag")
    assert word.rect[2] > word.rect[0] and word.rect[3] > word.rect[1]  # real glyph boxes


@needs_libreoffice
def test_conversion_is_cached_so_export_sees_the_same_layout(docx: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = ingest(docx)
    monkeypatch.setattr(office, "_run", lambda *a: pytest.fail("converted twice"))
    second = ingest(docx)
    assert first.pages[0].boxes == second.pages[0].boxes


@needs_libreoffice
def test_word_memo_redacted_end_to_end(indir: Path, outdir: Path, tmp_path: Path) -> None:
    """ingest -> screen (the real detectors) -> accept all -> export: private data gone, the official stays."""
    import pymupdf
    import pypdf

    word_memo(indir / "memo.docx")
    dossier = Dossier(DossierStore(sqlite_url(tmp_path / "dossier.sqlite")), "woo")
    report = dossier.screen([indir])
    assert not report.problems and [d.kind for d in report.documents] == ["office"]
    dossier.accept_all(report.documents)
    exported = dossier.export(report.documents, outdir)
    assert not exported.problems and [p.name for p in exported.outputs] == ["memo.pdf"]
    with pymupdf.open(exported.outputs[0]) as pdf:
        texts = {"pymupdf": " ".join(" ".join(page.get_text().split()) for page in pdf)}
    texts["pypdf"] = " ".join(" ".join((page.extract_text() or "").split())
                              for page in pypdf.PdfReader(exported.outputs[0]).pages)
    for extractor, text in texts.items():
        # table cells and the footer are redacted like body text, no part of a name left over
        left = {part for secret in MEMO_PRIVATE for part in secret.replace("@", " ").split() if len(part) > 3}
        assert [w for w in left if w in text] == [], extractor
        # the official, the header, the heading and the table's other columns stay
        for public in [*MEMO_PUBLIC, "Directie Oost-Europa", "Aanwezigen bij het overleg", "beleidsmedewerker"]:
            assert public in text, (extractor, public)


@needs_libreoffice
def test_a_broken_docx_is_one_clear_error(indir: Path) -> None:
    path = indir / "kapot.docx"
    path.write_bytes(b"PK\x03\x04" + b"\0" * 64)
    with pytest.raises(office.OfficeConversionError, match="kapot.docx: LibreOffice could not convert it"):
        ingest(path)


def test_without_libreoffice_the_message_says_what_to_install(indir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(office, "soffice", lambda: None)
    path = indir / "memo.docx"
    path.write_bytes(b"PK\x03\x04 not really a docx")
    with pytest.raises(InputFileError) as info:
        ingest(path)
    message = str(info.value)
    assert message.startswith("memo.docx: ") and "LibreOffice" in message and "not installed" in message
    assert "\n" not in message


def test_the_inventory_date_is_the_documents_own_not_the_conversions() -> None:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("docProps/core.xml", '<cp:coreProperties><dcterms:modified xsi:type="dcterms:W3CDTF">'
                                              "2023-05-17T09:12:00Z</dcterms:modified></cp:coreProperties>")
    assert office.document_date(buffer.getvalue()) == "2023-05-17"
    assert office.document_date(b"{\\rtf1 old binary formats have no readable date}") == ""
