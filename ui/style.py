"""Colours and the light, calm look of the app (Fusion style with a few touches)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

# Finding states as drawn on the page and in the lists. Red = will be blacked out.
STATE_COLOURS = {
    "suggested": QColor("#E8A317"),  # amber: waiting for the reviewer
    "accepted": QColor("#C62828"),  # red: will be redacted
    "manual": QColor("#8E24AA"),  # purple: a box the reviewer drew
    "rejected": QColor("#78909C"),  # grey: stays visible
    "kept": QColor("#2E7D32"),  # green: kept as public official
}
CURRENT = QColor("#1565C0")  # the finding under review
SELECTION = QColor(33, 150, 243, 70)  # selected text
PAGE_BACKGROUND = QColor("#E3E6EA")

STATUS_COLOURS = {"not started": QColor("#90A4AE"), "in review": QColor("#E8A317"), "done": QColor("#2E7D32")}
# Group tags in the document list (background, text): amber a copy, green its original, blue a thread, grey a family.
TAG_COLOURS = {"duplicate": (QColor("#FCEBC5"), QColor("#7A4F01")), "original": (QColor("#E3F1E4"), QColor("#1E5E22")),
               "thread": (QColor("#DCE8F7"), QColor("#1D4F91")), "family": (QColor("#E6E9ED"), QColor("#44505C"))}

_STYLESHEET = """
QToolBar { spacing: 4px; padding: 3px; border: none; border-bottom: 1px solid #D5D9DE; }
QToolBar QToolButton { padding: 4px 8px; border-radius: 4px; }
QToolBar QToolButton:checked { background: #D6E4F5; }
QTreeWidget, QTableView { border: 1px solid #D5D9DE; alternate-background-color: #F6F8FA; }
QTreeWidget::item { padding: 3px 2px; }
QHeaderView::section { background: #F0F2F5; border: none; border-bottom: 1px solid #D5D9DE;
                       padding: 4px 6px; font-weight: 600; }
QLabel#paneTitle { font-weight: 600; font-size: 11pt; padding: 4px 2px; }
QFrame#details { background: #FAFBFC; border: 1px solid #D5D9DE; border-radius: 4px; }
QStatusBar { border-top: 1px solid #D5D9DE; }
QDialog QListWidget::item { padding: 4px 4px; }
"""


def apply(app: QApplication) -> None:
    """Fusion with a light palette: predictable on every platform and in screenshots."""
    app.setStyle("Fusion")
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#F4F5F7"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#FFFFFF"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#F6F8FA"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#1565C0"))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#FFFFFF"))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor("#FFFFF0"))
    app.setPalette(palette)
    app.setStyleSheet(_STYLESHEET)


def swatch(colour: QColor, size: int = 12):
    """A small filled square icon in ``colour``."""
    from PySide6.QtGui import QIcon, QPainter, QPixmap

    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(colour)
    painter.setPen(colour.darker(120))
    painter.drawRoundedRect(1, 1, size - 2, size - 2, 3, 3)
    painter.end()
    return QIcon(pixmap)
