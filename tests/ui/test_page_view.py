"""The page view: lazy pages for long documents, clicking a box, selecting words."""

from __future__ import annotations

import pymupdf
from PySide6.QtCore import QPointF, Qt

from ui.page_source import PageSource
from ui.page_view import MARGIN, QtPageView


def long_pdf(path, pages: int = 300):
    doc = pymupdf.open()
    for i in range(pages):
        page = doc.new_page()
        page.insert_text((72, 72), f"Page {i + 1}: a letter from Jan Jansen.", fontsize=11)
    doc.save(path)
    return path


def test_long_documents_render_lazily(qtbot, tmp_path):
    view = QtPageView()
    qtbot.addWidget(view)
    view.resize(700, 900)
    source = PageSource(long_pdf(tmp_path / "long.pdf"))
    view.set_source(source)
    assert list(source._pages) == [1]  # only the page shown was read
    for number in range(1, 120):
        view.show_page(number)
    assert view.page_number == 119 and len(source._pages) <= 8  # memory does not grow with pages read
    assert source.page(119).text.startswith("Page 119:")
    source.close()


def test_clicking_a_box_picks_its_finding(qtbot, window):
    row = next(r for r in window.qd.rows(window.cursor.document_id) if r.page == 1)
    x0, y0, x1, y1 = row.rects[0]
    view = window.view
    centre = view.mapFromScene(QPointF(MARGIN + (x0 + x1) / 2 * view.zoom, MARGIN + (y0 + y1) / 2 * view.zoom))
    view.centerOn(view.mapToScene(centre))
    centre = view.mapFromScene(QPointF(MARGIN + (x0 + x1) / 2 * view.zoom, MARGIN + (y0 + y1) / 2 * view.zoom))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert window.cursor.finding == row.key
    assert window.panel.current_key() == row.key


def test_going_to_a_finding_on_another_page_turns_the_page(qtbot, window):
    row = next(r for r in window.qd.rows(window.cursor.document_id) if r.page == 2)
    window.panel.table.selectRow(window.panel.model.index_of(row.key))
    assert window.cursor.finding == row.key and window.view.page_number == 2
