"""What the review commands do: each one asks the review session, never the store.

The controller turns the reviewer's keys into :class:`ReviewSession` calls and moves the
cursor; the widgets update themselves when the session reports the change.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from redactor.errors import RedactorError
from redactor.inventory import duplicate_remark, language_of
from redactor.review import box_rects
from ui.dialogs import GroundPicker, MarkDialog, show_error
from ui.dossier_model import QtDossier, ReviewCursor, Row
from ui.find_dialog import FindRedactDialog
from ui.findings_model import entity_label
from ui.findings_panel import QtFindingsPanel
from ui.page_view import QtPageView
from ui.settings import Settings


def _reported(command: Callable[..., Any]) -> Callable[..., Any]:
    """Run a review command; a refusal from the core (another reviewer was first, ...) becomes a
    dialog with the core's message, and the lists show the stored state again."""

    @functools.wraps(command)
    def run(self: ReviewController, *args: Any, **kwargs: Any) -> Any:
        try:
            return command(self, *args, **kwargs)
        except RedactorError as exc:
            show_error(self.window, self.tr("Decision not saved"), str(exc))
            return None

    return run


class ReviewController(QObject):
    """Review commands for the window that owns the widgets."""

    message = Signal(str)  # a short status-bar message

    def __init__(self, window: QWidget, cursor: ReviewCursor, panel: QtFindingsPanel, view: QtPageView,
                 settings: Settings, lang: str) -> None:
        super().__init__(window)
        self.window, self.cursor, self.panel, self.view = window, cursor, panel, view
        self.settings, self.lang = settings, lang
        self.qd: QtDossier | None = None
        self.dialog: QDialog | None = None  # the dialog open right now (tests drive it)
        self.documents: list[int] = []  # reviewable document ids in list order

    # -- helpers ------------------------------------------------------------------------------------------
    @property
    def doc(self) -> int | None:
        return self.cursor.document_id

    def current(self) -> Row | None:
        return self.qd.row(self.doc, self.cursor.finding) if self.qd and self.doc is not None else None

    def _open(self, dialog: QDialog, on_accept) -> QDialog:
        self.dialog = dialog
        dialog.accepted.connect(lambda: on_accept(dialog))
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.open()
        return dialog

    def _pick_ground(self, title: str, current: str | None, on_pick) -> None:
        assert self.qd is not None
        picker = GroundPicker(self.qd.grounds(), self.lang, current, title, self.window)

        def picked(dialog: GroundPicker) -> None:
            ground = dialog.ground()
            if ground:
                self.settings.last_ground = ground
                on_pick(ground)

        self._open(picker, picked)

    def _box_ground(self) -> str:
        assert self.qd is not None
        last = self.settings.last_ground
        return last if last and self.qd.ground_set.is_code(last) else self.qd.default_ground()

    # -- navigation ---------------------------------------------------------------------------------------
    def step(self, step: int) -> None:
        """Next (+1) or previous (-1) finding; past the end, on to the next document that has findings."""
        if not self.qd or self.doc is None:
            return
        row = self.panel.model.neighbour(self.cursor.finding, step)
        if row is not None:
            self.cursor.set_finding(row.key, row.page)
            return
        ids = self.documents
        i = ids.index(self.doc) if self.doc in ids else -1
        for doc_id in (ids[i + 1:] if step > 0 else reversed(ids[:i])):
            rows = self.qd.rows(doc_id)
            if rows:
                self.cursor.set_document(doc_id)
                target = rows[0] if step > 0 else rows[-1]
                self.cursor.set_finding(target.key, target.page)
                return
        self.message.emit(self.tr("No more findings."))

    def step_document(self, step: int) -> None:
        ids = self.documents
        if self.doc in ids and 0 <= ids.index(self.doc) + step < len(ids):
            self.cursor.set_document(ids[ids.index(self.doc) + step])

    # -- decisions on the current finding -------------------------------------------------------------
    @_reported
    def accept(self) -> None:
        row = self.current()
        if row is None or row.is_manual:
            return
        self.qd.session.accept(self.doc, [row.key[1]])
        self.step(+1)

    @_reported
    def reject(self) -> None:
        row = self.current()
        if row is None:
            return
        if row.is_manual:
            self.remove_box()
            return
        self.qd.session.reject(self.doc, [row.key[1]])
        self.step(+1)

    def change_ground(self) -> None:
        row = self.current()
        if row is None:
            return
        doc, key = self.doc, row.key

        self._pick_ground(self.tr("Change ground"), row.ground, lambda ground: self._apply_ground(doc, key, ground))

    @_reported
    def _apply_ground(self, doc: int, key: tuple[str, int], ground: str) -> None:
        if key[0] == "m":
            box = self.qd.session.change_box_ground(doc, key[1], ground)
            if box is not None:
                self.cursor.set_finding(("m", box.id), box.page)
        else:
            self.qd.session.change_ground(doc, [key[1]], ground)
            if self.doc == doc and self.cursor.finding == key:
                self.step(+1)  # a finding redacted with another ground is decided, like A: on to the next one

    def accept_matching(self, by: str, whole_dossier: bool) -> None:
        """E/L: accept every open finding of this kind/rule in the document; Shift: in the whole dossier, after
        asking (one keystroke should not decide on documents the reviewer has not seen)."""
        row = self.current()
        if row is None or row.is_manual:
            return
        value = row.entity if by == "entity" else row.rule
        if not whole_dossier:
            self._accept_matching([self.doc], by, value, self.tr("in this document"))
            return
        found = self.qd.session.open_matching(self.documents, **{by: value})
        count = sum(len(ids) for ids in found.values())
        what = self._matching_label(by, value)
        if not count:
            self.message.emit(self.tr("No open suggestions {what} in the dossier.").format(what=what))
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Accept across the dossier"),
                          self.tr("Accept {count} open suggestion(s) {what} in {docs} document(s) of the "
                                  "dossier?").format(count=count, what=what, docs=len(found)),
                          QMessageBox.StandardButton.NoButton, self.window)
        box.setInformativeText(self.tr("Each is redacted with its ground. Ctrl+Z undoes them all in one step."))
        yes = box.addButton(self.tr("Accept {count}").format(count=count), QMessageBox.ButtonRole.AcceptRole)
        box.setEscapeButton(box.addButton(QMessageBox.StandardButton.Cancel))
        box.setDefaultButton(yes)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        docs = list(found)
        self.dialog = box
        box.finished.connect(lambda _r: setattr(self, "dialog", None))
        box.buttonClicked.connect(lambda button: button is yes and self._accept_matching(
            docs, by, value, self.tr("in the dossier")))
        box.open()

    def _matching_label(self, by: str, value: str) -> str:
        if by == "entity":
            return self.tr("of the kind “{kind}”").format(kind=entity_label(value))
        return self.tr("of the rule “{rule}”").format(rule=value)

    @_reported
    def _accept_matching(self, docs: list[int], by: str, value: str, where: str) -> None:
        count = self.qd.session.accept_matching(docs, **{by: value})
        self.message.emit(self.tr("Accepted {count} open finding(s) {what} {where}.").format(
            count=count, what=self._matching_label(by, value), where=where))

    @_reported
    def remove_box(self) -> None:
        row = self.current()
        if row is not None and row.is_manual:
            self.qd.session.remove_boxes(self.doc, [row.key[1]])
            self.cursor.set_finding(None)

    def undo(self) -> None:
        if self.qd and self.qd.session.undo():
            self.message.emit(self.tr("Undone."))

    def redo(self) -> None:
        if self.qd and self.qd.session.redo():
            self.message.emit(self.tr("Redone."))

    # -- manual redaction ------------------------------------------------------------------------------
    def box_drawn(self, page: int, rect: tuple[float, float, float, float]) -> None:
        if not self.qd or self.doc is None or self.view.source is None:
            return
        doc, rects = self.doc, box_rects(self.view.source.page(page), rect)

        def apply(ground: str) -> None:
            row = self.qd.session.add_box(doc, page, rects, ground, note="drawn box")
            self.cursor.set_finding(("m", row.id), page)

        self._pick_ground(self.tr("Ground for this box"), self._box_ground(), apply)

    def redact_selection(self) -> None:
        selection = self.view.selection()
        if not self.qd or self.doc is None or selection is None:
            self.message.emit(self.tr("Select text first (T, then drag over the words)."))
            return
        page, start, end, text = selection
        doc, rects = self.doc, [list(r) for r in self.view.source.page(page).rects_for(start, end)]

        def apply(ground: str) -> None:
            row = self.qd.session.add_box(doc, page, rects, ground, note=f"selected text “{' '.join(text.split())}”")
            self.view.clear_selection()
            self.cursor.set_finding(("m", row.id), page)

        self._pick_ground(self.tr("Ground for the selected text"), self._box_ground(), apply)

    def redact_everywhere(self) -> None:
        if not self.qd:
            return
        selection = self.view.selection()
        text = " ".join(selection[3].split()) if selection else ""
        dialog = FindRedactDialog(self.qd, text, self._box_ground(), self.lang, self.window)
        dialog.redacted.connect(lambda n: self.message.emit(self.tr("Redacted {n} occurrence(s).").format(n=n)))
        self._open(dialog, lambda _d: self.view.clear_selection())
        if text:
            dialog.start_search()

    def mark_page(self) -> None:
        if not self.qd or self.doc is None or self.view.source is None:
            return
        doc, page = self.doc, self.view.source.page(self.view.page_number)
        dialog = MarkDialog(self.qd.ground_set, self.qd.grounds(), self.lang, "page", parent=self.window)
        dialog.set_ground(self._box_ground())

        def apply(d: MarkDialog) -> None:
            box = self.qd.session.mark_page(doc, page, d.judgement(), d.ground.currentData(), d.note.text())
            self.cursor.set_finding(("m", box.id), page.number)

        self._open(dialog, apply)

    def mark_document(self) -> None:
        if not self.qd or self.doc is None:
            return
        doc = self.doc
        current = self.qd.session.judgement(doc)
        dialog = MarkDialog(self.qd.ground_set, self.qd.grounds(), self.lang, "document",
                            current.judgement if current else None, self.window)
        dialog.set_ground(current.ground if current else None)

        def apply(d: MarkDialog) -> None:
            self.qd.session.set_judgement(doc, d.judgement(), d.ground.currentData(), d.note.text())

        self._open(dialog, apply)

    @_reported
    def approve(self) -> None:
        """Four eyes: the second reviewer approves the current document (the core refuses one who decided on it)."""
        if not self.qd or self.doc is None:
            return
        doc, who = self.qd.document(self.doc), self.qd.session.reviewer
        refusal = ""
        if who in self.qd.dossier.store.approval(self.doc)[1]:  # the core refuses too, in English
            refusal = self.tr("You ({name}) made decisions on this document, so you cannot also approve it. "
                              "Four eyes means a second reviewer, signed in under their own name, approves "
                              "it.").format(name=who)
        elif open_count := self.qd.session.progress(self.doc).open:  # read afresh: a colleague may just have decided
            # the next decision would withdraw the approval at once: approving now only looks like progress
            refusal = self.tr("{n} suggestion(s) in this document are not yet reviewed. Approve it when the review "
                              "is done: a decision made after the approval withdraws it.").format(n=open_count)
        if refusal:
            show_error(self.window, self.tr("Document not approved"), refusal)
            return
        self.qd.session.approve(self.doc)
        self.message.emit(self.tr("Document {n} approved by {name}.").format(
            n=doc.number if doc else self.doc, name=self.qd.session.reviewer))

    @_reported
    def mark_duplicate(self, doc_id: int, confirm: bool) -> None:
        """Confirm that a copy is a duplicate (or clear that mark): a document judgement like "Mark document…",
        so it is saved, audited and undoable the same way; the note names where the content was assessed."""
        doc = self.qd.document(doc_id) if self.qd else None
        if doc is None:
            return
        code = self.qd.ground_set.status_duplicate.code
        current = self.qd.session.judgement(doc_id)
        if confirm and doc.duplicate_of_id is not None:
            original = self.qd.document(doc.duplicate_of_id)
            number = original.number if original else doc.duplicate_of_id
            self.qd.session.set_judgement(doc_id, code, None, duplicate_remark(number, language_of(self.qd.ground_set)))
            self.message.emit(self.tr("Document {n} marked as a duplicate of document {of}.").format(n=doc.number,
                                                                                                 of=number))
        elif not confirm and current is not None and current.judgement == code:
            self.qd.session.set_judgement(doc_id, None)
            self.message.emit(self.tr("Document {n} is judged by its own content again.").format(n=doc.number))
