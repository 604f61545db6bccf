"""The findings of one document as a filtered table: state, page, entity, text, ground, reason."""

from __future__ import annotations

import functools
import html

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from ui import style
from ui.dossier_model import Key, Row

ALL = ""
Index = QModelIndex | QPersistentModelIndex


def state_label(state: str, short: bool = False) -> str:
    """A state in the reviewer's words; ``short`` for the list, where the kind column already says "official"."""
    labels = _state_labels(QCoreApplication.translate("States", "suggested"))  # the key: which language is on
    if short and state == "kept":
        return labels["kept-short"]
    return labels.get(state, state)


def entity_label(entity: str) -> str:
    """A finding's kind in the reviewer's words ("person", "phone number"), not the detector's code."""
    labels = _entity_labels(QCoreApplication.translate("Entities", "person"))  # the key: which language is on
    return labels.get(entity, entity.replace("_", " ").lower())


# The list asks for a label per row and column on every paint: translate them once per language, not per call.
@functools.lru_cache(maxsize=4)
def _state_labels(_language_key: str) -> dict[str, str]:
    return {
        "suggested": QCoreApplication.translate("States", "suggested"),
        "accepted": QCoreApplication.translate("States", "accepted"),
        "rejected": QCoreApplication.translate("States", "rejected"),
        "kept": QCoreApplication.translate("States", "kept (official)"),
        "kept-short": QCoreApplication.translate("States", "kept"),
        "manual": QCoreApplication.translate("States", "manual box"),
    }


@functools.lru_cache(maxsize=4)
def _entity_labels(_language_key: str) -> dict[str, str]:
    return {
        "PERSON": QCoreApplication.translate("Entities", "person"),
        "PUBLIC_OFFICIAL": QCoreApplication.translate("Entities", "official"),
        "PHONE": QCoreApplication.translate("Entities", "phone number"),
        "EMAIL": QCoreApplication.translate("Entities", "e-mail address"),
        "ADDRESS": QCoreApplication.translate("Entities", "address"),
        "DATE_OF_BIRTH": QCoreApplication.translate("Entities", "date of birth"),
        "BSN": QCoreApplication.translate("Entities", "BSN"),
        "SSN": QCoreApplication.translate("Entities", "SSN"),
        "IBAN": QCoreApplication.translate("Entities", "IBAN"),
        "ID_DOCUMENT": QCoreApplication.translate("Entities", "ID number"),
        "LICENSE_PLATE": QCoreApplication.translate("Entities", "licence plate"),
        "VAT_ID": QCoreApplication.translate("Entities", "VAT number"),
        "SOCIAL_MEDIA": QCoreApplication.translate("Entities", "social media account"),
        "SIGNATURE": QCoreApplication.translate("Entities", "signature"),
        "PASSAGE": QCoreApplication.translate("Entities", "passage"),
        "HEALTH": QCoreApplication.translate("Entities", "health"),
        "SPECIAL_DATA": QCoreApplication.translate("Entities", "special personal data"),
        "CRIMINAL_DATA": QCoreApplication.translate("Entities", "criminal data"),
        "MANUAL": QCoreApplication.translate("Entities", "manual box"),
    }


class QtFindingsModel(QAbstractTableModel):
    """Rows of :class:`Row` after the ground / entity / state filters."""

    COLUMNS = ("state", "page", "entity", "text", "ground", "reason")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._all: list[Row] = []
        self._rows: list[Row] = []
        self.filters = {"ground": ALL, "entity": ALL, "state": ALL, "text": ALL}  # text: casefolded words

    # -- data in -------------------------------------------------------------------------------------
    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self._all = rows
        self._rows = [r for r in rows if self._passes(r)]
        self.endResetModel()

    def set_filter(self, name: str, value: str) -> None:
        self.filters[name] = value
        self.set_rows(self._all)

    def _passes(self, row: Row) -> bool:
        f = self.filters
        return ((not f["ground"] or row.ground == f["ground"]) and (not f["entity"] or row.entity == f["entity"])
                and (not f["state"] or row.state == f["state"])
                and (not f["text"] or f["text"] in row.text.casefold() or f["text"] in row.reason.casefold()))

    # -- lookups ---------------------------------------------------------------------------------------
    @property
    def rows(self) -> list[Row]:
        return self._rows

    def all_rows(self) -> list[Row]:
        return self._all

    def index_of(self, key: Key | None) -> int:
        return next((i for i, r in enumerate(self._rows) if r.key == key), -1)

    def neighbour(self, key: Key | None, step: int) -> Row | None:
        """The visible row ``step`` rows after ``key`` (the first/last when ``key`` is not visible)."""
        if not self._rows:
            return None
        i = self.index_of(key)
        if i < 0:
            return self._rows[0] if step > 0 else self._rows[-1]
        j = i + step
        return self._rows[j] if 0 <= j < len(self._rows) else None

    # -- Qt model --------------------------------------------------------------------------------------
    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and self.COLUMNS[section] == "page":
            return self.tr("Page")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = [self.tr("State"), self.tr("p.", "page"), self.tr("Entity"), self.tr("Text"), self.tr("Ground"),
                  self.tr("Reason")]
        return titles[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:  # rich text, so a long reason wraps
            text = html.escape(" ".join(row.text.split()))
            return f"<b>{text}</b><br>{html.escape(row.reason)}" if text else html.escape(row.reason)
        if role == Qt.ItemDataRole.DecorationRole and column == "state":
            return style.swatch(style.STATE_COLOURS.get(row.state, QColor("gray")))
        if role == Qt.ItemDataRole.FontRole and column == "ground" and row.ground:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and row.state == "rejected":
            return QColor("#78909C")
        return None

    def _display(self, row: Row, column: str) -> str:
        if column == "state":
            return state_label(row.state, short=True)
        if column == "page":
            return str(row.page)
        if column == "text":
            text = " ".join(row.text.split()) or "—"
            return text if len(text) <= 60 else text[:57] + "…"
        if column == "reason":
            return row.reason
        if column == "entity":
            return entity_label(row.entity)
        return str(getattr(row, column) or "")
