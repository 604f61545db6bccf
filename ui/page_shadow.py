"""The shadow under the page in the page view, drawn from a tile blurred once.

A ``QGraphicsDropShadowEffect`` on the page would blur the whole page again on every paint. The
tile is Qt's own drop shadow of a small page, blurred once per screen pixel ratio, so the shadow
looks the same for a fraction of the cost.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsDropShadowEffect,
    QGraphicsItem,
    QGraphicsScene,
    QStyleOptionGraphicsItem,
    QWidget,
)

SHADOW_PAD = 16  # the shadow reaches this far beyond the page (Qt's blur of radius 14 fades out within 12 px)


class PageShadow(QGraphicsItem):
    """The drop shadow of a page: the tile's corners as they are, its edges stretched along the page's sides."""

    def __init__(self, page: QRectF) -> None:
        super().__init__()
        self._rect = page.adjusted(-SHADOW_PAD, -SHADOW_PAD, SHADOW_PAD, SHADOW_PAD)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        dpr = painter.device().devicePixelRatioF()
        tile = _shadow_tile(dpr)
        corner = 2 * SHADOW_PAD  # the pad, and as far again under the page
        pixels = tile.width() / 2  # the corner in the tile's own pixels

        def spans(start: float, length: float) -> list[tuple[float, float, float, float]]:
            """(start, length) on the page and in the tile: a corner, the middle stretched from one pixel, a corner."""
            middle = max(0.0, length - 2 * corner)
            return [(start, corner, 0.0, pixels), (start + corner, middle, pixels - 1, 1.0),
                    (start + length - corner, corner, pixels, pixels)]

        r = self._rect
        painter.save()
        # Nearest pixel, not smoothed: the tile is at the screen's resolution and a stretched edge is constant.
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        for i, (x, w, sx, sw) in enumerate(spans(r.left(), r.width())):
            for j, (y, h, sy, sh) in enumerate(spans(r.top(), r.height())):
                if w > 0 and h > 0 and (i, j) != (1, 1):  # not the middle: the page covers it
                    painter.drawImage(QRectF(x, y, w, h), tile, QRectF(sx, sy, sw, sh))
        painter.restore()


@functools.cache
def _shadow_tile(dpr: float) -> QImage:
    """Qt's drop shadow (blur 14, 2 px down, black at 70/255) around a small page, with the page cut out."""
    side = 4 * SHADOW_PAD
    page = QRectF(SHADOW_PAD, SHADOW_PAD, side - 2 * SHADOW_PAD, side - 2 * SHADOW_PAD)
    scene = QGraphicsScene()
    item = scene.addRect(page, QPen(Qt.PenStyle.NoPen), QBrush(QColor("white")))
    effect = QGraphicsDropShadowEffect()
    effect.setBlurRadius(14)
    effect.setOffset(0, 2)
    effect.setColor(QColor(0, 0, 0, 70))
    item.setGraphicsEffect(effect)
    tile = QImage(round(side * dpr), round(side * dpr), QImage.Format.Format_ARGB32_Premultiplied)
    tile.setDevicePixelRatio(dpr)  # blurred as the effect blurs on that screen
    tile.fill(Qt.GlobalColor.transparent)
    painter = QPainter(tile)
    scene.render(painter, QRectF(0, 0, side, side), QRectF(0, 0, side, side))
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Clear)
    painter.fillRect(page, Qt.GlobalColor.transparent)  # only the shadow: the page is drawn over it
    painter.end()
    return tile
