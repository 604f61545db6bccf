"""The publication package: document numbers on every page, the merged publication PDF with a
bookmark per document, and the inventory list as a PDF annex.

Detection is the fake of ``test_pipeline.py`` (fixed strings), so these tests depend on what
export and publication do with the decisions, not on the detectors.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pymupdf
import pypdf
import pytest
from fakedocs import OFFICIAL, SECRET, SECRET_PHONE, TIGHT_PARAGRAPH, FakeScreener

from redactor import publication
from redactor.cli import run
from redactor.errors import ExportVerificationError
from redactor.export import export_pdf
from redactor.grounds import load_ground_set
from redactor.ingest import ingest
from redactor.inventory import InventoryRow
from redactor.pipeline import Dossier
from redactor.review import ReviewSession
from redactor.store import DossierStore, sqlite_url
from redactor.verify import Redaction, verify_file

REVIEWER = "Wendelmoet Kwartelkoning"  # a civil servant: named in the internal list only
NEEDLES = {SECRET: ("PERSON", "5.1.2e", "suggested"), SECRET_PHONE: ("PHONE", "5.1.2e", "suggested"),
           OFFICIAL: ("OFFICIAL", None, "kept")}


@pytest.fixture(autouse=True)
def fake(monkeypatch: pytest.MonkeyPatch) -> FakeScreener:
    screener = FakeScreener(NEEDLES)
    monkeypatch.setattr("redactor.detect.engine.Screener", lambda ground_set, rules: screener)
    return screener


@pytest.fixture
def folder(indir: Path, make_pdf, letter_pdf: Path) -> Path:
    """1 broken.pdf (corrupt), 2 letter.pdf (two pages), 3 public.pdf, 4 tight.pdf, 5 withheld.pdf."""
    (indir / "broken.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 8)
    letter = pymupdf.open(letter_pdf)
    letter.new_page().insert_text((72, 100), f"Bijlage: de lijst van {SECRET}.")
    letter.saveIncr()
    letter.close()
    make_pdf("public.pdf", ["De begroting voor 2023 is vastgesteld.", f"Met dank aan {OFFICIAL}."])
    make_pdf("tight.pdf", TIGHT_PARAGRAPH, fontsize=10, pitch=10)
    make_pdf("withheld.pdf", [f"Concept-advies van {SECRET} over de onderhandelingen."])
    return indir


def _export(folder: Path, outdir: Path, tmp_path: Path, ground_set: str = "woo", **options):
    dossier = Dossier(DossierStore(sqlite_url(tmp_path / "dossier.sqlite")), ground_set)
    screened = dossier.screen([folder])
    withheld = next(d.id for d in dossier.store.documents() if d.name == "withheld.pdf")
    ReviewSession(dossier.store, reviewer=REVIEWER).judge_document(withheld, "niet openbaar", ground="5.1.2a")
    dossier.accept_all(screened.documents, reviewer=REVIEWER)
    return dossier.export(screened.documents, outdir, **options)


@pytest.fixture
def published(folder: Path, outdir: Path, tmp_path: Path):
    report = _export(folder, outdir, tmp_path)
    assert report.problems == []
    return report


def _pages(path: Path) -> list[str]:
    with pymupdf.open(path) as doc:
        return [unicodedata.normalize("NFKC", page.get_text()) for page in doc]


def _pypdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in pypdf.PdfReader(path).pages)


def test_every_page_of_an_export_carries_its_document_number(published, outdir: Path) -> None:
    numbers = {"letter.pdf": 2, "public.pdf": 3, "tight.pdf": 4}
    assert sorted(p.name for p in published.outputs) == sorted(numbers)
    for name, number in numbers.items():
        pages = _pages(outdir / name)
        assert all(f"Documentnr. {number:04d}" in text for text in pages), name
    assert len(_pages(outdir / "letter.pdf")) == 2


def test_the_number_sits_in_the_top_right_margin_above_the_text(published, outdir: Path) -> None:
    with pymupdf.open(outdir / "public.pdf") as doc:
        words = doc[0].get_text("words")
        stamp = next(w for w in words if w[4] == "Documentnr.")
        body_top = min(w[1] for w in words if w[4] != "Documentnr." and w[4] != "0003")
        assert stamp[3] < body_top and stamp[0] > doc[0].rect.width / 2


def test_publication_holds_every_exported_document_in_number_order_then_the_annex(published, outdir: Path) -> None:
    assert published.publication == outdir / "publicatie.pdf"
    assert published.annex == outdir / "inventarislijst.pdf"
    counts = {name: len(_pages(outdir / name)) for name in ("letter.pdf", "public.pdf", "tight.pdf")}
    annex_pages = len(_pages(published.annex))
    with pymupdf.open(published.publication) as doc:
        assert doc.page_count == sum(counts.values()) + annex_pages
        assert doc.get_toc() == [[1, "2 — letter.pdf", 1], [1, "3 — public.pdf", 3], [1, "4 — tight.pdf", 4],
                                 [1, "Inventarislijst", 5]]
    merged = _pages(published.publication)
    assert merged[-annex_pages:] == _pages(published.annex)
    assert [text.count("Documentnr. 0002") for text in merged[:2]] == [1, 1]


def test_annex_lists_every_document_with_its_judgement_and_nothing_internal(published) -> None:
    annex = " ".join(" ".join(_pages(published.annex)).split())
    for number, name in [(1, "broken.pdf"), (2, "letter.pdf"), (3, "public.pdf"), (4, "tight.pdf"),
                         (5, "withheld.pdf")]:
        assert f"{number} {name}" in annex
    assert annex.count("Deels openbaar") == 2 and "5.1.2e" in annex
    assert "Niet openbaar" in annex and "5.1.2a" in annex and "niet verwerkt" in annex
    assert "Kwartelkoning" not in annex and "Beoordeeld door" not in annex  # reviewers: internal list only


def test_a_long_file_name_wraps_inside_the_annex(tmp_path: Path) -> None:
    """A name without spaces or hyphens must not push the table past the page edge (the check refuses that)."""
    name = "_".join(["verslag"] * 20) + ".pdf"
    annex = publication.write_annex([InventoryRow(1, name, "", "", "Openbaar", [], 0)], tmp_path,
                                    load_ground_set("woo"))
    assert name in "".join(_pages(annex)).replace("-\n", "")


def test_a_long_annex_repeats_its_header_on_every_page_and_lists_each_document_once(tmp_path: Path) -> None:
    rows = [InventoryRow(n, f"bijlage-{n}.pdf", "Verslag van het overleg " * (1 + n % 4), "2024-05-01",
                         "Deels openbaar", ["5.1.2e"], 2) for n in range(1, 151)]
    pages = _pages(publication.write_annex(rows, tmp_path, load_ground_set("woo")))
    assert len(pages) > 3
    assert all(page.count("Beoordelingsgrond") == 1 for page in pages)
    listed = [name for page in pages for name in re.findall(r"bijlage-(\d+)\.pdf", page.replace("\u00ad", ""))]
    assert sorted(map(int, listed)) == list(range(1, 151))


def test_the_annex_columns_stand_in_the_same_place_on_every_page(tmp_path: Path) -> None:
    """Pages with short and with long cells: the table is still one table to the reader."""
    rows = [InventoryRow(n, f"bijlage-{n}.pdf", "Verslag " * (1 if n <= 40 else 12), "2024-05-01",
                         "Deels openbaar", ["5.1.2e"], 2, "opmerking " * (n // 40)) for n in range(1, 121)]
    with pymupdf.open(publication.write_annex(rows, tmp_path, load_ground_set("woo"))) as pdf:
        assert pdf.page_count > 2
        header_x = [tuple(round(w[0]) for w in page.get_text("words") if w[4] in {"Nr.", "Document", "Datum",
                                                                                "Toelichting"}) for page in pdf]
    assert len(set(header_x)) == 1 and len(header_x[0]) == 4


def test_no_redacted_text_is_extractable_from_the_publication(published) -> None:
    for path in (published.publication, published.annex):
        assert verify_file(path) == []
        for text in (" ".join(_pages(path)), _pypdf_text(path)):
            flat = " ".join(text.split())
            assert "Ploegmaker" not in flat and "41873925" not in flat
    assert OFFICIAL in " ".join(_pages(published.publication))  # kept visible, as in the export


def test_the_grounds_applied_are_listed_with_article_kind_and_documents(published, outdir: Path) -> None:
    """The outline of the decision's motivation: per ground, where it was applied and how often."""
    rows = [line.split(";") for line in (outdir / "weigeringsgronden.csv").read_text(encoding="utf-8-sig").splitlines()]
    assert rows[0] == ["Grond", "Artikel", "Omschrijving", "Soort", "Documenten", "Aantal lakkingen"]
    by_code = {r[0]: r for r in rows[1:]}
    assert list(by_code) == ["5.1.2a", "5.1.2e"]  # catalogue order
    assert by_code["5.1.2a"][3].startswith("relatief") and by_code["5.1.2a"][4:] == ["5", "0"]  # withheld whole
    assert by_code["5.1.2e"][1] == "art. 5.1, tweede lid, aanhef en onder e, Woo"
    documents = by_code["5.1.2e"][4].strip('"').split(", ")
    assert documents == [str(r.number) for r in published.rows if "5.1.2e" in r.grounds]
    assert int(by_code["5.1.2e"][5]) == sum(r.redactions for r in published.rows if "5.1.2e" in r.grounds)


def test_a_file_named_after_a_redacted_person_is_published_under_the_ground(
        folder: Path, make_pdf, outdir: Path, tmp_path: Path) -> None:
    make_pdf("notitie-ploegmaker.pdf", [f"Gesprek met {SECRET} over de planning."])
    report = _export(folder, outdir, tmp_path)
    assert report.problems == []
    published = sorted(p.name for p in report.outputs)
    assert "notitie-[5.1.2e].pdf" in published and not (outdir / "notitie-ploegmaker.pdf").exists()
    with pymupdf.open(report.publication) as doc:
        assert [title for _, title, _ in doc.get_toc()][:2] == ["2 — letter.pdf", "3 — notitie-[5.1.2e].pdf"]
    public = (outdir / "inventarislijst.csv").read_text(encoding="utf-8-sig")
    internal = (outdir / "inventarislijst-intern.csv").read_text(encoding="utf-8-sig")
    assert "3;notitie-[5.1.2e].pdf;" in public and "ploegmaker" not in public.casefold()
    assert "3;notitie-ploegmaker.pdf;" in internal  # the team still finds the file
    assert not any("ploegmaker" in text.casefold() for text in _pages(report.annex) + _pages(report.publication))


def test_without_the_masking_the_publication_checks_refuse_the_names(
        folder: Path, make_pdf, outdir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_pdf("notitie-ploegmaker.pdf", [f"Gesprek met {SECRET} over de planning."])
    monkeypatch.setattr("redactor.pipeline.secret_grounds", lambda redactions, kept: {})
    with pytest.raises(ExportVerificationError, match="the inventory names redacted text"):
        publication.write_annex([InventoryRow(1, "notitie-ploegmaker.pdf", "", "", "Deels openbaar", [], 1)],
                                tmp_path, load_ground_set("woo"), frozenset({"ploegmaker"}))
    assert not (tmp_path / "inventarislijst.pdf").exists()
    monkeypatch.setattr(publication, "secret_words", lambda redactions, kept: frozenset())
    report = _export(folder, outdir, tmp_path)
    assert report.publication is None and not (outdir / "publicatie.pdf").exists()
    assert [p.name for p in report.problems] == ["publication"]
    assert "the outline (bookmarks) names redacted text" in report.problems[0].message


def test_english_ground_sets_get_an_english_publication(folder: Path, outdir: Path, tmp_path: Path) -> None:
    report = _export(folder, outdir, tmp_path, ground_set="foia")
    assert report.publication == outdir / "publication.pdf"
    assert all("Document no. 0003" in text for text in _pages(outdir / "public.pdf"))
    with pymupdf.open(report.publication) as doc:
        assert doc.get_toc()[-1][1] == "Inventory"


def test_a_document_called_like_the_publication_does_not_overwrite_it(folder: Path, make_pdf, outdir: Path,
                                                                      tmp_path: Path) -> None:
    make_pdf("publicatie.pdf", ["Een eerder besluit."])
    report = _export(folder, outdir, tmp_path)
    assert outdir / "publicatie-4.pdf" in report.outputs and report.publication == outdir / "publicatie.pdf"


def test_without_publication_nothing_is_stamped_or_merged(folder: Path, outdir: Path, tmp_path: Path) -> None:
    report = _export(folder, outdir, tmp_path, publication=False)
    assert report.publication is None and report.annex is None
    assert not (outdir / "publicatie.pdf").exists() and not (outdir / "inventarislijst.pdf").exists()
    assert not any("Documentnr" in text for text in _pages(outdir / "public.pdf"))


def test_cli_no_publication(letter_pdf: Path, indir: Path, outdir: Path, tmp_path: Path,
                            capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "cli.sqlite")
    assert run(["export", str(indir), "--out", str(outdir), "--accept-all", "--db", db, "--no-publication"]) == 0
    assert sorted(p.name for p in outdir.glob("*.pdf")) == ["letter.pdf"]
    assert "publication:" not in capsys.readouterr().err

    assert run(["export", str(indir), "--out", str(tmp_path / "with"), "--accept-all", "--db", db]) == 0
    summary = capsys.readouterr().err.splitlines()[-1]
    assert summary.endswith("inventarislijst.pdf; publication: publicatie.pdf")


# -- where the stamp goes ---------------------------------------------------------------------------------


def _stamp_box(path: Path) -> pymupdf.Rect:
    """The stamp's box as the reader sees the page (rotation applied)."""
    with pymupdf.open(path) as doc:
        page = doc[0]
        words = [w for w in page.get_text("words") if w[4] in ("Documentnr.", "0007")]
        box = pymupdf.Rect(words[0][:4]) | pymupdf.Rect(words[1][:4])
        return box * page.rotation_matrix


@pytest.mark.parametrize("rotation", [0, 90, 180, 270])
def test_stamp_is_upright_in_the_visible_top_right_of_a_rotated_cropped_page(rotation: int, indir: Path,
                                                                            outdir: Path) -> None:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((72, 120), "Bovenaan de pagina.")
    page.insert_text((72, 760), "Onderaan de pagina.")
    page.set_cropbox(pymupdf.Rect(20, 30, 560, 800))
    page.set_rotation(rotation)
    doc.save(indir / "turned.pdf")

    export_pdf(ingest(indir / "turned.pdf"), [], outdir / "turned.pdf", stamp="Documentnr. 0007")

    box = _stamp_box(outdir / "turned.pdf")
    with pymupdf.open(outdir / "turned.pdf") as result:
        area, text = result[0].rect, result[0].get_text()
    assert box.y1 < 30 and box.x0 > area.width / 2 and box.x1 < area.width  # top right, inside the page
    assert "Bovenaan" in text and "Onderaan" in text  # the crop box is where it was: nothing else clipped


def test_stamp_makes_way_for_a_letterhead_and_never_enters_a_box(indir: Path, outdir: Path) -> None:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((380, 20), "Ministerie van Binnenlandse Zaken", fontsize=10)  # in the top margin
    page.insert_text((72, 300), "Tekst.")
    path = indir / "letterhead.pdf"
    doc.save(path)
    box = Redaction(1, [(0, 800, 595, 842)], "5.1.2e", "", "MANUAL")  # and the bottom margin redacted

    export_pdf(ingest(path), [box], outdir / "letterhead.pdf", stamp="Documentnr. 0007")

    stamp = _stamp_box(outdir / "letterhead.pdf")
    assert stamp.y1 < 30 and stamp.x1 < 300  # top left: the first corner free of text and boxes
