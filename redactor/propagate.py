"""Propagation: a decision on a passage applies to the same passage in the copies of a document.

A thread is reviewed on its longest message; duplicates are assessed once. The same
name in the earlier messages of the thread, or in a near-duplicate that is still
published, must get the same box and the same ground (woo-practice.md section 4: keep
a passage's box and code identical across copies). Each copied decision goes through
the store like any other, with ``origin_decision_id`` naming the decision it copies,
so the audit trail shows where it came from and who made the original.

Only open findings are decided this way: whatever a reviewer decided on the other
document is never overwritten, and a copied decision is replaced only by a newer copy.
"""

from __future__ import annotations

from redactor.store import CandidateRow, DecisionRow, DocumentRow, DossierStore

COPIED_ACTIONS = {"accept", "reject", "adjust"}


def related(store: DossierStore, document_id: int) -> list[DocumentRow]:
    """Documents holding the same content: same thread, or the same duplicate group."""
    docs = store.documents()
    me = next((d for d in docs if d.id == document_id), None)
    if me is None:
        return []
    group = me.duplicate_of_id or me.id
    return [d for d in docs if d.id != me.id and not d.error and (
        (me.thread_id is not None and d.thread_id == me.thread_id)
        or (d.duplicate_of_id or d.id) == group)]


def _passage(c: CandidateRow) -> tuple[str, str]:
    return c.entity, " ".join(c.text.casefold().split())


def propagate_decision(store: DossierStore, decision: DecisionRow, targets: list[DocumentRow] | None = None) -> int:
    """Copy one finding's decision to the same passage in ``targets`` (default: :func:`related`).

    Returns how many decisions were written.
    """
    if decision.candidate_id is None or decision.action not in COPIED_ACTIONS:
        return 0
    source = next((c for c in store.candidates(decision.document_id) if c.id == decision.candidate_id), None)
    if source is None:
        return 0
    return _copy(store, [(source, decision)], targets if targets is not None else related(store, decision.document_id))


def propagate_document(store: DossierStore, document_id: int, targets: list[DocumentRow] | None = None) -> int:
    """Copy every current finding decision of a document to its related documents."""
    decisions = store.current_decisions(document_id)
    pairs = [(c, decisions[c.id]) for c in store.candidates(document_id)
             if c.id in decisions and decisions[c.id].action in COPIED_ACTIONS]
    if not pairs:
        return 0
    return _copy(store, pairs, targets if targets is not None else related(store, document_id))


def _copy(store: DossierStore, pairs: list[tuple[CandidateRow, DecisionRow]], targets: list[DocumentRow]) -> int:
    by_passage = {_passage(c): d for c, d in pairs}
    written = 0
    for target in targets:
        current = store.current_decisions(target.id)
        for cand in store.candidates(target.id):
            origin = by_passage.get(_passage(cand))
            if origin is None or origin.document_id == target.id:
                continue
            mine = current.get(cand.id)
            if mine is not None and mine.action != "reset" and (
                    mine.origin_decision_id is None or mine.origin_decision_id == origin.id):
                continue  # a reviewer's own decision, or this copy already made
            # Adjusted boxes belong to the other page's layout: here the passage keeps its own boxes.
            action = "accept" if origin.action == "adjust" else origin.action
            store.decide(target.id, action, candidate_id=cand.id, ground=origin.ground or cand.ground,
                         reviewer=origin.reviewer, origin_decision_id=origin.id,
                         note=f"overgenomen uit document {_number(store, origin.document_id)}")
            written += 1
    return written


def _number(store: DossierStore, document_id: int) -> int | str:
    doc = store.document(document_id)
    return doc.number if doc else document_id
