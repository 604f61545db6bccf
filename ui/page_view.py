"""The centre of the window: one page rendered by PyMuPDF with every finding drawn on it.

Boxes are coloured by state with the ground code in a tag; the finding under review is
outlined in blue. Three modes: browse (click a box, drag to pan), box (drag to draw a
manual redaction) and text (drag over words to select them). Preview draws the page as
it will be exported: black boxes with their codes.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QMouseEvent, QPainter, QPen, QPixmap, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsScene, QGraphicsSimpleTextItem, QGraphicsView, QWidget

from redactor.document import Word
from ui import style
from ui.dossier_model import Key, Row
from ui.page_shadow import PageShadow
from ui.page_source import PageSource

MARGIN = 18.0
ZOOM_STEPS = (0.5, 0.67, 0.8, 1.0, 1.25, 1.5, 2.0, 2.5, 3.0, 4.0)
PREVIEW_STATES = ("accepted", "manual")
RENDER_BUDGET = 96 * 2**20  # bytes of rendered pages kept, so going back to a page or zoom does not render again


class BoxItem(QGraphicsRectItem):
    """One rectangle of a finding; knows which finding it belongs to."""

    def __init__(self, rect: QRectF, key: Key) -> None:
        super().__init__(rect)
        self.key = key


_BAND = 16.0  # scene units: the tags placed so far are looked up by the bands they cross


class QtPageView(QGraphicsView):
    """A zoomable page with its findings. Emits what the reviewer points at; changes nothing itself."""

    findingClicked = Signal(object)  # Key
    boxDrawn = Signal(int, object)  # page, (x0, y0, x1, y1) in PDF points
    selectionChanged = Signal(str)  # the selected text, '' when cleared
    zoomChanged = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setBackgroundBrush(style.PAGE_BACKGROUND)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self._source: PageSource | None = None
        self._number = 1
        self._zoom, self._fit = 1.0, True
        self._rows: list[Row] = []
        self._pending_tags: list[tuple[QRectF, Row, QColor, bool]] = []  # collected while drawing, placed last
        self._current: Key | None = None
        self._preview = False
        self._codes = True
        self._mode = "browse"
        self._words: list[Word] = []
        self._words_at: tuple[int, float] | None = None  # page and zoom of _word_index
        self._word_index = _Bands()
        self._selection: tuple[int, int] | None = None  # character range on this page
        self._anchor: int | None = None  # word index where a text drag started
        self._origin: QPointF | None = None  # where a box drag started
        self._rubber: QGraphicsRectItem | None = None
        self._empty_text = ""
        self._renders: OrderedDict[tuple[int, float], QPixmap] = OrderedDict()  # (page, scale) of this source
        self.set_mode("browse")

    # -- state from outside ---------------------------------------------------------------------------
    @property
    def source(self) -> PageSource | None:
        return self._source

    @property
    def page_number(self) -> int:
        return self._number

    @property
    def zoom(self) -> float:
        return self._zoom

    @property
    def mode(self) -> str:
        return self._mode

    def set_source(self, source: PageSource | None, page: int = 1) -> None:
        if source is not self._source:
            self._renders.clear()
        self._source, self._number = source, page
        self._rows, self._current = [], None
        self._load_page()

    def set_empty_text(self, text: str) -> None:
        self._empty_text = text
        if self._source is None:
            self._redraw()

    def show_page(self, number: int) -> None:
        if self._source and 1 <= number <= self._source.page_count and number != self._number:
            self._number = number
            self._load_page()

    def set_rows(self, rows: list[Row]) -> None:
        self._rows = rows
        self._redraw(keep_scroll=True)

    def set_current(self, key: Key | None) -> None:
        self._current = key
        self._redraw(keep_scroll=True)
        row = next((r for r in self._rows if r.key == key), None)
        if row and row.page == self._number and row.rects:
            self.ensureVisible(self._scaled(row.rects[0]), 80, 120)

    def set_preview(self, on: bool) -> None:
        self._preview = on
        self._redraw(keep_scroll=True)

    def set_codes(self, on: bool) -> None:
        """Ground code tags on every box (on) or only on the finding under review (off)."""
        self._codes = on
        self._redraw(keep_scroll=True)

    def set_mode(self, mode: str) -> None:
        self._mode = mode
        cursors = {"browse": Qt.CursorShape.OpenHandCursor, "box": Qt.CursorShape.CrossCursor,
                   "text": Qt.CursorShape.IBeamCursor}
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag if mode == "browse" else QGraphicsView.DragMode.NoDrag)
        self.viewport().setCursor(cursors[mode])

    # -- zoom ------------------------------------------------------------------------------------------
    def set_zoom(self, zoom: float) -> None:
        self._fit = False
        self._apply_zoom(max(0.25, min(zoom, 6.0)))

    def zoom_in(self) -> None:
        self.set_zoom(next((z for z in ZOOM_STEPS if z > self._zoom + 0.01), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        self.set_zoom(next((z for z in reversed(ZOOM_STEPS) if z < self._zoom - 0.01), ZOOM_STEPS[0]))

    def fit_width(self) -> None:
        self._fit = True
        self._apply_zoom(self._fit_zoom())

    def _fit_zoom(self) -> float:
        if not self._source:
            return 1.0
        width, _ = self._source.size(self._number)
        available = self.viewport().width() - 2 * MARGIN - 4
        return max(0.25, min(available / width, 4.0))

    def _apply_zoom(self, zoom: float) -> None:
        if abs(zoom - self._zoom) > 1e-3:
            self._zoom = zoom
            self._redraw(keep_scroll=True)
            self.zoomChanged.emit(zoom)

    # -- text selection ------------------------------------------------------------------------------
    def selection(self) -> tuple[int, int, int, str] | None:
        """(page, start, end, text) of the selected words, if any."""
        if not self._selection or not self._source:
            return None
        start, end = self._selection
        return self._number, start, end, self._source.page(self._number).text[start:end]

    def clear_selection(self) -> None:
        if self._selection:
            self._selection = None
            self._redraw(keep_scroll=True)
            self.selectionChanged.emit("")

    # -- drawing -----------------------------------------------------------------------------------------
    def _load_page(self) -> None:
        self._selection, self._anchor = None, None
        self._words = self._source.page(self._number).words() if self._source else []
        self._words_at = None
        if self._source and self._fit:
            self._zoom = self._fit_zoom()
        self._redraw()
        self.verticalScrollBar().setValue(0)

    def _scaled(self, rect) -> QRectF:
        x0, y0, x1, y1 = rect
        z = self._zoom
        return QRectF(MARGIN + x0 * z, MARGIN + y0 * z, (x1 - x0) * z, (y1 - y0) * z)

    def _redraw(self, keep_scroll: bool = False) -> None:
        h, v = self.horizontalScrollBar().value(), self.verticalScrollBar().value()
        scene = self.scene()
        scene.clear()
        self._rubber = None
        if not self._source:
            text = scene.addSimpleText(self._empty_text, QFont(self.font().family(), 12))
            text.setBrush(QColor("#5F6B7A"))
            scene.setSceneRect(QRectF(0, 0, max(400.0, text.boundingRect().width() + 40), 200))
            text.setPos(20, 80)
            return
        width, height = self._source.size(self._number)
        scene.addItem(PageShadow(QRectF(MARGIN, MARGIN, width * self._zoom, height * self._zoom)))
        scene.addPixmap(self._page_pixmap()).setPos(MARGIN, MARGIN)
        self._pending_tags = []
        for row in self._rows:
            if row.page == self._number:
                (self._draw_preview if self._preview else self._draw_row)(row)
        self._place_tags()
        if self._selection and not self._preview:
            for rect in self._source.page(self._number).rects_for(*self._selection):
                scene.addRect(self._scaled(rect), QPen(Qt.PenStyle.NoPen), QBrush(style.SELECTION))
        scene.setSceneRect(QRectF(0, 0, width * self._zoom + 2 * MARGIN, height * self._zoom + 2 * MARGIN))
        if keep_scroll:
            self.horizontalScrollBar().setValue(h)
            self.verticalScrollBar().setValue(v)

    def _page_pixmap(self) -> QPixmap:
        """The page at the current zoom, rendered once: boxes and selection are drawn over it, never into it."""
        dpr = self.devicePixelRatioF()
        key = (self._number, round(self._zoom * dpr, 4))
        pixmap = self._renders.get(key)
        if pixmap is None:
            pixmap = QPixmap.fromImage(self._source.render(self._number, self._zoom * dpr))
            pixmap.setDevicePixelRatio(dpr)
            self._renders[key] = pixmap
            while len(self._renders) > 1 and sum(_bytes(p) for p in self._renders.values()) > RENDER_BUDGET:
                self._renders.popitem(last=False)
        self._renders.move_to_end(key)
        return pixmap

    def _draw_row(self, row: Row) -> None:
        colour = style.STATE_COLOURS.get(row.state, style.STATE_COLOURS["suggested"])
        current = row.key == self._current
        pen = QPen(style.CURRENT if current else colour, 2.5 if current else 1.4)
        if row.state == "rejected":
            pen.setStyle(Qt.PenStyle.DashLine)
        fill = QColor(colour)
        fill.setAlpha(25 if row.state in ("rejected", "kept") else 55)
        rects = _outer(row.rects)
        for rect in rects:
            box = BoxItem(self._scaled(rect), row.key)
            box.setPen(pen)
            box.setBrush(fill)
            box.setToolTip(f"{row.entity} · {row.ground} · {row.state}")
            self.scene().addItem(box)
        if rects and row.ground and (current or self._codes):
            self._pending_tags.append((self._scaled(rects[0]), row, style.CURRENT if current else colour, current))

    def _place_tags(self) -> None:
        """Code tags beside their boxes, the current finding's first. A tag goes above its box, else to the right,
        else to the left: the first place that covers no other finding's box nor another tag, and preferably no
        word of the page either, so the text under review stays readable. A tag with no such place is left out
        (its box keeps the code in its tooltip and the list shows it); the current one is always shown."""
        boxes = _Bands()  # other findings' boxes: a tag over them hides the very text being judged
        for row in self._rows:
            for rect in _outer(row.rects) if row.page == self._number else ():
                boxes.add(self._scaled(rect), row.key)
        words = self._word_bands()
        placed = _Bands()  # a dense page has hundreds of tags: looked up by band, not all of them
        for anchor, row, colour, current in sorted(self._pending_tags, key=lambda t: not t[3]):
            tag = self._tag(anchor, row, colour, current)
            size = tag.rect().size()
            spots = [QPointF(anchor.left(), anchor.top() - size.height() + 1),
                     QPointF(anchor.right() + 2, anchor.center().y() - size.height() / 2),
                     QPointF(anchor.left() - size.width() - 2, anchor.center().y() - size.height() / 2)]

            def free(spot: QPointF, strict: bool, key=row.key, size=size) -> bool:
                area = QRectF(spot, size).adjusted(1, 1, -1, -1)
                return not (placed.hits(area) or boxes.hits(area, besides=key) or (strict and words.hits(area)))

            spot = next((s for strict in (True, False) for s in spots if free(s, strict)), None)
            if spot is None and not current:
                self.scene().removeItem(tag)
                continue
            tag.setPos(spot or spots[0])
            placed.add(tag.sceneBoundingRect(), row.key)

    def _word_bands(self) -> _Bands:
        """The page's words in scene coordinates, for tags to keep off them (once per page and zoom)."""
        key = (self._number, round(self._zoom, 4))
        if self._words_at != key:
            bands = _Bands()
            for word in self._words:
                bands.add(self._scaled(word.rect), None)
            self._words_at, self._word_index = key, bands
        return self._word_index

    def _tag(self, anchor: QRectF, row: Row, colour: QColor, current: bool) -> BoxItem:
        font = QFont(self.font().family(), 7 if current else 6)
        font.setBold(True)
        label = QGraphicsSimpleTextItem(row.ground)
        label.setFont(font)
        label.setBrush(QColor("white"))
        bounds = label.boundingRect()
        tag = BoxItem(QRectF(0, 0, bounds.width() + 6, bounds.height() + 1), row.key)
        tag.setPen(QPen(Qt.PenStyle.NoPen))
        tag.setBrush(colour)
        tag.setPos(anchor.left(), anchor.top() - bounds.height() + 1)
        tag.setOpacity(1.0 if current else 0.8)
        tag.setZValue(2 if current else 1)
        label.setParentItem(tag)
        label.setPos(3, 0)
        self.scene().addItem(tag)
        return tag

    def _draw_preview(self, row: Row) -> None:
        if row.state not in PREVIEW_STATES:
            return
        boxes = [self._scaled(r) for r in _outer(row.rects)]
        for box in boxes:
            item = BoxItem(box, row.key)
            item.setPen(QPen(Qt.PenStyle.NoPen))
            item.setBrush(QColor("black"))
            self.scene().addItem(item)
        widest = max(boxes, key=lambda b: b.width(), default=None)
        if widest is None or not row.ground:
            return
        font = QFont("Helvetica", 1)
        font.setPixelSize(max(1, int(min(8 * self._zoom, widest.height() * 0.75))))
        label = QGraphicsSimpleTextItem(row.ground)
        label.setFont(font)
        label.setBrush(QColor("white"))
        bounds = label.boundingRect()
        if bounds.width() <= widest.width() - 1 and font.pixelSize() >= 3:
            label.setPos(widest.center().x() - bounds.width() / 2, widest.center().y() - bounds.height() / 2)
            self.scene().addItem(label)

    # -- mouse -----------------------------------------------------------------------------------------
    def _to_points(self, pos: QPointF) -> tuple[float, float]:
        p = self.mapToScene(pos.toPoint())
        return (p.x() - MARGIN) / self._zoom, (p.y() - MARGIN) / self._zoom

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self._source or event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        if self._mode == "browse":
            item = self.itemAt(event.position().toPoint())
            while item is not None and not isinstance(item, BoxItem):
                item = item.parentItem()
            if isinstance(item, BoxItem):
                self.findingClicked.emit(item.key)
                return
            return super().mousePressEvent(event)
        if self._mode == "box":
            self._origin = self.mapToScene(event.position().toPoint())
            self._rubber = self.scene().addRect(QRectF(self._origin, self._origin), QPen(style.CURRENT, 1.5,
                                                Qt.PenStyle.DashLine), QBrush(QColor(21, 101, 192, 40)))
        else:
            self._anchor = self._word_at(*self._to_points(event.position()))
            self._select_to(self._anchor)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._mode == "box" and self._origin is not None and self._rubber is not None:
            self._rubber.setRect(QRectF(self._origin, self.mapToScene(event.position().toPoint())).normalized())
        elif self._mode == "text" and self._anchor is not None:
            self._select_to(self._word_at(*self._to_points(event.position())))
        else:
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._mode == "box" and self._origin is not None:
            end = self.mapToScene(event.position().toPoint())
            rect = QRectF(self._origin, end).normalized()
            self._origin = None
            if self._rubber is not None:
                self.scene().removeItem(self._rubber)
                self._rubber = None
            if rect.width() >= 3 and rect.height() >= 3:
                x0, y0 = (rect.left() - MARGIN) / self._zoom, (rect.top() - MARGIN) / self._zoom
                self.boxDrawn.emit(self._number, (x0, y0, x0 + rect.width() / self._zoom,
                                                  y0 + rect.height() / self._zoom))
        elif self._mode == "text" and self._anchor is not None:
            self._anchor = None
            selected = self.selection()
            self.selectionChanged.emit(selected[3] if selected else "")
        else:
            super().mouseReleaseEvent(event)

    def _word_at(self, x: float, y: float) -> int | None:
        if not self._words:
            return None

        def distance(w: Word) -> float:
            x0, y0, x1, y1 = w.rect
            return max(x0 - x, 0, x - x1) + 3 * max(y0 - y, 0, y - y1)  # prefer the same line

        return min(range(len(self._words)), key=lambda i: distance(self._words[i]))

    def _select_to(self, index: int | None) -> None:
        if index is None or self._anchor is None:
            return
        first, last = sorted((self._anchor, index))
        self._selection = (self._words[first].start, self._words[last].end)
        self._redraw(keep_scroll=True)

    def select_text(self, start: int, end: int) -> None:
        """Select characters ``start:end`` of this page (as a text drag would)."""
        self._selection = (start, end)
        self._redraw(keep_scroll=True)
        selected = self.selection()
        self.selectionChanged.emit(selected[3] if selected else "")

    # -- events ----------------------------------------------------------------------------------------
    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            (self.zoom_in if event.angleDelta().y() > 0 else self.zoom_out)()
            return
        super().wheelEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fit and self._source:
            self._apply_zoom(self._fit_zoom())


class _Bands:
    """Rectangles indexed by the horizontal bands they cross, so "does this overlap any?" stays cheap."""

    def __init__(self) -> None:
        self._bands: dict[int, list[tuple[QRectF, object]]] = {}

    def add(self, rect: QRectF, key: object) -> None:
        for band in range(int(rect.top() // _BAND), int(rect.bottom() // _BAND) + 1):
            self._bands.setdefault(band, []).append((rect, key))

    def hits(self, area: QRectF, besides: object = None) -> bool:
        """Whether ``area`` overlaps a rectangle here (those of ``besides`` do not count)."""
        bands = range(int(area.top() // _BAND), int(area.bottom() // _BAND) + 1)
        return any(area.intersects(rect) and (besides is None or key != besides)
                   for band in bands for rect, key in self._bands.get(band, ()))


def _bytes(pixmap: QPixmap) -> int:
    return pixmap.width() * pixmap.height() * max(1, pixmap.depth() // 8)


def _outer(rects) -> list:
    """Rects not lying within a larger one of the same finding (a drawn box holds its line boxes)."""
    def area(r) -> float:
        return (r[2] - r[0]) * (r[3] - r[1])

    def within(a, b) -> bool:
        cx, cy = (a[0] + a[2]) / 2, (a[1] + a[3]) / 2
        return a is not b and area(b) > area(a) and b[0] <= cx <= b[2] and b[1] <= cy <= b[3]

    return [r for r in rects if not any(within(r, other) for other in rects)]
