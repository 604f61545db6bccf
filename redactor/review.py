"""The review API: the only way the app (or a script) records reviewer decisions.

Qt-free. A :class:`ReviewSession` wraps one dossier store; every call appends a
decision row and commits before it returns, then tells its listeners what changed.
Undo and redo append decisions too (the audit trail keeps everything).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from redactor.store import CandidateRow, DecisionRow, DossierStore, current_reviewer

State = Literal["suggested", "accepted", "rejected", "kept"]
Listener = Callable[[int, list[int]], None]  # document id, candidate ids changed


@dataclass
class FindingState:
    """A candidate as the reviewer sees it: the detector's proposal plus the newest decision."""

    candidate: CandidateRow
    decision: DecisionRow | None = None

    @property
    def state(self) -> State:
        if self.decision is None or self.decision.action == "reset":
            return "kept" if self.candidate.status == "kept" else "suggested"
        return "rejected" if self.decision.action == "reject" else "accepted"

    @property
    def ground(self) -> str | None:
        return (self.decision.ground if self.decision and self.decision.ground else None) or self.candidate.ground

    @property
    def is_open(self) -> bool:
        return self.state == "suggested"


@dataclass
class _Step:
    """One undoable change: per candidate, the decision before and after."""

    document_id: int
    before: dict[int, tuple[str, str | None]]
    after: dict[int, tuple[str, str | None]]


@dataclass
class ReviewSession:
    """Decisions of one reviewer on one dossier."""

    store: DossierStore
    reviewer: str = field(default_factory=current_reviewer)
    _listeners: list[Listener] = field(default_factory=list)
    _undo: list[_Step] = field(default_factory=list)
    _redo: list[_Step] = field(default_factory=list)

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def findings(self, document_id: int) -> list[FindingState]:
        decisions = self.store.current_decisions(document_id)
        return [FindingState(c, decisions.get(c.id)) for c in self.store.candidates(document_id)]

    # -- decisions ------------------------------------------------------------------------------
    def accept(self, document_id: int, candidate_ids: list[int], ground: str | None = None, note: str = "") -> None:
        self._apply(document_id, {cid: ("accept", ground) for cid in candidate_ids}, note)

    def reject(self, document_id: int, candidate_ids: list[int], note: str = "") -> None:
        self._apply(document_id, {cid: ("reject", None) for cid in candidate_ids}, note)

    def change_ground(self, document_id: int, candidate_ids: list[int], ground: str) -> None:
        """Accept with another ground (a changed ground is a decision to redact)."""
        self._apply(document_id, {cid: ("accept", ground) for cid in candidate_ids}, "ground changed")

    def accept_matching(self, document_ids: list[int], *, entity: str | None = None, rule: str | None = None) -> int:
        """Accept every open finding of one entity or rule, in these documents."""
        total = 0
        for doc_id in document_ids:
            ids = [f.candidate.id for f in self.findings(doc_id) if f.is_open
                   and (entity is None or f.candidate.entity == entity) and (rule is None or f.candidate.rule == rule)]
            if ids:
                self.accept(doc_id, ids, note="accepted as a group")
                total += len(ids)
        return total

    def add_box(self, document_id: int, page: int, rects: list[list[float]], ground: str, note: str = "") -> DecisionRow:
        """A box the reviewer drew (or a text selection) with its ground."""
        return self.store.decide(document_id, "manual", page=page, rects=rects, ground=ground,
                                 reviewer=self.reviewer, note=note)

    def judge_document(self, document_id: int, judgement: str, ground: str | None = None, note: str = "") -> DecisionRow:
        """Mark a whole document: niet openbaar, reeds openbaar, buiten reikwijdte, dubbel, ..."""
        return self.store.decide(document_id, "judge", judgement=judgement, ground=ground, reviewer=self.reviewer,
                                 note=note)

    # -- undo / redo ---------------------------------------------------------------------------------
    def undo(self) -> bool:
        if not self._undo:
            return False
        step = self._undo.pop()
        self._write(step.document_id, step.before, "undo")
        self._redo.append(step)
        return True

    def redo(self) -> bool:
        if not self._redo:
            return False
        step = self._redo.pop()
        self._write(step.document_id, step.after, "redo")
        self._undo.append(step)
        return True

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    def _apply(self, document_id: int, changes: dict[int, tuple[str, str | None]], note: str) -> None:
        current = self.store.current_decisions(document_id)
        before = {cid: ((current[cid].action, current[cid].ground) if cid in current else ("reset", None))
                  for cid in changes}
        self._write(document_id, changes, note)
        self._undo.append(_Step(document_id, before, dict(changes)))
        self._redo.clear()

    def _write(self, document_id: int, changes: dict[int, tuple[str, str | None]], note: str) -> None:
        self.store.decide_many([dict(document_id=document_id, candidate_id=cid, action=action, ground=ground,
                                     note=note) for cid, (action, ground) in changes.items()], reviewer=self.reviewer)
        for listener in self._listeners:
            listener(document_id, list(changes))
