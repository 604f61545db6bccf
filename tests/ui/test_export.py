"""Export through the dialog: progress off the GUI thread, cancel, summary; the PDFs prove the decisions."""

from __future__ import annotations

import threading
from pathlib import Path

import pymupdf
import pytest
from PySide6.QtCore import Qt

from redactor.verify import verify_file
from ui.workers import Job


def review_everything(window, keep: str) -> None:
    """Accept every open finding, except the one whose text is ``keep``: reject that."""
    session = window.qd.session
    for doc_id in window.controller.documents:
        rows = window.qd.rows(doc_id)
        session.accept(doc_id, [r.key[1] for r in rows if r.state == "suggested" and r.text != keep])
        session.reject(doc_id, [r.key[1] for r in rows if r.text == keep])


def page_text(path: Path) -> str:
    with pymupdf.open(path) as pdf:
        return " ".join(" ".join(page.get_text().split()) for page in pdf)


def test_export_dialog_writes_verified_pdfs_that_follow_the_decisions(qtbot, window, tmp_path):
    review_everything(window, keep="Thijs van Opmeer")
    doc_id = window.controller.documents[0]
    window.qd.session.add_box(doc_id, 1, [[60, 780, 300, 800]], "5.1.2e", note="drawn box")
    qtbot.keyClick(window.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.export_dialog
    assert dialog is not None and dialog.isVisible()
    out = tmp_path / "published"
    dialog.folder.setText(str(out))
    with qtbot.waitSignal(dialog.exported, timeout=60000) as done:
        dialog.export_button.click()
        assert not dialog.export_button.isEnabled()  # running in the background, window alive
    outcome = done.args[0]
    assert not outcome.report.problems
    nota = out / "01-nota-toezegging-cd-rbz.pdf"
    assert nota.is_file() and (out / "04-news-eu-envoy-probes.pdf").is_file()
    assert verify_file(nota) == []
    text = page_text(nota)
    assert "Ploegmaker" not in text and "06-41873925" not in text  # accepted: gone
    assert "Thijs van Opmeer" in text  # rejected: still there
    assert "Toivo Klaar" in text  # kept as public official
    assert all(not problems for problems in outcome.verified.values())
    summary = dialog.result.toPlainText()
    assert "no hidden data" in summary and "inventarislijst.xlsx" in summary
    qtbot.waitUntil(dialog.export_button.isEnabled)  # "finished" follows "done"


def test_unreviewed_documents_are_listed_as_not_exported(qtbot, window, tmp_path):
    dialog = window.show_export()
    dialog.folder.setText(str(tmp_path / "out"))
    with qtbot.waitSignal(dialog.exported, timeout=60000) as done:
        dialog.start()
    report = done.args[0].report
    assert [p.name for p in report.problems] == ["01-nota-toezegging-cd-rbz.pdf"]
    assert "not yet reviewed" in dialog.result.toPlainText()


def test_only_done_documents(qtbot, window, tmp_path):
    dialog = window.show_export()
    dialog.done_docs.setChecked(True)
    dialog.inventory.setChecked(False)
    dialog.folder.setText(str(tmp_path / "out"))
    with qtbot.waitSignal(dialog.exported, timeout=60000) as done:
        dialog.start()
    report = done.args[0].report
    assert [p.name for p in report.outputs] == ["04-news-eu-envoy-probes.pdf"]
    assert not report.problems and not report.inventory


def export_from_dialog(qtbot, window, out: Path, publication: bool):
    """Review everything, then export through the dialog with the publication box as given."""
    review_everything(window, keep="Thijs van Opmeer")
    dialog = window.show_export()
    assert dialog.publication.isChecked()  # on unless the reviewer unticked it before
    dialog.publication.setChecked(publication)
    dialog.folder.setText(str(out))
    with qtbot.waitSignal(dialog.exported, timeout=60000) as done:
        dialog.start()
    qtbot.waitUntil(dialog.export_button.isEnabled)
    return dialog, done.args[0]


def test_publication_package_merges_the_documents_with_a_bookmark_each(qtbot, window, tmp_path):
    out = tmp_path / "published"
    dialog, outcome = export_from_dialog(qtbot, window, out, publication=True)
    assert not outcome.report.problems
    assert outcome.report.publication == out / "publicatie.pdf" and outcome.report.annex == out / "inventarislijst.pdf"
    with pymupdf.open(out / "publicatie.pdf") as pdf:
        titles = [title for _level, title, _page in pdf.get_toc()]
    assert titles == ["1 — 01-nota-toezegging-cd-rbz.pdf", "2 — 04-news-eu-envoy-probes.txt", "Inventarislijst"]
    assert "Documentnr. 0001" in page_text(out / "01-nota-toezegging-cd-rbz.pdf")  # the number in the margin
    assert not outcome.verified[out / "publicatie.pdf"]  # re-checked like every published PDF
    summary = dialog.result.toPlainText()
    assert "Publication package: publicatie.pdf ✔, inventarislijst.pdf ✔" in summary
    assert "not written" not in summary and "Not exported" not in summary


def test_unticked_publication_package_writes_none_and_is_remembered(qtbot, window, tmp_path):
    out = tmp_path / "published"
    dialog, outcome = export_from_dialog(qtbot, window, out, publication=False)
    assert outcome.report.publication is None and outcome.report.annex is None
    assert not (out / "publicatie.pdf").exists() and not (out / "inventarislijst.pdf").exists()
    assert (out / "inventarislijst.xlsx").is_file()  # the inventory itself is its own choice
    assert "Documentnr." not in page_text(out / "01-nota-toezegging-cd-rbz.pdf")
    assert "Publication package" not in dialog.result.toPlainText()
    dialog.reject()
    assert window.settings.export_publication is False
    assert not window.show_export().publication.isChecked()  # the next export starts as this one ended


def test_a_refused_publication_package_is_one_plain_line(qtbot, window, tmp_path, monkeypatch):
    from redactor import pipeline
    from redactor.errors import ExportVerificationError

    def refuse(parts, annex, out_dir, ground_set):
        raise ExportVerificationError("publicatie.pdf", ["page 3: redacted text is still extractable"])

    monkeypatch.setattr(pipeline, "write_publication", refuse)
    out = tmp_path / "published"
    dialog, outcome = export_from_dialog(qtbot, window, out, publication=True)
    assert [p.name for p in outcome.report.problems] == ["publication"]
    assert not (out / "publicatie.pdf").exists() and (out / "01-nota-toezegging-cd-rbz.pdf").is_file()
    summary = dialog.result.toPlainText()
    assert "The merged PDF was not written" in summary and "The separate PDFs above are not affected." in summary
    assert "Publication package: inventarislijst.pdf ✔" in summary
    assert "Not exported" not in summary  # every document was exported; only the package is missing


def test_cancel_stops_the_export(qtbot, window, tmp_path, monkeypatch):
    from redactor.pipeline import Dossier

    def endless_export(self, documents, out_dir, progress=None, inventory=True, log=None, publication=True):
        for i in range(10**9):  # a huge dossier: only Cancel ends it
            progress(i % 100, 100, f"doc-{i}.pdf")
            threading.Event().wait(0.001)

    monkeypatch.setattr(Dossier, "export", endless_export)
    dialog = window.show_export()
    dialog.folder.setText(str(tmp_path / "out"))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.progress.value() > 0)  # progress arrives while the window stays responsive
    with qtbot.waitSignal(dialog.job.cancelled, timeout=10000):
        dialog.reject()  # Cancel while running: stop the job, keep the dialog
        assert dialog.isVisible()
    qtbot.waitUntil(dialog.export_button.isEnabled)
    assert dialog.outcome is None and "cancelled" in dialog.status.text()
    dialog.reject()
    assert not dialog.isVisible()


@pytest.mark.parametrize("fail", [True, False])
def test_job_relays_results_and_core_errors(qtbot, fail):
    from redactor.errors import InputFileError

    def work(progress):
        progress(0, 1, "a.pdf")
        if fail:
            raise InputFileError("a.pdf", "the file is empty")
        return 42

    job = Job(work)
    seen = []
    job.progress.connect(lambda *args: seen.append(args))
    with qtbot.waitSignal(job.failed if fail else job.done, timeout=5000) as blocker:
        job.start()
    assert blocker.args[0] == ("a.pdf: the file is empty" if fail else 42)
    qtbot.waitUntil(lambda: not job.running)
    assert seen == [(0, 1, "a.pdf")]


def test_job_cancelled_before_it_reports(qtbot):
    job = Job(lambda progress: progress(0, 1, "a.pdf"))
    job.cancel()
    with qtbot.waitSignal(job.cancelled, timeout=5000):
        job.start()
