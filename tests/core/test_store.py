"""Dossier store: decisions are appended and committed at once; re-screening loses no review work."""

from __future__ import annotations

from pathlib import Path

import pytest
from fakedocs import SECRET, SECRET_PHONE, candidate_for
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from redactor.document import Document
from redactor.errors import DossierError
from redactor.ingest import ingest
from redactor.store import SCHEMA_VERSION, CandidateRow, DecisionRow, DossierRow, DossierStore, default_dossier_path, sqlite_url


@pytest.fixture
def store(db_url: str) -> DossierStore:
    return DossierStore(db_url, name="test", ground_set="woo")


@pytest.fixture
def letter_doc(letter_pdf: Path) -> Document:
    return ingest(letter_pdf)


def _findings(document: Document):
    """Both mentions of the name and the phone number."""
    return [candidate_for(document, SECRET, occurrence=0), candidate_for(document, SECRET, occurrence=1),
            candidate_for(document, SECRET_PHONE, entity="PHONE", score=0.95)]


@pytest.fixture
def screened(store: DossierStore, letter_doc: Document) -> tuple[int, dict[str, int]]:
    """Document id and candidate ids by role ('name1', 'name2', 'phone')."""
    doc_id = store.save_screening(letter_doc, _findings(letter_doc), "v1")
    ids = [c.id for c in store.candidates(doc_id)]
    return doc_id, dict(zip(["name1", "phone", "name2"], ids))  # ordered by page, then position


def _history(store: DossierStore, candidate_id: int | None = None, document_id: int | None = None) -> list[DecisionRow]:
    with Session(store.engine) as s:
        query = select(DecisionRow).order_by(DecisionRow.id)
        if candidate_id is not None:
            query = query.where(DecisionRow.candidate_id == candidate_id)
        if document_id is not None:
            query = query.where(DecisionRow.document_id == document_id)
        return list(s.scalars(query))


def test_screening_stores_document_and_candidates(store: DossierStore, screened, letter_doc: Document) -> None:
    doc_id, ids = screened
    [doc] = store.documents()
    assert (doc.id, doc.number, doc.name, doc.pages, doc.sha256) == (doc_id, 1, "letter.pdf", 1, letter_doc.sha256)
    cands = store.candidates(doc_id)
    assert [c.text for c in cands] == [SECRET, SECRET_PHONE, SECRET]
    assert cands[1].rects == [list(r) for r in letter_doc.pages[0].rects_for(cands[1].start, cands[1].end)]
    assert {c.reason for c in cands} == {"test finding of PERSON", "test finding of PHONE"}


def test_decisions_are_appended_never_overwritten(store: DossierStore, screened) -> None:
    doc_id, ids = screened
    first = store.decide(doc_id, "accept", candidate_id=ids["name1"], ground="5.1.2e", reviewer="anna", note="naam")
    second = store.decide(doc_id, "reject", candidate_id=ids["name1"], reviewer="bram", note="is de minister")
    third = store.decide(doc_id, "accept", candidate_id=ids["name1"], ground="5.1.2e", reviewer="anna")

    history = _history(store, ids["name1"])

    assert [(d.action, d.reviewer, d.note) for d in history] == [
        ("accept", "anna", "naam"), ("reject", "bram", "is de minister"), ("accept", "anna", "")]
    assert [d.supersedes_id for d in history] == [None, first.id, second.id]
    assert history[-1].id == third.id
    assert all(d.created_at is not None for d in history)
    assert history[0].created_at <= history[1].created_at <= history[2].created_at
    assert store.current_decisions(doc_id)[ids["name1"]].id == third.id


def test_decision_is_committed_before_decide_returns(store: DossierStore, screened) -> None:
    doc_id, ids = screened
    other = DossierStore(store.url)  # a second connection, as a second app window or a crash-restart sees it
    assert other.current_decisions(doc_id) == {}

    store.decide(doc_id, "reject", candidate_id=ids["phone"], reviewer="anna")

    assert other.current_decisions(doc_id)[ids["phone"]].action == "reject"


def test_batch_decisions_chain_to_the_previous_ones(store: DossierStore, screened) -> None:
    doc_id, ids = screened
    earlier = store.decide(doc_id, "reject", candidate_id=ids["name2"], reviewer="anna")
    count = store.decide_many([dict(document_id=doc_id, candidate_id=cid, action="accept", ground="5.1.2e")
                               for cid in ids.values()], reviewer="batch")
    assert count == 3
    assert [d.supersedes_id for d in _history(store, ids["name2"])] == [None, earlier.id]
    assert {cid: d.reviewer for cid, d in DossierStore(store.url).current_decisions(doc_id).items()} == {
        cid: "batch" for cid in ids.values()}


def test_rescreening_keeps_decisions_on_findings_found_again(store: DossierStore, screened,
                                                             letter_doc: Document) -> None:
    doc_id, ids = screened
    store.decide(doc_id, "accept", candidate_id=ids["phone"], ground="5.1.2e", reviewer="anna", note="privé nummer")
    store.decide(doc_id, "reject", candidate_id=ids["name1"], reviewer="anna", note="andere persoon")
    store.decide(doc_id, "accept", candidate_id=ids["name2"], ground="5.1.2e", reviewer="anna", note="tweede keer")
    before = len(_history(store, document_id=doc_id))

    # The rules changed: the phone number and the first name are found again, the second name not.
    findings = _findings(letter_doc)
    assert store.save_screening(letter_doc, [findings[0], findings[2]], "v2") == doc_id

    current = store.current_decisions(doc_id)
    by_text = {c.text: c.id for c in store.candidates(doc_id)}
    assert set(by_text) == {SECRET, SECRET_PHONE} and len(store.candidates(doc_id)) == 2
    assert current[by_text[SECRET_PHONE]].action == "accept"
    assert current[by_text[SECRET]].action == "reject"
    assert current[by_text[SECRET]].note == "andere persoon"
    # Nothing is deleted: the decision on the finding that vanished stays in the history.
    history = _history(store, document_id=doc_id)
    assert len(history) == before
    vanished = [d for d in history if d.candidate_id == ids["name2"]]
    assert [(d.action, d.reviewer, d.note) for d in vanished] == [("accept", "anna", "tweede keer")]
    with Session(store.engine) as s:  # the finding is marked gone, not deleted: the decision keeps its subject
        assert s.get(CandidateRow, ids["name2"]).status == "gone"


def test_document_numbers_are_stable_and_errors_are_recorded(store: DossierStore, letter_doc: Document,
                                                            make_pdf, indir: Path) -> None:
    other = ingest(make_pdf("second.pdf", ["Tweede document"]))
    store.save_screening(letter_doc, [], "v1")
    store.save_screening(other, [], "v1")
    store.save_error(indir / "broken.pdf", "broken.pdf: corrupt PDF, cannot be opened")
    store.save_screening(letter_doc, [], "v2")  # re-screened: keeps its number

    assert [(d.number, d.name, d.error) for d in store.documents()] == [
        (1, "letter.pdf", None), (2, "second.pdf", None), (3, "broken.pdf", "broken.pdf: corrupt PDF, cannot be opened")]


def test_a_file_that_became_readable_loses_its_error(store: DossierStore, letter_doc: Document) -> None:
    store.save_error(letter_doc.path, "letter.pdf: the PDF is encrypted")
    store.save_screening(letter_doc, [], "v1")
    [doc] = store.documents()
    assert doc.error is None and doc.number == 1


def test_is_current_only_for_the_same_content_and_rules(store: DossierStore, letter_doc: Document) -> None:
    store.save_screening(letter_doc, [], "v1")
    assert store.is_current(letter_doc.path, letter_doc.sha256, "v1")
    assert not store.is_current(letter_doc.path, letter_doc.sha256, "v2")
    assert not store.is_current(letter_doc.path, "0" * 64, "v1")
    assert not store.is_current(letter_doc.path.with_name("other.pdf"), letter_doc.sha256, "v1")


def test_sqlite_runs_in_wal_mode(tmp_path: Path) -> None:
    store = DossierStore(sqlite_url(tmp_path / "wal.sqlite"))
    with store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"


def test_unopenable_database_is_a_dossier_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(DossierError, match="cannot open dossier database"):
        DossierStore(sqlite_url(blocker / "dossier.sqlite"))


def test_dossier_from_a_newer_version_is_refused(store: DossierStore) -> None:
    with Session(store.engine) as s, s.begin():
        s.scalars(select(DossierRow)).one().schema_version = SCHEMA_VERSION + 1
    with pytest.raises(DossierError, match="newer version"):
        DossierStore(store.url)


def test_existing_dossier_keeps_its_ground_set(store: DossierStore) -> None:
    assert DossierStore(store.url, ground_set="foia").ground_set == "woo"


def test_default_database_lives_in_the_user_data_folder(user_dirs: Path, indir: Path, tmp_path: Path) -> None:
    path = default_dossier_path([indir])
    assert path.is_relative_to(user_dirs)
    assert path.name.startswith("in-") and path.suffix == ".sqlite"
    assert default_dossier_path([indir]) == path
    assert default_dossier_path([tmp_path]) != path


def test_a_chosen_reviewer_name_is_recorded(store: DossierStore, monkeypatch: pytest.MonkeyPatch,
                                            letter_doc: Document) -> None:
    monkeypatch.setenv("REDACTOR_REVIEWER", "J. Jurist (Woo-team)")
    doc_id = store.save_screening(letter_doc, [], "v1")
    row = store.decide(doc_id, "judge", judgement="openbaar")
    assert row.reviewer == "J. Jurist (Woo-team)"


def test_a_reasons_key_and_arguments_are_stored_and_read_back(store: DossierStore, letter_doc: Document) -> None:
    """Screening keeps what renders a reason in any language; a re-screen and a later finding keep it too."""
    passage = {"text": {"nl": "persoonlijke beleidsopvatting", "en": "personal policy opinion"}, "cue": "ik vind"}
    name, again, phone = _findings(letter_doc)
    name.reason_key, name.reason_args = "passage", passage
    phone.reason_key, phone.reason_args = "phone", {"flags": ["checksum", "context"]}
    doc_id = store.save_screening(letter_doc, [name, phone], "v1")
    stored = {c.text: (c.reason_key, c.reason_args) for c in store.candidates(doc_id)}
    assert stored == {SECRET: ("passage", passage), SECRET_PHONE: ("phone", {"flags": ["checksum", "context"]})}

    name.reason_args = {**passage, "cue": "naar mijn mening"}
    store.save_screening(letter_doc, [name, phone], "v2")  # found again: the row is updated
    store.add_candidates(doc_id, [again])  # a free-text reason has no key
    read = [(c.reason_key, c.reason_args) for c in store.candidates(doc_id)]
    assert read == [("passage", name.reason_args), ("phone", {"flags": ["checksum", "context"]}), (None, None)]
    with store.engine.connect() as conn:  # NULL, not a JSON null
        assert conn.execute(text("SELECT count(*) FROM candidate WHERE reason_args IS NULL")).scalar() == 1
