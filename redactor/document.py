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

    def rects_for(self, start: int, end: int) -> list[Rect]:
        """Boxes covering characters ``start:end``, merged into one rect per line."""
        rects: list[list[float]] = []
        for box in self.boxes[start:end]:
            if box is None:
                continue
            last = rects[-1] if rects else None
            if last and _same_line(last, box) and box[0] <= last[2] + 0.6 * (box[3] - box[1]):
                last[0], last[1] = min(last[0], box[0]), min(last[1], box[1])
                last[2], last[3] = max(last[2], box[2]), max(last[3], box[3])
            else:
                rects.append(list(box))
        return [(r[0], r[1], r[2], r[3]) for r in rects]

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


def _same_line(a: list[float], b: Rect) -> bool:
    overlap = min(a[3], b[3]) - max(a[1], b[1])
    return overlap > 0.5 * min(a[3] - a[1], b[3] - b[1])


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
