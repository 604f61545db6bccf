"""Dossier pipeline: screening a folder, accept-all, export, the inventory list and the redaction log.

Detection is replaced by a fake that finds fixed strings (see ``fakedocs.FakeScreener``),
so these tests depend on what the pipeline does with findings, not on the detectors.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pymupdf
import pytest
from fakedocs import OFFICIAL, SECRET, SECRET_PHONE, TIGHT_PARAGRAPH, FakeScreener
from openpyxl import load_workbook

from redactor import export as export_module
from redactor.pipeline import BATCH_REVIEWER, Dossier
from redactor.review import ReviewSession
from redactor.store import DossierStore, sqlite_url

PACKAGE = ["inventarislijst.pdf", "publicatie.pdf"]  # the publication package (test_publication.py)
NEEDLES = {
    SECRET: ("PERSON", "5.1.2e", "suggested"),
    SECRET_PHONE: ("PHONE", "5.1.2e", "suggested"),
    OFFICIAL: ("OFFICIAL", None, "kept"),
}


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> FakeScreener:
    screener = FakeScreener(NEEDLES)
    monkeypatch.setattr("redactor.detect.engine.Screener", lambda ground_set, rules: screener)
    return screener


@pytest.fixture
def dossier(tmp_path: Path, fake: FakeScreener) -> Dossier:
    return Dossier(DossierStore(sqlite_url(tmp_path / "dossier.sqlite")), "woo")


@pytest.fixture
def folder(indir: Path, make_pdf, letter_pdf: Path) -> Path:
    """broken.pdf (corrupt), letter.pdf (name twice, phone, official), public.pdf (nothing),
    tight.pdf (a wrapped name: two boxes), withheld.pdf (to be judged niet openbaar)."""
    (indir / "broken.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 8)
    make_pdf("public.pdf", ["De begroting voor 2023 is vastgesteld.", f"Met dank aan {OFFICIAL}."])
    make_pdf("tight.pdf", TIGHT_PARAGRAPH, fontsize=10, pitch=10)
    make_pdf("withheld.pdf", [f"Concept-advies van {SECRET} over de onderhandelingen."])
    return indir


def _doc_id(dossier: Dossier, name: str) -> int:
    return next(d.id for d in dossier.store.documents() if d.name == name)


def _text(path: Path) -> str:
    with pymupdf.open(path) as doc:
        return "".join(p.get_text() for p in doc)


def _csv_rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh, delimiter=";"))


@pytest.fixture
def published(dossier: Dossier, folder: Path, outdir: Path):
    """Screen, judge withheld.pdf niet openbaar, accept all, export."""
    screened = dossier.screen([folder])
    ReviewSession(dossier.store, reviewer="anna").judge_document(
        _doc_id(dossier, "withheld.pdf"), "niet openbaar", ground="5.1.2a", note="diplomatiek overleg")
    dossier.accept_all(screened.documents)
    return screened, dossier.export(screened.documents, outdir)


def test_one_bad_file_does_not_stop_the_batch(dossier: Dossier, folder: Path, fake: FakeScreener) -> None:
    report = dossier.screen([folder])
    assert [(p.name, p.message) for p in report.problems] == [
        ("broken.pdf", "broken.pdf: corrupt PDF, cannot be opened (Failed to open stream)")]
    assert sorted(d.name for d in report.documents) == ["letter.pdf", "public.pdf", "tight.pdf", "withheld.pdf"]
    assert fake.calls == ["letter.pdf", "public.pdf", "tight.pdf", "withheld.pdf"]  # all after broken.pdf


def test_inventory_rows(published, outdir: Path) -> None:
    _, report = published
    xlsx, csv_path, internal_xlsx, internal_csv, *_grounds_summary = report.inventory
    assert (xlsx.name, csv_path.name) == ("inventarislijst.xlsx", "inventarislijst.csv")
    assert (internal_xlsx.name, internal_csv.name) == ("inventarislijst-intern.xlsx", "inventarislijst-intern.csv")
    internal = _csv_rows(internal_csv)
    assert internal[0][-2:] == ["Beoordeeld door", "Goedgekeurd door (vier ogen)"]
    assert {r[1]: r[-2] for r in internal[1:]}["letter.pdf"] == BATCH_REVIEWER  # who decided, kept internal

    rows = _csv_rows(csv_path)
    assert rows[0] == ["Nr.", "Document", "Omschrijving", "Datum", "Beoordeling", "Beoordelingsgrond",
                       "Aantal lakkingen", "Toelichting"]
    by_name = {r[1]: r for r in rows[1:]}
    assert [r[0] for r in rows[1:]] == ["1", "2", "3", "4", "5"]
    assert by_name["letter.pdf"][4:7] == ["Deels openbaar", "5.1.2e", "3"]  # two names and a phone, not the official
    assert by_name["tight.pdf"][4:7] == ["Deels openbaar", "5.1.2e", "2"]
    assert by_name["public.pdf"][4:7] == ["Openbaar", "", "0"]
    assert by_name["withheld.pdf"][4:8] == ["Niet openbaar", "5.1.2a", "0", "diplomatiek overleg"]
    assert by_name["broken.pdf"][4] == "niet verwerkt" and "corrupt PDF" in by_name["broken.pdf"][7]

    sheet = load_workbook(xlsx).active
    values = [[("" if v is None else str(v)) for v in row] for row in sheet.iter_rows(values_only=True)]
    assert values == rows
    assert sheet.title == "Inventaris"


def test_withheld_document_gets_no_pdf_and_the_others_do(published, outdir: Path) -> None:
    _, report = published
    assert sorted(p.name for p in report.outputs) == ["letter.pdf", "public.pdf", "tight.pdf"]
    assert sorted(p.name for p in outdir.glob("*.pdf")) == sorted([*PACKAGE, "letter.pdf", "public.pdf", "tight.pdf"])
    letter = _text(outdir / "letter.pdf")
    assert "Ploegmaker" not in letter and "41873925" not in letter and OFFICIAL in letter
    assert report.problems == []


def test_redaction_log_has_one_entry_per_box_and_no_redacted_text(published, outdir: Path) -> None:
    _, report = published
    raw = report.log.read_text(encoding="utf-8")
    log = json.loads(raw)
    assert log["ground_set"] == "woo"
    per_doc: dict[str, int] = {}
    for entry in log["redactions"]:
        per_doc[entry["document"]] = per_doc.get(entry["document"], 0) + 1
        assert entry["ground"] == "5.1.2e" and entry["page"] == 1 and len(entry["rect"]) == 4
        assert entry["decision"] == "accept" and entry["reviewer"] == BATCH_REVIEWER
        assert entry["entity"] in ("PERSON", "PHONE") and entry["decided_at"]
    assert per_doc == {"letter.pdf": 3, "tight.pdf": 3}  # tight.pdf: the wrapped name is two boxes
    for secret in ("Joris", "Ploegmaker", "41873925"):
        assert secret not in raw


def test_unreviewed_documents_are_not_exported(dossier: Dossier, folder: Path, outdir: Path) -> None:
    screened = dossier.screen([folder])
    report = dossier.export(screened.documents, outdir)

    assert sorted(p.name for p in outdir.glob("*.pdf")) == sorted([*PACKAGE, "public.pdf"])  # nothing to review there
    refused = {p.name: p.message for p in report.problems}
    assert set(refused) == {"letter.pdf", "tight.pdf", "withheld.pdf"}
    assert refused["letter.pdf"] == ("letter.pdf: 3 suggestion(s) not yet reviewed; review them in the app "
                                     "or export with --accept-all")
    row = next(r for r in report.rows if r.name == "letter.pdf")
    # the inventory is published: its remark says where the review stands, not which command to run
    assert (row.judgement, row.remark) == ("niet verwerkt", "beoordeling loopt nog: 3 voorstel(len) niet beoordeeld")


def test_reviewer_decisions_are_what_gets_exported(dossier: Dossier, folder: Path, outdir: Path) -> None:
    screened = dossier.screen([folder])
    doc_id = _doc_id(dossier, "letter.pdf")
    session = ReviewSession(dossier.store, reviewer="anna")
    findings = [f for f in session.findings(doc_id) if f.is_open]
    first_name, second_name = [f.candidate.id for f in findings if f.candidate.entity == "PERSON"]
    session.reject(doc_id, [second_name], note="zelfde naam, openbare rol")
    session.accept(doc_id, [first_name])
    session.change_ground(doc_id, [f.candidate.id for f in findings if f.candidate.entity == "PHONE"], "5.1.1e")
    session.add_box(doc_id, 1, [[72.0, 130.0, 300.0, 145.0]], "5.1.2e", note="handmatig")

    letter_doc = next(d for d in screened.documents if d.name == "letter.pdf")
    report = dossier.export([letter_doc], outdir)

    text = _text(outdir / "letter.pdf")
    assert f"sprak {SECRET} met {OFFICIAL}" in text  # the rejected mention stays
    assert f"DEU/ {SECRET}" not in text and "41873925" not in text
    [row] = [r for r in report.rows if r.name == "letter.pdf"]
    assert (row.judgement, row.grounds, row.redactions) == ("Deels openbaar", ["5.1.1e", "5.1.2e"], 3)
    entries = json.loads(report.log.read_text(encoding="utf-8"))["redactions"]
    assert sorted((e["entity"], e["decision"], e["reviewer"]) for e in entries) == [
        ("MANUAL", "manual", "anna"), ("PERSON", "accept", "anna"), ("PHONE", "accept", "anna")]


def test_removed_or_undone_boxes_are_not_exported(dossier: Dossier, folder: Path, outdir: Path) -> None:
    screened = dossier.screen([folder])
    doc_id = _doc_id(dossier, "public.pdf")
    session = ReviewSession(dossier.store, reviewer="anna")
    kept = session.add_box(doc_id, 1, [[72.0, 70.0, 130.0, 84.0]], "5.1.2e")  # over "De begroting"
    removed = session.add_box(doc_id, 1, [[72.0, 86.0, 130.0, 100.0]], "5.1.2e")  # over "Met dank"
    session.remove_boxes(doc_id, [removed.id])
    session.add_box(doc_id, 1, [[140.0, 86.0, 250.0, 100.0]], "5.1.2e")  # over the official: a mistake
    session.undo()

    public = next(d for d in screened.documents if d.name == "public.pdf")
    report = dossier.export([public], outdir)

    text = _text(outdir / "public.pdf")
    assert "begroting" not in text
    assert f"Met dank aan {OFFICIAL}." in text
    [row] = [r for r in report.rows if r.name == "public.pdf"]
    assert row.redactions == 1
    assert [b.id for b in session.manual_boxes(doc_id)] == [kept.id]


def test_accepted_finding_without_ground_is_refused(dossier: Dossier, folder: Path, outdir: Path) -> None:
    dossier._screener = FakeScreener({SECRET: ("PERSON", None, "suggested")})
    screened = dossier.screen([folder / "withheld.pdf"])
    dossier.accept_all(screened.documents)
    report = dossier.export(screened.documents, outdir)
    assert [p.message for p in report.problems] == [
        "withheld.pdf: an accepted PERSON finding on page 1 has no ground; choose one"]
    assert not (outdir / "withheld.pdf").exists()


def test_file_changed_after_screening_is_refused(dossier: Dossier, folder: Path, outdir: Path, make_pdf) -> None:
    screened = dossier.screen([folder / "public.pdf"])
    make_pdf("public.pdf", ["Een andere versie van het stuk."])
    report = dossier.export(screened.documents, outdir)
    assert [p.message for p in report.problems] == ["public.pdf: the file changed after screening; screen it again"]
    assert not (outdir / "public.pdf").exists()


def test_rescreening_an_unchanged_folder_reuses_the_findings_and_decisions(dossier: Dossier, folder: Path,
                                                                            fake: FakeScreener) -> None:
    first = dossier.screen([folder])
    assert dossier.accept_all(first.documents) == 6  # 2 + 1 (letter), 1 + 1 (tight), 1 (withheld); 0 (public)
    calls = len(fake.calls)

    again = dossier.screen([folder])

    assert again.reused == 4 and len(fake.calls) == calls
    assert dossier.accept_all(again.documents) == 0  # nothing open: the decisions are still there


def test_failed_verification_is_reported_per_document_and_the_batch_goes_on(
        dossier: Dossier, folder: Path, outdir: Path, monkeypatch: pytest.MonkeyPatch, export_here: None) -> None:
    screened = dossier.screen([folder])
    dossier.accept_all(screened.documents)
    monkeypatch.setattr(export_module, "_redact", lambda pdf, redactions: None)

    report = dossier.export(screened.documents, outdir)

    # Documents with boxes fail their check; the one without is still published.
    assert sorted(p.name for p in outdir.glob("*.pdf")) == sorted([*PACKAGE, "public.pdf"])
    assert not list(outdir.glob("*.part"))
    refused = {p.name for p in report.problems}
    assert refused == {"letter.pdf", "tight.pdf", "withheld.pdf"}
    assert all("export refused" in p.message for p in report.problems)


def test_progress_is_reported_per_file(dossier: Dossier, folder: Path, outdir: Path) -> None:
    seen: list[tuple[int, int, str]] = []
    screened = dossier.screen([folder], progress=lambda done, total, name: seen.append((done, total, name)))
    assert seen[0][:2] == (0, 5) and seen[-1][:2] == (5, 5)
    assert [s[0] for s in seen] == sorted(s[0] for s in seen) and {s[1] for s in seen} == {5}
    assert {s[2] for s in seen} >= {"broken.pdf", "letter.pdf", "public.pdf", "tight.pdf", "withheld.pdf"}
    seen.clear()
    dossier.export(screened.documents, outdir, progress=lambda *a: seen.append(a))
    # Documents that are not written (not yet reviewed, withheld) count as done at once; then one
    # step per document written, as its worker finishes; then the publication being put together.
    assert seen == [(3, 4, ""), (4, 4, "public.pdf"), (4, 4, "publicatie.pdf")]


def test_foia_dossier_prints_english_judgements(tmp_path: Path, fake: FakeScreener, folder: Path,
                                                outdir: Path) -> None:
    dossier = Dossier(DossierStore(sqlite_url(tmp_path / "foia.sqlite"), ground_set="foia"), "foia")
    dossier._screener = FakeScreener({SECRET: ("PERSON", "(b)(6)", "suggested")})
    screened = dossier.screen([folder / "letter.pdf", folder / "public.pdf"])
    dossier.accept_all(screened.documents)
    report = dossier.export(screened.documents, outdir)
    rows = _csv_rows(report.inventory[1])
    assert rows[0][:5] == ["No.", "Document", "Description", "Date", "Assessment"]
    assert [r[4:7] for r in rows[1:]] == [
        [dossier.ground_set.status_partly.label_en, "(b)(6)", "2"],
        [dossier.ground_set.status_public.label_en, "", "0"]]


def _locked(path: Path, password: str) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 72), f"Gesprek met {SECRET}, bereikbaar op {SECRET_PHONE}.")
    page.insert_text((72, 100), f"Bestand: {path.stem}")  # two files, not one file and its duplicate
    doc.save(path, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw=password, owner_pw="eigenaar")
    return path


def test_each_encrypted_file_opens_with_its_own_password_which_is_never_stored(
        tmp_path: Path, dossier: Dossier, outdir: Path) -> None:
    folder = tmp_path / "bronnen"
    folder.mkdir()
    first, second = _locked(folder / "medisch.pdf", "eerste-ww"), _locked(folder / "bijlage.pdf", "tweede-ww")
    report = dossier.screen([folder])
    assert sorted(p.message for p in report.problems) == [
        "bijlage.pdf: the PDF is encrypted (password protected)", "medisch.pdf: the PDF is encrypted (password protected)"]

    dossier.passwords.set(first, "eerste-ww")
    dossier.passwords.set(second, "niet-dit")
    report = dossier.screen([folder])
    assert [p.message for p in report.problems] == [
        "bijlage.pdf: the PDF is encrypted and the password given does not open it"]
    dossier.passwords.set(second, "tweede-ww")
    report = dossier.screen([folder])
    assert report.problems == [] and sorted(d.name for d in report.documents) == ["bijlage.pdf", "medisch.pdf"]

    dossier.accept_all(report.documents)
    exported = dossier.export(report.documents, outdir)
    assert exported.problems == [], [p.message for p in exported.problems]
    for name in ("medisch.pdf", "bijlage.pdf"):
        with pymupdf.open(outdir / name) as pdf:
            assert not pdf.needs_pass and SECRET not in pdf[0].get_text()
    stored = (tmp_path / "dossier.sqlite").read_bytes()
    assert b"eerste-ww" not in stored and b"tweede-ww" not in stored
    assert "ww" not in repr(dossier.passwords)
