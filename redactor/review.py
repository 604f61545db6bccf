"""The review API: the only way the app (or a script) records reviewer decisions.

Qt-free. A :class:`ReviewSession` wraps one dossier store; every call appends a
decision row and commits before it returns, then tells its listeners what changed.
Undo and redo append decisions too (the audit trail keeps everything).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Literal

from redactor.document import Page, Rect
from redactor.errors import RedactorError
from redactor.grounds import GroundSet
from redactor.ingest import open_pdf, read_page
from redactor.store import CandidateRow, ConflictError, DecisionRow, DossierStore, current_reviewer

State = Literal["suggested", "accepted", "rejected", "kept"]
Listener = Callable[[int, list[int]], None]  # document id, candidate ids changed ([] for boxes, judgements)
Progress = Callable[[int, int, str], None]  # done, total, document name
DocumentStatus = Literal["not started", "in review", "done"]


@dataclass
class FindingState:
    """A candidate as the reviewer sees it: the detector's proposal plus the newest decision."""

    candidate: CandidateRow
    decision: DecisionRow | None = None

    @property
    def state(self) -> State:
        return _state(self.candidate.status, self.decision.action if self.decision else None)

    @property
    def ground(self) -> str | None:
        return (self.decision.ground if self.decision and self.decision.ground else None) or self.candidate.ground

    @property
    def is_open(self) -> bool:
        return self.state == "suggested"


def _state(status: str, action: str | None) -> State:
    """A finding's state from its detector status and its newest decision's action."""
    if action is None or action == "reset":
        return "kept" if status == "kept" else "suggested"
    return "rejected" if action == "reject" else "accepted"


@dataclass
class _Step:
    """One undoable change: per candidate, the decision before and after."""

    document_id: int
    before: dict[int, tuple[str, str | None]]
    after: dict[int, tuple[str, str | None]]


@dataclass
class _BoxStep:
    """Boxes added (``added``) or removed; each object follows its box through undo and redo."""

    boxes: list[ManualBox]
    added: bool


@dataclass
class _JudgeStep:
    document_id: int
    before: tuple[str | None, str | None, str]  # judgement, ground, note
    after: tuple[str | None, str | None, str]


@dataclass
class _GroupStep:
    """Several steps undone and redone as one (a dossier-wide group accept)."""

    steps: list[_Step | _BoxStep | _JudgeStep]


@dataclass
class ManualBox:
    """A box the reviewer drew, selected or marked, as long as it is not removed."""

    id: int
    document_id: int
    page: int
    rects: list[list[float]]
    ground: str
    note: str = ""
    reviewer: str = ""
    created_at: dt.datetime | None = None


@dataclass
class DocumentProgress:
    """How far the review of one document is."""

    findings: int  # candidates, kept officials included
    open: int  # suggestions without a decision
    decided: int
    boxes: int
    judgement: str | None  # document-level: niet openbaar, dubbel, ...
    approved_by: str | None = None  # four eyes: the second reviewer whose approval is in force

    @property
    def status(self) -> DocumentStatus:
        if self.judgement or self.open == 0:
            return "done"
        return "in review" if self.decided or self.boxes else "not started"


@dataclass(frozen=True)
class Occurrence:
    """One place where a searched text appears, with the glyph boxes that would cover it."""

    document_id: int
    document: str
    page: int
    start: int
    end: int
    rects: tuple[Rect, ...]
    context: str = ""  # the text around it, for a preview


@dataclass
class Search:
    """Every occurrence of a text in a dossier, and the documents that could not be searched."""

    text: str
    occurrences: list[Occurrence] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def documents(self) -> int:
        return len({o.document_id for o in self.occurrences})


class Cancelled(Exception):
    """Raised by a progress callback to stop a long search (or screening, export) early."""


@dataclass
class ReviewSession:
    """Decisions of one reviewer on one dossier."""

    store: DossierStore
    reviewer: str = field(default_factory=current_reviewer)
    _listeners: list[Listener] = field(default_factory=list)
    _undo: list[_Step] = field(default_factory=list)
    _redo: list[_Step] = field(default_factory=list)
    _seen: dict[int, int] = field(default_factory=dict)  # finding id -> row version last seen
    _pending: dict[int, list[int]] = field(default_factory=dict)  # changes not yet told to listeners
    _boxes: dict[int, ManualBox] = field(default_factory=dict)  # live row id -> the box the undo steps hold

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def findings(self, document_id: int) -> list[FindingState]:
        decisions = self.store.current_decisions(document_id)
        candidates = self.store.candidates(document_id)
        # what this reviewer has seen: a decision made on an older version is a conflict
        self._seen.update({c.id: c.version for c in candidates})
        return [FindingState(c, decisions.get(c.id)) for c in candidates]

    # -- decisions ------------------------------------------------------------------------------
    def accept(self, document_id: int, candidate_ids: list[int], ground: str | None = None, note: str = "") -> None:
        self._apply(document_id, {cid: ("accept", ground) for cid in candidate_ids}, note)

    def reject(self, document_id: int, candidate_ids: list[int], note: str = "") -> None:
        self._apply(document_id, {cid: ("reject", None) for cid in candidate_ids}, note)

    def change_ground(self, document_id: int, candidate_ids: list[int], ground: str) -> None:
        """Accept with another ground (a changed ground is a decision to redact)."""
        self._apply(document_id, {cid: ("accept", ground) for cid in candidate_ids}, "ground changed")

    def open_matching(self, document_ids: list[int], *, entity: str | None = None,
                      rule: str | None = None) -> dict[int, list[int]]:
        """The open findings of one entity or rule in these documents, by document (what accept_matching takes)."""
        found: dict[int, list[int]] = {}
        for doc_id in document_ids:
            ids = [f.candidate.id for f in self.findings(doc_id) if f.is_open
                   and (entity is None or f.candidate.entity == entity) and (rule is None or f.candidate.rule == rule)]
            if ids:
                found[doc_id] = ids
        return found

    def accept_matching(self, document_ids: list[int], *, entity: str | None = None, rule: str | None = None) -> int:
        """Accept every open finding of one entity or rule, in these documents (one undoable step)."""
        total, depth = 0, len(self._undo)
        for doc_id, ids in self.open_matching(document_ids, entity=entity, rule=rule).items():
            self.accept(doc_id, ids, note="accepted as a group")
            total += len(ids)
        self._group_since(depth)
        return total

    def add_box(self, document_id: int, page: int, rects: list[list[float]], ground: str, note: str = "") -> DecisionRow:
        """A box the reviewer drew (or a text selection) with its ground; undoable."""
        box = ManualBox(0, document_id, page, rects, ground, note)
        row = self._insert_boxes([box], "")[0]
        self._push(_BoxStep([box], added=True))
        return row

    def judge_document(self, document_id: int, judgement: str, ground: str | None = None, note: str = "") -> DecisionRow:
        """Mark a whole document: niet openbaar, reeds openbaar, buiten reikwijdte, dubbel, ...; undoable."""
        return self.set_judgement(document_id, judgement, ground, note)

    # -- manual boxes, judgements and progress (added for the desktop app) --------------------------
    def add_boxes(self, boxes: list[ManualBox], note: str = "") -> list[ManualBox]:
        """Store several boxes (e.g. every occurrence of a text) as one undoable step."""
        added = [ManualBox(0, b.document_id, b.page, b.rects, b.ground, b.note or note) for b in boxes]
        self._insert_boxes(added, "")
        self._push(_BoxStep(added, added=True))
        return [replace(b) for b in added]

    def remove_boxes(self, document_id: int, box_ids: list[int]) -> None:
        """Remove manual boxes (a retraction row supersedes each; nothing is deleted); undoable."""
        boxes = [self._boxes.get(b.id, b) for b in self.manual_boxes(document_id) if b.id in set(box_ids)]
        if boxes:
            self._retract_boxes(boxes, "box removed")
            self._push(_BoxStep(boxes, added=False))

    def change_box_ground(self, document_id: int, box_id: int, ground: str) -> ManualBox | None:
        """Give a manual box another ground (the box is replaced; one undoable step)."""
        box = next((b for b in self.manual_boxes(document_id) if b.id == box_id), None)
        if box is None:
            return None
        depth = len(self._undo)
        self.remove_boxes(document_id, [box_id])
        new = self.add_boxes([ManualBox(0, document_id, box.page, box.rects, ground, box.note)])[0]
        self._group_since(depth)
        return new

    def manual_boxes(self, document_id: int) -> list[ManualBox]:
        """The boxes of a document that are still in force, oldest first."""
        return [ManualBox(r.id, r.document_id, r.page or 0, r.rects or [], r.ground or "", r.note, r.reviewer,
                          r.created_at) for r in live_manual_boxes(self.store.document_decisions(document_id))]

    def mark_page(self, document_id: int, page: Page, judgement: str, ground: str | None = None,
                  note: str = "") -> ManualBox:
        """Withhold a whole page: one box over all of it, labelled with the ground (else the judgement)."""
        rects = box_rects(page, (0.0, 0.0, page.width, page.height))
        box = ManualBox(0, document_id, page.number, rects, ground or judgement, note or f"page: {judgement}")
        return self.add_boxes([box])[0]

    def judgement(self, document_id: int) -> DecisionRow | None:
        """The document-level judgement in force, as export reads it (None: judged by its content)."""
        row = next((d for d in reversed(self.store.document_decisions(document_id)) if d.action == "judge"), None)
        return row if row is not None and row.judgement else None

    def set_judgement(self, document_id: int, judgement: str | None, ground: str | None = None,
                      note: str = "") -> DecisionRow:
        """Judge a whole document, or clear its judgement with ``None``; undoable."""
        current = self.judgement(document_id)
        before = (current.judgement, current.ground, current.note) if current else (None, None, "")
        row = self._judge(document_id, judgement, ground, note)
        self._push(_JudgeStep(document_id, before, (judgement, ground, note)))
        return row

    def progress_all(self) -> dict[int, DocumentProgress]:
        """Progress of every document from a few queries (not three per document)."""
        statuses, latest, doc_level = self.store.review_overview()
        approvals = self.store.approvals()
        out: dict[int, DocumentProgress] = {}
        for doc in self.store.documents():
            states = [_state(status, latest.get(cid)) for cid, status in statuses.get(doc.id, [])]
            rows = doc_level.get(doc.id, [])
            judged = next((r for r in reversed(rows) if r.action == "judge"), None)
            out[doc.id] = DocumentProgress(len(states), states.count("suggested"),
                                           sum(st in ("accepted", "rejected") for st in states),
                                           len(live_manual_boxes(rows)),
                                           judged.judgement if judged is not None and judged.judgement else None,
                                           approvals.get(doc.id))
        return out

    def progress(self, document_id: int) -> DocumentProgress:
        states = [f.state for f in self.findings(document_id)]
        judged = self.judgement(document_id)
        return DocumentProgress(len(states), states.count("suggested"),
                                sum(s in ("accepted", "rejected") for s in states),
                                len(self.manual_boxes(document_id)), judged.judgement if judged else None,
                                self.store.approval(document_id)[0])

    def approve(self, document_id: int) -> None:
        """Approve the document as the second reviewer (four eyes); listeners hear of it like a decision.

        Raises:
            DossierError: this reviewer made decisions on the document.
        """
        self.store.approve(document_id, reviewer=self.reviewer)
        self._changed({document_id})
        self._notify()  # not an undo step: withdrawing is a decision of its own (store.approve(approved=False))

    def _insert_boxes(self, boxes: list[ManualBox], note: str) -> list[DecisionRow]:
        """Write each box as a new row; the objects keep standing for the same box (undo steps hold them)."""
        rows = []
        for b in boxes:
            row = self.store.decide(b.document_id, "manual", page=b.page, rects=[list(r) for r in b.rects],
                                    ground=b.ground, reviewer=self.reviewer, note=b.note or note)
            self._boxes.pop(b.id, None)
            b.id, b.rects, b.note = row.id, row.rects or [], row.note
            b.reviewer, b.created_at = row.reviewer, row.created_at
            self._boxes[b.id] = b
            rows.append(row)
        self._changed({b.document_id for b in boxes})
        return rows

    def _retract_boxes(self, boxes: list[ManualBox], note: str) -> None:
        """A ``remove`` row per box, naming the box it removes (audited like every decision)."""
        for b in boxes:
            self.store.decide(b.document_id, "remove", page=b.page, reviewer=self.reviewer, note=note,
                              supersedes_id=b.id)
        self._changed({b.document_id for b in boxes})

    def _judge(self, document_id: int, judgement: str | None, ground: str | None, note: str) -> DecisionRow:
        row = self.store.decide(document_id, "judge", judgement=judgement, ground=ground, reviewer=self.reviewer,
                                note=note)
        self._changed({document_id})
        return row

    def _push(self, step: _Step | _BoxStep | _JudgeStep | _GroupStep) -> None:
        self._undo.append(step)
        self._redo.clear()
        self._notify()

    def _group_since(self, depth: int) -> None:
        """Fold the steps pushed since ``depth`` into one."""
        if len(self._undo) - depth > 1:
            self._undo[depth:] = [_GroupStep(self._undo[depth:])]

    def _changed(self, document_ids: set[int], candidate_ids: list[int] | None = None) -> None:
        for doc_id in document_ids:
            self._pending.setdefault(doc_id, []).extend(candidate_ids or [])

    def _notify(self) -> None:
        """Tell listeners what changed, once the undo/redo stacks are up to date."""
        pending, self._pending = self._pending, {}
        for doc_id, candidate_ids in sorted(pending.items()):
            for listener in self._listeners:
                listener(doc_id, candidate_ids)

    # -- undo / redo ---------------------------------------------------------------------------------
    def undo(self) -> bool:
        if not self._undo:
            return False
        step = self._undo.pop()
        self._replay(step, forward=False)
        self._redo.append(step)
        self._notify()
        return True

    def redo(self) -> bool:
        if not self._redo:
            return False
        step = self._redo.pop()
        self._replay(step, forward=True)
        self._undo.append(step)
        self._notify()
        return True

    def _replay(self, step: _Step | _BoxStep | _JudgeStep | _GroupStep, forward: bool) -> None:
        note = "redo" if forward else "undo"
        if isinstance(step, _GroupStep):
            for part in (step.steps if forward else reversed(step.steps)):
                self._replay(part, forward)
        elif isinstance(step, _BoxStep):
            if step.added == forward:
                self._insert_boxes(step.boxes, note)
            else:
                self._retract_boxes(step.boxes, note)
        elif isinstance(step, _JudgeStep):
            judgement, ground, text = step.after if forward else step.before
            self._judge(step.document_id, judgement, ground, text or note)
        else:
            self._write(step.document_id, step.after if forward else step.before, note)

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
        self._push(_Step(document_id, before, dict(changes)))

    def _write(self, document_id: int, changes: dict[int, tuple[str, str | None]], note: str) -> None:
        """Store the changes, or raise ConflictError (nothing written) if another reviewer was first."""
        expected = {cid: self._seen[cid] for cid in changes if cid in self._seen}
        try:
            self.store.decide_many([dict(document_id=document_id, candidate_id=cid, action=action, ground=ground,
                                         note=note) for cid, (action, ground) in changes.items()],
                                   reviewer=self.reviewer, expected_versions=expected)
        except ConflictError:
            for cid in changes:  # forget what we saw: the next findings() call shows the other decision
                self._seen.pop(cid, None)
            self._changed({document_id}, list(changes))
            raise
        for cid in expected:
            self._seen[cid] += 1
        self._changed({document_id}, list(changes))


def judgement_needs_ground(ground_set: GroundSet, judgement: str | None) -> bool:
    """Withholding a page or document in full must cite a ground; the other judgements may."""
    return judgement == ground_set.status_withheld.code


def live_manual_boxes(rows: list[DecisionRow]) -> list[DecisionRow]:
    """Manual boxes among ``rows`` that no later row removes.

    A removal is a ``remove`` row whose ``supersedes_id`` names the box.
    """
    retracted = {r.supersedes_id for r in rows if r.action == "remove" and r.supersedes_id}
    return [r for r in rows if r.action == "manual" and r.rects and r.id not in retracted]


def box_rects(page: Page, rect: Rect) -> list[list[float]]:
    """What to store for a box drawn over ``rect``: the box itself plus, line by line, the glyph
    boxes of every character whose centre lies inside it.

    Export removes text by glyph boxes (a large drawn rect alone would leave text at its edges
    and fail verification), and the drawn rect keeps what the reviewer saw blacked out.
    """
    x0, y0, x1, y1 = rect
    inside = [i for i, b in enumerate(page.boxes)
              if b is not None and x0 <= (b[0] + b[2]) / 2 <= x1 and y0 <= (b[1] + b[3]) / 2 <= y1]
    out: list[list[float]] = [[x0, y0, x1, y1]]
    start = prev = None
    for i in inside + [None]:
        if start is not None and (i is None or any(page.boxes[j] is not None for j in range(prev + 1, i))):
            out += [list(r) for r in page.rects_for(start, prev + 1)]
            start = None
        if i is not None:
            start = i if start is None else start
            prev = i
    return out


# a word the layout broke at a line end with a hyphen: ingest joins the lines of a paragraph but keeps the
# hyphen ("Wijn-gaarden"), or the break stays where a paragraph's line ends ("Lieshout-\nVerhoeven")
_LINE_BREAK = r"(?:-[ \t]*\n?[ \t]*)?"
_HYPHEN = r"-[ \t]*\n?[ \t]*"


def text_pattern(text: str) -> re.Pattern[str] | None:
    """A case-insensitive whole-word pattern for ``text`` as ingest normalises it (None if too short).

    Words may wrap a line, also inside a word at a hyphen, as typeset pages break them.
    """
    words = unicodedata.normalize("NFKC", text).split()
    if not words or sum(len(w) for w in words) < 2:
        return None
    body = r"\s+".join(_LINE_BREAK.join(_HYPHEN if ch == "-" else re.escape(ch) for ch in w) for w in words)
    return re.compile(rf"(?<!\w){body}(?!\w)", re.IGNORECASE)


def find_occurrences(store: DossierStore, text: str, *, document_ids: list[int] | None = None,
                     passwords: Callable[[Path], str | None] | None = None,
                     progress: Progress | None = None) -> Search:
    """Every whole-word, case-insensitive occurrence of ``text`` in the dossier's documents.

    Searches the page text as ingest reads it, so the boxes match what export removes.
    ``progress`` may raise :class:`Cancelled` to stop.
    """
    search = Search(text)
    pattern = text_pattern(text)
    docs = [d for d in store.documents() if not d.error and (document_ids is None or d.id in document_ids)]
    for i, doc in enumerate(docs):
        if progress:
            progress(i, len(docs), doc.name)
        if pattern is None:
            continue
        try:
            password = passwords(doc.path) if passwords else None
            texts = _page_texts(doc.path, doc.sha256 or "", password)
            pages = [n for n, t in enumerate(texts, 1) if pattern.search(t)]
            if pages:
                search.occurrences += _occurrences_in(doc.id, doc.name, doc.path, pages, pattern, password)
        except RedactorError as exc:
            search.problems.append(str(exc))
    if progress:
        progress(len(docs), len(docs), "")
    return search


@lru_cache(maxsize=256)
def _page_texts(path: str, sha256: str, password: str | None) -> tuple[str, ...]:
    """Page texts of one file (cached per content hash: text only, so memory stays small)."""
    pdf = open_pdf(Path(path), password)
    try:
        return tuple(read_page(page).text for page in pdf)
    finally:
        pdf.close()


def _occurrences_in(doc_id: int, name: str, path: str, pages: list[int], pattern: re.Pattern[str],
                    password: str | None) -> list[Occurrence]:
    out = []
    pdf = open_pdf(Path(path), password)
    try:
        for number in pages:
            page = read_page(pdf[number - 1])
            out += [Occurrence(doc_id, name, number, m.start(), m.end(), tuple(page.rects_for(m.start(), m.end())),
                               " ".join(page.text[max(0, m.start() - 40):m.end() + 40].split()))
                    for m in pattern.finditer(page.text)]
    finally:
        pdf.close()
    return out
