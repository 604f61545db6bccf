"""The right pane: the findings of the current document, filters, and the details of one."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.dossier_model import Key, Row
from ui.findings_model import ALL, QtFindingsModel, entity_label, state_label

STATES = ("suggested", "accepted", "rejected", "kept", "manual")


class QtFindingsPanel(QWidget):
    """Lists findings; tells which one the reviewer picked. Decisions are made elsewhere."""

    findingActivated = Signal(object)  # Key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QtFindingsModel(self)
        self._grounds: dict[str, str] = {}  # code -> label
        self.title = QLabel(self.tr("Findings"))
        self.title.setObjectName("paneTitle")
        self.ground_filter, self.entity_filter, self.state_filter = QComboBox(), QComboBox(), QComboBox()
        for combo, name, tip in ((self.ground_filter, "ground", self.tr("Show only findings with this ground")),
                                 (self.entity_filter, "entity", self.tr("Show only findings of this kind")),
                                 (self.state_filter, "state", self.tr("Show only findings in this state"))):
            combo.setToolTip(tip)
            combo.currentIndexChanged.connect(lambda _i, c=combo, n=name: self.model.set_filter(n, c.currentData()))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter on text or reason…"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(self.tr("Show only findings whose text or reason contains this"))
        self.search.textChanged.connect(lambda text: self.model.set_filter("text", " ".join(text.casefold().split())))
        self.model.modelReset.connect(self._update_title)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        # State, page, kind and ground read in full (as wide as their longest entry); the text and the reason
        # share the rest, elided, the whole of both in the tooltip and the details below.
        # The widths come from the labels a column can hold, not from its rows: sizing to the rows' contents
        # read up to a thousand rows at every change (accepting one finding of a 7,000-finding document took 90 ms).
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(24)
        modes = {"reason": QHeaderView.ResizeMode.Stretch}
        for column, name in enumerate(QtFindingsModel.COLUMNS):
            header.setSectionResizeMode(column, modes.get(name, QHeaderView.ResizeMode.Interactive))
        self.table.verticalHeader().setResizeContentsPrecision(64)  # the text column's width: a sample suffices
        self._fit_fixed_columns([], [], [])
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.viewport().installEventFilter(self)
        self.model.modelReset.connect(self._fit_text_column)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setMinimumHeight(150)
        frame = QFrame()
        frame.setObjectName("details")
        inner = QVBoxLayout(frame)
        inner.addWidget(self.details)
        row = QHBoxLayout()
        for label, combo in ((self.tr("Ground"), self.ground_filter), (self.tr("Entity"), self.entity_filter),
                             (self.tr("State"), self.state_filter)):
            box = QVBoxLayout()
            caption = QLabel(label)
            caption.setStyleSheet("color: #5F6B7A;")
            box.addWidget(caption)
            box.addWidget(combo)
            row.addLayout(box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addLayout(row)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(frame)
        self.set_rows([])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_text_column()
        return super().eventFilter(watched, event)

    def _fit_fixed_columns(self, states: list[str], entities: list[str], codes: list[str]) -> None:
        """State, page, kind and ground as wide as the longest label the document's findings show there."""
        metrics, header = self.table.fontMetrics(), self.table.horizontalHeader()
        bold = QFont(self.table.font())
        bold.setBold(True)
        widest = {
            "state": max(metrics.horizontalAdvance(state_label(s, short=True)) for s in states or STATES) + 30,
            "page": metrics.horizontalAdvance("999") + 16,
            "entity": max(metrics.horizontalAdvance(entity_label(e)) for e in entities or ["PERSON"]) + 16,
            "ground": max(QFontMetrics(bold).horizontalAdvance(code) for code in codes or ["5.1.2e"]) + 16,
        }
        for column, name in enumerate(QtFindingsModel.COLUMNS):
            if name in widest:
                header.resizeSection(column, max(widest[name], header.sectionSizeHint(column)))

    def _fit_text_column(self) -> None:
        """The text column as wide as its longest entry, up to 45% of what the fixed columns leave; the reason
        takes the rest (a name is short, a reason long)."""
        header, text = self.table.horizontalHeader(), QtFindingsModel.COLUMNS.index("text")
        reason = QtFindingsModel.COLUMNS.index("reason")
        fixed = sum(header.sectionSize(c) for c in range(header.count()) if c not in (text, reason))
        left = self.table.viewport().width() - fixed
        wanted = max([self.table.sizeHintForColumn(text), header.sectionSizeHint(text)])
        header.resizeSection(text, max(60, min(wanted, int(left * 0.45))))

    # -- model to widget ------------------------------------------------------------------------------
    def set_grounds(self, grounds: dict[str, str]) -> None:
        self._grounds = grounds

    def set_rows(self, rows: list[Row]) -> None:
        """New findings for the panel (the current filters stay when they still apply)."""
        codes = sorted({r.ground for r in rows if r.ground})
        entities = sorted({r.entity for r in rows}, key=entity_label)
        states = [s for s in STATES if s in {r.state for r in rows}]
        self._fill(self.ground_filter, codes, self.tr("All grounds"))
        self._fill(self.entity_filter, entities, self.tr("All kinds"), entity_label)
        self._fill(self.state_filter, states, self.tr("All states"), state_label)
        self._fit_fixed_columns(states, entities, codes)
        current = self.current_key()
        self.model.set_rows(rows)
        self.set_current(current)

    def _fill(self, combo: QComboBox, values: list[str], everything: str, label=lambda v: v) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, ALL)
        for value in values:
            combo.addItem(label(value), value)
        index = combo.findData(chosen)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        name = {self.ground_filter: "ground", self.entity_filter: "entity", self.state_filter: "state"}[combo]
        self.model.filters[name] = combo.currentData() or ALL

    def set_current(self, key: Key | None) -> None:
        """Select the row of ``key`` without announcing it (the cursor already knows)."""
        i = self.model.index_of(key)
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        if i >= 0:
            index = self.model.index(i, 0)
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                      | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)
        else:
            selection.clearSelection()
            selection.setCurrentIndex(self.model.index(-1, -1), QItemSelectionModel.SelectionFlag.Clear)
        selection.blockSignals(False)
        row = next((r for r in self.model.all_rows() if r.key == key), None)
        self._show_details(row)

    def current_key(self) -> Key | None:
        i = self.table.selectionModel().currentIndex().row()
        return self.model.rows[i].key if 0 <= i < len(self.model.rows) else None

    # -- widget to model ------------------------------------------------------------------------------
    def _on_current_row(self, current, _previous) -> None:
        if 0 <= current.row() < len(self.model.rows):
            row = self.model.rows[current.row()]
            self._show_details(row)
            self.findingActivated.emit(row.key)

    def _update_title(self) -> None:
        shown, total = len(self.model.rows), len(self.model.all_rows())
        open_count = sum(1 for r in self.model.all_rows() if r.state == "suggested")
        text = self.tr("Findings: {open} open of {total}").format(open=open_count, total=total)
        if shown != total:
            text += " " + self.tr("({shown} shown)").format(shown=shown)
        self.title.setText(text)

    def _show_details(self, row: Row | None) -> None:
        if row is None:
            none = self.tr("No finding selected.")
            self.details.setText(f"<span style='color:#5F6B7A'>{none}</span>")
            return
        esc = html.escape
        t = {"page": self.tr("page"), "ground": self.tr("Ground"), "reason": self.tr("Reason"),
             "rule": self.tr("Rule"), "score": self.tr("score"), "by": self.tr("Decided by")}
        ground = f"<b>{esc(row.ground)}</b> {esc(self._grounds.get(row.ground, ''))}" if row.ground else "—"
        lines = [
            f"<b>{esc(state_label(row.state))}</b> · {esc(entity_label(row.entity))} · {t['page']} {row.page}",
            f"<span style='font-size:11pt'>{esc(' '.join(row.text.split()))}</span>" if row.text else "",
            f"{t['ground']}: {ground}",
            f"{t['reason']}: {esc(row.reason)}" if row.reason else "",
            f"{t['rule']}: {esc(row.rule)} · {t['score']} {row.score:.2f}" if row.rule else "",
            f"<span style='color:#5F6B7A'>{t['by']} {esc(row.decided_by)}</span>" if row.decided_by else "",
        ]
        self.details.setText("<br>".join(line for line in lines if line))
