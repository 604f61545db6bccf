"""The ingested document: pages of normalised text with a map back to glyph boxes.

Everything downstream (detection, review, export) works on this one shape, so a
finding's boxes always come from the glyphs that carry its characters, never from
a fresh text search on the PDF.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

Rect = tuple[float, float, float, float]


@dataclass(frozen=True)
class Word:
    """A whitespace-delimited word of the normalised text with its box."""

    text: str
    start: int
    end: int
    rect: Rect


@dataclass
class Page:
    """One page: normalised text and, per character, the box of its glyph.

    ``boxes[i]`` is the glyph box of ``text[i]``, or ``None`` for characters that
    have no glyph (line breaks, joins).
    """

    number: int  # 1-based
    width: float
    height: float
    text: str
    boxes: list[Rect | None]
    has_images: bool = False
    images: list[Rect] = field(default_factory=list)  # where pictures are drawn (a scan: the whole page)

    def rects_for(self, start: int, end: int) -> list[Rect]:
        """Boxes covering characters ``start:end``, merged into one rect per line."""
        rects: list[Rect] = []
        x0 = y0 = x1 = y1 = 0.0
        open_ = False
        for box in self.boxes[start:end]:
            if box is None:
                continue
            bx0, by0, bx1, by1 = box
            # same line (vertical overlap over half the smaller height) and no wide gap
            if open_ and (y1 if y1 < by1 else by1) - (y0 if y0 > by0 else by0) > 0.5 * min(y1 - y0, by1 - by0) \
                    and bx0 <= x1 + 0.6 * (by1 - by0):
                # comparisons, not min()/max(): this runs for every character of every finding
                if bx0 < x0:
                    x0 = bx0
                if by0 < y0:
                    y0 = by0
                if bx1 > x1:
                    x1 = bx1
                if by1 > y1:
                    y1 = by1
            else:
                if open_:
                    rects.append((x0, y0, x1, y1))
                x0, y0, x1, y1, open_ = bx0, by0, bx1, by1, True
        if open_:
            rects.append((x0, y0, x1, y1))
        return rects

    def words(self) -> list[Word]:
        """Words of the normalised text with their merged boxes."""
        out: list[Word] = []
        i, n = 0, len(self.text)
        while i < n:
            if self.text[i].isspace():
                i += 1
                continue
            j = i
            while j < n and not self.text[j].isspace():
                j += 1
            rects = self.rects_for(i, j)
            if rects:
                xs0, ys0, xs1, ys1 = zip(*rects)
                out.append(Word(self.text[i:j], i, j, (min(xs0), min(ys0), max(xs1), max(ys1))))
            i = j
        return out


@dataclass
class Document:
    """A source file, ingested."""

    path: Path
    sha256: str
    pages: list[Page]
    language: str = "nl"
    kind: str = "pdf"  # pdf | text | email | office | image (see redactor.formats)
    title: str = ""
    date: str = ""  # ISO date from metadata when known
    warnings: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def has_text(self) -> bool:
        return any(p.text.strip() for p in self.pages)
