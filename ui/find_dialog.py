"""Redact every occurrence of a text across the dossier, after seeing how often it occurs."""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from redactor.review import ManualBox, Search, find_occurrences
from ui.dialogs import ground_text, show_error
from ui.dossier_model import QtDossier
from ui.workers import Job


class FindRedactDialog(QDialog):
    """Search (off the GUI thread), preview the count and places, then redact them all as one undoable step."""

    searched = Signal(object)  # Search
    redacted = Signal(int)  # boxes added

    def __init__(self, qd: QtDossier, text: str, ground: str, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.qd = qd
        self.search: Search | None = None
        self.job: Job | None = None
        self.setWindowTitle(self.tr("Redact every occurrence"))
        self.resize(680, 520)
        self.text = QLineEdit(text)
        self.text.setPlaceholderText(self.tr("Text to find in every document"))
        self.find_button = QPushButton(self.tr("Find"))
        self.find_button.setToolTip(self.tr("Search all documents (Enter)"))
        self.find_button.clicked.connect(self.start_search)
        self.text.returnPressed.connect(self.start_search)
        self.text.textChanged.connect(self._invalidate)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.summary = QLabel(self.tr("Whole words, not case-sensitive."))
        self.places = QListWidget()
        self.places.setAlternatingRowColors(True)
        self.ground = QComboBox()
        for g in qd.grounds():
            self.ground.addItem(ground_text(g, lang), g.code)
        self.ground.setCurrentIndex(max(0, self.ground.findData(ground)))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.redact_button = self.buttons.addButton(self.tr("Redact all"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.redact_button.setEnabled(False)
        self.buttons.accepted.connect(self.redact_all)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.text, 1)
        row.addWidget(self.find_button)
        form = QFormLayout()
        form.addRow(self.tr("Ground"), self.ground)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(self.places, 1)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def start_search(self) -> None:
        text = self.text.text()
        if self.job is not None and self.job.running:
            return
        self.places.clear()
        self.redact_button.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setValue(0)
        store = self.qd.dossier.store
        passwords = self.qd.dossier.passwords
        self.job = Job(lambda progress: find_occurrences(store, text, passwords=passwords, progress=progress), self,
                       self.qd.label)
        self.job.progress.connect(self._on_progress)
        self.job.done.connect(self._on_found)
        self.job.failed.connect(lambda message: show_error(self, self.tr("Search failed"), message))
        self.job.finished.connect(lambda: self.progress.setVisible(False))
        self.job.start()

    def _on_progress(self, done: int, total: int, _name: str) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _on_found(self, search: Search) -> None:
        self.search = search
        count, docs = len(search.occurrences), search.documents
        self.summary.setText(self.tr("<b>{count}</b> occurrence(s) of “{text}” in {docs} document(s).").format(
            count=count, text=html.escape(search.text), docs=docs))
        for o in search.occurrences:
            item = QListWidgetItem(self.tr("…{context}…   (page {page}, {doc})").format(
                doc=o.document, page=o.page, context=around(o.context, search.text)))
            item.setToolTip(f"{o.document}, p. {o.page}\n…{o.context}…")
            self.places.addItem(item)
        for problem in search.problems:
            self.places.addItem(QListWidgetItem(self.tr("Not searched: {problem}").format(problem=problem)))
        self.redact_button.setText(self.tr("Redact all {count}").format(count=count))
        self.redact_button.setEnabled(count > 0)
        self.searched.emit(search)

    def _invalidate(self) -> None:
        self.search = None
        self.redact_button.setEnabled(False)
        self.redact_button.setText(self.tr("Redact all"))

    def redact_all(self) -> None:
        if not self.search or not self.search.occurrences:
            return
        ground = self.ground.currentData()
        note = f"every occurrence of “{self.search.text}”"
        boxes = [ManualBox(0, o.document_id, o.page, [list(r) for r in o.rects], ground, note)
                 for o in self.search.occurrences if o.rects]
        self.qd.session.add_boxes(boxes)
        self.redacted.emit(len(boxes))
        self.accept()

    def reject(self) -> None:
        if self.job is not None and self.job.running:
            self.job.cancel()
        super().reject()


def around(context: str, text: str, width: int = 28) -> str:
    """The found text «marked», with ``width`` characters either side: first on the line, so the reviewer sees
    what would be redacted (a long file name first pushed it out of sight)."""
    needle, folded = " ".join(text.split()).casefold(), context.casefold()
    starts = [i for i in range(len(folded)) if folded.startswith(needle, i)] if needle else []
    if not starts:
        return context
    i = min(starts, key=lambda s: abs(s - 40))  # the core cuts 40 characters before the match
    j = i + len(needle)
    return f"{context[max(0, i - width):i].lstrip()}«{context[i:j]}»{context[j:j + width].rstrip()}"
