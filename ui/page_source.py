"""Pages of one document, read and rendered on demand (memory does not grow with page count)."""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path

import pymupdf
from PySide6.QtGui import QImage

from redactor.document import Page
from redactor.ingest import open_pdf, read_page

_KEEP_PAGES = 8  # parsed pages kept for hit-testing and selection


class PageSource:
    """One open document. Rendering and text of a page happen only when it is shown."""

    def __init__(self, path: Path, password: str | None = None) -> None:
        self.path = Path(path)
        self._pdf: pymupdf.Document = open_pdf(self.path, password)  # raises InputFileError
        self._pages: OrderedDict[int, Page] = OrderedDict()

    @property
    def page_count(self) -> int:
        return self._pdf.page_count

    def size(self, number: int) -> tuple[float, float]:
        """Width and height of a page in PDF points (1-based number)."""
        rect = self._pdf[number - 1].rect
        return rect.width, rect.height

    def page(self, number: int) -> Page:
        """The page's text and glyph boxes, exactly as ingest reads them."""
        if number in self._pages:
            self._pages.move_to_end(number)
            return self._pages[number]
        page = read_page(self._pdf[number - 1])
        self._pages[number] = page
        while len(self._pages) > _KEEP_PAGES:
            self._pages.popitem(last=False)
        return page

    def render(self, number: int, scale: float) -> QImage:
        """The page as an image, ``scale`` pixels per PDF point (no PNG round trip)."""
        pix = self._pdf[number - 1].get_pixmap(matrix=pymupdf.Matrix(scale, scale), alpha=False)
        image = QImage(pix.samples, pix.width, pix.height, pix.stride, QImage.Format.Format_RGB888)
        return image.copy()  # detach from pix's buffer

    def close(self) -> None:
        self._pdf.close()
