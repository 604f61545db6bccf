"""Ontdubbelen: exact and near duplicates, e-mail threads, "dubbel" in the inventory, propagation.

The precision/recall test prints its figures (``pytest -s``); they are quoted in the
issue's closing note.
"""

from __future__ import annotations

import csv
import json
import random
from pathlib import Path
from types import SimpleNamespace

import pytest
from fakedocs import SECRET, SECRET_PHONE, FakeScreener
from fakeformats import random_text, text_pdf, thread

from redactor import dedup
from redactor.cli import run
from redactor.pipeline import Dossier
from redactor.propagate import propagate_decision
from redactor.store import DossierStore, sqlite_url

NEEDLES = {SECRET: ("PERSON", "5.1.2e", "suggested"), "Fatima el Amrani": ("PERSON", "5.1.2e", "suggested"),
           SECRET_PHONE: ("PHONE", "5.1.2e", "suggested")}


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> FakeScreener:
    screener = FakeScreener(NEEDLES)
    monkeypatch.setattr("redactor.detect.engine.Screener", lambda ground_set, rules: screener)
    return screener


@pytest.fixture
def dossier(tmp_path: Path, fake: FakeScreener) -> Dossier:
    return Dossier(DossierStore(sqlite_url(tmp_path / "dossier.sqlite")), "woo")


def _doc(i: int, text: str, email: dict | None = None, body: str | None = None) -> SimpleNamespace:
    return SimpleNamespace(id=i, number=i, name=f"d{i}", fingerprint=dedup.fingerprint(text, body), email=email)


def test_normalised_text_ignores_case_punctuation_and_layout() -> None:
    assert dedup.normalise("De  Minister,\nvan BZ.") == dedup.normalise("de minister van bz")
    assert dedup.fingerprint("A b, c.")["text"] == dedup.fingerprint("a\nB c")["text"]
    assert dedup.subject_key("RE: Antw: FW: Toezegging") == dedup.subject_key("toezegging")


def test_exact_near_and_distinct() -> None:
    rng = random.Random(3)
    base = random_text(rng, 300)
    docs = [_doc(1, base), _doc(2, base.upper()), _doc(3, base + " Ontvangen 12 maart 2024 zaaknummer 4411."),
            _doc(4, random_text(rng, 300)), _doc(5, "")]
    result = dedup.find(docs)
    # 2 is an exact copy of 1, 1 a near copy of 3; the stamped copy is longest, so it is the one assessed
    assert {k: (d.of, d.reason) for k, d in result.duplicates.items()} == {2: (3, "exact"), 1: (3, "near")}
    assert result.duplicates[1].similarity >= 0.8


def test_precision_and_recall_on_a_generated_set() -> None:
    """40 originals; 20 exact copies, 20 stamped, 20 with a few words changed; 40 unrelated documents."""
    rng = random.Random(7)
    docs, truth = [], {}
    n = 0

    def add(text: str, group: int) -> None:
        nonlocal n
        n += 1
        docs.append(_doc(n, text))
        truth[n] = group

    originals = [random_text(rng, rng.randint(150, 600)) for _ in range(40)]
    for g, text in enumerate(originals):
        add(text, g)
    for g in range(20):
        add(originals[g].replace(".", " .").upper(), g)  # exact once normalised
    for g in range(20, 40):
        add(f"Ontvangen {rng.randint(1, 28)} maart 2024, zaaknummer {rng.randint(1000, 9999)}. " + originals[g], g)
    for g in range(20):
        words = originals[g].split()
        for _ in range(3):
            words[rng.randrange(len(words))] = rng.choice(["wijziging", "aangepast", "concept"])
        add(" ".join(words), g)
    for g in range(40, 80):
        add(random_text(rng, rng.randint(150, 600)), g)
    result = dedup.find(docs)
    root = {d.id: result.duplicates[d.id].of if d.id in result.duplicates else d.id for d in docs}
    pairs = [(a.id, b.id) for i, a in enumerate(docs) for b in docs[i + 1:]]
    predicted = {p for p in pairs if root[p[0]] == root[p[1]]}
    actual = {p for p in pairs if truth[p[0]] == truth[p[1]]}
    precision = len(predicted & actual) / len(predicted)
    recall = len(predicted & actual) / len(actual)
    print(f"dedup on {len(docs)} generated documents: precision {precision:.3f}, recall {recall:.3f}, "
          f"{len(actual)} duplicate pairs")
    assert precision >= 0.98 and recall >= 0.95


def test_thread_longest_message_is_reviewed_and_contained_ones_are_dubbel(dossier: Dossier, indir: Path) -> None:
    paths = thread(indir)
    report = dossier.screen([indir])
    rows = {Path(d.name).stem: d for d in dossier.store.documents()}
    assert {k: r.thread_id for k, r in rows.items()} == {k: rows["m5"].id for k in rows}
    assert {k: (r.duplicate_of_id, r.duplicate_reason) for k, r in rows.items()} == {
        "m1": (rows["m5"].id, "thread"), "m2": (rows["m5"].id, "thread"), "m3": (None, None),
        "m4": (rows["m5"].id, "thread"), "m5": (None, None)}  # m3 branched off: its own text is not in m5
    assert len(report.duplicates.threads) == len(paths)


def test_a_decision_on_the_last_message_covers_the_others(dossier: Dossier, indir: Path, outdir: Path) -> None:
    thread(indir)
    report = dossier.screen([indir])
    rows = {Path(d.name).stem: d for d in dossier.store.documents()}
    store = dossier.store
    decided = [store.decide(rows["m5"].id, "accept", candidate_id=c.id, ground="5.1.2e", reviewer="anna")
               for c in store.candidates(rows["m5"].id)]
    m3 = {c.text: c for c in store.candidates(rows["m3"].id)}
    store.decide(rows["m3"].id, "accept", candidate_id=m3[SECRET_PHONE].id, ground="5.1.2e", reviewer="bob")
    exported = dossier.export(report.documents, outdir)
    assert not exported.problems, exported.problems
    copied = store.current_decisions(rows["m3"].id)[m3[SECRET].id]
    assert (copied.action, copied.ground, copied.reviewer) == ("accept", "5.1.2e", "anna")
    assert copied.origin_decision_id in {d.id for d in decided}
    trail = json.loads(store.export_audit("json"))["audit"]
    assert any(e["payload"].get("origin") == copied.origin_decision_id and e["actor"] == "anna"
               for e in trail if e["payload"].get("decision") == copied.id)  # recorded in the audit trail
    assert store.current_decisions(rows["m3"].id)[m3[SECRET_PHONE].id].reviewer == "bob"  # own decision kept
    with (outdir / "inventarislijst.csv").open(encoding="utf-8-sig", newline="") as fh:
        table = list(csv.reader(fh, delimiter=";"))
    head, by_name = table[0], {r[1]: r for r in table[1:]}
    number = str(rows["m5"].number)
    for key in ("m1", "m2", "m4"):
        row = by_name[f"{key}.eml"]
        assert row[4] == "dubbel" and row[head.index("Dubbel van")] == number
        assert row[7] == f"inhoud is beoordeeld in document {number}"
    assert by_name["m3.eml"][4] == by_name["m5.eml"][4] == "Deels openbaar"
    assert {r[head.index("E-mail thread ID")] for r in table[1:]} == {number}
    assert sorted(p.name for p in exported.outputs) == ["m3.pdf", "m5.pdf"]  # copies are listed, not published


def test_a_reviewers_own_decision_is_never_overwritten(dossier: Dossier, indir: Path) -> None:
    thread(indir)
    dossier.screen([indir])
    store = dossier.store
    rows = {Path(d.name).stem: d for d in store.documents()}
    mine = next(c for c in store.candidates(rows["m3"].id) if c.text == SECRET)
    store.decide(rows["m3"].id, "reject", candidate_id=mine.id, reviewer="bob", note="naam is openbaar")
    source = next(c for c in store.candidates(rows["m5"].id) if c.text == SECRET)
    decision = store.decide(rows["m5"].id, "accept", candidate_id=source.id, ground="5.1.2e", reviewer="anna")
    written = propagate_decision(store, decision)
    assert store.current_decisions(rows["m3"].id)[mine.id].action == "reject"
    copies = [(key, store.current_decisions(rows[key].id).get(c.id)) for key in ("m1", "m2", "m3", "m4")
              for c in store.candidates(rows[key].id) if " ".join(c.text.split()) == SECRET and c.id != mine.id]
    assert written == len(copies) >= 4  # every message holds the name, signed or quoted
    assert all(d is not None and d.origin_decision_id == decision.id for _, d in copies)


def test_exact_and_near_copies_in_a_folder(dossier: Dossier, indir: Path, outdir: Path) -> None:
    lines = [f"Nota van {SECRET} over de toezegging aan de Kamer.", "De directie stemt in met het voorstel.",
             "Het verslag volgt later deze week na vaststelling."]
    (indir / "nota.pdf").write_bytes(text_pdf(lines))
    (indir / "nota-kopie.pdf").write_bytes(text_pdf(lines, fontsize=10))  # other layout, same text
    (indir / "nota.txt").write_text("\n".join(lines), encoding="utf-8")
    (indir / "nota-gestempeld.pdf").write_bytes(text_pdf(lines + ["Ontvangen 12 maart 2024"]))
    (indir / "anders.pdf").write_bytes(text_pdf(["Een heel ander document over de begroting van 2025."]))
    report = dossier.screen([indir])
    rows = {d.name: d for d in dossier.store.documents()}
    assert rows["anders.pdf"].duplicate_of_id is None and rows["nota-gestempeld.pdf"].duplicate_of_id is None
    for name in ("nota.pdf", "nota-kopie.pdf", "nota.txt"):
        assert rows[name].duplicate_of_id == rows["nota-gestempeld.pdf"].id, name
    assert {rows[n].duplicate_reason for n in ("nota.pdf", "nota-kopie.pdf", "nota.txt")} >= {"near"}
    assert len(report.duplicates.groups()) == 1


def test_cli_shows_the_groups(fake: FakeScreener, indir: Path, tmp_path: Path,
                              capsys: pytest.CaptureFixture[str]) -> None:
    thread(indir)
    (indir / "a.pdf").write_bytes(text_pdf(["Een memo over de begroting van het ministerie voor 2025."]))
    (indir / "b.pdf").write_bytes(text_pdf(["Een memo over de begroting van het ministerie voor 2025."]))
    assert run(["duplicates", str(indir), "--db", str(tmp_path / "d.sqlite"), "--json", str(tmp_path / "g.json")]) == 0
    out = capsys.readouterr().out
    assert "#1 a.pdf  (assessed)" in out and "#2 b.pdf  dubbel (exact, 100%)" in out
    assert "thread: review #7 m5.eml (longest message); also in it: #3, #4, #5, #6" in out
    assert '"assessed": "a.pdf"' in (tmp_path / "g.json").read_text()


def test_source_facts_on_both_databases(db_url: str) -> None:
    from fakedocs import candidate_for

    from redactor.document import Document, Page

    store = DossierStore(db_url)
    text = f"Nota van {SECRET}\n"
    page = Page(1, 595, 842, text, [(float(i), 0.0, float(i + 1), 10.0) for i in range(len(text))])
    doc = Document(path=Path("/tmp/x/nota.pdf"), sha256="0" * 64, pages=[page])
    a = store.save_screening(doc, [], "v1")
    b = store.save_screening(Document(path=Path("/tmp/x/kopie.pdf"), sha256="1" * 64, pages=[page]), [], "v1")
    store.set_source_facts({a: {"kind": "scan", "ocr": [{"page": 1, "confidence": 91.5}], "fingerprint": {"x": 1}},
                            b: {"duplicate_of_id": a, "duplicate_reason": "exact", "thread_id": a, "family_id": a,
                                "parent_id": a, "email": {"subject": "Re: x"}}})
    rows = {r.id: r for r in store.documents()}
    assert rows[a].kind == "scan" and rows[a].ocr[0]["confidence"] == 91.5
    assert (rows[b].duplicate_of_id, rows[b].duplicate_reason, rows[b].email["subject"]) == (a, "exact", "Re: x")
    with pytest.raises(ValueError, match="not a source fact"):
        store.set_source_facts({a: {"number": 9}})
    suggestion = candidate_for(doc, SECRET)
    assert store.add_candidates(a, [suggestion]) == 1
    assert store.add_candidates(a, [suggestion]) == 0
    assert [c.text for c in store.candidates(a)] == [SECRET]
