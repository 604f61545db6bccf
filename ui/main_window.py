"""The main window: documents left, the page in the centre, findings right.

It opens dossiers (screening runs in the background), keeps the widgets in step with the
review cursor and the session, and remembers where the reviewer was.
"""

from __future__ import annotations

import gc
import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from redactor import __version__
from redactor.errors import WRONG_PASSWORD, EncryptedPdfError, RedactorError, needs_password
from redactor.pipeline import Dossier, ScreenReport
from redactor.store import DocumentRow, DossierStore, default_dossier_path, sqlite_url
from ui.actions import Actions
from ui.chrome import JobIndicator, build_legend, build_main_toolbar, build_menus, build_page_toolbar
from ui.dialogs import ShortcutsDialog, show_error
from ui.document_list import QtDocumentList
from ui.dossier_model import Key, QtDossier, ReviewCursor
from ui.export_dialog import ExportDialog
from ui.findings_panel import QtFindingsPanel
from ui.groups import document_markers, dossier_groups
from ui.groups_panel import QtGroupsPanel
from ui.i18n import LANGUAGES
from ui.page_source import PageSource
from ui.page_view import QtPageView
from ui.review_controller import ReviewController
from ui.settings import Position, Recent, Settings
from ui.workers import Job

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """One dossier at a time; every decision goes through its :class:`ReviewSession`."""

    dossierOpened = Signal()

    def __init__(self, settings: Settings | None = None, lang: str = "en") -> None:
        super().__init__()
        self.settings, self.lang = settings or Settings(), lang
        self.qd: QtDossier | None = None
        self.job: Job | None = None
        self.export_dialog: ExportDialog | None = None
        self._sized = False  # the panes get their share of the width when the window is first shown
        self.a = Actions(self)
        self.cursor = ReviewCursor(self)
        self.documents, self.view, self.panel = QtDocumentList(), QtPageView(), QtFindingsPanel()
        self.groups = QtGroupsPanel()
        self.controller = ReviewController(self, self.cursor, self.panel, self.view, self.settings, lang)
        self._build()
        self._connect()
        self.resize(1440, 900)
        self._set_open(False)

    # -- layout -------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.setWindowTitle(self.tr("Woo redactor"))
        self.menus = build_menus(self, self.a)
        self.toolbar = build_main_toolbar(self, self.a)
        page_bar, self.page_label, self.zoom_label = build_page_toolbar(self, self.a)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background:#FFF4D6; border-bottom:1px solid #E8C66A; padding:5px 10px;")
        self.banner.hide()
        centre = QWidget()
        layout = QVBoxLayout(centre)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.setSpacing(0)
        layout.addWidget(page_bar)
        layout.addWidget(self.banner)
        layout.addWidget(self.view, 1)
        layout.addWidget(build_legend(centre, self.a))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        for widget in (self.documents, centre, self.panel):
            self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)
        self.dossier_label, self.reviewer_label = QLabel(), QLabel()
        self.jobs = JobIndicator()
        status = self.statusBar()
        status.addPermanentWidget(self.jobs)
        status.addPermanentWidget(self.dossier_label)
        status.addPermanentWidget(self.reviewer_label)
        # Duplicates and threads: below everything, wide enough for the role column; hidden until asked for.
        self.groups_dock = QDockWidget(self.tr("Duplicates and threads"), self)
        self.groups_dock.setObjectName("groupsDock")
        self.groups_dock.setWidget(self.groups)
        self.groups_dock.setAllowedAreas(Qt.DockWidgetArea.BottomDockWidgetArea | Qt.DockWidgetArea.TopDockWidgetArea)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.groups_dock)
        self.resizeDocks([self.groups_dock], [270], Qt.Orientation.Vertical)  # the page keeps most of the height
        self.groups_dock.hide()
        self.view.set_empty_text(self.tr("Open a folder of documents (Ctrl+O) or a dossier database (Ctrl+Shift+O)."))
        self._build_language_menu()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:  # share the real width, known only now: on a laptop the findings need it most
            self._sized = True
            width = self.splitter.width()
            documents, findings = max(210, min(300, width * 15 // 100)), max(480, min(720, width * 38 // 100))
            self.splitter.setSizes([documents, max(300, width - documents - findings), findings])

    def _build_language_menu(self) -> None:
        group = QActionGroup(self)
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True, checked=code == self.lang)
            action.triggered.connect(lambda _c=False, code=code: self._choose_language(code))
            group.addAction(action)
            self.menus["language"].addAction(action)

    def _connect(self) -> None:
        a, c = self.a, self.controller
        a.open_folder.triggered.connect(self._ask_folder)
        a.open_database.triggered.connect(self._ask_database)
        a.open_team.triggered.connect(self._ask_team_dossier)
        a.export.triggered.connect(self.show_export)
        a.quit.triggered.connect(self.close)
        a.undo.triggered.connect(c.undo)
        a.redo.triggered.connect(c.redo)
        a.next_finding.triggered.connect(lambda: c.step(+1))
        a.prev_finding.triggered.connect(lambda: c.step(-1))
        a.accept.triggered.connect(c.accept)
        a.reject.triggered.connect(c.reject)
        a.change_ground.triggered.connect(c.change_ground)
        a.accept_entity_doc.triggered.connect(lambda: c.accept_matching("entity", False))
        a.accept_entity_dossier.triggered.connect(lambda: c.accept_matching("entity", True))
        a.accept_rule_doc.triggered.connect(lambda: c.accept_matching("rule", False))
        a.accept_rule_dossier.triggered.connect(lambda: c.accept_matching("rule", True))
        a.remove_box.triggered.connect(c.remove_box)
        a.next_document.triggered.connect(lambda: c.step_document(+1))
        a.prev_document.triggered.connect(lambda: c.step_document(-1))
        a.mode_browse.triggered.connect(lambda: self.view.set_mode("browse"))
        a.mode_box.triggered.connect(lambda: self.view.set_mode("box"))
        a.mode_text.triggered.connect(lambda: self.view.set_mode("text"))
        a.redact_selection.triggered.connect(c.redact_selection)
        a.redact_everywhere.triggered.connect(c.redact_everywhere)
        a.mark_page.triggered.connect(c.mark_page)
        a.mark_document.triggered.connect(c.mark_document)
        a.approve.triggered.connect(c.approve)
        a.four_eyes.toggled.connect(self._set_four_eyes)
        a.filter_text.triggered.connect(lambda: (self.panel.search.setFocus(), self.panel.search.selectAll()))
        a.clear.triggered.connect(self._clear)
        a.preview.toggled.connect(self.view.set_preview)
        a.codes.toggled.connect(self.view.set_codes)
        a.zoom_in.triggered.connect(self.view.zoom_in)
        a.zoom_out.triggered.connect(self.view.zoom_out)
        a.fit_width.triggered.connect(self.view.fit_width)
        a.next_page.triggered.connect(lambda: self.cursor.set_page(self.view.page_number + 1))
        a.prev_page.triggered.connect(lambda: self.cursor.set_page(self.view.page_number - 1))
        a.show_groups.toggled.connect(self._show_groups)
        self.groups_dock.visibilityChanged.connect(self._on_groups_visibility)
        self.groups.documentActivated.connect(self.cursor.set_document)
        self.groups.markDuplicate.connect(c.mark_duplicate)
        a.shortcuts.triggered.connect(lambda: ShortcutsDialog(self.a.all(), self).open())
        a.about.triggered.connect(self._about)
        self.menus["recent"].aboutToShow.connect(self._fill_recent)
        self.cursor.documentChanged.connect(self._on_document)
        self.cursor.pageChanged.connect(self._on_page)
        self.cursor.findingChanged.connect(self._on_finding)
        self.documents.documentActivated.connect(self.cursor.set_document)
        self.documents.problemActivated.connect(self._on_unreadable)
        self.panel.findingActivated.connect(self._go_to)
        self.view.findingClicked.connect(self._go_to)
        self.view.boxDrawn.connect(c.box_drawn)
        self.view.zoomChanged.connect(lambda z: self.zoom_label.setText(f"{round(z * 100)}%"))
        self.view.selectionChanged.connect(self._on_selection)
        c.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.jobs.cancel.clicked.connect(self.cancel_job)

    def _set_open(self, is_open: bool) -> None:
        for action in self.a.review_actions() + [self.a.preview]:
            action.setEnabled(is_open)
        self._update_undo()

    # -- opening ------------------------------------------------------------------------------------------
    def _ask_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open a folder of documents"))
        if folder:
            self.open_sources([Path(folder)])

    def _ask_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a dossier database"), "",
                                              self.tr("Dossier databases (*.sqlite *.db);;All files (*)"))
        if path:
            self.open_database(Path(path))

    def open_sources(self, paths: list[Path], db: Path | None = None) -> Job | None:
        """Screen a folder (or files) into its dossier database in the background, then show it."""
        if self.job is not None and self.job.running:
            show_error(self, self.tr("Busy"), self.tr("Wait until the current work has finished, or cancel it."))
            return None
        paths = [Path(p).resolve() for p in paths]
        try:
            store = DossierStore(sqlite_url(db or default_dossier_path(paths)), name=paths[0].name)
            dossier = Dossier(store, store.ground_set)
        except RedactorError as exc:
            show_error(self, self.tr("Cannot open dossier"), str(exc))
            return None
        label = paths[0].name
        self.settings.add_recent(Recent("sources", paths[0]))
        job = self.run_job(self.tr("Screening"), lambda progress: dossier.screen(paths, progress=progress), label)
        job.done.connect(lambda report: self._screened(QtDossier(dossier, label, paths), report))
        job.cancelled.connect(lambda: self.set_dossier(QtDossier(dossier, label, paths)))
        return job

    def _ask_team_dossier(self) -> None:
        url, ok = QInputDialog.getText(self, self.tr("Open a team dossier"),
                                       self.tr("Database URL (PostgreSQL), e.g. postgresql+psycopg://user@host/dossier:"))
        if ok and url.strip():
            self.open_url(url.strip())

    def open_url(self, url: str) -> None:
        """Open a dossier on a database server (team mode); decisions go straight to the server."""
        try:
            store = DossierStore(url)
            dossier = Dossier(store, store.ground_set)
        except RedactorError as exc:
            show_error(self, self.tr("Cannot open dossier"), str(exc))
            return
        self.set_dossier(QtDossier(dossier, store.name))

    def open_database(self, path: Path) -> None:
        try:
            store = DossierStore(sqlite_url(path))
            dossier = Dossier(store, store.ground_set)
        except RedactorError as exc:
            show_error(self, self.tr("Cannot open dossier"), str(exc))
            return
        self.settings.add_recent(Recent("database", Path(path).resolve()))
        self.set_dossier(QtDossier(dossier, Path(path).stem))

    def _screened(self, qd: QtDossier, report: ScreenReport) -> None:
        self.set_dossier(qd)
        if report.problems:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Some files could not be read"),
                              "\n".join(p.message for p in report.problems), QMessageBox.StandardButton.Ok, self)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
        self.statusBar().showMessage(self.tr("{n} document(s) screened, {reused} unchanged since last time.").format(
            n=len(report.documents), reused=report.reused), 8000)

    def set_dossier(self, qd: QtDossier) -> None:
        """Show a dossier and go back to where the reviewer was in it."""
        if self.qd is not None:
            self.qd.documentChanged.disconnect(self._on_document_changed)
            self.qd.deleteLater()
        self.qd = self.controller.qd = qd
        qd.set_language(self.lang)
        qd.setParent(self)
        qd.documentChanged.connect(self._on_document_changed)
        self.panel.set_grounds({g.code: g.label(self.lang) for g in qd.ground_set.grounds})
        self._show_documents()
        self.setWindowTitle(self.tr("{name} — Woo redactor").format(name=qd.label))
        self.dossier_label.setText(self.tr("Dossier: {name} ({grounds})").format(name=qd.label,
                                                                                 grounds=qd.ground_set.name))
        self.reviewer_label.setText(self.tr("Reviewer: {name}").format(name=qd.session.reviewer))
        self.a.four_eyes.blockSignals(True)  # showing the dossier's setting is no change of it
        self.a.four_eyes.setChecked(qd.dossier.store.four_eyes)
        self.a.four_eyes.blockSignals(False)
        self._set_open(True)
        self.cursor.document_id = None
        position = self.settings.position(qd.url)
        ids = self.controller.documents
        if position and position.document_id in ids:
            self.cursor.set_document(position.document_id, position.page)
            if position.finding and qd.row(position.document_id, position.finding):
                self._go_to(position.finding)
        elif ids:
            self.cursor.set_document(ids[0])
        else:
            self._on_document(-1)  # nothing to show: clear the previous dossier's page
        # Modules, widgets and the dossier's rows live as long as the window: out of the collector's sight,
        # a full collection no longer walks them (it froze the window for ~110 ms, every few minutes of review).
        gc.freeze()
        self.dossierOpened.emit()

    def _show_documents(self) -> None:
        qd = self.qd
        qd.load_progress()
        groups = dossier_groups(qd.documents)
        self.documents.set_documents(qd.documents, qd.progress, document_markers(groups))
        self.groups.set_groups(groups, qd.progress, qd.ground_set.status_duplicate.code)
        self.controller.documents = self.documents.ids()

    # -- encrypted files -------------------------------------------------------------------------------
    def _on_unreadable(self, doc_id: int) -> None:
        """A document that could not be read was clicked: an encrypted one can be unlocked."""
        doc = self.qd.document(doc_id) if self.qd else None
        if doc is None:
            return
        if needs_password(doc.error or ""):
            self.unlock(doc)
        else:
            show_error(self, self.tr("Cannot read document"), doc.error or "")

    def ask_password(self, doc: DocumentRow, wrong: bool = False) -> str | None:
        """The reviewer's password for an encrypted file, or None when they cancel."""
        text = (self.tr("That password does not open “{name}”. Try again.") if wrong else
                self.tr("“{name}” is protected with a password.")).format(name=doc.name)
        text += "\n" + self.tr("The password is kept only while this dossier is open; it is never saved.")
        password, ok = QInputDialog.getText(self, self.tr("Password"), text, QLineEdit.EchoMode.Password)
        return password if ok and password else None

    def unlock(self, doc: DocumentRow) -> Job | None:
        """Ask for an encrypted file's password, then screen the file with it."""
        if self.job is not None and self.job.running:
            show_error(self, self.tr("Busy"), self.tr("Wait until the current work has finished, or cancel it."))
            return None
        password = self.ask_password(doc, wrong=WRONG_PASSWORD in (doc.error or ""))
        if password is None:
            return None
        qd = self.qd
        qd.dossier.passwords.set(doc.path, password)
        job = self.run_job(self.tr("Screening"), lambda progress: qd.dossier.screen([Path(doc.path)], progress=progress),
                           doc.name)
        job.done.connect(lambda report: self._unlocked(qd, doc.id, report))
        return job

    def _unlocked(self, qd: QtDossier, doc_id: int, report: ScreenReport) -> None:
        if qd is not self.qd:  # another dossier was opened meanwhile
            return
        qd.reload_documents()
        self._show_documents()
        if report.problems:
            message = report.problems[0].message
            doc = qd.document(doc_id)
            if doc is not None and WRONG_PASSWORD in message:
                message = self.tr("That password does not open “{name}”.").format(name=doc.name)
            show_error(self, self.tr("Cannot read document"), message)
            return
        self.cursor.set_document(doc_id)

    def _open_source(self, doc: DocumentRow) -> PageSource:
        """The document's pages; an encrypted file asks for its password first (once a session)."""
        passwords = self.qd.dossier.passwords
        while True:
            try:
                return PageSource(Path(doc.path), passwords(doc.path))
            except EncryptedPdfError:
                password = self.ask_password(doc, wrong=passwords(doc.path) is not None)
                if password is None:
                    raise
                passwords.set(doc.path, password)

    def _set_four_eyes(self, required: bool) -> None:
        """The dossier's four-eyes setting (audited); every reviewer of the dossier sees it."""
        if self.qd is not None and required != self.qd.dossier.store.four_eyes:
            self.qd.dossier.store.set_four_eyes(required, reviewer=self.qd.session.reviewer)
            self.statusBar().showMessage(self.tr("Four eyes required before export.") if required else
                                         self.tr("Four eyes no longer required."), 5000)

    # -- background work ----------------------------------------------------------------------------------
    def run_job(self, text: str, work, subject: str = "") -> Job:
        job = self.job = Job(work, self, subject)
        self.jobs.start(text)
        job.progress.connect(lambda done, total, name: self.jobs.report(done, total, name, text))
        job.failed.connect(lambda message: show_error(self, self.tr("{work} failed").format(work=text), message))
        job.finished.connect(self.jobs.hide)
        job.start()
        return job

    def cancel_job(self) -> None:
        if self.job is not None and self.job.running:
            self.job.cancel()
            self.jobs.cancel.setEnabled(False)

    # -- cursor to widgets ----------------------------------------------------------------------------------
    def _on_document(self, doc_id: int) -> None:
        old = self.view.source
        self.view.set_source(None)
        if old is not None:
            old.close()
        doc = self.qd.document(doc_id) if self.qd else None
        self.documents.set_current(doc_id)
        self.groups.set_current(doc_id)
        if doc is None:
            self.panel.set_rows([])
            return
        try:
            self.view.set_source(self._open_source(doc), self.cursor.page)
        except RedactorError as exc:
            show_error(self, self.tr("Cannot show document"), str(exc))
            return
        self._refresh(doc_id)
        self._select_first_open(doc_id)
        self._save_position()

    def _select_first_open(self, doc_id: int) -> None:
        """On arriving in a document, select its first open suggestion (else its first finding) and show it,
        so A/R/G act at once; from the page the reviewer was on when a saved position is restored.
        The keyboard focus stays where it is (the document list, the page)."""
        if self.cursor.document_id != doc_id or self.cursor.finding is not None:
            return
        rows = self.panel.model.rows  # what the list shows, so N goes on from here
        later = [r for r in rows if r.page >= self.cursor.page] or rows
        row = next((r for r in later if r.state == "suggested"), None) or next(
            (r for r in rows if r.state == "suggested"), None) or (later[0] if later else None)
        if row is not None:
            self.cursor.set_finding(row.key, row.page)

    def _on_page(self, number: int) -> None:
        source = self.view.source
        if source is None:
            return
        number = max(1, min(number, source.page_count))
        self.cursor.page = number
        self.view.show_page(number)
        self.page_label.setText(self.tr("Page {n} of {total}").format(n=number, total=source.page_count))
        self.a.prev_page.setEnabled(number > 1)
        self.a.next_page.setEnabled(number < source.page_count)
        self._save_position()

    def _on_finding(self, key: Key | None) -> None:
        self.view.set_current(key)
        self.panel.set_current(key)
        row = self.controller.current()
        is_candidate = row is not None and not row.is_manual
        for action in (self.a.accept, self.a.accept_entity_doc, self.a.accept_entity_dossier, self.a.accept_rule_doc,
                       self.a.accept_rule_dossier):
            action.setEnabled(is_candidate)
        self.a.reject.setEnabled(row is not None)
        self.a.change_ground.setEnabled(row is not None)
        self.a.remove_box.setEnabled(row is not None and row.is_manual)
        self._save_position()

    def _go_to(self, key: Key) -> None:
        row = self.qd.row(self.cursor.document_id, key) if self.qd and self.cursor.document_id else None
        if row is not None:
            self.cursor.set_finding(key, row.page)

    def _on_document_changed(self, doc_id: int) -> None:
        self.documents.update_document(doc_id, self.qd.progress(doc_id))
        self.groups.update_document(doc_id)
        if doc_id == self.cursor.document_id:
            self._refresh(doc_id)
        self._update_undo()

    def _refresh(self, doc_id: int) -> None:
        rows = self.qd.rows(doc_id)
        self.view.set_rows(rows)
        self.panel.set_rows(rows)
        if self.cursor.finding and not self.qd.row(doc_id, self.cursor.finding):
            self.cursor.set_finding(None)
        self._on_finding(self.cursor.finding)
        self._on_page(self.cursor.page)
        self._update_banner(doc_id)

    def _update_banner(self, doc_id: int) -> None:
        doc, judged = self.qd.document(doc_id), self.qd.session.judgement(doc_id)
        lines = [w.split(": ", 1)[-1] for w in (doc.warnings if doc else [])]
        if judged:
            ground = f" ({judged.ground})" if judged.ground else ""
            lines.insert(0, self.tr("Whole document marked: {judgement}{ground}").format(
                judgement=judged.judgement, ground=ground))
        approver = self.qd.progress(doc_id).approved_by
        if approver:
            lines.insert(0, self.tr("Approved by {name} (four eyes); a new decision withdraws the approval.").format(
                name=approver))
        self.banner.setText("\n".join(lines))
        self.banner.setVisible(bool(lines))

    def _update_undo(self) -> None:
        session = self.qd.session if self.qd else None
        self.a.undo.setEnabled(bool(session and session.can_undo))
        self.a.redo.setEnabled(bool(session and session.can_redo))

    def _on_selection(self, text: str) -> None:
        if text:
            self.statusBar().showMessage(self.tr("Selected: “{text}”. X redacts it, Shift+X every occurrence.").format(
                text=" ".join(text.split())[:80]), 8000)

    def _clear(self) -> None:
        self.view.clear_selection()
        self.a.mode_browse.setChecked(True)
        self.view.set_mode("browse")

    def _save_position(self) -> None:
        if self.qd and self.cursor.document_id is not None:
            self.settings.set_position(self.qd.url, Position(self.cursor.document_id, self.cursor.page,
                                                             self.cursor.finding))

    def _on_groups_visibility(self, shown: bool) -> None:
        if self.isVisible():  # closing the dock with its own button unchecks the menu entry; closing the window not
            self.a.show_groups.setChecked(shown)

    def _show_groups(self, shown: bool) -> None:
        self.groups_dock.setVisible(shown)
        if shown:
            self.groups.tree.setFocus()  # keyboard users go on with the arrows and Enter

    # -- dialogs --------------------------------------------------------------------------------------------
    def show_export(self) -> ExportDialog | None:
        if not self.qd:
            return None
        folder = self.settings.export_folder or str(Path.home() / "woo-export" / self.qd.label)
        dialog = self.export_dialog = ExportDialog(self.qd, folder, self, self.settings.export_publication)
        dialog.exported.connect(lambda _o: self._remember_export(dialog))
        dialog.open()
        return dialog

    def _remember_export(self, dialog: ExportDialog) -> None:
        self.settings.export_folder = dialog.folder.text()
        self.settings.export_publication = dialog.publication.isChecked()

    def _fill_recent(self) -> None:
        menu = self.menus["recent"]
        menu.clear()
        for recent in self.settings.recent():
            action = menu.addAction(str(recent.path))
            opener = self.open_database if recent.kind == "database" else (lambda p: self.open_sources([p]))
            action.triggered.connect(lambda _c=False, p=recent.path, o=opener: o(p))
        menu.setEnabled(not menu.isEmpty())

    def _choose_language(self, code: str) -> None:
        self.settings.language = code
        self.statusBar().showMessage(self.tr("The language changes when the app is started again."), 8000)

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About Woo redactor"), self.tr(
            "Woo redactor {version}\nReview and redact Woo/FOIA dossiers.\nLicence: AGPL-3.0-or-later").format(
                version=__version__))

    def closeEvent(self, event: QCloseEvent) -> None:
        self._save_position()
        self.settings.sync()
        if self.job is not None and self.job.running:
            self.job.cancel()
        if self.view.source is not None:
            self.view.source.close()
        super().closeEvent(event)
