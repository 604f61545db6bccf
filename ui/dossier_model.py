"""The open dossier as Qt signals, and the reviewer's cursor (document, page, finding).

:class:`QtDossier` wraps the core's :class:`Dossier` and :class:`ReviewSession`: it turns
the session's Qt-free change notifications into a Qt signal and caches what the widgets
show. :class:`ReviewCursor` says where the reviewer is; widgets follow it.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from redactor.detect.reasons import describe
from redactor.grounds import Ground
from redactor.pipeline import Dossier
from redactor.review import DocumentProgress, FindingState, ManualBox, ReviewSession
from redactor.store import DocumentRow
from ui.reasons import Passages, note_label, passage_reasons, reason_in

ROWS_KEPT = 64  # documents whose findings stay in memory for going back and forth

Key = tuple[str, int]  # ("c", candidate id) or ("m", manual box id)


@dataclass(frozen=True)
class Row:
    """One line of the findings list and one box on the page."""

    key: Key
    page: int
    rects: tuple[tuple[float, float, float, float], ...]
    entity: str
    text: str
    ground: str
    reason: str
    state: str  # suggested | accepted | rejected | kept | manual
    rule: str = ""
    score: float = 1.0
    decided_by: str = ""

    @property
    def is_manual(self) -> bool:
        return self.key[0] == "m"


def finding_row(f: FindingState, language: str = "en", passages: Passages = (), stored: str | None = None) -> Row:
    """A finding as the reviewer reads it: its reason in the interface's ``language``, rendered from its key
    and arguments. A finding screened before they were stored (or with a free-text reason) shows its text:
    as stored when it was written in that ``stored`` language, else read back (:func:`ui.reasons.reason_in`)."""
    c, d = f.candidate, f.decision
    decided = f"{d.reviewer}, {d.created_at:%Y-%m-%d %H:%M}" if d and d.created_at and d.action != "reset" else ""
    if c.reason_key:
        reason = describe(c.reason_key, c.reason_args or {}, language)
    elif language == stored:
        reason = c.reason
    else:
        reason = reason_in(c.reason, language, passages)
    return Row(("c", c.id), c.page, tuple(tuple(r) for r in c.rects), c.entity, c.text, f.ground or "",
               reason, f.state, c.rule, c.score, decided)


def box_row(b: ManualBox) -> Row:
    decided = f"{b.reviewer}, {b.created_at:%Y-%m-%d %H:%M}" if b.created_at else b.reviewer
    return Row(("m", b.id), b.page, tuple(tuple(r) for r in b.rects), "MANUAL", "", b.ground, note_label(b.note),
               "manual", "", 1.0, decided)


class QtDossier(QObject):
    """A dossier open in the app. Every write goes through :attr:`session`."""

    documentChanged = Signal(int)  # decisions of this document changed

    def __init__(self, dossier: Dossier, label: str, sources: list[Path] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dossier = dossier
        self.label = label
        self.sources = sources or []
        self.session = ReviewSession(dossier.store)
        self.session.subscribe(self._on_review_change)
        self.documents: list[DocumentRow] = dossier.store.documents()
        self._rows: OrderedDict[int, list[Row]] = OrderedDict()  # the documents visited last
        self._progress: dict[int, DocumentProgress] = {}
        self.language = "en"  # of the interface: reasons are shown in it, whatever the dossier's language
        self._passages = passage_reasons(rule.reason for rule in dossier.rules.passages)

    @property
    def url(self) -> str:
        return self.dossier.store.url

    @property
    def ground_set(self):
        return self.dossier.ground_set

    def set_language(self, language: str) -> None:
        """Show reasons in the interface's ``language`` ('nl' or 'en')."""
        self.language = language
        self._rows.clear()

    def grounds(self) -> list[Ground]:
        """The grounds a reviewer may cite, in catalogue order."""
        return [g for g in self.ground_set.grounds if g.citable]

    def default_ground(self) -> str:
        return self.ground_set.for_interest("personal_privacy") or self.grounds()[0].code

    def reload_documents(self) -> None:
        """Read the document list again (a file was screened again, say after unlocking it)."""
        self.documents = self.dossier.store.documents()
        self._rows.clear()
        self._progress.clear()

    def document(self, doc_id: int) -> DocumentRow | None:
        return next((d for d in self.documents if d.id == doc_id), None)

    def reviewable(self) -> list[DocumentRow]:
        return [d for d in self.documents if not d.error]

    def rows(self, doc_id: int) -> list[Row]:
        """Findings and manual boxes of a document, in page order."""
        if doc_id in self._rows:
            self._rows.move_to_end(doc_id)
            return self._rows[doc_id]
        # screening writes reasons in Dutch for Dutch ground sets, else in English (redactor.detect.engine)
        stored = "nl" if self.ground_set.jurisdiction.upper() == "NL" else "en"
        rows = [finding_row(f, self.language, self._passages, stored) for f in self.session.findings(doc_id)]
        rows += [box_row(b) for b in self.session.manual_boxes(doc_id)]
        self._rows[doc_id] = sorted(rows, key=lambda r: (r.page, r.rects[0][1] if r.rects else 0,
                                                         r.rects[0][0] if r.rects else 0))
        if len(self._rows) > ROWS_KEPT:  # a day of reviewing visits thousands of documents
            self._rows.popitem(last=False)
        return self._rows[doc_id]

    def row(self, doc_id: int, key: Key | None) -> Row | None:
        return next((r for r in self.rows(doc_id) if r.key == key), None) if key else None

    def load_progress(self) -> None:
        """Every document's progress in a few queries, for the document list of a large dossier."""
        self._progress = self.session.progress_all()

    def progress(self, doc_id: int) -> DocumentProgress:
        if doc_id not in self._progress:
            self._progress[doc_id] = self.session.progress(doc_id)
        return self._progress[doc_id]

    def _on_review_change(self, doc_id: int, _candidate_ids: list[int]) -> None:
        self._rows.pop(doc_id, None)
        self._progress.pop(doc_id, None)
        self.documentChanged.emit(doc_id)


class ReviewCursor(QObject):
    """Where the reviewer is. Set it from anywhere; widgets follow its signals."""

    documentChanged = Signal(int)
    pageChanged = Signal(int)
    findingChanged = Signal(object)  # Key or None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document_id: int | None = None
        self.page = 1
        self.finding: Key | None = None

    def set_document(self, doc_id: int | None, page: int = 1) -> None:
        if doc_id == self.document_id:
            return
        self.document_id, self.finding, self.page = doc_id, None, page
        self.documentChanged.emit(doc_id if doc_id is not None else -1)
        # a listener of documentChanged may have moved on already (to the document's first open finding)
        self.pageChanged.emit(self.page)
        self.findingChanged.emit(self.finding)

    def set_page(self, page: int) -> None:
        if page != self.page:
            self.page = page
            self.pageChanged.emit(page)

    def set_finding(self, key: Key | None, page: int | None = None) -> None:
        if page is not None:
            self.set_page(page)
        if key != self.finding:
            self.finding = key
            self.findingChanged.emit(key)
