"""Ingest: every input problem is one clear line naming the file; text and glyph boxes line up."""

from __future__ import annotations

import re
from pathlib import Path

import pymupdf
import pytest

from redactor.errors import EncryptedPdfError, ExitCode, InputFileError
from redactor.ingest import collect_sources, ingest, open_pdf

PASSWORD = "geheim-2022"

# A valid PDF with a catalog and an empty page tree: PyMuPDF refuses to save zero pages,
# so these bytes are written by hand (xref offsets are not needed: MuPDF repairs them).
ZERO_PAGE_PDF = (
    b"%PDF-1.4\n"
    b"1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
    b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
    b"trailer\n<< /Root 1 0 R >>\n%%EOF\n"
)


def _centre(rect: tuple[float, float, float, float]) -> pymupdf.Point:
    return pymupdf.Rect(rect).tl + (pymupdf.Rect(rect).br - pymupdf.Rect(rect).tl) * 0.5


def _assert_one_line_naming(exc: BaseException, path: Path, *phrases: str) -> None:
    message = str(exc)
    assert "\n" not in message
    assert message.startswith(f"{path.name}: ")
    for phrase in phrases:
        assert phrase in message.lower()


# -- input errors ---------------------------------------------------------------------------------

@pytest.fixture
def encrypted_pdf(indir: Path) -> Path:
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), "Vertrouwelijk: Joris Ploegmaker")
    path = indir / "encrypted-aes256.pdf"
    doc.save(path, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw=PASSWORD, owner_pw="eigenaar-pw")
    return path


def test_encrypted_pdf_without_password_is_refused(encrypted_pdf: Path) -> None:
    with pytest.raises(EncryptedPdfError) as info:
        ingest(encrypted_pdf)
    _assert_one_line_naming(info.value, encrypted_pdf, "encrypted (password protected)")
    assert "--password" not in str(info.value)  # how to give it is the edge's to say (CLI flag, app dialog)
    assert info.value.exit_code == ExitCode.bad_input


def test_encrypted_pdf_with_wrong_password_is_refused(encrypted_pdf: Path) -> None:
    with pytest.raises(EncryptedPdfError) as info:
        ingest(encrypted_pdf, password="not-the-password")
    _assert_one_line_naming(info.value, encrypted_pdf, "the password given does not open it")


def test_encrypted_pdf_with_right_password_is_read(encrypted_pdf: Path) -> None:
    document = ingest(encrypted_pdf, password=PASSWORD)
    assert "Joris Ploegmaker" in document.pages[0].text
    assert document.warnings == []


def _valid_pdf_bytes() -> bytes:
    doc = pymupdf.open()
    page = doc.new_page()
    for i in range(40):
        page.insert_text((72, 72 + 14 * i), f"regel {i}: de directie neemt het besluit over de nota")
    return doc.tobytes()


@pytest.mark.parametrize(
    ("name", "data", "phrases"),
    [
        ("garbage-after-header.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 20, ("corrupt",)),
        ("truncated-after-header.pdf", None, ("corrupt",)),  # first 400 bytes of a valid PDF
        ("empty-0-bytes.pdf", b"", ("empty",)),
        ("whitespace-only.pdf", b"  \n\t\n", ("empty",)),
        ("zero-pages.pdf", ZERO_PAGE_PDF, ("no pages",)),
        ("png-named-pdf.pdf", b"\x89PNG\r\n\x1a\n" + b"\0" * 64, ("not a pdf",)),
        ("word-text-named-pdf.pdf", b"Beste Joris,\nHierbij de nota.\n", ("not a pdf",)),
        ("empty-0-bytes.txt", b"", ("empty",)),
        ("memo.pages", b"PK\x03\x04" + b"\0" * 64, ("unsupported", ".pages")),  # .docx: test_formats_office
        ("no-extension", b"%PDF-1.4\n", ("unsupported", "(none)")),
    ],
)
def test_unreadable_input_gives_one_line_naming_the_file(indir: Path, name: str, data: bytes | None,
                                                        phrases: tuple[str, ...]) -> None:
    path = indir / name
    path.write_bytes(_valid_pdf_bytes()[:400] if data is None else data)
    with pytest.raises(InputFileError) as info:
        ingest(path)
    _assert_one_line_naming(info.value, path, *phrases)
    assert info.value.path == path
    assert info.value.exit_code == ExitCode.bad_input


def test_missing_file_is_named(indir: Path) -> None:
    path = indir / "does-not-exist.pdf"
    with pytest.raises(InputFileError) as info:
        ingest(path)
    _assert_one_line_naming(info.value, path, "not found")


def test_pdf_truncated_mid_file_is_repaired_with_a_warning(indir: Path) -> None:
    """MuPDF rebuilds a PDF that lost its tail; the user is told to check it, not left unaware."""
    data = _valid_pdf_bytes()
    path = indir / "truncated-mid-file.pdf"
    path.write_bytes(data[: data.rfind(b"endobj", 0, len(data) // 2) + len(b"endobj")])  # xref and half gone
    document = ingest(path)
    assert document.warnings == [f"{path.name}: the PDF was damaged and has been repaired; check the pages"]


def test_image_only_pdf_is_a_warning_not_an_error(indir: Path) -> None:
    pixmap = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 40, 20), False)
    pixmap.set_rect(pixmap.irect, (200, 200, 200))
    doc = pymupdf.open()
    doc.new_page().insert_image(pymupdf.Rect(72, 72, 472, 272), pixmap=pixmap)
    path = indir / "scan-no-text-layer.pdf"
    doc.save(path)

    document = ingest(path)

    assert not document.has_text
    assert document.pages[0].has_images
    assert len(document.warnings) == 1
    assert document.warnings[0].startswith(f"{path.name}: no text layer")


def test_partly_scanned_pdf_names_the_pages_without_text(indir: Path) -> None:
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), "Pagina met tekst")
    doc.new_page()  # a blank (scanned-looking) page
    doc.new_page().insert_text((72, 72), "Nog een pagina met tekst")
    path = indir / "page-2-without-text.pdf"
    doc.save(path)
    assert ingest(path).warnings == [f"{path.name}: page(s) 2 have no text layer; review them by eye"]


def test_collect_sources_expands_folders_sorted_and_skips_hidden(indir: Path) -> None:
    (indir / "sub").mkdir()
    for name in ("b.pdf", "a.txt", ".hidden.pdf", "sub/c.md"):
        (indir / name).write_text("x")
    assert [p.relative_to(indir).as_posix() for p in collect_sources([indir])] == ["a.txt", "b.pdf", "sub/c.md"]


# -- text files -------------------------------------------------------------------------------------

def test_text_file_is_rendered_and_its_text_found_with_boxes(indir: Path) -> None:
    path = indir / "bericht.txt"
    path.write_text("Geachte heer,\n\nUw contactpersoon is Joris Ploegmaker van de directie.\n", encoding="utf-8")

    document = ingest(path)

    page = document.pages[0]
    assert document.kind == "text"
    assert "Uw contactpersoon is Joris Ploegmaker van de directie." in page.text
    start = page.text.index("Ploegmaker")
    [rect] = page.rects_for(start, start + len("Ploegmaker"))
    # The box is where the rendered PDF (rendered again: it is deterministic) draws the word.
    with open_pdf(path) as pdf:
        drawn = [w for w in pdf[0].get_text("words") if w[4] == "Ploegmaker"]
    assert len(drawn) == 1
    assert pymupdf.Rect(drawn[0][:4]).contains(_centre(rect))
    assert pymupdf.Rect(rect).contains(_centre(drawn[0][:4]))


def test_columns_of_a_plain_text_table_stay_apart(indir: Path) -> None:
    path = indir / "deelnemers.txt"
    path.write_text("Naam                Functie\nSaskia Oosterhuis    adviseur\n", encoding="utf-8")
    text = ingest(path).pages[0].text
    assert "Naam                Functie\nSaskia Oosterhuis    adviseur" in text  # not "Saskia Oosterhuis adviseur"


def test_markdown_markup_is_not_part_of_the_text(indir: Path) -> None:
    path = indir / "notitie.md"
    path.write_text("# Notitie over de toezegging\n\nDe **directie** besluit.\n", encoding="utf-8")
    text = ingest(path).pages[0].text
    assert "Notitie over de toezegging" in text
    assert "De directie besluit." in text
    assert "#" not in text and "*" not in text


def test_text_file_in_windows_encoding_is_read(indir: Path) -> None:
    path = indir / "cp1252.txt"
    path.write_bytes("Overleg met de heer Müller over het café".encode("cp1252"))
    assert "Overleg met de heer Müller over het café" in ingest(path).pages[0].text


def test_language_is_guessed_from_the_text(indir: Path) -> None:
    nl = indir / "nl.txt"
    nl.write_text("De minister heeft besloten dat het verzoek niet wordt gehonoreerd en dat de stukken voor de Kamer zijn.")
    en = indir / "en.txt"
    en.write_text("The envoy said that the videos were sent to the court and that the probe was ongoing.")
    assert (ingest(nl).language, ingest(en).language) == ("nl", "en")


# -- normalisation and the glyph map ------------------------------------------------------------------

def test_ligature_glyph_matches_fi_and_maps_back_to_its_box(indir: Path) -> None:
    """'ﬁ' (U+FB01) is one glyph in the PDF and two characters in the normalised text."""
    doc = pymupdf.open()
    page = doc.new_page()
    writer = pymupdf.TextWriter(page.rect)
    # The built-in Helvetica embedded as a font file keeps the ligature glyph and its Unicode.
    writer.append((72, 100), "De of\ufb01cier van dienst tekende", font=pymupdf.Font("helv"), fontsize=11)
    writer.write_text(page)
    path = indir / "ligature-fi.pdf"
    doc.save(path)
    with pymupdf.open(path) as check:
        assert "\ufb01" in check[0].get_text(), "fixture must carry the ligature glyph"

    page_in = ingest(path).pages[0]

    assert "officier" in page_in.text
    assert "\ufb01" not in page_in.text
    start = page_in.text.index("officier")
    f_box, i_box = page_in.boxes[start + 2], page_in.boxes[start + 3]
    assert f_box is not None and f_box == i_box  # both characters come from the one glyph
    [word_rect] = page_in.rects_for(start, start + len("officier"))
    with pymupdf.open(path) as pdf:
        [drawn] = [w for w in pdf[0].get_text("words") if w[4] == "of\ufb01cier"]
    assert tuple(word_rect) == pytest.approx(tuple(drawn[:4]), abs=0.5)
    assert [w.text for w in page_in.words()][:3] == ["De", "officier", "van"]


def test_words_hyphenated_across_line_ends_are_joined(indir: Path) -> None:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 72), "de verant-", fontsize=11)  # visible hyphen (may belong to the word)
    page.insert_text((72, 88), "woordelijke ambtenaar", fontsize=11)
    writer = pymupdf.TextWriter(page.rect)
    font = pymupdf.Font("helv")
    writer.append((72, 120), "de contact\u00ad", font=font, fontsize=11)  # soft hyphen: typesetting only
    writer.append((72, 136), "persoon belde", font=font, fontsize=11)
    writer.write_text(page)
    page.insert_text((72, 168), "Sanne Wieringa-", fontsize=11)  # a capital follows: not a broken word
    page.insert_text((72, 184), "Tol schreef", fontsize=11)
    path = indir / "hyphenated-line-ends.pdf"
    doc.save(path)

    page_in = ingest(path).pages[0]
    words = [w.text for w in page_in.words()]

    assert "verant-woordelijke" in words
    assert "contactpersoon" in words
    assert "\u00ad" not in page_in.text
    assert "Wieringa-\nTol" in page_in.text
    # The joined word keeps one box per line, so a redaction of it covers both halves.
    start = page_in.text.index("contactpersoon")
    rects = page_in.rects_for(start, start + len("contactpersoon"))
    assert len(rects) == 2
    assert rects[0][1] < 120 < rects[0][3] and rects[1][1] < 136 < rects[1][3]


def test_phrase_wrapped_over_two_lines_gives_one_box_per_line(tight_pdf: Path) -> None:
    page = ingest(tight_pdf).pages[0]
    match = re.search(r"Joris\s+Ploegmaker", page.text)
    assert match is not None and "\n" in match.group()

    rects = page.rects_for(match.start(), match.end())

    assert len(rects) == 2
    with pymupdf.open(tight_pdf) as pdf:
        words = pdf[0].get_text("words")
    first, second = (pymupdf.Rect(r) for r in rects)
    inside = sorted(w[4] for w in words if any(r.contains(_centre(w[:4])) for r in (first, second)))
    assert inside == ["Joris", "Ploegmaker"]  # nothing else on either line, nothing from the lines around
    assert first.y1 <= second.y1 and first.x0 > second.x0  # 'Joris' ends line 2, 'Ploegmaker' starts line 3


def test_every_glyph_box_lies_on_the_page_and_matches_the_characters(letter_pdf: Path) -> None:
    page = ingest(letter_pdf).pages[0]
    assert len(page.boxes) == len(page.text)
    for ch, box in zip(page.text, page.boxes):
        if ch.isspace():
            assert box is None
        else:
            assert box is not None
            assert 0 <= box[0] < box[2] <= page.width and 0 <= box[1] < box[3] <= page.height


def test_document_carries_hash_title_and_date(make_pdf) -> None:
    path = make_pdf("with-metadata.pdf", ["Nota"], metadata={"title": "Nota toezegging",
                                                             "creationDate": "D:20221102093400+01'00'"})
    document = ingest(path)
    import hashlib

    assert document.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert (document.title, document.date, document.name) == ("Nota toezegging", "2022-11-02", "with-metadata.pdf")


def test_a_tab_in_a_text_file_stays_a_columns_gap(tmp_path: Path) -> None:
    path = tmp_path / "genodigden.txt"
    path.write_text("Naam\tFunctie\nEelco Heinen\tminister\n", encoding="utf-8")
    assert "Eelco Heinen    minister" in ingest(path).pages[0].text
