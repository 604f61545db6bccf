"""Every command of the window as a QAction: one place for texts, shortcuts and tooltips.

Each tooltip names its shortcut, and the menus show them, so the keyboard is discoverable.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence


class Actions(QObject):
    """The window's actions, grouped as in the menus. Handlers are connected by the window."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        a = self._make
        # File
        self.open_folder = a(self.tr("&Open folder…"), ["Ctrl+O"], self.tr("Open a folder of documents and screen it"),
                             short=self.tr("Open"))
        self.open_database = a(self.tr("Open &dossier database…"), ["Ctrl+Shift+O"],
                               self.tr("Open an existing dossier database (.sqlite)"))
        self.open_team = a(self.tr("Open &team dossier (server)…"), ["Ctrl+Alt+O"],
                           self.tr("Open a dossier on a PostgreSQL server: postgresql+psycopg://user@host/dossier"))
        self.export = a(self.tr("&Export…"), ["Ctrl+E"],
                        self.tr("Write redacted PDFs, the inventory list and the redaction log"))
        self.four_eyes = a(self.tr("Require &four eyes before export"), [],
                           self.tr("Export a document only after a second reviewer, who made no decisions on it, "
                                   "approved it (Ctrl+Shift+A); the setting is the dossier's, for every reviewer"),
                           True)
        self.quit = a(self.tr("&Quit"), ["Ctrl+Q"], self.tr("Close the app; every decision is already saved"))
        # Edit
        self.undo = a(self.tr("&Undo"), ["Ctrl+Z"], self.tr("Undo the last decision"), short=self.tr("Undo"))
        self.redo = a(self.tr("&Redo"), ["Ctrl+Shift+Z", "Ctrl+Y"], self.tr("Redo the decision just undone"),
                     short=self.tr("Redo"))
        # Review
        self.next_finding = a(self.tr("&Next finding"), ["N", "J"], self.tr("Go to the next finding in the list"),
                              short=self.tr("Next ▶"))
        self.prev_finding = a(self.tr("&Previous finding"), ["Shift+N", "K"],
                              self.tr("Go to the previous finding in the list"), short=self.tr("◀ Previous"))
        self.accept = a(self.tr("&Accept"), ["A"], self.tr("Redact this finding with its ground"))
        self.reject = a(self.tr("&Reject"), ["R"], self.tr("Keep this text visible"))
        self.change_ground = a(self.tr("Change &ground…"), ["G"], self.tr("Redact this finding with another ground"),
                               short=self.tr("Ground…"))
        self.accept_entity_doc = a(self.tr("Accept all of this &kind in document"), ["E"],
                                   self.tr("Accept every open finding of this kind (e.g. every person) in this "
                                           "document"),
                                   short=self.tr("Accept kind"))
        self.accept_entity_dossier = a(self.tr("Accept all of this kind in &dossier"), ["Shift+E"],
                                       self.tr("Accept every open finding of this kind in every document"))
        self.accept_rule_doc = a(self.tr("Accept all of this ru&le in document"), ["L"],
                                 self.tr("Accept every open finding of the same detection rule in this document"))
        self.accept_rule_dossier = a(self.tr("Accept all of this rule in do&ssier"), ["Shift+L"],
                                     self.tr("Accept every open finding of the same detection rule in every document"))
        self.remove_box = a(self.tr("Remove &box"), ["Delete"], self.tr("Remove the selected manual box"))
        self.approve = a(self.tr("A&pprove document (four eyes)"), ["Ctrl+Shift+A"],
                         self.tr("As the second reviewer, approve this document for export (only if you made no "
                                 "decisions on it)"))
        self.next_document = a(self.tr("Next &document"), ["Alt+Down", "Ctrl+PgDown"],
                               self.tr("Open the next document"))
        self.prev_document = a(self.tr("Previous docu&ment"), ["Alt+Up", "Ctrl+PgUp"],
                               self.tr("Open the previous document"))
        # Redact
        self.mode_browse = a(self.tr("&Browse"), ["B"], self.tr("Click findings, drag to move the page"), True)
        self.mode_box = a(self.tr("Draw &box"), ["D"], self.tr("Drag on the page to draw a redaction box"), True,
                          short=self.tr("Box"))
        self.mode_text = a(self.tr("Select &text"), ["T"], self.tr("Drag over words to select them"), True,
                           short=self.tr("Text"))
        self.modes = QActionGroup(self)
        for action in (self.mode_browse, self.mode_box, self.mode_text):
            self.modes.addAction(action)
        self.mode_browse.setChecked(True)
        self.redact_selection = a(self.tr("Redact &selection…"), ["X"], self.tr("Redact the selected text"),
                                  short=self.tr("Redact text"))
        self.redact_everywhere = a(self.tr("Redact every &occurrence…"), ["Shift+X", "Ctrl+F"],
                                   self.tr("Find a text in every document, see how often it occurs, redact it all"),
                                   short=self.tr("Every occurrence"))
        self.mark_page = a(self.tr("Mark &page…"), ["M"],
                           self.tr("Withhold this whole page: niet openbaar, buiten reikwijdte, …"), short=self.tr("Page…"))
        self.mark_document = a(self.tr("Mark d&ocument…"), ["Shift+M"],
                               self.tr("Judge the whole document: niet openbaar, reeds openbaar, dubbel, …"),
                               short=self.tr("Document…"))
        self.clear = a(self.tr("Clear selection"), ["Esc"], self.tr("Clear the text selection, back to browsing"))
        # View
        self.preview = a(self.tr("&Preview export"), ["V"], self.tr("Show the page as it will be exported"), True,
                           short=self.tr("Preview"))
        self.codes = a(self.tr("Ground &codes on page"), ["C"], self.tr("Show the ground code above every box"), True,
                       short=self.tr("Codes"))
        self.codes.setChecked(True)
        self.zoom_in = a(self.tr("Zoom &in"), ["Ctrl++", "Ctrl+="], self.tr("Enlarge the page"), short="+")
        self.zoom_out = a(self.tr("Zoom &out"), ["Ctrl+-"], self.tr("Shrink the page"), short="−")
        self.fit_width = a(self.tr("&Fit width"), ["Ctrl+0"], self.tr("Fit the page to the window width"),
                           short=self.tr("Fit"))
        self.show_groups = a(self.tr("&Duplicates and threads"), ["Ctrl+D"],
                             self.tr("Show duplicate groups, e-mail threads and attachments; open a document from there"),
                             True, short=self.tr("Duplicates"))
        self.filter_text = a(self.tr("Filter findings on &text"), ["Ctrl+Shift+F"],
                             self.tr("Show only the findings whose text or reason contains a word"))
        self.next_page = a(self.tr("Ne&xt page"), ["PgDown"], self.tr("Show the next page"), short="▶")
        self.prev_page = a(self.tr("Pre&vious page"), ["PgUp"], self.tr("Show the previous page"), short="◀")
        self.shortcuts = a(self.tr("&Keyboard shortcuts"), ["F1"], self.tr("List every shortcut"))
        self.about = a(self.tr("&About"), [], self.tr("Version and licence"))

    def _make(self, text: str, keys: list[str], tip: str, checkable: bool = False, short: str = "") -> QAction:
        action = QAction(text, self)
        if short:
            action.setIconText(short)  # the toolbar's label
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setCheckable(checkable)
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
        action.setStatusTip(tip)
        return action

    def all(self) -> list[QAction]:
        return [v for v in vars(self).values() if isinstance(v, QAction)]

    def review_actions(self) -> list[QAction]:
        """Actions that need a document with findings."""
        return [self.next_finding, self.prev_finding, self.accept, self.reject, self.change_ground,
                self.accept_entity_doc, self.accept_entity_dossier, self.accept_rule_doc, self.accept_rule_dossier,
                self.remove_box, self.mark_page, self.mark_document, self.approve, self.four_eyes, self.redact_selection,
                self.redact_everywhere,
                self.export, self.next_page, self.prev_page, self.next_document, self.prev_document]
