"""Review API: every reviewer action is a stored decision, undoable, and announced to listeners."""

from __future__ import annotations

from pathlib import Path

import pytest
from fakedocs import OFFICIAL, SECRET, SECRET_PHONE, candidate_for
from sqlalchemy import select
from sqlalchemy.orm import Session

from redactor.ingest import ingest
from redactor.review import ReviewSession
from redactor.store import ConflictError, DecisionRow, DossierStore


@pytest.fixture
def store(db_url: str) -> DossierStore:
    return DossierStore(db_url)


def _screen(store: DossierStore, path: Path) -> tuple[int, dict[str, int]]:
    document = ingest(path)
    found = [candidate_for(document, SECRET, occurrence=0), candidate_for(document, SECRET, occurrence=1),
             candidate_for(document, SECRET_PHONE, entity="PHONE", ground="5.1.2e", score=0.95),
             candidate_for(document, OFFICIAL, entity="OFFICIAL", ground=None, status="kept")]
    doc_id = store.save_screening(document, found, "v1")
    rows = store.candidates(doc_id)  # ordered by page, then position
    names = [c.id for c in rows if c.text.split() == SECRET.split()]
    [phone] = [c.id for c in rows if c.text == SECRET_PHONE]
    [official] = [c.id for c in rows if c.text == OFFICIAL]
    return doc_id, {"name1": names[0], "name2": names[1], "phone": phone, "official": official}


@pytest.fixture
def letter(store: DossierStore, letter_pdf: Path) -> tuple[int, dict[str, int]]:
    return _screen(store, letter_pdf)


@pytest.fixture
def session(store: DossierStore) -> ReviewSession:
    return ReviewSession(store, reviewer="anna")


@pytest.fixture
def events(session: ReviewSession) -> list[tuple[int, list[int]]]:
    seen: list[tuple[int, list[int]]] = []
    session.subscribe(lambda doc_id, ids: seen.append((doc_id, list(ids))))
    return seen


def _states(session: ReviewSession, doc_id: int) -> dict[int, tuple[str, str | None]]:
    return {f.candidate.id: (f.state, f.ground) for f in session.findings(doc_id)}


def _rows(store: DossierStore) -> list[DecisionRow]:
    with Session(store.engine) as s:
        return list(s.scalars(select(DecisionRow).order_by(DecisionRow.id)))


def test_findings_start_open_and_officials_kept(session: ReviewSession, letter) -> None:
    doc_id, ids = letter
    states = _states(session, doc_id)
    assert states[ids["name1"]] == ("suggested", "5.1.2e")
    assert states[ids["official"]] == ("kept", None)
    assert [f.is_open for f in session.findings(doc_id)].count(True) == 3


def test_accept_reject_and_change_ground(session: ReviewSession, letter, events) -> None:
    doc_id, ids = letter
    session.accept(doc_id, [ids["name1"]])
    session.reject(doc_id, [ids["name2"]], note="andere persoon")
    session.change_ground(doc_id, [ids["phone"]], "5.1.1e")

    states = _states(session, doc_id)
    assert states[ids["name1"]] == ("accepted", "5.1.2e")
    assert states[ids["name2"]][0] == "rejected"
    assert states[ids["phone"]] == ("accepted", "5.1.1e")
    assert events == [(doc_id, [ids["name1"]]), (doc_id, [ids["name2"]]), (doc_id, [ids["phone"]])]
    rows = _rows(session.store)
    assert [(r.action, r.reviewer) for r in rows] == [("accept", "anna"), ("reject", "anna"), ("accept", "anna")]
    assert rows[1].note == "andere persoon"


def test_undo_and_redo_append_and_restore(session: ReviewSession, letter, events) -> None:
    doc_id, ids = letter
    session.accept(doc_id, [ids["name1"]])
    session.reject(doc_id, [ids["name1"]])
    assert _states(session, doc_id)[ids["name1"]][0] == "rejected"

    assert session.undo()
    assert _states(session, doc_id)[ids["name1"]][0] == "accepted"
    assert session.undo()
    assert _states(session, doc_id)[ids["name1"]][0] == "suggested"  # back to undecided, open again
    assert not session.can_undo and not session.undo()

    assert session.redo()
    assert _states(session, doc_id)[ids["name1"]][0] == "accepted"
    assert session.redo()
    assert _states(session, doc_id)[ids["name1"]][0] == "rejected"
    assert not session.can_redo and not session.redo()

    # Six decisions, none deleted; the undo/redo ones say so.
    assert [(r.action, r.note) for r in _rows(session.store)] == [
        ("accept", ""), ("reject", ""), ("accept", "undo"), ("reset", "undo"), ("accept", "redo"), ("reject", "redo")]
    assert len(events) == 6 and all(e == (doc_id, [ids["name1"]]) for e in events)


def test_a_new_decision_after_undo_clears_redo(session: ReviewSession, letter) -> None:
    doc_id, ids = letter
    session.accept(doc_id, [ids["phone"]])
    session.undo()
    assert session.can_redo
    session.reject(doc_id, [ids["phone"]])
    assert not session.can_redo
    assert _states(session, doc_id)[ids["phone"]][0] == "rejected"


def test_undo_of_a_changed_ground_restores_the_old_ground(session: ReviewSession, letter) -> None:
    doc_id, ids = letter
    session.accept(doc_id, [ids["name1"]], ground="5.1.2e")
    session.change_ground(doc_id, [ids["name1"]], "5.1.1d")
    session.undo()
    assert _states(session, doc_id)[ids["name1"]] == ("accepted", "5.1.2e")


def test_accept_matching_takes_open_findings_of_one_entity_across_documents(
        session: ReviewSession, store: DossierStore, letter, make_pdf, events) -> None:
    doc1, ids1 = letter
    doc2, ids2 = _screen(store, make_pdf("second.pdf", [f"{SECRET} belt {OFFICIAL}.", f"Later: {SECRET}, {SECRET_PHONE}"]))
    session.reject(doc1, [ids1["name2"]])  # a decided finding is not overruled by a group accept
    events.clear()

    assert session.accept_matching([doc1, doc2], entity="PERSON") == 3

    s1, s2 = _states(session, doc1), _states(session, doc2)
    assert (s1[ids1["name1"]][0], s1[ids1["name2"]][0], s1[ids1["phone"]][0]) == ("accepted", "rejected", "suggested")
    assert (s2[ids2["name1"]][0], s2[ids2["name2"]][0], s2[ids2["phone"]][0]) == ("accepted", "accepted", "suggested")
    assert s1[ids1["official"]][0] == s2[ids2["official"]][0] == "kept"
    assert events == [(doc1, [ids1["name1"]]), (doc2, [ids2["name1"], ids2["name2"]])]

    # One undo takes back the whole group, in both documents.
    assert session.undo()
    assert _states(session, doc1)[ids1["name1"]][0] == "suggested"
    assert _states(session, doc2)[ids2["name1"]][0] == _states(session, doc2)[ids2["name2"]][0] == "suggested"
    assert _states(session, doc1)[ids1["name2"]][0] == "rejected"


def test_accept_matching_by_rule(session: ReviewSession, letter) -> None:
    doc_id, ids = letter
    assert session.accept_matching([doc_id], rule="no.such.rule") == 0
    assert session.accept_matching([doc_id], rule="test.rule") == 3
    assert not any(f.is_open for f in session.findings(doc_id))


def test_manual_box_is_stored_and_undoable(session: ReviewSession, letter, events) -> None:
    doc_id, _ = letter
    row = session.add_box(doc_id, 1, [[72.0, 700.0, 200.0, 715.0]], "5.1.2e", note="handtekening")
    assert (row.action, row.page, row.ground, row.reviewer) == ("manual", 1, "5.1.2e", "anna")
    assert [b.rects for b in session.manual_boxes(doc_id)] == [[[72.0, 700.0, 200.0, 715.0]]]
    assert events and events[-1][0] == doc_id

    session.undo()
    assert session.manual_boxes(doc_id) == []
    session.redo()
    assert len(session.manual_boxes(doc_id)) == 1


def test_document_judgement_is_stored_and_undoable(session: ReviewSession, letter) -> None:
    doc_id, _ = letter
    session.judge_document(doc_id, "niet openbaar", ground="5.1.1c", note="bedrijfsgegevens")
    judged = session.judgement(doc_id)
    assert judged is not None and (judged.judgement, judged.ground) == ("niet openbaar", "5.1.1c")
    assert session.progress(doc_id).status == "done"

    session.undo()
    assert session.judgement(doc_id) is None
    assert session.progress(doc_id).status == "not started"


def test_progress_counts_open_and_decided(session: ReviewSession, letter) -> None:
    doc_id, ids = letter
    session.accept(doc_id, [ids["name1"]])
    progress = session.progress(doc_id)
    assert (progress.findings, progress.open, progress.decided, progress.status) == (4, 2, 1, "in review")
    session.accept_matching([doc_id])
    assert session.progress(doc_id).status == "done"


def test_a_second_reviewer_sees_a_conflict_not_a_silent_overwrite(store: DossierStore, letter_pdf: Path) -> None:
    doc_id, ids = _screen(store, letter_pdf)
    anna, bert = ReviewSession(store, reviewer="anna"), ReviewSession(store, reviewer="bert")
    anna.findings(doc_id)
    bert.findings(doc_id)  # both look at the same open finding
    anna.accept(doc_id, [ids["name1"]])
    with pytest.raises(ConflictError, match="anna"):
        bert.reject(doc_id, [ids["name1"]])
    assert store.current_decisions(doc_id)[ids["name1"]].reviewer == "anna"
    bert.findings(doc_id)  # after looking again, bert's decision goes through
    bert.reject(doc_id, [ids["name1"]])
    assert store.current_decisions(doc_id)[ids["name1"]].action == "reject"


def test_progress_of_all_documents_matches_progress_per_document(store: DossierStore, letter_pdf: Path) -> None:
    doc_id, ids = _screen(store, letter_pdf)
    session = ReviewSession(store, reviewer="anna")
    session.accept(doc_id, [ids["name1"]])
    session.reject(doc_id, [ids["phone"]])
    assert session.progress_all()[doc_id] == session.progress(doc_id)
