"""Manual redaction on the real window: draw a box, select text, redact every occurrence, mark pages."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QApplication

from redactor.review import live_manual_boxes
from ui.dialogs import MarkDialog
from ui.find_dialog import FindRedactDialog
from ui.page_view import MARGIN


def to_view(view, x: float, y: float) -> QPoint:
    return view.mapFromScene(QPointF(MARGIN + x * view.zoom, MARGIN + y * view.zoom))


def word(view, text: str):
    return next(w for w in view.source.page(view.page_number).words() if w.text == text)


def drag(qtbot, view, start: QPoint, end: QPoint) -> None:
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, pos=(start + end) / 2)
    qtbot.mouseMove(viewport, pos=end)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)


def refocus(qtbot, window) -> None:
    """After a dialog closes, the window is active again (offscreen does not do this by itself)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def boxes(window, doc_id=None):
    store = window.qd.dossier.store
    return live_manual_boxes(store.document_decisions(doc_id or window.cursor.document_id))


def test_draw_a_box_and_choose_its_ground(qtbot, window):
    view = window.view
    qtbot.keyClick(view, Qt.Key.Key_D)
    assert view.mode == "box" and window.a.mode_box.isChecked()
    target = word(view, "Aanleiding")
    x0, y0, x1, y1 = target.rect
    view.centerOn(view.mapToScene(to_view(view, x0, y0)))
    drag(qtbot, view, to_view(view, x0 - 4, y0 - 3), to_view(view, x1 + 4, y1 + 3))
    picker = window.controller.dialog
    assert picker is not None and picker.ground() == window.qd.default_ground()
    qtbot.keyClicks(picker.filter, "5.1.2a")
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    [box] = boxes(window)
    assert box.ground == "5.1.2a" and box.page == 1
    drawn, *lines = box.rects
    assert drawn[0] <= x0 and drawn[2] >= x1
    assert lines and lines[0][0] >= drawn[0] - 0.5  # the glyph boxes of the word inside it
    assert window.cursor.finding == ("m", box.id)
    assert any(r.key == ("m", box.id) and r.state == "manual" for r in window.panel.model.rows)


def test_select_text_and_redact_it(qtbot, window):
    view = window.view
    qtbot.keyClick(view, Qt.Key.Key_T)
    first, last = word(view, "Joris"), word(view, "Ploegmaker")
    drag(qtbot, view, to_view(view, first.rect[0] + 2, first.rect[1] + 3),
         to_view(view, last.rect[2] - 2, last.rect[1] + 3))
    assert view.selection()[3] == "Joris Ploegmaker"
    qtbot.keyClick(view, Qt.Key.Key_X)
    picker = window.controller.dialog
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    [box] = boxes(window)
    assert box.ground == window.qd.default_ground()
    assert "Joris Ploegmaker" in box.note
    assert view.selection() is None


def test_redact_every_occurrence_with_a_preview_count(qtbot, window):
    view = window.view
    page = view.source.page(1)
    start = page.text.index("Toivo Klaar")
    view.select_text(start, start + len("Toivo Klaar"))
    qtbot.keyClick(view, Qt.Key.Key_X, Qt.KeyboardModifier.ShiftModifier)
    dialog = window.controller.dialog
    assert isinstance(dialog, FindRedactDialog) and dialog.text.text() == "Toivo Klaar"
    with qtbot.waitSignal(dialog.searched, timeout=20000) as found:
        pass  # the search started on its own with the selected text
    search = found.args[0]
    assert search.documents == 2 and len(search.occurrences) >= 3
    assert str(len(search.occurrences)) in dialog.summary.text()
    assert dialog.redact_button.isEnabled()
    dialog.redact_button.click()
    ids = window.controller.documents
    assert sum(len(boxes(window, d)) for d in ids) == len(search.occurrences)
    refocus(qtbot, window)
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # all of them in one step
    assert sum(len(boxes(window, d)) for d in ids) == 0


def test_search_typed_text_in_the_dialog(qtbot, window):
    qtbot.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    dialog = window.controller.dialog
    qtbot.keyClicks(dialog.text, "azerbeidzjan")
    with qtbot.waitSignal(dialog.searched, timeout=20000) as found:
        qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    assert found.args[0].documents == 1 and len(found.args[0].occurrences) > 1
    dialog.reject()
    assert not boxes(window)


def test_remove_a_box_and_undo_the_removal(qtbot, window):
    doc_id = window.cursor.document_id
    row = window.qd.session.add_box(doc_id, 1, [[100, 100, 200, 120]], "5.1.2e", note="drawn box")
    window.cursor.set_finding(("m", row.id), 1)
    assert window.a.remove_box.isEnabled()
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert not boxes(window)
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(boxes(window)) == 1


def test_mark_a_page_as_not_public(qtbot, window):
    qtbot.keyClick(window.view, Qt.Key.Key_PageDown)
    qtbot.keyClick(window.view, Qt.Key.Key_M)
    dialog = window.controller.dialog
    assert isinstance(dialog, MarkDialog)
    dialog.set_judgement("niet openbaar")
    dialog.set_ground(None)
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()  # withholding needs a ground
    dialog.set_ground("5.1.1b")
    dialog.accept()
    [box] = boxes(window)
    width, height = window.view.source.size(2)
    assert box.page == 2 and box.ground == "5.1.1b" and box.rects[0] == [0.0, 0.0, width, height]


def test_mark_a_page_out_of_scope_carries_the_judgement(qtbot, window):
    qtbot.keyClick(window.view, Qt.Key.Key_M)
    dialog = window.controller.dialog
    dialog.set_judgement("buiten reikwijdte")
    dialog.set_ground(None)
    dialog.accept()
    [box] = boxes(window)
    assert box.ground == "buiten reikwijdte"


def test_mark_the_document_and_clear_it(qtbot, window):
    doc_id = window.cursor.document_id
    qtbot.keyClick(window.view, Qt.Key.Key_M, Qt.KeyboardModifier.ShiftModifier)
    dialog = window.controller.dialog
    dialog.set_judgement("dubbel")
    dialog.note.setText("dubbel met document 2")
    dialog.accept()
    judged = window.qd.session.judgement(doc_id)
    assert judged.judgement == "dubbel" and judged.note == "dubbel met document 2"
    assert window.documents.info(doc_id).status == "done"
    assert "dubbel" in window.banner.text() and window.banner.isVisibleTo(window)
    refocus(qtbot, window)
    qtbot.keyClick(window.view, Qt.Key.Key_M, Qt.KeyboardModifier.ShiftModifier)
    dialog = window.controller.dialog
    assert dialog.judgement() == "dubbel"  # opens on the current judgement
    dialog.set_judgement(None)
    dialog.accept()
    assert window.qd.session.judgement(doc_id) is None
    assert not window.banner.isVisibleTo(window)
