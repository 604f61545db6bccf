"""The left pane: the dossier's documents with review status and open suggestions.

Each document is two lines: its number and name, then a coloured dot with the status
(not started / in review / done, or the document's judgement) and its open suggestions,
and a tag when it belongs to a group ("duplicate of 3", "thread 7", "attachment of 1").
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from redactor.errors import needs_password
from redactor.review import DocumentProgress
from redactor.store import DocumentRow
from ui import style
from ui.groups import Marker

ID_ROLE = Qt.ItemDataRole.UserRole
INFO_ROLE = Qt.ItemDataRole.UserRole + 1


def status_label(status: str) -> str:
    labels = {"not started": QCoreApplication.translate("Status", "not started"),
              "in review": QCoreApplication.translate("Status", "in review"),
              "done": QCoreApplication.translate("Status", "done"),
              "error": QCoreApplication.translate("Status", "cannot be read"),
              "locked": QCoreApplication.translate("Status", "password needed")}
    return labels.get(status, status)


@dataclass(frozen=True)
class _Info:
    title: str
    status: str  # not started | in review | done | error
    detail: str  # the second line's text
    open: int
    marker: Marker | None = None  # duplicate, thread or family tag


class _DocumentDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return QSize(200, QFontMetrics(option.font).height() * 2 + 16)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        info: _Info = index.data(INFO_ROLE)
        self.initStyleOption(option, index)
        option.text = ""
        option.widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        r = option.rect.adjusted(10, 6, -10, -6)
        fm = QFontMetrics(option.font)
        painter.save()
        bold = QFont(option.font)
        bold.setBold(info.open > 0)
        painter.setFont(bold)
        text_colour = option.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        painter.setPen(QColor("#B71C1C") if info.status == "error" and not selected else text_colour)
        top = QRect(r.left(), r.top(), r.width() - 40, fm.height())
        painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(bold).elidedText(info.title, Qt.TextElideMode.ElideMiddle, top.width()))
        if info.open:
            badge = QRect(r.right() - 34, r.top(), 34, fm.height())
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#FFFFFF") if selected else style.STATE_COLOURS["suggested"])
            painter.drawRoundedRect(badge, fm.height() / 2, fm.height() / 2)
            painter.setPen(QColor("#1565C0") if selected else QColor("#FFFFFF"))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(info.open))
        dot = style.STATUS_COLOURS.get(info.status, QColor("#B71C1C"))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(dot)
        y = r.bottom() - fm.height() / 2
        painter.drawEllipse(r.left() + 1, int(y - 4), 8, 8)
        painter.setFont(option.font)
        bottom = QRect(r.left() + 16, r.bottom() - fm.height(), r.width() - 16, fm.height())
        if info.marker is not None:
            bottom.setRight(bottom.right() - self._paint_tag(painter, info.marker, r, fm, selected) - 6)
        painter.setPen(text_colour if selected else QColor("#5F6B7A"))
        painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         fm.elidedText(info.detail, Qt.TextElideMode.ElideRight, bottom.width()))
        painter.restore()

    @staticmethod
    def _paint_tag(painter: QPainter, marker: Marker, r: QRect, fm: QFontMetrics, selected: bool) -> int:
        """A rounded tag at the right of the second line; returns its width (the status text stops before it)."""
        width = min(fm.horizontalAdvance(marker.tag) + 12, r.width() // 2)
        tag = QRect(r.right() - width, r.bottom() - fm.height(), width, fm.height())
        background, text = style.TAG_COLOURS[marker.kind]
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#FFFFFF") if selected else background)
        painter.drawRoundedRect(tag, 4, 4)
        painter.setPen(text)
        painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, fm.elidedText(marker.tag, Qt.TextElideMode.ElideRight,
                                                                          width - 8))
        return width


class QtDocumentList(QWidget):
    """Documents of the dossier. Emits the one the reviewer picks."""

    documentActivated = Signal(int)
    problemActivated = Signal(int)  # a document that could not be read was clicked (to unlock it, say)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("Documents"))
        self.title.setObjectName("paneTitle")
        self.list = QListWidget()
        self.list.setItemDelegate(_DocumentDelegate(self.list))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setUniformItemSizes(True)
        self.list.currentItemChanged.connect(self._on_current)
        self.list.itemClicked.connect(self._on_clicked)
        self.list.itemActivated.connect(self._on_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.list)
        self._items: dict[int, QListWidgetItem] = {}
        self._markers: dict[int, Marker] = {}

    def set_documents(self, documents: list[DocumentRow], progress, markers: dict[int, Marker] | None = None) -> None:
        """Fill the list; ``progress(doc_id)`` gives each document's :class:`DocumentProgress`, ``markers``
        the documents' group tags."""
        self.list.blockSignals(True)
        self.list.clear()
        self._items, self._markers = {}, markers or {}
        for doc in documents:
            item = QListWidgetItem(f"{doc.number}. {doc.name}")
            item.setData(ID_ROLE, doc.id)
            self.list.addItem(item)
            self._items[doc.id] = item
            if doc.error:
                locked = needs_password(doc.error)
                item.setData(INFO_ROLE, _Info(item.text(), "error", status_label("locked" if locked else "error"), 0))
                item.setToolTip(doc.error + ("\n" + self.tr("Click to enter its password.") if locked else ""))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            else:
                self.update_document(doc.id, progress(doc.id))
        self.list.blockSignals(False)
        self.title.setText(self.tr("Documents ({count})").format(count=len(documents)))

    def update_document(self, doc_id: int, progress: DocumentProgress) -> None:
        item = self._items.get(doc_id)
        if item is None:
            return
        status = progress.status
        detail = status_label(status)
        if progress.judgement:
            detail += f" · {progress.judgement}"
        # a judged document (dubbel, niet openbaar, ...) is done and exported without its findings: no badge
        open_count = 0 if progress.judgement else progress.open
        if open_count:
            detail += " · " + self.tr("{n} open").format(n=open_count)
        if progress.approved_by:
            detail += " · " + self.tr("approved")
        marker = self._markers.get(doc_id)
        item.setData(INFO_ROLE, _Info(item.text(), status, detail, open_count, marker))
        tip = self.tr("{name}\n{status}: {decided} decided, {open} open, {boxes} manual box(es)").format(
            name=item.text(), status=status_label(status), decided=progress.decided, open=progress.open,
            boxes=progress.boxes)
        item.setToolTip(f"{tip}\n\n{marker.tooltip}" if marker else tip)

    def info(self, doc_id: int) -> _Info | None:
        item = self._items.get(doc_id)
        return item.data(INFO_ROLE) if item is not None else None

    def set_current(self, doc_id: int | None) -> None:
        item = self._items.get(doc_id) if doc_id is not None else None
        self.list.blockSignals(True)
        self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if item is not None:
            self.list.scrollToItem(item)

    def ids(self) -> list[int]:
        return [doc_id for doc_id, item in self._items.items() if item.flags() & Qt.ItemFlag.ItemIsSelectable]

    def _on_clicked(self, item: QListWidgetItem) -> None:
        if not item.flags() & Qt.ItemFlag.ItemIsSelectable:
            self.problemActivated.emit(int(item.data(ID_ROLE)))

    def _on_current(self, current: QListWidgetItem | None, _previous) -> None:
        if current is not None and current.flags() & Qt.ItemFlag.ItemIsSelectable:
            self.documentActivated.emit(int(current.data(ID_ROLE)))
