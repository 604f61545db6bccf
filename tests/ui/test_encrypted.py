"""An encrypted PDF in the dossier: the reviewer unlocks it with its password, and it is never saved."""

from __future__ import annotations

import shutil
from pathlib import Path

import pymupdf
import pytest

from tests.ui.conftest import SEEDS

PASSWORD = "Lente-2026!"
NAME = "Ilse Vermeulen-Brouwer"


@pytest.fixture
def locked_sources(tmp_path: Path) -> Path:
    folder = tmp_path / "met-slot"
    folder.mkdir()
    shutil.copy(SEEDS / "01-nota-toezegging-cd-rbz.pdf", folder)
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 90), f"Medische verklaring over mevrouw {NAME}, geboren 12-03-1971.")
    doc.save(folder / "verklaring.pdf", encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw=PASSWORD, owner_pw="x")
    return folder


def _window(qtbot, dossier, label: str):
    from ui.dossier_model import QtDossier
    from ui.main_window import MainWindow
    from ui.settings import Settings

    win = MainWindow(Settings(), "en")
    qtbot.addWidget(win)
    win.show()
    win.set_dossier(QtDossier(dossier, label))
    return win


def _click(qtbot, win, doc_id: int) -> None:
    from PySide6.QtCore import Qt

    rect = win.documents.list.visualItemRect(win.documents._items[doc_id])
    qtbot.mouseClick(win.documents.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_locked_file_is_unlocked_with_its_password_and_reviewed(qtbot, locked_sources, tmp_path, monkeypatch):
    from redactor.pipeline import Dossier
    from redactor.store import DossierStore, sqlite_url

    db = tmp_path / "d.sqlite"
    dossier = Dossier(DossierStore(sqlite_url(db), name="met-slot"), "woo")
    dossier.screen([locked_sources])
    win = _window(qtbot, dossier, "met-slot")
    doc_id = next(d.id for d in win.qd.documents if d.name == "verklaring.pdf")
    assert win.documents.info(doc_id).detail == "password needed"
    assert win.documents._items[doc_id].toolTip().endswith("Click to enter its password.")
    asked: list[bool] = []
    answers = iter(["verkeerd", PASSWORD])
    monkeypatch.setattr(win, "ask_password", lambda doc, wrong=False: asked.append(wrong) or next(answers))
    errors: list[str] = []
    monkeypatch.setattr("ui.main_window.show_error", lambda parent, title, text: errors.append(text))

    _click(qtbot, win, doc_id)
    # the job's "done" reaches the window after the job stops running: wait for what it does
    qtbot.waitUntil(lambda: bool(errors), timeout=60000)
    assert errors == ["That password does not open “verklaring.pdf”."]
    assert win.cursor.document_id != doc_id

    _click(qtbot, win, doc_id)
    qtbot.waitUntil(lambda: win.cursor.document_id == doc_id, timeout=60000)
    assert asked == [False, True]  # the second time it says that the first password was wrong
    assert len(errors) == 1
    assert win.cursor.document_id == doc_id and win.view.source is not None
    assert win.documents.info(doc_id).status == "not started"
    assert any(NAME in row.text for row in win.qd.rows(doc_id))  # screened with its password: the name is found

    assert PASSWORD.encode() not in db.read_bytes()  # never saved

    # a new session goes back to the locked document: its page asks for the password again
    from ui.main_window import MainWindow

    asked.clear()
    monkeypatch.setattr(MainWindow, "ask_password", lambda self, doc, wrong=False: asked.append(wrong) or PASSWORD)
    win2 = _window(qtbot, Dossier(DossierStore(sqlite_url(db)), "woo"), "met-slot")
    assert asked == [False]
    assert win2.cursor.document_id == doc_id and win2.view.source is not None and win2.view.source.page_count == 1


def test_exporting_a_locked_file_in_a_later_session_says_to_open_it_first(qtbot, locked_sources, tmp_path):
    from redactor.pipeline import Dossier
    from redactor.store import DossierStore, sqlite_url

    db = tmp_path / "d.sqlite"
    first = Dossier(DossierStore(sqlite_url(db), name="met-slot"), "woo")
    first.passwords.set(locked_sources / "verklaring.pdf", PASSWORD)
    first.accept_all(first.screen([locked_sources]).documents)

    win = _window(qtbot, Dossier(DossierStore(sqlite_url(db)), "woo"), "met-slot")  # passwords are not kept
    dialog = win.show_export()
    dialog.folder.setText(str(tmp_path / "out"))
    with qtbot.waitSignal(dialog.exported, timeout=60000) as done:
        dialog.start()
    assert [p.name for p in done.args[0].report.problems] == ["verklaring.pdf"]
    assert ("verklaring.pdf: the file is protected with a password. Open the document to give it, then export again."
            in dialog.result.toPlainText())
    assert (tmp_path / "out" / "01-nota-toezegging-cd-rbz.pdf").is_file()
