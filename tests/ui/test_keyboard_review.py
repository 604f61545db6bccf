"""Review by keyboard: keys on the real window change decisions in the real dossier store."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ui.dialogs import GroundPicker


def decisions(window):
    store = window.qd.dossier.store
    return store.current_decisions(window.cursor.document_id)


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(window.view, key, modifier)


def test_next_finding_selects_it_in_the_list_and_on_the_page(qtbot, window):
    first = window.panel.model.rows[0]  # arriving in the memo selected its first open suggestion
    assert window.cursor.finding == first.key
    assert window.panel.current_key() == first.key
    assert window.view.page_number == first.page
    press(qtbot, window, Qt.Key.Key_N)
    assert window.cursor.finding == window.panel.model.rows[1].key
    press(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ShiftModifier)
    assert window.cursor.finding == first.key


def test_accept_and_reject_are_stored_at_once_and_advance(qtbot, window):
    first, second = window.panel.model.rows[:2]
    press(qtbot, window, Qt.Key.Key_A)
    assert decisions(window)[first.key[1]].action == "accept"
    assert window.cursor.finding == second.key  # moved on
    press(qtbot, window, Qt.Key.Key_R)
    assert decisions(window)[second.key[1]].action == "reject"
    states = {r.key: r.state for r in window.panel.model.rows}
    assert states[first.key] == "accepted" and states[second.key] == "rejected"


def test_undo_and_redo(qtbot, window):
    press(qtbot, window, Qt.Key.Key_N)
    key = window.cursor.finding
    press(qtbot, window, Qt.Key.Key_A)
    assert window.a.undo.isEnabled()
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert decisions(window)[key[1]].action == "reset"
    assert window.qd.row(window.cursor.document_id, key).state == "suggested"
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert decisions(window)[key[1]].action == "accept"


def test_change_ground_with_the_picker(qtbot, window):
    press(qtbot, window, Qt.Key.Key_N)
    key = window.cursor.finding
    press(qtbot, window, Qt.Key.Key_G)
    picker = window.controller.dialog
    assert isinstance(picker, GroundPicker) and picker.isVisible()
    qtbot.keyClicks(picker.filter, "5.1.1b")
    assert picker.ground() == "5.1.1b"
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    decision = decisions(window)[key[1]]
    assert (decision.action, decision.ground) == ("accept", "5.1.1b")
    assert window.qd.row(window.cursor.document_id, key).ground == "5.1.1b"


def test_picker_filters_by_label(qtbot, window):
    press(qtbot, window, Qt.Key.Key_N)
    press(qtbot, window, Qt.Key.Key_G)
    picker = window.controller.dialog
    qtbot.keyClicks(picker.filter, "levenssfeer")
    assert picker.ground() == "5.1.2e"
    picker.reject()


def test_accept_all_of_one_kind_in_document_then_in_dossier(qtbot, window):
    press(qtbot, window, Qt.Key.Key_N)
    row = window.qd.row(window.cursor.document_id, window.cursor.finding)
    press(qtbot, window, Qt.Key.Key_E)
    doc_rows = window.qd.rows(window.cursor.document_id)
    assert all(r.state != "suggested" for r in doc_rows if r.entity == row.entity)
    assert any(r.state == "suggested" for r in doc_rows if r.entity != row.entity)
    press(qtbot, window, Qt.Key.Key_E, Qt.KeyboardModifier.ShiftModifier)
    for doc_id in window.controller.documents:
        assert all(r.state != "suggested" for r in window.qd.rows(doc_id) if r.entity == row.entity)
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # one step, whatever its size
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.qd.row(window.cursor.document_id, row.key).state == "suggested"


def test_accept_all_of_one_rule_in_document(qtbot, window):
    press(qtbot, window, Qt.Key.Key_N)
    row = window.qd.row(window.cursor.document_id, window.cursor.finding)
    press(qtbot, window, Qt.Key.Key_L)
    assert all(r.state == "accepted" for r in window.qd.rows(window.cursor.document_id) if r.rule == row.rule
               and r.state != "kept")


def test_past_the_last_finding_goes_on_to_the_next_document(qtbot, window):
    first_doc = window.cursor.document_id
    last = window.panel.model.rows[-1]
    window.cursor.set_finding(last.key, last.page)
    press(qtbot, window, Qt.Key.Key_N)
    assert window.cursor.document_id != first_doc
    assert window.cursor.finding == window.qd.rows(window.cursor.document_id)[0].key


def test_filters_narrow_the_list_and_next(qtbot, window):
    panel = window.panel
    panel.state_filter.setCurrentIndex(panel.state_filter.findData("kept"))
    assert panel.model.rows and all(r.state == "kept" for r in panel.model.rows)
    press(qtbot, window, Qt.Key.Key_N)
    assert window.qd.row(window.cursor.document_id, window.cursor.finding).state == "kept"
    panel.state_filter.setCurrentIndex(0)
    panel.entity_filter.setCurrentIndex(panel.entity_filter.findData("EMAIL"))
    assert {r.entity for r in panel.model.rows} == {"EMAIL"}
    panel.ground_filter.setCurrentIndex(panel.ground_filter.findData("5.1.2e"))
    assert all(r.ground == "5.1.2e" for r in panel.model.rows)


def test_change_in_the_model_shows_in_the_widgets(qtbot, window):
    doc_id = window.cursor.document_id
    before = window.documents.info(doc_id).open
    open_ids = [r.key[1] for r in window.qd.rows(doc_id) if r.state == "suggested"]
    window.qd.session.accept(doc_id, open_ids[:3])  # e.g. a script or another panel
    assert window.documents.info(doc_id).open == before - 3
    assert [r.state for r in window.panel.model.rows if r.key[1] in open_ids[:3]] == ["accepted"] * 3
    window.qd.session.accept(doc_id, open_ids)
    assert window.documents.info(doc_id).status == "done"


def test_next_and_previous_document_and_page(qtbot, window):
    ids = window.controller.documents
    press(qtbot, window, Qt.Key.Key_PageDown)
    assert window.view.page_number == 2 and "2" in window.page_label.text()
    press(qtbot, window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.cursor.document_id == ids[1]
    press(qtbot, window, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert window.cursor.document_id == ids[0]


def test_review_keys_work_from_the_lists_too(qtbot, window):
    window.panel.table.setFocus()
    qtbot.keyClick(window.panel.table, Qt.Key.Key_N)
    key = window.cursor.finding
    qtbot.keyClick(window.panel.table, Qt.Key.Key_A)  # a shortcut, not the table's type-ahead search
    assert decisions(window)[key[1]].action == "accept"
    window.documents.list.setFocus()
    key = window.cursor.finding
    qtbot.keyClick(window.documents.list, Qt.Key.Key_R)
    assert decisions(window)[key[1]].action == "reject"


def test_a_conflict_with_another_reviewer_is_a_dialog_not_a_crash(qtbot, window, monkeypatch):
    """Bert decides on the same finding first: the reviewer sees who, nothing is overwritten."""
    from redactor.review import ReviewSession

    shown: list[str] = []
    monkeypatch.setattr("ui.review_controller.show_error", lambda parent, title, message: shown.append(message))
    finding = window.panel.model.rows[0].key[1]  # selected on arriving in the document
    bert = ReviewSession(window.qd.session.store, reviewer="bert")
    bert.findings(window.cursor.document_id)
    bert.reject(window.cursor.document_id, [finding])
    press(qtbot, window, Qt.Key.Key_A)
    assert shown and "bert" in shown[0]
    assert decisions(window)[finding].action == "reject" and decisions(window)[finding].reviewer == "bert"


def test_a_second_reviewer_approves_in_the_app_and_a_new_decision_withdraws_it(qtbot, window, monkeypatch):
    """Four eyes without the command line: Anna decided, the app's reviewer approves with Ctrl+Shift+A."""
    from redactor.review import ReviewSession

    shown: list[str] = []
    monkeypatch.setattr("ui.review_controller.show_error", lambda parent, title, message: shown.append(message))
    doc = window.cursor.document_id
    store = window.qd.session.store
    anna = ReviewSession(store, reviewer="anna")
    anna.accept(doc, [f.candidate.id for f in anna.findings(doc) if f.state == "suggested"])  # her review is done
    assert store.approval(doc)[0] is None

    press(qtbot, window, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    me = window.qd.session.reviewer
    assert shown == [] and store.approval(doc) == (me, ["anna"])
    assert "approved" in window.documents.info(doc).detail
    assert me in window.banner.text()

    anna.reject(doc, [f.candidate.id for f in anna.findings(doc) if f.state == "accepted"][:1])
    window.qd._on_review_change(doc, [])  # Anna works in another window: this one hears of it when it reloads
    assert store.approval(doc)[0] is None and "approved" not in window.documents.info(doc).detail

    press(qtbot, window, Qt.Key.Key_N)
    press(qtbot, window, Qt.Key.Key_A)  # the app's reviewer decides now, so cannot approve any more
    press(qtbot, window, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert shown and "cannot also approve" in shown[0]


def test_ctrl_shift_f_filters_the_findings_on_a_word_and_n_walks_only_those(qtbot, window):
    everything = list(window.panel.model.rows)
    name = next(r.text for r in everything if r.entity == "PERSON")
    word = name.split()[-1]
    press(qtbot, window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.panel.search.hasFocus()
    qtbot.keyClicks(window.panel.search, word.upper())  # any letter case
    shown = window.panel.model.rows
    assert shown and len(shown) < len(everything)
    assert all(word.casefold() in (r.text + r.reason).casefold() for r in shown)
    window.view.setFocus()
    press(qtbot, window, Qt.Key.Key_N)
    assert window.cursor.finding in [r.key for r in shown]
    window.panel.search.clear()
    assert len(window.panel.model.rows) == len(everything)


def test_the_four_eyes_setting_is_switched_in_the_file_menu_and_stored_with_the_dossier(qtbot, window):
    store = window.qd.dossier.store
    assert not store.four_eyes and not window.a.four_eyes.isChecked()
    window.a.four_eyes.trigger()
    assert store.four_eyes
    assert '"four_eyes": true' in store.export_audit("json")  # audited, with who did it
    from ui.dossier_model import QtDossier

    window.set_dossier(QtDossier(window.qd.dossier, "small"))  # opened again: the menu shows the stored setting
    assert window.a.four_eyes.isChecked()
    window.a.four_eyes.trigger()
    assert not store.four_eyes
