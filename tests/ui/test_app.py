"""The app as a whole: opening dossiers, remembering, errors, preview, zoom, shortcuts, languages."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from redactor.store import default_dossier_path
from ui import i18n
from ui.app import SAMPLE_DOSSIER, create_window, get_parser
from ui.dossier_model import QtDossier
from ui.main_window import MainWindow
from ui.page_view import BoxItem
from ui.settings import Recent, Settings


def new_window(qtbot) -> MainWindow:
    win = MainWindow(Settings(), "en")
    qtbot.addWidget(win)
    win.show()
    return win


def test_open_a_folder_screens_it_in_the_background(qtbot, small_sources, _private_settings):
    win = new_window(qtbot)
    with qtbot.waitSignal(win.dossierOpened, timeout=60000):
        job = win.open_sources([small_sources])
        assert job is not None and win.jobs.isVisibleTo(win)  # progress shown while screening
    assert [d.name for d in win.qd.documents] == ["01-nota-toezegging-cd-rbz.pdf", "04-news-eu-envoy-probes.txt"]
    db = default_dossier_path([small_sources])
    assert db.is_file() and str(_private_settings) in str(db)  # in the (test's) user data folder
    assert win.documents.info(win.qd.documents[0].id).status == "not started"
    assert win.cursor.document_id == win.qd.documents[0].id and win.view.source is not None
    assert Settings().recent()[0] == Recent("sources", small_sources.resolve())
    qtbot.waitUntil(lambda: not win.jobs.isVisibleTo(win))  # "finished" follows "done"


def test_no_argument_opens_the_sample_dossier(qtbot):
    assert SAMPLE_DOSSIER.is_dir()
    win = create_window(get_parser().parse_args([]))
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.dossierOpened, timeout=60000):
        pass
    assert len(win.qd.documents) == len(list(SAMPLE_DOSSIER.iterdir()))
    assert win.qd.label == SAMPLE_DOSSIER.name


def test_a_database_argument_opens_it_without_screening(qtbot, dossier):
    db = Path(dossier.store.url.removeprefix("sqlite:///"))
    win = create_window(get_parser().parse_args([str(db)]))
    qtbot.addWidget(win)
    assert win.qd is not None and win.job is None
    assert len(win.qd.documents) == 2


def test_reopening_restores_document_and_finding(qtbot, dossier):
    win = new_window(qtbot)
    win.set_dossier(QtDossier(dossier, "small"))
    second_doc = win.controller.documents[1]
    win.cursor.set_document(second_doc)
    row = win.qd.rows(second_doc)[2]
    win.cursor.set_finding(row.key, row.page)
    win.close()
    again = new_window(qtbot)
    again.set_dossier(QtDossier(dossier, "small"))
    assert again.cursor.document_id == second_doc
    assert again.cursor.finding == row.key
    assert again.panel.current_key() == row.key


def test_a_bad_database_shows_the_core_message(qtbot, tmp_path):
    bad = tmp_path / "broken.sqlite"
    bad.write_bytes(b"this is not a database" * 100)
    win = new_window(qtbot)
    win.open_database(bad)
    qtbot.waitUntil(lambda: win.findChild(QMessageBox) is not None)
    box = win.findChild(QMessageBox)
    assert "cannot open dossier database" in box.text() and "broken.sqlite" in box.text()
    assert win.qd is None


def test_a_failing_background_job_becomes_a_dialog(qtbot, window):
    from redactor.errors import InputFileError

    def work(progress):
        raise InputFileError("x.pdf", "corrupt PDF, cannot be opened")

    window.run_job("Screening", work)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox) is not None)  # no freeze, no lost error
    assert window.findChild(QMessageBox).text() == "x.pdf: corrupt PDF, cannot be opened"
    qtbot.waitUntil(lambda: not window.jobs.isVisibleTo(window))


def test_preview_draws_black_boxes_with_codes(qtbot, window):
    doc_id = window.cursor.document_id
    rows = window.qd.rows(doc_id)
    window.qd.session.accept(doc_id, [rows[0].key[1]])
    qtbot.keyClick(window.view, Qt.Key.Key_V)
    assert window.a.preview.isChecked()
    items = [i for i in window.view.scene().items() if isinstance(i, BoxItem)]
    assert items and all(i.brush().color() == QColor("black") for i in items)
    assert {i.key for i in items} == {rows[0].key}  # only what will be redacted
    qtbot.keyClick(window.view, Qt.Key.Key_V)
    items = [i for i in window.view.scene().items() if isinstance(i, BoxItem)]
    assert len({i.key for i in items if i.key[1]}) == len([r for r in rows if r.page == 1])


def test_zoom(qtbot, window):
    start = window.view.zoom
    qtbot.keyClick(window.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.view.zoom > start and window.zoom_label.text() == f"{round(window.view.zoom * 100)}%"
    qtbot.keyClick(window.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.view.zoom < start
    qtbot.keyClick(window.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert abs(window.view.zoom - start) < 0.01


def test_every_shortcut_is_in_a_menu_and_its_tooltip(qtbot, window):
    in_menus = {a for menu in window.menuBar().findChildren(type(window.menus["file"])) for a in menu.actions()}
    for action in window.a.all():
        if action.shortcuts():
            key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            assert key in action.toolTip(), action.text()
            assert action in in_menus, action.text()


def test_dutch_is_the_default_on_a_dutch_system():
    assert i18n.choose_language("", QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)) == "nl"
    assert i18n.choose_language("", QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)) == "en"
    assert i18n.choose_language("en", QLocale(QLocale.Language.Dutch)) == "en"


def test_dutch_interface(qtbot):
    app = QApplication.instance()
    translators = i18n.install(app, "nl")
    try:
        assert translators, "ui/translations/redactor_nl.qm is missing"
        win = new_window(qtbot)
        titles = [m.title() for m in win.menuBar().findChildren(type(win.menus["file"]))]
        assert "&Bestand" in titles
        assert win.a.accept.text() == "&Accepteren"
        assert "(A)" in win.a.accept.toolTip()
    finally:
        for t in translators:
            app.removeTranslator(t)


def test_every_source_string_has_a_dutch_translation():
    ts = (i18n.TRANSLATIONS / "redactor_nl.ts").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in ts and 'type="obsolete"' not in ts
    assert (i18n.TRANSLATIONS / "redactor_nl.qm").stat().st_mtime >= (i18n.TRANSLATIONS / "redactor_nl.ts").stat().st_mtime - 1


def test_python_dash_m_ui_runs():
    result = subprocess.run([sys.executable, "-m", "ui", "--help"], capture_output=True, text=True, timeout=60,
                            check=False)
    assert result.returncode == 0 and "redactor-gui" in result.stdout


def test_a_team_dossier_opens_from_a_database_url(qtbot, tmp_path):
    """The app opens a dossier by URL, as a team does with a PostgreSQL server (here: SQLite by URL)."""
    from redactor.store import DossierStore, sqlite_url
    from ui.main_window import MainWindow
    from ui.settings import Settings

    url = sqlite_url(tmp_path / "team.sqlite")
    DossierStore(url, name="team dossier").engine.dispose()
    win = MainWindow(Settings(), "en")
    qtbot.addWidget(win)
    win.open_url(url)
    assert win.qd is not None and win.qd.dossier.store.url == url


def test_going_back_to_a_document_after_many_others_shows_its_findings(qtbot, dossier, monkeypatch):
    """Only the documents visited last keep their findings in memory; an earlier one is read again."""
    from ui import dossier_model
    from ui.dossier_model import QtDossier

    monkeypatch.setattr(dossier_model, "ROWS_KEPT", 1)
    qt = QtDossier(dossier, "small")
    first, second = [d.id for d in qt.reviewable()][:2]
    before = [(r.key, r.state) for r in qt.rows(first)]
    qt.rows(second)
    assert list(qt._rows) == [second]
    assert [(r.key, r.state) for r in qt.rows(first)] == before and before
