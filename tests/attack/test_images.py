"""Names in pictures: the pixels under a box are gone from every image drawn there, however drawn.

A picture of text is not text to any extractor, so the proof is by pixel: every image
pixel that lands inside a box has one value (the fill) in the export, every pixel well
outside the boxes is as it was, and where all copies of an image were covered no image
in the file still holds the original samples. With tesseract installed, OCR of the
image reads the name before the export and not after.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pymupdf
import pytest
from fakedocs import SECRET, write_lines

from attack.leakcheck import assert_gone, record_pixels
from attack.rawpdf import add_object, add_resource, append_content, save
from redactor.verify import verify_file

SCAN_AT = pymupdf.Rect(72, 200, 472, 300)  # where the scan is drawn: 400 x 100 points


def _name_scan(colorspace: pymupdf.Colorspace = pymupdf.csGRAY) -> tuple[pymupdf.Pixmap, pymupdf.Rect]:
    """A 400 x 100 pixel 'scan' with a line of text and the name; the name's box in pixels."""
    doc = pymupdf.open()
    page = doc.new_page(width=400, height=100)
    page.insert_text((10, 35), "Ondertekend door", fontsize=16)
    page.insert_text((10, 75), SECRET, fontsize=24)
    [name] = page.search_for(SECRET)
    return page.get_pixmap(dpi=72, colorspace=colorspace), name


def _page_box(name_px: pymupdf.Rect, at: pymupdf.Rect = SCAN_AT) -> tuple[float, float, float, float]:
    """The name's box on the page for a scan drawn unrotated at 1 pixel per point."""
    return tuple(name_px + (at.x0, at.y0, at.x0, at.y0) + (-2, -2, 2, 2))  # type: ignore[return-value]


def _images_on(doc: pymupdf.Document, pno: int) -> list[tuple[int, pymupdf.Matrix]]:
    return [(info["xref"], pymupdf.Matrix(info["transform"]))
            for info in doc[pno].get_image_info(xrefs=True) if info["xref"]]


def _pixels(doc: pymupdf.Document, xref: int) -> pymupdf.Pixmap:
    pix = pymupdf.Pixmap(doc, xref)
    return pymupdf.Pixmap(pymupdf.csRGB, pix) if pix.n - pix.alpha != 3 else pix


def _split(pix: pymupdf.Pixmap, matrix: pymupdf.Matrix, box: pymupdf.Rect) -> tuple[set, np.ndarray]:
    """Pixel values whose centre lands inside the box; all values, with those near the box masked out."""
    values = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, pix.n)[..., :3].astype(int)
    u = (np.arange(pix.width) + 0.5) / pix.width
    v = (np.arange(pix.height) + 0.5) / pix.height
    uu, vv = np.meshgrid(u, v)
    x = uu * matrix.a + vv * matrix.c + matrix.e
    y = uu * matrix.b + vv * matrix.d + matrix.f
    inner, outer = box + (1, 1, -1, -1), box + (-2, -2, 2, 2)
    inside = (x > inner.x0) & (x < inner.x1) & (y > inner.y0) & (y < inner.y1)
    near = (x > outer.x0) & (x < outer.x1) & (y > outer.y0) & (y < outer.y1)
    masked = values.copy()
    masked[near] = -1
    return {tuple(px) for px in values[inside].reshape(-1, 3)}, masked


def assert_pixels_gone(source: Path, export: Path, boxes: dict[int, list[tuple]], *, untouched: list[int] = ()) -> None:
    """Under each page's boxes one value; elsewhere the source's pixels; pages in ``untouched`` as they were."""
    with pymupdf.open(source) as before, pymupdf.open(export) as after:
        for pno, page_boxes in boxes.items():
            images_before = _images_on(before, pno - 1)
            images_after = _images_on(after, pno - 1)
            assert len(images_after) == len(images_before), f"page {pno}: an image went missing"
            for (old_xref, matrix), (new_xref, new_matrix) in zip(images_before, images_after):
                assert abs(matrix.a - new_matrix.a) < 0.01 and abs(matrix.f - new_matrix.f) < 0.01
                old, new = _pixels(before, old_xref), _pixels(after, new_xref)
                for box in map(pymupdf.Rect, page_boxes):
                    inside_old, rest_old = _split(old, matrix, box)
                    inside_new, rest_new = _split(new, new_matrix, box)
                    if len(inside_old) > 1:  # the box covers a part of this image with detail in it
                        assert len(inside_new) == 1, f"page {pno}: pixels under the box still vary"
                    diffs = int((np.abs(rest_old - rest_new).max(axis=2) > 3).sum())
                    assert diffs <= rest_old.size // 600, f"page {pno}: {diffs} pixels outside the box changed"
        for pno in untouched:
            [(old_xref, _)] = _images_on(before, pno - 1)
            [(new_xref, _)] = _images_on(after, pno - 1)
            assert _pixels(before, old_xref).samples == _pixels(after, new_xref).samples, f"page {pno} changed"


def _digests(path: Path) -> set[str]:
    with pymupdf.open(path) as doc:
        return {hashlib.sha256(_pixels(doc, x).samples).hexdigest()
                for x in range(1, doc.xref_length()) if doc.xref_get_key(x, "Subtype")[1] == "/Image"}


def _ocr(path: Path, pno: int = 0) -> str:
    with pymupdf.open(path) as doc:
        [(xref, _)] = _images_on(doc, pno)[:1]
        png = _pixels(doc, xref).tobytes("png")
    done = subprocess.run(["tesseract", "stdin", "stdout", "--psm", "6"], input=png, capture_output=True, check=False,
                          timeout=60)
    return done.stdout.decode("utf-8", "replace")


# -- the cases ---------------------------------------------------------------------------------------------


def test_name_in_a_scanned_image_is_blanked_under_the_box(indir: Path, export_redacting) -> None:
    pix, name = _name_scan()
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    write_lines(page, ["Brief van de gemeente (scan hieronder)"])
    page.insert_image(SCAN_AT, pixmap=pix)
    source = save(doc, indir / "scan-with-name.pdf")
    box = _page_box(name)

    out = export_redacting(source, boxes=[(1, box)])

    assert_pixels_gone(source, out, {1: [box]})
    assert _digests(source).isdisjoint(_digests(out))  # the original samples are nowhere in the file
    assert verify_file(out) == []
    record_pixels("name in a scanned image")
    if shutil.which("tesseract"):
        assert "Ploegmaker" in _ocr(source)
        seen = _ocr(out)
        assert "Ploegmaker" not in seen and "Joris" not in seen and "Ondertekend" in seen


@pytest.mark.parametrize("kind", ["jpeg", "rgb-with-alpha", "rotated-90", "flipped", "cmyk", "inline", "in-form"])
def test_every_image_encoding_and_placement_is_blanked(kind: str, indir: Path, export_redacting) -> None:
    pix, name = _name_scan(pymupdf.csCMYK if kind == "cmyk" else pymupdf.csRGB)
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    box = _page_box(name)
    if kind == "jpeg":
        page.insert_image(SCAN_AT, stream=pix.tobytes("jpeg", jpg_quality=95))
    elif kind == "rgb-with-alpha":
        page.insert_image(SCAN_AT, pixmap=pymupdf.Pixmap(pix, 1))
    elif kind in ("rotated-90", "flipped"):
        # Drawn through a transformation; the box is where the name lands on the page.
        target = pymupdf.Rect(72, 200, 172, 600) if kind == "rotated-90" else SCAN_AT
        xref = page.insert_image(target, pixmap=pix, rotate=90 if kind == "rotated-90" else 0)
        if kind == "flipped":
            append_content(doc, page, b"")  # keep the page's own content first
            page.clean_contents()
            contents = page.read_contents().replace(b"400 0 0 100 72 542 cm", b"-400 0 0 100 472 542 cm")
            doc.update_stream(page.get_contents()[0], contents)
        [(_, matrix)] = [(i["xref"], pymupdf.Matrix(i["transform"])) for i in page.get_image_info(xrefs=True)]
        corners = [pymupdf.Point(x / pix.width, y / pix.height) * matrix
                   for x, y in [(name.x0, name.y0), (name.x1, name.y0), (name.x0, name.y1), (name.x1, name.y1)]]
        box = tuple(pymupdf.Rect(min(p.x for p in corners), min(p.y for p in corners), max(p.x for p in corners),
                                 max(p.y for p in corners)) + (-2, -2, 2, 2))
        assert xref
    elif kind == "cmyk":
        page.insert_image(SCAN_AT, pixmap=pix)
    elif kind == "inline":
        gray = pymupdf.Pixmap(pymupdf.csGRAY, pix)
        data = gray.samples.hex().encode()
        append_content(doc, page, b"q 400 0 0 100 72 542 cm BI /W 400 /H 100 /CS /G /BPC 8 /F /AHx ID "
                       + data + b"> EI Q\n")
    elif kind == "in-form":
        image = page.insert_image(pymupdf.Rect(0, 0, 1, 1), pixmap=pix)  # registers the image object
        page.clean_contents()
        doc.update_stream(page.get_contents()[0], b"")  # not drawn directly, only through the form
        form = add_object(doc, f"<</Type/XObject/Subtype/Form/BBox[0 0 595 842]"
                               f"/Resources<</XObject<</Im {image} 0 R>>>>>>", b"q 400 0 0 100 72 542 cm /Im Do Q")
        add_resource(doc, page, "XObject", "Fm", f"{form} 0 R")
        append_content(doc, page, b"/Fm Do\n")
    source = save(doc, indir / f"scan-{kind}.pdf")

    out = export_redacting(source, boxes=[(1, box)])

    if kind == "inline":
        # The inline image becomes pixels MuPDF can redact; check by rendering the page without the box
        with pymupdf.open(out) as result:
            assert len(result[0].get_images()) <= 1
    else:
        assert_pixels_gone(source, out, {1: [box]})
    assert verify_file(out) == []
    rendered = _render_without_boxes(out, box)
    assert len(set(rendered)) == 1, "something is still drawn under the box"
    record_pixels(f"image: {kind}")


def _render_without_boxes(path: Path, box: tuple) -> bytes:
    """The pixels inside ``box`` with our black boxes and labels taken out of the page content."""
    with pymupdf.open(path) as doc:
        page = doc[0]
        page.clean_contents()
        [xref] = page.get_contents()
        content = doc.xref_stream(xref)
        content = content.replace(b"0 0 0 rg", b"1 1 1 rg")  # boxes become white, anything under them shows
        doc.update_stream(xref, content)
        clip = pymupdf.Rect(box) + (2, 2, -2, -2)
        return page.get_pixmap(clip=clip, dpi=72, colorspace=pymupdf.csGRAY, annots=False).samples


@pytest.fixture
def shared_image_pdf(indir: Path) -> tuple[Path, tuple]:
    """One signature image object drawn on three pages (as a letterhead or signature is)."""
    pix, name = _name_scan()
    doc = pymupdf.open()
    xref = 0
    for i in range(3):
        page = doc.new_page(width=595, height=842)
        write_lines(page, [f"Pagina {i + 1}"])
        xref = page.insert_image(SCAN_AT, pixmap=pix, xref=xref)
    assert len({doc.xref_object(p.get_images()[0][0]) for p in doc}) == 1  # really one object
    return save(doc, indir / "signature-on-every-page.pdf"), _page_box(name)


def test_image_reused_on_several_pages_is_blanked_on_each_boxed_page(shared_image_pdf, export_redacting) -> None:
    source, box = shared_image_pdf
    out = export_redacting(source, boxes=[(1, box), (2, box), (3, box)])
    assert_pixels_gone(source, out, {1: [box], 2: [box], 3: [box]})
    assert _digests(source).isdisjoint(_digests(out))  # no page still uses the original object
    assert verify_file(out) == []
    record_pixels("image reused on several pages")


def test_image_reused_on_several_pages_keeps_unboxed_copies(shared_image_pdf, export_redacting) -> None:
    """Boxed on page 2 only: page 2's copy is blanked; pages 1 and 3 keep the untouched image."""
    source, box = shared_image_pdf
    out = export_redacting(source, boxes=[(2, box)])
    assert_pixels_gone(source, out, {2: [box]}, untouched=[1, 3])
    record_pixels("image reused, boxed on one page only (others untouched)")


def test_text_over_an_image_goes_with_the_pixels(indir: Path, export_redacting) -> None:
    """A scan with its name also typed over it as text: both under one box, both gone."""
    pix, name = _name_scan()
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_image(SCAN_AT, pixmap=pix)
    page.insert_text((SCAN_AT.x0 + name.x0, SCAN_AT.y0 + name.y1 - 5), SECRET, fontsize=20)
    source = save(doc, indir / "scan-and-text.pdf")
    out = export_redacting(source, SECRET, boxes=[(1, _page_box(name))])
    assert_gone("text over an image", source, out, SECRET)
    assert_pixels_gone(source, out, {1: [_page_box(name)]})
    record_pixels("text over an image")
