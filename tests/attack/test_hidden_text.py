"""Text under a box in every encoding and every place a page can hold it: gone, by four checkers.

Each builder writes one page with an ordinary line and the secret in one hard form.
Where the reviewer can see the secret (ingest reads it), the export puts a box over
every occurrence; where the reviewer cannot (outside the visible page area), the same
name is also in the visible text and boxed there, and the hidden copy must go anyway.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pymupdf
import pytest
from fakedocs import SECRET, SECRET_PHONE, write_lines

from attack.leakcheck import assert_gone
from attack.rawpdf import add_object, add_resource, append_content, helvetica, pdf_y, save, text_op
from redactor import export as export_module
from redactor.errors import ExportVerificationError
from redactor.verify import verify_file

VISIBLE = ["Nota over de toezegging aan de Kamer", "Het verslag volgt in de volgende nota."]
Builder = Callable[[Path], Path]


def _page(doc: pymupdf.Document, lines: list[str] = VISIBLE) -> pymupdf.Page:
    page = doc.new_page(width=595, height=842)
    write_lines(page, lines)
    return page


def _type3_font(doc: pymupdf.Document, text: str) -> int:
    """A Type3 font whose every glyph is a box; extraction goes through the glyph names."""
    names = {" ": "space", ":": "colon", "-": "hyphen", ".": "period"}
    digits = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    names |= {str(d): n for d, n in enumerate(digits)}
    proc = add_object(doc, "<<>>", b"600 0 0 0 500 700 d1 0 0 500 700 re f")
    codes = sorted({ord(c) for c in text})
    glyph = {code: names.get(chr(code), chr(code)) for code in codes}
    differences = " ".join(f"{code} /{glyph[code]}" for code in codes)
    procs = " ".join(f"/{name} {proc} 0 R" for name in sorted(set(glyph.values())))
    widths = " ".join("600" for _ in range(32, 127))
    return add_object(doc, f"<</Type/Font/Subtype/Type3/FontBBox[0 0 600 700]/FontMatrix[0.001 0 0 0.001 0 0]"
                           f"/CharProcs<<{procs}>>/Encoding<</Type/Encoding/Differences[{differences}]>>"
                           f"/FirstChar 32/LastChar 126/Widths[{widths}]/Resources<<>>>>")


def type3_font(indir: Path) -> Path:
    doc = pymupdf.open()
    page = _page(doc)
    line = f"Contactpersoon: {SECRET}"
    add_resource(doc, page, "Font", "T3", f"{_type3_font(doc, line)} 0 R")
    append_content(doc, page, text_op(line, 72, pdf_y(page, 200), font="T3"))
    return save(doc, indir / "type3-font.pdf")


def cid_font_with_tounicode(indir: Path) -> Path:
    """Identity-H: the content holds glyph ids only; the text comes from the ToUnicode map."""
    doc = pymupdf.open()
    page = _page(doc)
    page.insert_font(fontname="CID0", fontbuffer=pymupdf.Font("helv").buffer)
    page.insert_text((72, 200), f"Contactpersoon: {SECRET}, tel. {SECRET_PHONE}", fontname="CID0", fontsize=11)
    return save(doc, indir / "cid-identity-h.pdf")


def invisible_render_mode_3(indir: Path) -> Path:
    doc = pymupdf.open()
    page = _page(doc)
    helvetica(doc, page)
    append_content(doc, page, text_op(f"Contactpersoon: {SECRET}", 72, pdf_y(page, 200), mode=3))
    return save(doc, indir / "invisible-render-mode-3.pdf")


def invisible_render_mode_7(indir: Path) -> Path:
    """Clip-only text: it paints nothing and only clips what follows."""
    doc = pymupdf.open()
    page = _page(doc)
    helvetica(doc, page)
    append_content(doc, page, b"q " + text_op(f"Contactpersoon: {SECRET}", 72, pdf_y(page, 200), mode=7) + b"Q\n")
    return save(doc, indir / "invisible-render-mode-7.pdf")


def ocr_layer_over_scan(indir: Path) -> Path:
    """A scanned page: the name in the pixels and again in an invisible OCR text layer on top."""
    scan = pymupdf.open()
    write_lines(scan.new_page(width=595, height=842), [*VISIBLE, f"Contactpersoon: {SECRET}"], fontsize=14)
    pixmap = scan[0].get_pixmap(dpi=72, colorspace=pymupdf.csGRAY)
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_image(page.rect, pixmap=pixmap)
    helvetica(doc, page)
    append_content(doc, page, b"".join(text_op(line, 72, pdf_y(page, 80 + i * 21), size=14, mode=3)
                                       for i, line in enumerate([*VISIBLE, f"Contactpersoon: {SECRET}"])))
    return save(doc, indir / "scan-with-ocr-layer.pdf")


def outside_cropbox(indir: Path) -> Path:
    """The name in the part of the media box that the crop box hides, and once visible."""
    doc = pymupdf.open()
    page = _page(doc, [*VISIBLE, f"Van: {SECRET}"])
    helvetica(doc, page)
    append_content(doc, page, text_op(f"Concept, niet verzenden: {SECRET}", 72, 20))  # 20 pt above the bottom
    page.set_cropbox(pymupdf.Rect(0, 0, 595, 742))  # hides the bottom 100 points
    return save(doc, indir / "outside-cropbox.pdf")


def outside_mediabox(indir: Path) -> Path:
    doc = pymupdf.open()
    page = _page(doc, [*VISIBLE, f"Van: {SECRET}"])
    helvetica(doc, page)
    append_content(doc, page, text_op(f"Verborgen: {SECRET}", -900, 400) + text_op(SECRET, 72, 2000))
    return save(doc, indir / "outside-mediabox.pdf")


def _form_xobject(doc: pymupdf.Document, content: bytes, resources: str) -> int:
    return add_object(doc, f"<</Type/XObject/Subtype/Form/BBox[0 0 595 842]/Resources{resources}>>", content)


def form_xobject(indir: Path) -> Path:
    doc = pymupdf.open()
    page = _page(doc)
    font = add_object(doc, "<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>")
    xobj = _form_xobject(doc, text_op(f"Contactpersoon: {SECRET}", 72, 642), f"<</Font<</FH {font} 0 R>>>>")
    add_resource(doc, page, "XObject", "X1", f"{xobj} 0 R")
    append_content(doc, page, b"q /X1 Do Q\n")
    return save(doc, indir / "form-xobject.pdf")


def nested_form_xobjects(indir: Path) -> Path:
    """Three levels of form XObject, each with its own transformation."""
    doc = pymupdf.open()
    page = _page(doc)
    font = add_object(doc, "<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>")
    inner = _form_xobject(doc, text_op(f"Contactpersoon: {SECRET}", 0, 0), f"<</Font<</FH {font} 0 R>>>>")
    middle = _form_xobject(doc, b"q 1 0 0 1 10 20 cm /Xi Do Q\n", f"<</XObject<</Xi {inner} 0 R>>>>")
    outer = _form_xobject(doc, b"q 1 0 0 1 62 602 cm /Xm Do Q\n", f"<</XObject<</Xm {middle} 0 R>>>>")
    add_resource(doc, page, "XObject", "Xo", f"{outer} 0 R")
    append_content(doc, page, b"q /Xo Do Q\n")
    return save(doc, indir / "nested-form-xobjects.pdf")


def form_xobject_on_every_page(indir: Path) -> Path:
    """One letterhead object, naming the secret, shared by three pages."""
    doc = pymupdf.open()
    font = add_object(doc, "<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>")
    xobj = _form_xobject(doc, text_op(f"Behandeld door {SECRET}", 72, 800), f"<</Font<</FH {font} 0 R>>>>")
    for _ in range(3):
        page = _page(doc)
        add_resource(doc, page, "XObject", "LH", f"{xobj} 0 R")
        append_content(doc, page, b"q /LH Do Q\n")
    return save(doc, indir / "shared-letterhead.pdf")


def tiling_pattern(indir: Path) -> Path:
    """Text inside a pattern cell that fills a rectangle (and the name once in the visible text)."""
    doc = pymupdf.open()
    page = _page(doc, [*VISIBLE, f"Van: {SECRET}"])
    font = add_object(doc, "<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>")
    pattern = add_object(
        doc, f"<</Type/Pattern/PatternType 1/PaintType 1/TilingType 1/BBox[0 0 300 20]/XStep 300/YStep 20"
             f"/Resources<</Font<</FH {font} 0 R>>>>/Matrix[1 0 0 1 72 600]>>",
        text_op(f"Watermerk {SECRET}", 0, 5),
    )
    add_resource(doc, page, "Pattern", "P1", f"{pattern} 0 R")
    append_content(doc, page, b"q /Pattern cs /P1 scn 72 600 300 20 re f Q\n")
    return save(doc, indir / "tiling-pattern.pdf")


def hex_and_kerned(indir: Path) -> Path:
    """The name split over kerned pieces of a TJ array, half of it hex-encoded: no literal to grep."""
    doc = pymupdf.open()
    page = _page(doc)
    helvetica(doc, page)
    surname = b"Ploegmaker".hex()
    append_content(doc, page, f"BT /FH 11 Tf 72 {pdf_y(page, 200)} Td [(Van: Jo) -15 (ris ) <{surname}>] TJ ET\n"
                   .encode())
    return save(doc, indir / "hex-and-kerned.pdf")


def white_tiny_and_clipped(indir: Path) -> Path:
    """Three ways a viewer hides text that extractors still read: white on white, 0.5 pt, clipped away."""
    doc = pymupdf.open()
    page = _page(doc)
    helvetica(doc, page)
    append_content(doc, page, b"q 1 1 1 rg " + text_op(f"Wit: {SECRET}", 72, pdf_y(page, 200)) + b"Q\n"
                   + text_op(f"Klein: {SECRET}", 72, pdf_y(page, 230), size=0.5)
                   + b"q 0 0 1 1 re W n " + text_op(f"Geknipt: {SECRET}", 72, pdf_y(page, 260)) + b"Q\n")
    return save(doc, indir / "white-tiny-clipped.pdf")


PLACES: dict[str, Builder] = {
    "Type3 font": type3_font,
    "CID font (Identity-H, ToUnicode)": cid_font_with_tounicode,
    "invisible text (render mode 3)": invisible_render_mode_3,
    "clip-only text (render mode 7)": invisible_render_mode_7,
    "OCR text layer over a scan": ocr_layer_over_scan,
    "text outside the crop box": outside_cropbox,
    "text outside the media box": outside_mediabox,
    "form XObject": form_xobject,
    "nested form XObjects": nested_form_xobjects,
    "form XObject shared by pages": form_xobject_on_every_page,
    "tiling pattern": tiling_pattern,
    "hex-encoded, kerned TJ": hex_and_kerned,
    "white, tiny and clipped text": white_tiny_and_clipped,
}


@pytest.mark.parametrize("place", list(PLACES))
def test_secret_is_gone(place: str, indir: Path, export_redacting) -> None:
    source = PLACES[place](indir)
    out = export_redacting(source, SECRET, SECRET_PHONE)
    assert_gone(place, source, out, SECRET, SECRET_PHONE if "CID" in place else SECRET)
    assert verify_file(out) == []


@pytest.mark.parametrize("place", ["text outside the crop box", "text outside the media box"])
def test_unseen_text_goes_even_without_any_redaction(place: str, indir: Path, export_redacting) -> None:
    """What the reviewer cannot see cannot be reviewed: it is not published either."""
    source = PLACES[place](indir)
    out = export_redacting(source)
    assert_gone(f"{place} (nothing redacted)", source, out,
                "Concept, niet verzenden" if "crop" in place else "Verborgen")


def _inset_without_height_cap(rect, fx, fy):
    """The inset as it was before 0.5 pt text was tried: up to 1 pt off each side, whatever the size."""
    x0, y0, x1, y1 = rect
    dx, dy = min((x1 - x0) * fx, 1.0), min(y1 - y0, 20.0) * fy
    return (x0 + dx, y0 + dy, x1 - dx, y1 - dy)


@pytest.mark.parametrize(("place", "step"), [
    ("text outside the crop box", "_clip_to_visible_area"),
    ("text outside the media box", "_clip_to_visible_area"),
    ("tiling pattern", "_remove_survivors"),
    ("white, tiny and clipped text", "_remove_survivors"),
])
def test_export_refuses_when_a_removal_step_is_skipped(place: str, step: str, indir: Path, outdir: Path,
                                                       export_redacting, monkeypatch: pytest.MonkeyPatch) -> None:
    """Verify is the second line: without the step that removes it, the secret is caught before publishing."""
    monkeypatch.setattr(export_module, step, lambda *args: None)
    monkeypatch.setattr(export_module, "_inset", _inset_without_height_cap)
    source = PLACES[place](indir)
    with pytest.raises(ExportVerificationError):
        export_redacting(source, SECRET)
    assert not list(outdir.glob("*.pdf"))


def test_visible_text_around_the_hiding_places_stays(indir: Path, export_redacting) -> None:
    for place, build in PLACES.items():
        if place == "OCR text layer over a scan":
            continue  # no visible text: see the next test
        source = build(indir)
        out = export_redacting(source, SECRET)
        with pymupdf.open(out) as doc:
            assert "Nota over de toezegging aan de Kamer" in doc[0].get_text(), source.name


def test_visible_text_drawn_with_a_clip_stays(indir: Path, export_redacting) -> None:
    """Render modes 4 to 6 paint the text and also clip with it: visible, so not 'hidden text'."""
    doc = pymupdf.open()
    page = _page(doc)
    for mode in (4, 5, 6):
        page.insert_text((72, 200 + 20 * mode), f"Zichtbaar in modus {mode}", render_mode=mode)
    source = save(doc, indir / "fill-and-clip.pdf")
    out = export_redacting(source)
    with pymupdf.open(out) as result:
        text = result[0].get_text()
    assert all(f"Zichtbaar in modus {mode}" in text for mode in (4, 5, 6))


def test_ocr_layer_of_a_scan_goes_whole_and_the_pixels_under_the_box_too(indir: Path, export_redacting) -> None:
    """Invisible text is removed from the whole page (hidden text is never published), and the
    name's pixels in the scan are blanked under its box."""
    source = ocr_layer_over_scan(indir)
    out = export_redacting(source, SECRET)
    with pymupdf.open(source) as doc:
        [box] = doc[0].search_for(SECRET)
    clip = box + (1, 3, -1, -3)  # inside the box (the image is drawn at 1 pixel per point)
    with pymupdf.open(out) as doc:
        assert doc[0].get_text().split() == []  # the code on the box is drawn, not text
        [xref] = [img[0] for img in doc[0].get_images()]
        pixels = pymupdf.Pixmap(doc, xref)
    assert (pixels.width, pixels.height) == (595, 842)
    under = {pixels.pixel(x, y) for x in range(int(clip.x0), int(clip.x1)) for y in range(int(clip.y0), int(clip.y1))}
    assert len(under) == 1  # one fill, no trace of the letters


# -- text drawn as vector paths -------------------------------------------------------------------------


@pytest.fixture
def vector_text_pdf(indir: Path) -> tuple[Path, pymupdf.Rect]:
    """The name as glyph outlines (no text at all), as 'convert text to paths' produces."""
    doc = pymupdf.open()
    page = _page(doc, [*VISIBLE, f"Contactpersoon: {SECRET}"])
    [box] = page.search_for(SECRET)
    svg = pymupdf.open("svg", page.get_svg_image(text_as_path=True).encode())
    path = indir / "text-as-paths.pdf"
    path.write_bytes(svg.convert_to_pdf())
    return path, box


def _paths_inside(path: Path, box: pymupdf.Rect) -> int:
    """Drawn shapes lying inside the box (glyph outlines), not counting the black box itself
    nor the white outlines of the ground code printed on it."""
    with pymupdf.open(path) as doc:
        return sum(1 for d in doc[0].get_drawings()
                   if box.contains((d["rect"].tl + d["rect"].br) / 2) and d["rect"].width < box.width / 2
                   and d.get("fill") != (1.0, 1.0, 1.0))


def test_text_drawn_as_paths_under_a_box_is_removed(vector_text_pdf, export_redacting) -> None:
    source, box = vector_text_pdf
    assert _paths_inside(source, box) >= len("JorisPloegmaker")
    out = export_redacting(source, boxes=[(1, tuple(box))])
    assert _paths_inside(out, box) == 0
    with pymupdf.open(out) as doc:  # the glyphs of the other lines stay
        assert len(doc[0].get_drawings()) > 40
    assert verify_file(out) == []
