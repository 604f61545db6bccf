"""Duplicates and e-mail threads in the app: the list's tags, the view, opening, confirming "dubbel".

The dossier holds an exact duplicate pair (1. a-nota.pdf, 2. b-kopie.pdf) and the five-message
thread of ``fakeformats.thread`` (3-7: m1..m5; m5 is the longest, m1, m2 and m4 are quoted
whole in it, m3 branched off with text of its own). Detection is the fixed-string fake.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fakedocs import SECRET, SECRET_PHONE, FakeScreener
from fakeformats import text_pdf, thread
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableWidget

from redactor.pipeline import Dossier
from redactor.store import DossierStore, sqlite_url
from ui import i18n, style
from ui.dialogs import ShortcutsDialog
from ui.dossier_model import QtDossier
from ui.groups import document_markers, dossier_groups
from ui.groups_panel import QtGroupsPanel
from ui.main_window import MainWindow
from ui.settings import Settings

NEEDLES = {SECRET: ("PERSON", "5.1.2e", "suggested"), SECRET_PHONE: ("PHONE", "5.1.2e", "suggested")}


@pytest.fixture
def grouped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Dossier:
    monkeypatch.setattr("redactor.detect.engine.Screener", lambda ground_set, rules: FakeScreener(NEEDLES))
    folder = tmp_path / "mixed"
    folder.mkdir()
    lines = [f"Nota van {SECRET} over de toezegging aan de Kamer.", "De directie stemt in met het voorstel."]
    (folder / "a-nota.pdf").write_bytes(text_pdf(lines))
    (folder / "b-kopie.pdf").write_bytes(text_pdf(lines))
    thread(folder)
    dossier = Dossier(DossierStore(sqlite_url(tmp_path / "dossier.sqlite")), "woo")
    dossier.screen([folder])
    return dossier


@pytest.fixture
def win(qtbot, grouped: Dossier) -> MainWindow:
    window = MainWindow(Settings(), "en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.set_dossier(QtDossier(grouped, "mixed"))
    window.activateWindow()
    window.view.setFocus()
    return window


def ids(window: MainWindow) -> dict[str, int]:
    return {Path(d.name).stem: d.id for d in window.qd.documents}


def show_groups(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.groups_dock.isVisible() and window.a.show_groups.isChecked()


def test_the_list_tags_copies_and_thread_messages(win):
    doc = ids(win)
    tags = {name: win.documents.info(i).marker.tag for name, i in doc.items()}
    assert tags == {"a-nota": "original", "b-kopie": "duplicate of 1", "m1": "duplicate of 7",
                    "m2": "duplicate of 7", "m3": "thread 7", "m4": "duplicate of 7", "m5": "thread: longest"}
    tip = win.documents._items[doc["b-kopie"]].toolTip()
    assert "Duplicate (same text) of 1. a-nota.pdf" in tip
    assert "longest message is 7. m5.eml" in win.documents._items[doc["m3"]].toolTip()
    # the tag is painted: its amber background is on the copy's row
    item = win.documents._items[doc["b-kopie"]]
    rect = win.documents.list.visualItemRect(item)
    image = win.documents.list.viewport().grab().toImage()
    amber = style.TAG_COLOURS["duplicate"][0].rgb()
    assert any(image.pixel(x, rect.bottom() - 12) == amber for x in range(rect.left(), rect.right()))


def test_the_view_shows_each_group_and_who_is_reviewed(qtbot, win):
    show_groups(qtbot, win)
    tree = win.groups.tree
    tops = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    assert [t.text(0) for t in tops] == ["Same content: assessed in 1. a-nota.pdf",
                                         "E-mail thread of 5 messages: review 7. m5.eml"]
    rows = {top.text(0)[:4]: [(top.child(j).text(0), top.child(j).text(1)) for j in range(top.childCount())]
            for top in tops}
    assert rows["Same"] == [("1. a-nota.pdf", "original: content assessed here"),
                            ("2. b-kopie.pdf", "duplicate: same text")]
    assert rows["E-ma"] == [("7. m5.eml", "longest message: review this one"),
                            ("3. m1.eml", "duplicate: quoted whole in a later message"),
                            ("4. m2.eml", "duplicate: quoted whole in a later message"),
                            ("5. m3.eml", "message with text of its own: review it too"),
                            ("6. m4.eml", "duplicate: quoted whole in a later message")]
    assert win.groups.title.text().startswith("1 group(s) with the same content, 1 e-mail thread(s)")
    assert win.groups.items(ids(win)["b-kopie"])[0].text(2) == "not started · 1 open"


def test_double_click_opens_the_document(qtbot, win):
    show_groups(qtbot, win)
    copy = ids(win)["b-kopie"]
    tree = win.groups.tree
    item = win.groups.items(copy)[0]
    tree.scrollToItem(item)
    where = tree.visualItemRect(item).center()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=where)  # a real double-click starts with a press
    assert win.cursor.document_id != copy  # one click only selects
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert win.cursor.document_id == copy
    assert win.documents.list.currentItem().text() == "2. b-kopie.pdf"
    assert win.view.source is not None and win.view.source.path.name == "b-kopie.pdf"
    win.cursor.set_document(ids(win)["m5"])  # the view follows the window
    assert win.groups.current_document() == ids(win)["m5"]


def test_confirm_and_clear_dubbel_are_decisions(qtbot, win):
    show_groups(qtbot, win)
    doc, panel, store = ids(win), win.groups, win.qd.dossier.store
    panel.tree.setCurrentItem(panel.items(doc["a-nota"])[0])
    assert not panel.confirm.isEnabled()  # the original is assessed, not a copy
    panel.tree.setCurrentItem(panel.items(doc["m3"])[0])
    assert not panel.confirm.isEnabled()  # text of its own: it must be reviewed
    panel.tree.setCurrentItem(panel.items(doc["b-kopie"])[0])
    assert panel.confirm.isEnabled() and not panel.clear.isEnabled()
    qtbot.mouseClick(panel.confirm, Qt.MouseButton.LeftButton)
    judged = win.qd.session.judgement(doc["b-kopie"])
    assert (judged.judgement, judged.note) == ("dubbel", "inhoud is beoordeeld in document 1")
    trail = json.loads(store.export_audit("json"))["audit"]
    assert trail[-1]["action"] == "decision:judge" and trail[-1]["subject"] == f"document:{doc['b-kopie']}"
    assert panel.items(doc["b-kopie"])[0].text(2) == "dubbel"
    info = win.documents.info(doc["b-kopie"])
    assert info.status == "done" and "dubbel" in info.detail and info.open == 0  # no open badge on a copy
    assert panel.clear.isEnabled() and not panel.confirm.isEnabled()
    qtbot.mouseClick(panel.clear, Qt.MouseButton.LeftButton)
    assert win.qd.session.judgement(doc["b-kopie"]) is None
    assert win.documents.info(doc["b-kopie"]).status == "not started"
    win.a.undo.trigger()  # undo the clearing: dubbel again
    assert win.qd.session.judgement(doc["b-kopie"]).judgement == "dubbel"


def test_the_shortcut_help_lists_the_view(win):
    dialog = ShortcutsDialog(win.a.all(), win)
    table = dialog.findChild(QTableWidget)
    rows = {table.item(i, 0).text(): table.item(i, 1).text() for i in range(table.rowCount())}
    assert rows["Duplicates and threads"] == "Ctrl+D"
    assert win.a.show_groups in win.menus["view"].actions()


def test_dutch_tags_and_view(qtbot, grouped):
    app = QApplication.instance()
    translators = i18n.install(app, "nl")
    try:
        docs = {Path(d.name).stem: d.id for d in grouped.store.documents()}
        markers = document_markers(dossier_groups(grouped.store.documents()))
        assert markers[docs["b-kopie"]].tag == "dubbel van 1" and markers[docs["m3"]].tag == "reeks 7"
        assert "de inventarislijst vermeldt dit document als dubbel" in markers[docs["b-kopie"]].tooltip
        panel = QtGroupsPanel()
        qtbot.addWidget(panel)
        assert panel.confirm.text() == "Markeren als d&ubbel"
    finally:
        for t in translators:
            app.removeTranslator(t)
