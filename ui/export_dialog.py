"""Export: output folder, ground set, what to include; progress that never freezes the window."""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from redactor.errors import needs_password
from redactor.grounds import available_ground_sets, load_ground_set
from redactor.pipeline import Dossier, ExportReport, Problem
from redactor.review import Progress
from redactor.verify import verify_file
from ui.dialogs import show_error
from ui.dossier_model import QtDossier
from ui.workers import Job

PUBLICATION_PROBLEM = "publication"  # the name Dossier.export reports a refused publication package under


@dataclass
class ExportOutcome:
    """The core's report plus an independent re-check of every published PDF."""

    report: ExportReport
    verified: dict[Path, list[str]] = field(default_factory=dict)

    @property
    def publication_problem(self) -> Problem | None:
        """Why the publication package is missing, if the core refused to write it."""
        return next((p for p in self.report.problems if p.name == PUBLICATION_PROBLEM), None)

    @property
    def document_problems(self) -> list[Problem]:
        return [p for p in self.report.problems if p.name != PUBLICATION_PROBLEM]


@dataclass(frozen=True)
class Blocker:
    """What keeps a document from being exported now."""

    waiting: bool  # four eyes required, and no approval in force
    open: int  # suggestions without a decision


class ExportDialog(QDialog):
    """Runs :meth:`Dossier.export` in the background and shows what it wrote."""

    exported = Signal(object)  # ExportOutcome
    failed = Signal(str)

    def __init__(self, qd: QtDossier, folder: str, parent: QWidget | None = None, publication: bool = True) -> None:
        super().__init__(parent)
        self.qd = qd
        self.job: Job | None = None
        self._blockers: dict[str, Blocker] = {}
        self.outcome: ExportOutcome | None = None
        self.setWindowTitle(self.tr("Export dossier"))
        self.resize(720, 560)
        self.folder = QLineEdit(folder)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.ground_set = QComboBox()
        for name in available_ground_sets():
            self.ground_set.addItem(f"{load_ground_set(name).name} ({name})", name)
        self.ground_set.setCurrentIndex(max(0, self.ground_set.findData(qd.ground_set.id)))
        self.ground_set.setToolTip(self.tr("Sets the language and judgements of the inventory list; the codes on "
                                           "the boxes are the ones chosen during review"))
        self.pdfs = QCheckBox(self.tr("Redacted PDFs (verified before they are written)"))
        self.pdfs.setChecked(True)
        self.pdfs.setEnabled(False)
        self.inventory = QCheckBox(self.tr("Inventory list (XLSX, CSV)"))
        self.inventory.setChecked(True)
        self.log = QCheckBox(self.tr("Redaction log (JSON): every box with its ground and decision"))
        self.log.setChecked(True)
        self.publication = QCheckBox(self.tr("Publication package (merged PDF with bookmarks and the inventory as an "
                                             "annex)"))
        self.publication.setToolTip(self.tr("Also prints each document's number in the margin of its pages; "
                                            "the merged PDF holds the documents in number order"))
        self.publication.setChecked(publication)
        self.all_docs = QRadioButton(self.tr("All documents"))
        self.done_docs = QRadioButton(self.tr("Only documents whose review is done"))
        self.all_docs.setChecked(True)
        self.readiness = QLabel()  # before the export: which documents it will refuse, and why
        self.readiness.setWordWrap(True)
        self.readiness.setTextFormat(Qt.TextFormat.RichText)
        self.all_docs.toggled.connect(self._update_readiness)
        self.done_docs.toggled.connect(self._update_readiness)
        form = QFormLayout()
        form.addRow(self.tr("Output folder"), folder_row)
        form.addRow(self.tr("Ground set"), self.ground_set)
        form.addRow(self.tr("Include"), self.pdfs)
        form.addRow("", self.inventory)
        form.addRow("", self.log)
        form.addRow("", self.publication)
        form.addRow(self.tr("Documents"), self.all_docs)
        form.addRow("", self.done_docs)
        form.addRow("", self.readiness)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel()
        self.result = QTextBrowser()
        self.result.setOpenLinks(False)
        self.result.anchorClicked.connect(QDesktopServices.openUrl)
        self.result.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.result, 1)
        layout.addStretch(0)
        layout.addWidget(self.buttons)
        self._update_readiness()

    def blockers(self) -> dict[str, Blocker]:
        """What will keep a document from export, by file name: the core's checks (four eyes, open
        suggestions), read from the review progress before anything is written."""
        four_eyes, out = self.qd.dossier.store.four_eyes, {}
        public = self.qd.ground_set.status_public.code
        for doc in self.documents():
            progress = self.qd.progress(doc.id)
            judged_otherwise = progress.judgement and progress.judgement != public
            if judged_otherwise or (doc.duplicate_of_id and not progress.judgement):
                continue  # listed in the inventory with its judgement; no PDF is asked for
            blocker = Blocker(four_eyes and not progress.approved_by, progress.open)
            if blocker.waiting or blocker.open:
                out[doc.name] = blocker
        return out

    def _reasons(self, blocker: Blocker) -> str:
        reasons = []
        if blocker.waiting:
            reasons.append(self.tr("awaits approval by a second reviewer (four eyes, Ctrl+Shift+A)"))
        if blocker.open:
            reasons.append(self.tr("{n} suggestion(s) not yet reviewed").format(n=blocker.open))
        return "; ".join(reasons)

    def _update_readiness(self) -> None:
        blockers, total = self.blockers(), len(self.documents())
        if not blockers:
            self.readiness.setText(self.tr("All {n} document(s) are ready to export.").format(n=total))
            return
        lines = [self.tr("{ready} of {n} document(s) are ready; the others will not be exported:").format(
            ready=total - len(blockers), n=total)]
        open_docs = sum(1 for b in blockers.values() if b.open)
        waiting = sum(1 for b in blockers.values() if b.waiting)
        if open_docs:
            lines.append(self.tr("{n} with suggestions not yet reviewed").format(n=open_docs))
        if waiting:
            lines.append(self.tr("{n} awaiting four-eyes approval").format(n=waiting))
        self.readiness.setText(f"<span style='color:#8A5A00'>{html.escape(lines[0])}<br>• "
                               + "<br>• ".join(html.escape(line) for line in lines[1:]) + "</span>")

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Output folder"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def documents(self):
        docs = self.qd.reviewable()
        if self.done_docs.isChecked():
            docs = [d for d in docs if self.qd.progress(d.id).status == "done"]
        return docs

    def start(self) -> None:
        """Start the export in the background (Cancel stops it between two documents)."""
        out = Path(self.folder.text()).expanduser()
        if not self.folder.text().strip():
            show_error(self, self.tr("Export"), self.tr("Choose an output folder."))
            return
        docs = self.documents()
        self._blockers = self.blockers()  # the reasons the summary gives, in the reviewer's words
        dossier = self.qd.dossier
        if self.ground_set.currentData() != dossier.ground_set.id:
            dossier = Dossier(dossier.store, self.ground_set.currentData(), dossier.rules, dossier.passwords)
        inventory, log, publication = self.inventory.isChecked(), self.log.isChecked(), self.publication.isChecked()

        def work(progress: Progress) -> ExportOutcome:
            report = dossier.export(docs, out, progress=progress, inventory=inventory, log=log, publication=publication)
            package = [p for p in (report.publication, report.annex) if p]
            return ExportOutcome(report, {p: verify_file(p) for p in [*report.outputs, *package]})

        self.job = Job(work, self, Path(out).name)
        self.job.progress.connect(self._on_progress)
        self.job.done.connect(self._on_done)
        self.job.failed.connect(self._on_failed)
        self.job.cancelled.connect(self._on_cancelled)
        self.job.finished.connect(self._on_finished)
        self.export_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Cancel"))
        self.progress.setVisible(True)
        self.progress.setRange(0, max(len(docs), 1))
        self.progress.setValue(0)
        self.job.start()

    def _on_progress(self, done: int, total: int, name: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status.setText(self.tr("Exporting {name}…").format(name=name) if name else "")

    def _on_done(self, outcome: ExportOutcome) -> None:
        self.outcome = outcome
        self.result.setHtml(self._summary(outcome))
        self.result.setVisible(True)
        self.status.setText(self.tr("Export finished."))
        self.exported.emit(outcome)

    def _on_failed(self, message: str) -> None:
        self.status.setText(self.tr("Export failed."))
        show_error(self, self.tr("Export failed"), message)
        self.failed.emit(message)

    def _on_cancelled(self) -> None:
        self.status.setText(self.tr("Export cancelled; files already written stay in the folder."))

    def _on_finished(self) -> None:
        self.progress.setVisible(False)
        self.export_button.setEnabled(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))

    def reject(self) -> None:
        if self.job is not None and self.job.running:
            self.job.cancel()  # the job reports back; the dialog stays until it has stopped
            self.status.setText(self.tr("Cancelling…"))
            return
        super().reject()

    def _summary(self, outcome: ExportOutcome) -> str:
        report, esc = outcome.report, html.escape

        def link(path: Path) -> str:
            return f"<a href='{QUrl.fromLocalFile(str(path)).toString()}'>{esc(path.name)}</a>"

        def checked(path: Path) -> str:
            problems = outcome.verified.get(path, [])
            return f"{link(path)} " + ("✔" if not problems else "✘ " + esc("; ".join(problems)))

        leaks = {p: v for p, v in outcome.verified.items() if v}
        folder = Path(self.folder.text()).expanduser()
        written = self.tr("{n} redacted PDF(s) written").format(n=len(report.outputs))
        folder_text = self.tr("Folder")
        folder_link = f"<a href='{QUrl.fromLocalFile(str(folder)).toString()}'>{esc(str(folder))}</a>"
        parts = [f"<h3>{esc(written)}</h3>", f"<p>{esc(folder_text)}: {folder_link}</p>"]
        if outcome.document_problems:
            # first, and in the reviewer's words: a document left out is what must still be done
            not_exported = self.tr("Not exported: {n} document(s)").format(n=len(outcome.document_problems))
            parts.append(f"<p style='color:#B71C1C'><b>{esc(not_exported)}</b></p><ul>")
            parts += [f"<li>{esc(self._problem_text(p))}</li>" for p in outcome.document_problems]
            parts.append("</ul>")
        if report.outputs or leaks:
            verdict = (self.tr("Verification: no hidden data found in any PDF.") if not leaks else
                       self.tr("Verification found problems in {n} file(s)!").format(n=len(leaks)))
            colour = "#2E7D32" if not leaks else "#B71C1C"
            parts.append(f"<p style='color:{colour}'><b>{esc(verdict)}</b></p><ul>")
            parts += [f"<li>{checked(path)}</li>" for path in report.outputs]
            parts.append("</ul>")
        package = [p for p in (report.publication, report.annex) if p]
        if package:
            label = self.tr("Publication package")
            parts.append(f"<p>{esc(label)}: {', '.join(checked(p) for p in package)}</p>")
        if outcome.publication_problem:
            parts.append(self._publication_problem(outcome.publication_problem, report.annex is not None))
        if report.inventory or report.log:
            files = ", ".join(link(p) for p in [*report.inventory, *([report.log] if report.log else [])])
            label = self.tr("Inventory and log")
            parts.append(f"<p>{esc(label)}: {files}</p>")
        return "".join(parts)

    def _problem_text(self, problem: Problem) -> str:
        """Why a document was left out: the reviewer's words when the dialog knew it beforehand, else the core's."""
        blocker = self._blockers.get(problem.name)
        if blocker:
            return f"{problem.name}: {self._reasons(blocker)}"
        if needs_password(problem.message):  # passwords are not kept between sessions
            return self.tr("{name}: the file is protected with a password. Open the document to give it, "
                           "then export again.").format(name=problem.name)
        return problem.message

    def _publication_problem(self, problem: Problem, annex_written: bool) -> str:
        """One line a jurist reads at a glance; the core's own words below it, small, for whoever supports them."""
        line = (self.tr("The merged PDF was not written: it did not pass the last check for hidden data and redacted "
                        "text. The separate PDFs above are not affected.") if annex_written else
                self.tr("The publication package was not written: the inventory list as PDF did not pass the last "
                        "check for hidden data. The separate PDFs above are not affected."))
        detail = self.tr("Technical detail: {message}").format(message=problem.message)
        return (f"<p style='color:#B71C1C'><b>{html.escape(line)}</b><br>"
                f"<small style='color:#5F6B7A'>{html.escape(detail)}</small></p>")
