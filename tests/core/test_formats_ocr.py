"""Scans and images: OCR'd words with boxes, a confidence per page, pixels gone under the box.

Scans are made here: text rendered by PyMuPDF, rasterised to a greyscale image and
saved as an image-only PDF (``fakeformats.scan_pdf``). Without Tesseract the OCR
tests skip, and one test proves that the missing program is a warning, not a crash.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest
from fakedocs import SECRET, SECRET_PHONE, FakeScreener
from fakeformats import eml, needs_tesseract, scan_pdf

from redactor.formats import ocr
from redactor.ingest import ingest
from redactor.pipeline import Dossier
from redactor.store import DossierStore, sqlite_url

MEMO = ["Nota aan de Minister van Buitenlandse Zaken", f"Van: DEU/ {SECRET}, tel. {SECRET_PHONE}",
        "Op 7 oktober is de toezegging aan de Kamer besproken.", "Het verslag volgt in de volgende nota."]


def _dossier(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, needles: dict) -> Dossier:
    screener = FakeScreener(needles)
    monkeypatch.setattr("redactor.detect.engine.Screener", lambda ground_set, rules: screener)
    return Dossier(DossierStore(sqlite_url(tmp_path / "dossier.sqlite")), "woo")


def _ocr_image(png: bytes) -> str:
    """Tesseract's reading of an image on its own (no vector boxes drawn over it)."""
    doc = pymupdf.open(stream=png, filetype="png")
    page = pymupdf.open(stream=doc.convert_to_pdf(), filetype="pdf")[0]
    return ocr._page_from_tsv(ocr._run(ocr.tesseract(), png), 1, page.rect, doc[0].rect.width,
                              doc[0].rect.height)[0].text


@needs_tesseract
def test_scan_is_read_with_word_boxes_and_confidence(indir: Path) -> None:
    document = ingest(scan_pdf(MEMO, indir / "scan.pdf"))
    page = document.pages[0]
    assert document.kind == "scan" and SECRET in page.text and SECRET_PHONE in page.text
    [info] = document.ocr
    assert info["page"] == 1 and info["confidence"] > 85 and not info["needs_review"]
    word = next(w for w in page.words() if w.text == "Minister")
    # the word sits where it was typeset: line 1 at y=80, x from 72 (PDF points)
    assert 120 < word.rect[0] < 150 and 68 < word.rect[1] < 80 and 76 < word.rect[3] < 84
    assert document.warnings == []


@needs_tesseract
@pytest.mark.parametrize("suffix", [".png", ".jpg"])
def test_images_are_pages_too(indir: Path, suffix: str) -> None:
    with pymupdf.open(scan_pdf(MEMO, indir / "scan.pdf")) as scan:
        pix = scan[0].get_pixmap(dpi=200)
    pix.set_dpi(200, 200)
    pix.save(indir / f"scan{suffix}")
    document = ingest(indir / f"scan{suffix}")
    assert document.kind == "image" and SECRET in document.pages[0].text
    assert abs(document.pages[0].width - 595) < 2  # the image's resolution gives the page its size


@needs_tesseract
def test_a_noisy_scan_is_flagged_for_a_human_look(indir: Path) -> None:
    document = ingest(scan_pdf(MEMO, indir / "noisy.pdf", dpi=150, noise=80, fontsize=9))
    [info] = document.ocr
    assert info["needs_review"] and info["reason"] and info["confidence"] < 75
    # what little was read is flagged; nothing read at all gets the "no text layer" warning instead
    assert any("needs a human look" in w or "no text layer" in w for w in document.warnings)


def test_without_tesseract_a_scan_is_a_warning_not_a_crash(indir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "tesseract", lambda: None)
    document = ingest(scan_pdf(MEMO, indir / "scan.pdf"))
    assert not document.has_text and document.ocr == []
    assert any("Tesseract OCR is not installed" in w and "tesseract-ocr-nld" in w for w in document.warnings)


def test_confidence_rules() -> None:
    assert ocr.assess(1, []).needs_review
    assert not ocr.assess(1, [95.0] * 10).needs_review
    assert ocr.assess(1, [50.0] * 10).reason.startswith("low OCR confidence")
    assert ocr.assess(1, [98.0] * 7 + [40.0] * 3).reason == "3 of 10 words read with low confidence"


@needs_tesseract
def test_redacting_a_scan_removes_the_pixels_under_the_box(tmp_path: Path, indir: Path, outdir: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    scan_pdf(MEMO, indir / "scan.pdf")
    dossier = _dossier(tmp_path, monkeypatch, {SECRET: ("PERSON", "5.1.2e", "suggested")})
    report = dossier.screen([indir])
    assert dossier.accept_all(report.documents) == 1
    exported = dossier.export(report.documents, outdir)
    assert not exported.problems, exported.problems
    with pymupdf.open(outdir / "scan.pdf") as out:
        page = out[0]
        assert SECRET not in page.get_text()
        [image] = page.get_images()
        png = pymupdf.Pixmap(out, image[0]).tobytes("png")
    alone = _ocr_image(png)  # the image by itself, without the black box drawn over it
    assert "Ploegmaker" not in alone and "Joris" not in alone
    assert "Minister" in alone and SECRET_PHONE in alone  # the rest of the scan is still there


@needs_tesseract
def test_ocr_misreads_of_known_names_are_suggested(tmp_path: Path, indir: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The e-mail has the right spellings; the scan prints them as OCR misreads them."""
    (indir / "bericht.eml").write_bytes(eml(body=f"Groet,\n{SECRET}\nf.elamrani@minbuza.nl"))
    scan_pdf(["Verslag van het overleg op dinsdag", "Aanwezig: Joris Ploegrnaker en de directeur",
              "Contact: Lelamrani@minbuza.nl voor vragen"], indir / "verslag-scan.pdf")
    dossier = _dossier(tmp_path, monkeypatch, {SECRET: ("PERSON", "5.1.2e", "suggested"),
                                                "f.elamrani@minbuza.nl": ("EMAIL", "5.1.2e", "suggested")})
    dossier.screen([indir])
    scan = next(d for d in dossier.store.documents() if d.name == "verslag-scan.pdf")
    found = {c.text: c for c in dossier.store.candidates(scan.id)}
    assert "Lelamrani@minbuza.nl" in found and "Ploegrnaker" in " ".join(found)
    suggestion = found["Lelamrani@minbuza.nl"]
    assert (suggestion.entity, suggestion.rule, suggestion.status) == ("EMAIL", "ocr.fuzzy", "suggested")
    assert "bericht.eml" in suggestion.reason and suggestion.score < 0.85
    assert not any(w in " ".join(found) for w in ("Verslag", "directeur", "vragen"))
    dossier.screen([indir])  # screening again adds nothing twice
    assert len(dossier.store.candidates(scan.id)) == len(found)


@needs_tesseract
@pytest.mark.parametrize("dpi", [200, 300])
def test_word_accuracy_on_a_rendered_then_scanned_memo(indir: Path, dpi: int) -> None:
    """A full page of memo text, scanned at ``dpi`` with light noise; figures printed for the issue's note."""
    import difflib
    import random
    import time

    from fakeformats import random_text

    rng = random.Random(11)
    words = random_text(rng, 420).split()
    words[40:42], words[200:202] = SECRET.split(), ["tel.", SECRET_PHONE]
    lines = [" ".join(words[i:i + 12]) for i in range(0, len(words), 12)]
    path = scan_pdf(lines, indir / f"memo-{dpi}.pdf", dpi=dpi, noise=25, fontsize=10)
    started = time.perf_counter()
    document = ingest(path)
    seconds = time.perf_counter() - started
    read = document.pages[0].text.split()
    truth = " ".join(lines).split()
    matcher = difflib.SequenceMatcher(a=truth, b=read, autojunk=False)
    accuracy = sum(block.size for block in matcher.get_matching_blocks()) / len(truth)
    print(f"OCR {dpi} dpi scan: word accuracy {accuracy:.3%} of {len(truth)} words, {seconds:.1f} s, "
          f"confidence {document.ocr[0]['confidence']}%")
    assert accuracy >= 0.97 and SECRET in document.pages[0].text
    started = time.perf_counter()
    ingest(path)
    assert time.perf_counter() - started < seconds  # the second read (export's) comes from the cache
