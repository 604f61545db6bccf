"""Friction a reviewer met in a day of review, driven through the real window (one test per fix)."""

from __future__ import annotations


def test_export_dialog_says_beforehand_which_documents_it_will_leave_out(qtbot, window):
    window.qd.dossier.store.set_four_eyes(True, reviewer="coordinator")
    dialog = window.show_export()
    text = dialog.readiness.text()
    assert "0 of 2 document(s) are ready" in text
    assert "2 awaiting four-eyes approval" in text and "1 with suggestions not yet reviewed" in text
    dialog.done_docs.setChecked(True)  # only the finished one: it still waits for its approval
    assert "0 of 1 document(s) are ready" in dialog.readiness.text()


def test_an_export_that_wrote_nothing_says_so_first_in_the_reviewers_words(qtbot, window, tmp_path):
    window.qd.dossier.store.set_four_eyes(True, reviewer="coordinator")
    dialog = window.show_export()
    dialog.folder.setText(str(tmp_path / "out"))
    with qtbot.waitSignal(dialog.exported, timeout=60000):
        dialog.start()
    summary = dialog.result.toPlainText()
    assert summary.index("Not exported: 2 document(s)") < summary.index("Inventory and log")
    assert "no hidden data found" not in summary  # no PDF was written: nothing to call verified
    assert "--accept-all" not in summary  # a command-line flag means nothing in the app
    assert "01-nota-toezegging-cd-rbz.pdf: awaits approval by a second reviewer (four eyes, Ctrl+Shift+A); " \
           "15 suggestion(s) not yet reviewed" in summary


def test_approving_says_why_not_in_the_reviewers_language_and_not_while_suggestions_are_open(qtbot, window,
                                                                                               monkeypatch):
    from PySide6.QtCore import Qt

    from redactor.review import ReviewSession

    shown: list[str] = []
    monkeypatch.setattr("ui.review_controller.show_error", lambda parent, title, message: shown.append(message))
    doc = window.cursor.document_id
    store = window.qd.session.store
    anna = ReviewSession(store, reviewer="anna")
    open_ids = [f.candidate.id for f in anna.findings(doc) if f.state == "suggested"]
    anna.accept(doc, open_ids[:1])  # Anna has only begun
    window.qd._on_review_change(doc, [])
    approve = (Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(window.view, *approve)
    assert store.approval(doc)[0] is None  # an approval the next decision withdraws is no approval
    assert shown and f"{len(open_ids) - 1} suggestion(s) in this document are not yet reviewed" in shown[-1]

    window.qd.session.accept(doc, open_ids[1:2])  # now the app's reviewer decided too
    qtbot.keyClick(window.view, *approve)
    assert store.approval(doc)[0] is None
    assert shown[-1].startswith(f"You ({window.qd.session.reviewer}) made decisions on this document")


def test_code_tags_leave_the_text_of_other_findings_readable(qtbot, window):
    """The memo's address block has a finding on every line: a tag above one box sat on the name above it."""
    from PySide6.QtWidgets import QGraphicsSimpleTextItem

    from ui.page_view import BoxItem

    scene = window.view.scene()
    tags = [item for item in scene.items() if any(isinstance(c, QGraphicsSimpleTextItem) for c in item.childItems())]
    boxes = [item for item in scene.items() if isinstance(item, BoxItem) and item not in tags]
    assert len(tags) >= 8  # the codes are still shown, beside their boxes
    covered = [(tag.key, box.key) for tag in tags for box in boxes  # the box's text, not its outline's stroke
               if box.key != tag.key and tag.sceneBoundingRect().adjusted(1, 1, -1, -1).intersects(
                   box.mapRectToScene(box.rect()))]
    assert covered == []


def test_change_ground_moves_on_like_accept(qtbot, window):
    """G, type a code, Enter: the finding is redacted with that ground; the reviewer goes on typing, like after A."""
    from PySide6.QtCore import Qt

    first, second = window.panel.model.rows[:2]  # the first is selected on arriving in the document
    qtbot.keyClick(window.view, Qt.Key.Key_G)
    picker = window.controller.dialog
    qtbot.keyClicks(picker.filter, "5.1.1b")
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    assert window.qd.row(window.cursor.document_id, first.key).ground == "5.1.1b"
    assert window.cursor.finding == second.key


def test_every_occurrence_shows_the_found_text_itself_in_each_place(qtbot, window):
    """The list showed the file name first and cut the line before the match: the reviewer could not see it."""
    from PySide6.QtCore import Qt

    from ui.find_dialog import FindRedactDialog

    qtbot.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    dialog = window.controller.dialog
    assert isinstance(dialog, FindRedactDialog)
    qtbot.keyClicks(dialog.text, "Ploegmaker")
    with qtbot.waitSignal(dialog.searched, timeout=30000):
        qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    lines = [dialog.places.item(i).text() for i in range(dialog.places.count())]
    assert lines and all("«ploegmaker»" in line[:45].casefold() for line in lines)
    assert all("01-nota-toezegging-cd-rbz.pdf" in line and "(page " in line for line in lines)  # where, after what
    dialog.reject()


def test_kinds_of_finding_are_named_in_the_reviewers_words(qtbot, window):
    """A jurist reads "persoon" and "telefoonnummer" in the list and the filter, not PERSON and PHONE."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from ui import i18n

    panel = window.panel
    kinds = {panel.model.index(i, 2).data() for i in range(panel.model.rowCount())}
    assert {"person", "phone number", "e-mail address", "official"} <= kinds
    translators = i18n.install(QApplication.instance(), "nl")
    try:
        window.controller.step_document(+1)
        window.controller.step_document(-1)  # the lists are filled again, now in Dutch
        kinds = {panel.model.index(i, 2).data() for i in range(panel.model.rowCount())}
        assert {"persoon", "telefoonnummer", "e-mailadres", "functionaris"} <= kinds
        assert panel.entity_filter.itemText(panel.entity_filter.findData("PERSON")) == "persoon"
        qtbot.keyClick(window.view, Qt.Key.Key_N)
        assert "PERSON" not in panel.details.text() and "PHONE" not in panel.details.text()
    finally:
        for t in translators:
            QApplication.instance().removeTranslator(t)


def test_arriving_in_a_document_selects_its_first_open_suggestion(qtbot, window):
    """After Alt+Down or a click in the document list, A/R/G did nothing until N was pressed, and nothing said so."""
    from PySide6.QtCore import Qt

    memo, news = window.controller.documents
    documents = window.documents.list
    documents.setFocus()
    qtbot.mouseClick(documents.viewport(), Qt.MouseButton.LeftButton,
                     pos=documents.visualItemRect(documents.item(1)).center())
    assert window.cursor.document_id == news
    rows = window.qd.rows(news)
    expected = next((r for r in rows if r.state == "suggested"), rows[0])
    assert window.cursor.finding == expected.key
    assert window.panel.current_key() == expected.key and window.view.page_number == expected.page
    assert window.focusWidget() is documents  # the list keeps the keyboard: arrows go on through the documents

    qtbot.keyClick(window.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert window.cursor.document_id == memo
    first_open = next(r for r in window.qd.rows(memo) if r.state == "suggested")
    assert window.cursor.finding == first_open.key and window.panel.current_key() == first_open.key
    qtbot.keyClick(window.view, Qt.Key.Key_A)  # acts at once
    assert window.qd.row(memo, first_open.key).state == "accepted"

    window.qd.session.accept(memo, [r.key[1] for r in window.qd.rows(memo) if r.state == "suggested"])
    qtbot.keyClick(window.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(window.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert window.cursor.finding == window.panel.model.rows[0].key  # nothing open: the first finding


def test_accepting_across_the_dossier_asks_first_with_the_counts(qtbot, window):
    """Shift+E decided on every document of the dossier in one keystroke, unasked."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    session = window.qd.session
    row = window.qd.row(window.cursor.document_id, window.cursor.finding)
    found = session.open_matching(window.controller.documents, entity=row.entity)
    count = sum(len(ids) for ids in found.values())

    qtbot.keyClick(window.view, Qt.Key.Key_E, Qt.KeyboardModifier.ShiftModifier)
    box = window.controller.dialog
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert f"Accept {count} open suggestion(s) of the kind “person” in {len(found)} document(s)" in box.text()
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert window.controller.dialog is None
    assert session.open_matching(window.controller.documents, entity=row.entity) == found  # nothing decided

    qtbot.keyClick(window.view, Qt.Key.Key_E, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(window.controller.dialog, Qt.Key.Key_Return)
    assert session.open_matching(window.controller.documents, entity=row.entity) == {}
    assert f"Accepted {count} open finding(s)" in window.statusBar().currentMessage()
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # one step back
    assert session.open_matching(window.controller.documents, entity=row.entity) == found


def test_accepting_a_rule_across_the_dossier_asks_in_dutch(qtbot, window):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from ui import i18n

    translators = i18n.install(QApplication.instance(), "nl")
    try:
        row = window.qd.row(window.cursor.document_id, window.cursor.finding)
        qtbot.keyClick(window.view, Qt.Key.Key_L, Qt.KeyboardModifier.ShiftModifier)
        box = window.controller.dialog
        assert f"van de regel “{row.rule}”" in box.text() and "van het dossier accepteren?" in box.text()
        qtbot.keyClick(box, Qt.Key.Key_Escape)
    finally:
        for t in translators:
            QApplication.instance().removeTranslator(t)


def test_reasons_and_notes_are_shown_in_the_interface_language(qtbot, window):
    """An English interface showed "naam in het veld 'Van:'" (the Woo dossier's language); a Dutch one "drawn box"."""
    import html

    from PySide6.QtWidgets import QApplication

    from ui import i18n
    from ui.dossier_model import QtDossier
    from ui.main_window import MainWindow
    from ui.settings import Settings

    def reasons(win):
        return {win.panel.model.index(i, 5).data() for i in range(win.panel.model.rowCount())}

    assert "name in the field 'Van:'" in reasons(window)
    assert not any("naam" in r or "behouden" in r for r in reasons(window))
    doc = window.cursor.document_id
    current = window.qd.row(doc, window.cursor.finding)
    assert current.reason in reasons(window) and html.escape(current.reason) in window.panel.details.text()
    window.qd.session.add_box(doc, 1, [[100.0, 100.0, 200.0, 120.0]], "5.1.2e", note="drawn box")
    assert "drawn box" in reasons(window)

    translators = i18n.install(QApplication.instance(), "nl")
    try:
        dutch = MainWindow(Settings(), "nl")
        qtbot.addWidget(dutch)
        dutch.set_dossier(QtDossier(window.qd.dossier, "small"))
        shown = reasons(dutch)
        assert "naam in het veld 'Van:'" in shown and "getekend vlak" in shown and "drawn box" not in shown
        passage = next(r for r in dutch.panel.model.rows if r.entity == "PASSAGE")
        assert "signaalwoord" in passage.reason
    finally:
        for t in translators:
            QApplication.instance().removeTranslator(t)


def test_findings_columns_read_in_full_and_the_reason_takes_the_rest_at_1366(qtbot, dossier):
    """At 1366x768 the reason column was cut off, and "behouden (f…", "telefoonnu…" were clipped."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from ui import i18n
    from ui.dossier_model import QtDossier
    from ui.main_window import MainWindow
    from ui.settings import Settings

    for lang in ("en", "nl"):
        translators = i18n.install(QApplication.instance(), lang)
        try:
            win = MainWindow(Settings(), lang)
            qtbot.addWidget(win)
            win.resize(1366, 768)
            win.show()
            qtbot.waitExposed(win)
            win.set_dossier(QtDossier(dossier, "small"))
            table, model = win.panel.table, win.panel.model
            header = table.horizontalHeader()
            for name in ("state", "entity", "ground"):
                column = model.COLUMNS.index(name)
                assert table.sizeHintForColumn(column) <= header.sectionSize(column), (lang, name)
            widths = [header.sectionSize(c) for c in range(header.count())]
            assert sum(widths) == table.viewport().width()  # nothing off the right edge
            reason = model.COLUMNS.index("reason")
            assert widths[reason] >= 100 and widths[model.COLUMNS.index("text")] >= 80
            kept = next(i for i, r in enumerate(model.rows) if r.state == "kept")
            assert model.index(kept, 0).data() in ("kept", "behouden")
            tip = model.index(kept, reason).data(Qt.ItemDataRole.ToolTipRole)
            assert model.rows[kept].reason.replace("'", "&#x27;") in tip  # the whole reason, not elided
        finally:
            for t in translators:
                QApplication.instance().removeTranslator(t)


def test_a_failed_screening_says_in_one_plain_sentence_which_file_and_what(qtbot, sources, monkeypatch):
    """The error dialog showed "RuntimeError: …": a class name means nothing to a reviewer."""
    from redactor.pipeline import Dossier
    from ui.main_window import MainWindow
    from ui.settings import Settings

    def broken(self, paths, progress=None, **kwargs):
        progress(0, 4, "")
        raise RuntimeError("database disk image is malformed")

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(Dossier, "screen", broken)
    monkeypatch.setattr("ui.main_window.show_error", lambda parent, title, message: shown.append((title, message)))
    win = MainWindow(Settings(), "en")
    qtbot.addWidget(win)
    win.open_sources([sources])
    qtbot.waitUntil(lambda: bool(shown), timeout=30000)
    title, message = shown[-1]
    assert title == "Screening failed"
    assert message == "dossier: stopped by an unexpected problem (database disk image is malformed)."


def test_an_unexpected_error_names_the_file_it_concerns(qtbot):
    from ui.workers import Job

    def work(_progress):
        raise PermissionError(13, "Permission denied", "/tmp/out/notitie.pdf")

    job = Job(work, subject="out")
    with qtbot.waitSignal(job.failed, timeout=5000) as blocker:
        job.start()
    assert blocker.args[0] == "notitie.pdf: stopped by an unexpected problem (Permission denied)."
    assert "Error" not in blocker.args[0] and "Traceback" not in blocker.args[0]
