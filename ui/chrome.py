"""Menus, toolbars and the status bar of the main window, built from :class:`Actions`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QToolBar,
    QToolButton,
    QWidget,
)

from ui.actions import Actions


def build_menus(window: QMainWindow, a: Actions) -> dict[str, QMenu]:
    bar = window.menuBar()
    menus: dict[str, QMenu] = {}
    file = menus["file"] = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    file.addActions([a.open_folder, a.open_database, a.open_team])
    menus["recent"] = file.addMenu(QCoreApplication.translate("MainWindow", "Open &recent"))
    file.addSeparator()
    file.addActions([a.export, a.four_eyes])
    file.addSeparator()
    file.addAction(a.quit)
    edit = menus["edit"] = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    edit.addActions([a.undo, a.redo])
    review = menus["review"] = bar.addMenu(QCoreApplication.translate("MainWindow", "&Review"))
    review.addActions([a.next_finding, a.prev_finding])
    review.addSeparator()
    review.addActions([a.accept, a.reject, a.change_ground])
    review.addSeparator()
    review.addActions([a.accept_entity_doc, a.accept_entity_dossier, a.accept_rule_doc, a.accept_rule_dossier])
    review.addSeparator()
    review.addAction(a.approve)
    review.addSeparator()
    review.addActions([a.next_document, a.prev_document])
    redact = menus["redact"] = bar.addMenu(QCoreApplication.translate("MainWindow", "Re&dact"))
    redact.addActions([a.mode_browse, a.mode_box, a.mode_text])
    redact.addSeparator()
    redact.addActions([a.redact_selection, a.redact_everywhere, a.remove_box, a.clear])
    redact.addSeparator()
    redact.addActions([a.mark_page, a.mark_document])
    view = menus["view"] = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    view.addActions([a.preview, a.codes])
    view.addSeparator()
    view.addActions([a.zoom_in, a.zoom_out, a.fit_width])
    view.addSeparator()
    view.addActions([a.next_page, a.prev_page])
    view.addSeparator()
    view.addActions([a.show_groups, a.filter_text])
    view.addSeparator()
    menus["language"] = view.addMenu(QCoreApplication.translate("MainWindow", "&Language"))
    help_menu = menus["help"] = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_menu.addActions([a.shortcuts, a.about])
    return menus


def build_main_toolbar(window: QMainWindow, a: Actions) -> QToolBar:
    bar = QToolBar(QCoreApplication.translate("MainWindow", "Review"))
    bar.setObjectName("reviewToolbar")
    bar.setMovable(False)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    for group in ([a.export], [a.undo, a.redo], [a.prev_finding, a.next_finding],
                  [a.accept, a.reject, a.change_ground, a.accept_entity_doc],
                  [a.redact_selection, a.redact_everywhere, a.mark_page, a.mark_document], [a.preview]):
        bar.addActions(group)
        bar.addSeparator()
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    return bar


def build_page_toolbar(window: QWidget, a: Actions) -> tuple[QToolBar, QLabel, QLabel]:
    """The bar above the page: pages, zoom, tools, preview. Returns it with its page and zoom labels."""
    bar = QToolBar()
    bar.setIconSize(QSize(16, 16))
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    page_label, zoom_label = QLabel(), QLabel()
    page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    zoom_label.setMinimumWidth(48)
    zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    bar.addAction(a.prev_page)
    bar.addWidget(page_label)
    bar.addAction(a.next_page)
    bar.addSeparator()
    bar.addAction(a.zoom_out)
    bar.addWidget(zoom_label)
    bar.addAction(a.zoom_in)
    bar.addAction(a.fit_width)
    bar.addSeparator()
    bar.addActions([a.mode_browse, a.mode_box, a.mode_text])
    return bar, page_label, zoom_label


def build_legend(parent: QWidget, a: Actions) -> QWidget:
    """A one-line key to the box colours under the page, with the ground-code switch."""
    from ui import style
    from ui.findings_model import state_label

    legend = QWidget(parent)
    layout = QHBoxLayout(legend)
    layout.setContentsMargins(10, 3, 10, 3)
    layout.setSpacing(14)
    for state, colour in style.STATE_COLOURS.items():
        swatch = QLabel()
        swatch.setPixmap(style.swatch(colour, 11).pixmap(11, 11))
        text = QLabel(state_label(state, short=True))  # short: the legend must not widen the page pane
        text.setStyleSheet("color:#5F6B7A;")
        text.setToolTip(state_label(state))
        pair = QHBoxLayout()
        pair.setSpacing(4)
        pair.addWidget(swatch)
        pair.addWidget(text)
        layout.addLayout(pair)
    layout.addStretch(1)
    codes = QToolButton()
    codes.setDefaultAction(a.codes)
    codes.setAutoRaise(True)
    layout.addWidget(codes)
    return legend


class JobIndicator(QWidget):
    """Progress of background work in the status bar, with a Cancel button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setFixedWidth(200)
        self.bar.setTextVisible(False)
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setToolTip(self.tr("Stop after the current file; what is done so far is kept"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel)
        self.hide()

    def start(self, text: str) -> None:
        self.label.setText(text)
        self.bar.setRange(0, 0)
        self.cancel.setEnabled(True)
        self.show()

    def report(self, done: int, total: int, name: str, text: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.label.setText(f"{text} {name}" if name else text)
