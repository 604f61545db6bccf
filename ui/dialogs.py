"""Small dialogs: pick a ground, mark a page or document, list shortcuts, show an error.

Dialogs open window-modal without blocking (``open()``), so the reviewer's keyboard flow
and the tests both drive them through signals.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from redactor.grounds import Ground, GroundSet
from redactor.review import judgement_needs_ground

CODE_ROLE = Qt.ItemDataRole.UserRole
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1


def show_error(parent: QWidget | None, title: str, message: str) -> QMessageBox:
    """An error from the core, as a dialog that does not block the event loop."""
    box = QMessageBox(QMessageBox.Icon.Critical, title, message, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.open()
    return box


def ground_text(ground: Ground, lang: str) -> str:
    return f"{ground.code}  —  {ground.label(lang)}"


class GroundPicker(QDialog):
    """Choose a ground by typing part of its code or label; Enter takes the highlighted one."""

    def __init__(self, grounds: list[Ground], lang: str, current: str | None, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(560, 420)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Type a code or part of a label…"))
        self.filter.installEventFilter(self)
        self.list = QListWidget()
        for ground in grounds:
            item = QListWidgetItem(ground_text(ground, lang))
            item.setData(CODE_ROLE, ground.code)
            words = [ground.code, *ground.aliases, ground.label_nl, ground.label_en, ground.article]
            item.setData(SEARCH_ROLE, " ".join(words).casefold())  # either language finds it
            item.setToolTip(ground.article)
            self.list.addItem(item)
        self.filter.textChanged.connect(self._apply_filter)
        self.filter.returnPressed.connect(self.accept)
        self.list.itemActivated.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.select(current)
        self.filter.setFocus()

    def select(self, code: str | None) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(CODE_ROLE) == code:
                self.list.setCurrentRow(i)
                return
        self.list.setCurrentRow(0)

    def ground(self) -> str | None:
        item = self.list.currentItem()
        return item.data(CODE_ROLE) if item is not None and not item.isHidden() else None

    def _apply_filter(self, text: str) -> None:
        needle = text.casefold().strip()
        first = None
        for i in range(self.list.count()):
            item = self.list.item(i)
            hidden = bool(needle) and needle not in item.data(SEARCH_ROLE)
            item.setHidden(hidden)
            if not hidden and first is None:
                first = i
        current = self.list.currentItem()
        if first is not None and (current is None or current.isHidden()):
            self.list.setCurrentRow(first)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down in the filter move through the list."""
        if watched is self.filter and event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Up,
                                                                                                 Qt.Key.Key_Down):
            step = -1 if event.key() == Qt.Key.Key_Up else 1
            row = self.list.currentRow() + step
            while 0 <= row < self.list.count() and self.list.item(row).isHidden():
                row += step
            if 0 <= row < self.list.count():
                self.list.setCurrentRow(row)
            return True
        return super().eventFilter(watched, event)

    def accept(self) -> None:
        if self.ground():
            super().accept()


class MarkDialog(QDialog):
    """Judge a whole page or document: niet openbaar, reeds openbaar, dubbel, buiten reikwijdte."""

    def __init__(self, ground_set: GroundSet, grounds: list[Ground], lang: str, scope: str,
                 current: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ground_set = ground_set
        is_page = scope == "page"
        self.setWindowTitle(self.tr("Mark page") if is_page else self.tr("Mark document"))
        self.resize(540, 340)
        statuses = [ground_set.status_withheld, ground_set.status_out_of_scope, ground_set.status_already_public,
                    ground_set.status_duplicate]
        self.choices: list[tuple[QRadioButton, str | None]] = []
        layout = QVBoxLayout(self)
        intro = (self.tr("The whole page is covered by one box that carries the ground (or the judgement).")
                 if is_page else self.tr("The inventory lists the document with this judgement."))
        text = QLabel(intro)
        text.setWordWrap(True)
        layout.addWidget(text)
        for status in statuses:
            button = QRadioButton(status.label_nl if lang == "nl" else f"{status.label_en} ({status.code})")
            self.choices.append((button, status.code))
            layout.addWidget(button)
        if not is_page:
            button = QRadioButton(self.tr("Judge by its content (clear the mark)"))
            self.choices.append((button, None))
            layout.addWidget(button)
        chosen = next((b for b, code in self.choices if code == current), self.choices[0][0])
        chosen.setChecked(True)
        form = QFormLayout()
        self.ground = QComboBox()
        self.ground.addItem(self.tr("(no ground)"), None)
        for g in grounds:
            self.ground.addItem(ground_text(g, lang), g.code)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. duplicate of document 3"))
        form.addRow(self.tr("Ground"), self.ground)
        form.addRow(self.tr("Note"), self.note)
        layout.addLayout(form)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for button, _code in self.choices:
            button.toggled.connect(self._validate)
        self.ground.currentIndexChanged.connect(self._validate)
        self._validate()

    def judgement(self) -> str | None:
        return next(code for button, code in self.choices if button.isChecked())

    def set_judgement(self, code: str | None) -> None:
        next(b for b, c in self.choices if c == code).setChecked(True)

    def set_ground(self, code: str | None) -> None:
        self.ground.setCurrentIndex(max(0, self.ground.findData(code)))

    def _validate(self) -> None:
        ok = self.ground.currentData() is not None or not judgement_needs_ground(self._ground_set, self.judgement())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        self.ground.setToolTip("" if ok else self.tr("Withholding in full needs a ground"))


class ShortcutsDialog(QDialog):
    """Every action and its keys."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(560, 620)
        rows = [(a.text().replace("&", ""), ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText)
                                                      for k in a.shortcuts())) for a in actions if a.shortcuts()]
        table = QTableWidget(len(rows), 2)
        table.setHorizontalHeaderLabels([self.tr("Command"), self.tr("Keys")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for i, (text, keys) in enumerate(rows):
            table.setItem(i, 0, QTableWidgetItem(text))
            table.setItem(i, 1, QTableWidgetItem(keys))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
