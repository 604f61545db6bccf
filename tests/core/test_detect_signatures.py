"""Handwritten signatures: a picture between the closing and the signer's name is suggested under
5.1.2e, and export removes its pixels (an inserted image, or the ink of a scan)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pymupdf
import pytest
from fakeformats import needs_tesseract, signature_png, signed_letter

from redactor.ingest import ingest
from redactor.pipeline import Dossier
from redactor.store import DossierStore, sqlite_url
from tests.core.detect_helpers import screener

SIGNATURE_AT = (72.0, 410.0, 222.0, 455.0)  # where signed_letter pastes the signature


def _signatures(path: Path) -> list:
    return [c for c in screener().detect(ingest(path)) if c.entity == "SIGNATURE"]


def _ink(path: Path, rect: tuple[float, float, float, float]) -> int:
    """The darkest pixel of the page's pictures inside ``rect`` (255: no ink), without the boxes drawn over them."""
    darkest = 255
    with pymupdf.open(path) as doc:
        page = doc[0]
        for info in page.get_image_info(xrefs=True):
            box = pymupdf.Rect(info["bbox"]) & pymupdf.Rect(rect)
            if box.is_empty:
                continue
            pix = pymupdf.Pixmap(pymupdf.csGRAY, pymupdf.Pixmap(doc, info["xref"]))
            a = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width)
            bx = pymupdf.Rect(info["bbox"])
            sx, sy = pix.width / bx.width, pix.height / bx.height
            region = a[int((box.y0 - bx.y0) * sy):int((box.y1 - bx.y0) * sy),
                       int((box.x0 - bx.x0) * sx):int((box.x1 - bx.x0) * sx)]
            if region.size:
                darkest = min(darkest, int(region.min()))
    return darkest


def test_a_pasted_signature_is_suggested_under_the_privacy_ground(tmp_path: Path) -> None:
    found = _signatures(signed_letter(tmp_path / "brief.pdf"))
    assert len(found) == 1
    sig = found[0]
    assert sig.rects == [SIGNATURE_AT] and sig.ground == "5.1.2e" and not sig.auto
    assert "Met vriendelijke groet" in sig.reason and sig.text == ""


@pytest.mark.parametrize("closing", ["Hoogachtend,", "Kind regards,", "De minister van Buitenlandse Zaken,"])
def test_other_closings(tmp_path: Path, closing: str) -> None:
    assert len(_signatures(signed_letter(tmp_path / "brief.pdf", closing=closing))) == 1


def test_no_picture_no_signature_and_a_logo_is_no_signature(tmp_path: Path) -> None:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_image(pymupdf.Rect(400, 40, 540, 80), stream=signature_png())  # a letterhead logo
    for i, line in enumerate(["Geachte heer Jansen,", "Het besluit volgt.", "", "Met vriendelijke groet,", "", "",
                              "Pieter de Vries"]):
        page.insert_text((72, 300 + i * 17), line, fontsize=11)
    doc.save(tmp_path / "typed.pdf")
    assert _signatures(tmp_path / "typed.pdf") == []


def test_export_removes_the_signature_picture(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    signed_letter(folder / "brief.pdf")
    assert _ink(folder / "brief.pdf", SIGNATURE_AT) < 128
    dossier = Dossier(DossierStore(sqlite_url(tmp_path / "dossier.sqlite")), "woo")
    screened = dossier.screen([folder])
    dossier.accept_all(screened.documents)
    report = dossier.export(screened.documents, tmp_path / "out")
    assert report.problems == []
    assert _ink(tmp_path / "out" / "brief.pdf", SIGNATURE_AT) == 255
    assert "Afdeling Juridische Zaken" in pymupdf.open(tmp_path / "out" / "brief.pdf")[0].get_text()


@needs_tesseract
def test_the_ink_of_a_scanned_signature_is_suggested_and_removed(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    scan = signed_letter(folder / "scan.pdf", scanned=True)
    found = _signatures(scan)
    assert len(found) == 1 and pymupdf.Rect(found[0].rects[0]).contains(pymupdf.Rect(SIGNATURE_AT) + (4, 4, -4, -4))
    dossier = Dossier(DossierStore(sqlite_url(tmp_path / "dossier.sqlite")), "woo")
    screened = dossier.screen([folder])
    dossier.accept_all(screened.documents)
    assert dossier.export(screened.documents, tmp_path / "out").problems == []
    assert _ink(scan, SIGNATURE_AT) < 128 and _ink(tmp_path / "out" / "scan.pdf", SIGNATURE_AT) == 255


@pytest.mark.parametrize(("label", "beside"), [("Handtekening aanvrager:", True), ("Signature:", False)])
def test_a_picture_beside_or_under_a_signature_field_is_a_signature(tmp_path: Path, label: str, beside: bool) -> None:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((72, 300), "Naam: Pieter de Vries", fontsize=11)
    page.insert_text((72, 330), label, fontsize=11)
    at = pymupdf.Rect(220, 312, 370, 345) if beside else pymupdf.Rect(72, 338, 222, 380)
    page.insert_image(at, stream=signature_png())
    page.insert_text((72, 420), "Datum: 3 maart 2026", fontsize=11)
    drawn = tuple(page.get_image_info()[0]["bbox"])  # the picture keeps its proportions inside ``at``
    doc.save(tmp_path / "formulier.pdf")
    assert [c.rects for c in _signatures(tmp_path / "formulier.pdf")] == [[drawn]]


def test_a_sentence_ending_in_the_word_is_no_signature_field(tmp_path: Path) -> None:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((72, 300), "Het verzoek is ontvangen maar mist nog een handtekening", fontsize=11)
    page.insert_image(pymupdf.Rect(400, 310, 540, 350), stream=signature_png())  # a stamp or logo nearby
    doc.save(tmp_path / "brief.pdf")
    assert _signatures(tmp_path / "brief.pdf") == []
