"""The "Duplicates and threads" view: each group with its documents and which one is reviewed.

Double-click (or Enter) opens a document; a copy can be confirmed as "dubbel" (a document
judgement through the review session, saved and audited like every decision) or cleared.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from redactor.review import DocumentProgress
from redactor.store import DocumentRow
from ui.document_list import status_label
from ui.groups import Group, doc_name, reason_label

ID_ROLE = Qt.ItemDataRole.UserRole


class QtGroupsPanel(QWidget):
    """The groups of the dossier. Emits the document to open and the reviewer's duplicate confirmations."""

    documentActivated = Signal(int)
    markDuplicate = Signal(int, bool)  # document id; True confirms the copy is a duplicate, False clears that mark

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()  # the dock's title names the view; this line counts what is in it
        self.title.setStyleSheet("font-weight:600; padding:2px;")
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Document"), self.tr("Role"), self.tr("Status")])
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(self._on_activated)  # double-click and Enter
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.confirm = QPushButton(self.tr("Mark as d&uplicate"))
        self.confirm.setToolTip(self.tr("Judge this copy a duplicate of the document where its content was assessed "
                                        "(saved like every decision; Ctrl+Z undoes it)"))
        self.clear = QPushButton(self.tr("C&lear duplicate mark"))
        self.clear.setToolTip(self.tr("Judge this document by its own content again"))
        self.confirm.clicked.connect(lambda: self._mark(True))
        self.clear.clicked.connect(lambda: self._mark(False))
        hint = QLabel(self.tr("Double-click or Enter opens a document. A copy is not published again: the inventory "
                              "lists it as a duplicate, with the document where its content was assessed."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color:#5F6B7A;")
        buttons = QHBoxLayout()
        buttons.addWidget(hint, 1)
        buttons.addWidget(self.confirm)
        buttons.addWidget(self.clear)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self._items: dict[int, list[QTreeWidgetItem]] = {}  # a document can be in a thread and a family
        self._docs: dict[int, DocumentRow] = {}
        self._progress: Callable[[int], DocumentProgress] | None = None
        self._dubbel = "dubbel"
        self.set_groups([], None)

    def set_groups(self, groups: list[Group], progress: Callable[[int], DocumentProgress] | None,
                   dubbel: str = "dubbel") -> None:
        """Show ``groups``; ``progress(doc_id)`` gives the review state; ``dubbel`` is the ground set's code
        for a duplicate (the judgement the buttons set and clear)."""
        self._progress, self._dubbel = progress, dubbel
        self.tree.clear()
        self._items, self._docs = {}, {}
        titles = {"duplicates": self.tr("Same content: assessed in {name}"),
                  "thread": self.tr("E-mail thread of {n} messages: review {name}"),
                  "family": self.tr("E-mail with attachments: {name}")}
        for g in groups:
            top = QTreeWidgetItem([titles[g.kind].format(name=doc_name(g.head), n=len(g.members) + 1)])
            top.setData(0, ID_ROLE, g.head.id)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.tree.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)  # only takes effect once the item is in the tree
            for doc, role in [(g.head, self._head_role(g.kind)), *((m, self._member_role(g.kind, m)) for m in g.members)]:
                item = QTreeWidgetItem(top, [doc_name(doc), role, ""])
                item.setData(0, ID_ROLE, doc.id)
                item.setToolTip(0, doc.name)
                if doc is g.head:
                    item.setForeground(1, QColor("#1E5E22"))
                self._items.setdefault(doc.id, []).append(item)
                self._docs[doc.id] = doc
                self.update_document(doc.id)
            top.setExpanded(True)
        # the Document column fits the file names, not the group titles that span the row
        names = [doc_name(d) for d in self._docs.values()]
        width = max((self.tree.fontMetrics().horizontalAdvance(n) for n in names), default=200)
        self.tree.header().resizeSection(0, min(width + 3 * self.tree.indentation(), 520))
        counts = {k: sum(g.kind == k for g in groups) for k in ("duplicates", "thread", "family")}
        self.title.setText(self.tr("{d} group(s) with the same content, {t} e-mail thread(s), "
                                   "{f} e-mail(s) with attachments").format(d=counts["duplicates"],
                                                                            t=counts["thread"], f=counts["family"])
                           if groups else self.tr("No duplicates or e-mail threads in this dossier.") if progress
                           else self.tr("Open a dossier to see its duplicates and e-mail threads."))
        self._update_buttons()

    def _head_role(self, kind: str) -> str:
        return {"duplicates": self.tr("original: content assessed here"),
                "thread": self.tr("longest message: review this one"), "family": self.tr("e-mail")}[kind]

    def _member_role(self, kind: str, doc: DocumentRow) -> str:
        if kind == "family":
            return self.tr("attachment")
        if doc.duplicate_of_id is not None:
            return self.tr("duplicate: {reason}").format(reason=reason_label(doc.duplicate_reason))
        return self.tr("message with text of its own: review it too")

    def update_document(self, doc_id: int) -> None:
        """Show a document's review state (after a decision or a duplicate mark)."""
        if self._progress is None:
            return
        progress = self._progress(doc_id)
        text = progress.judgement if progress.judgement else status_label(progress.status)
        if progress.open and not progress.judgement:
            text += " · " + self.tr("{n} open").format(n=progress.open)
        for item in self._items.get(doc_id, []):
            item.setText(2, text)
        self._update_buttons()

    def set_current(self, doc_id: int | None) -> None:
        """Follow the document shown in the window (without opening anything)."""
        items = self._items.get(doc_id, []) if doc_id is not None else []
        if items and self.tree.currentItem() not in items:
            self.tree.blockSignals(True)
            self.tree.setCurrentItem(items[0])
            self.tree.blockSignals(False)
            self._update_buttons()

    def current_document(self) -> int | None:
        item = self.tree.currentItem()
        return int(item.data(0, ID_ROLE)) if item is not None and item.parent() is not None else None

    def items(self, doc_id: int) -> list[QTreeWidgetItem]:
        return list(self._items.get(doc_id, []))

    def _on_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self.documentActivated.emit(int(item.data(0, ID_ROLE)))

    def _mark(self, confirm: bool) -> None:
        doc_id = self.current_document()
        if doc_id is not None:
            self.markDuplicate.emit(doc_id, confirm)

    def _update_buttons(self) -> None:
        doc_id = self.current_document()
        doc = self._docs.get(doc_id) if doc_id is not None else None
        judged = self._progress(doc_id).judgement if doc is not None and self._progress else None
        self.confirm.setEnabled(doc is not None and doc.duplicate_of_id is not None and judged != self._dubbel)
        self.clear.setEnabled(doc is not None and judged == self._dubbel)
