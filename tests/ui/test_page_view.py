"""The page view: lazy pages for long documents, clicking a box, selecting words."""

from __future__ import annotations

import pymupdf
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QGraphicsPixmapItem

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


def count_renders(monkeypatch) -> list[int]:
    """The page numbers PyMuPDF renders from now on."""
    renders: list[int] = []
    render = PageSource.render

    def counted(self, number, scale):
        renders.append(number)
        return render(self, number, scale)

    monkeypatch.setattr(PageSource, "render", counted)
    return renders


def test_reviewing_on_one_page_does_not_render_it_again(qtbot, window, monkeypatch):
    renders = count_renders(monkeypatch)
    first, second, third = window.panel.model.rows[:3]
    assert first.page == second.page == third.page == window.view.page_number == 1  # the memo's first page
    renders.clear()
    qtbot.keyClick(window.view, Qt.Key.Key_A)  # accept: the boxes change colour, the finding moves on
    assert window.cursor.finding == second.key
    qtbot.keyClick(window.view, Qt.Key.Key_N)
    assert window.cursor.finding == third.key
    window.view.set_preview(True)
    window.view.set_preview(False)
    assert renders == []  # boxes, tags and the current finding are drawn over the page rendered before
    assert any(isinstance(item, QGraphicsPixmapItem) for item in window.view.scene().items())


def test_a_document_switch_renders_its_page_once(qtbot, window, monkeypatch):
    renders = count_renders(monkeypatch)
    first, second = window.controller.documents[:2]
    window.cursor.set_document(second)
    assert renders == [1]
    window.view.zoom_in()  # another zoom is another picture
    assert renders == [1, 1]
    window.cursor.set_document(first)  # only the shown document's pages are kept
    assert renders == [1, 1, 1]


def test_the_page_shadow_is_painted_without_a_blur_effect(qtbot, window):
    items = window.view.scene().items()
    assert not [item for item in items if item.graphicsEffect() is not None]  # an effect re-blurs on every paint
    shot = window.view.viewport().grab().toImage()
    page = window.view.mapFromScene(QPointF(MARGIN, MARGIN))
    below_left = shot.pixelColor(page.x() - 3, page.y() + 200)  # beside the page: a soft shadow
    far_left = shot.pixelColor(page.x() - MARGIN + 1, page.y() + 200)
    assert below_left.lightness() < far_left.lightness()


def test_code_tags_never_cover_each_other_and_the_current_one_is_always_shown(qtbot, window):
    """The memo's "Van:/Kopie aan:" block has boxes on every line: their tags must not pile up."""
    from PySide6.QtWidgets import QGraphicsSimpleTextItem

    def tags():
        return [item for item in window.view.scene().items()
                if any(isinstance(child, QGraphicsSimpleTextItem) for child in item.childItems())]

    rows = [r for r in window.qd.rows(window.cursor.document_id) if r.page == 1 and r.ground]
    shown = tags()
    assert 0 < len(shown) <= len(rows)  # beside their boxes when above is taken; left out when nowhere fits
    areas = [t.sceneBoundingRect() for t in shown]
    assert not any(a.intersects(b) for i, a in enumerate(areas) for b in areas[i + 1:])
    for row in rows[:6]:  # whichever finding is current keeps its tag
        window.cursor.set_finding(row.key)
        assert any(t.key == row.key for t in tags())
