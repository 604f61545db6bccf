"""Handwritten signatures: the picture between a letter's closing and the signer's name.

A signature is personal data whoever signs (it can be copied onto another document), so
Woo practice blacks it out under 5.1.2e even where the name printed below it stays. It is
a picture, not text: this detector reads the page's layout (where the closing line, the
signer's line and the pictures are) instead of running in presidio's text registry, and
only where the page shows a picture (an inserted signature image, or a scan whose ink
between the closing and the name OCR could not read).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from redactor.detect.reasons import render
from redactor.document import Document, Page, Rect
from redactor.findings import Candidate
from redactor.grounds import GroundSet
from redactor.rulepack import SignatureRules

SIGNATURE = "SIGNATURE"
_BACKGROUND = 0.5  # a picture over half the page is the page itself (a scan), not a signature


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    rect: Rect

    def text(self, page: Page) -> str:
        return page.text[self.start:self.end]


class SignatureDetector:
    """Suggests the signature area under a closing ("Met vriendelijke groet,", "Hoogachtend,")."""

    def __init__(self, rules: SignatureRules, ground_set: GroundSet, language: str) -> None:
        self.rules = rules
        flags = re.IGNORECASE | re.MULTILINE
        self.closing = re.compile(r"^[ \t]*(?:" + "|".join(rules.closings) + r")[^\n]{0,40}$", flags) \
            if rules.closings else None
        # "Handtekening:" in a form: the signature sits right of the label, or under it
        # (a short line: "Handtekening aanvrager:", "Datum en handtekening", not a sentence ending in it)
        self.label = re.compile(r"^[^\n]{0,30}(?<!\w)(?:" + "|".join(rules.labels) + r")[^\n:.]{0,25}:?[ \t]*$",
                                flags) if rules.labels else None
        self.ground = ground_set.for_interest("personal_privacy")
        self.language = language

    def detect(self, document: Document) -> list[Candidate]:
        found: list[Candidate] = []
        for page in document.pages:
            if page.images:
                found += self._on_page(document, page)
        return found

    def _on_page(self, document: Document, page: Page) -> list[Candidate]:
        lines = _lines(page)
        out: list[Candidate] = []
        for m in self.closing.finditer(page.text) if self.closing else ():
            at = _line_at(lines, m.start())
            if at is None:
                continue
            closing = lines[at]
            signer = next((line for line in lines[at + 1:at + 1 + self.rules.max_lines_between + 1]
                           if _is_text_line(line.text(page))), None)
            bottom = signer.rect[1] if signer else min(closing.rect[3] + self.rules.max_height, page.height)
            top = closing.rect[3]
            if bottom - top < self.rules.min_height:
                continue
            left = min(closing.rect[0], signer.rect[0]) if signer else closing.rect[0]
            right = max(closing.rect[2], signer.rect[2] if signer else 0, left + self.rules.min_width)
            area = (max(left - 6, 0), top + 1, min(right + 6, page.width), bottom - 1)
            out += self._found(document, page, m.end(), area, closing.text(page).strip().rstrip(","))
        for m in self.label.finditer(page.text) if self.label else ():
            at = _line_at(lines, m.start())
            if at is None:
                continue
            label = lines[at]
            height = label.rect[3] - label.rect[1]
            below = lines[at + 1].rect[1] if at + 1 < len(lines) else page.height
            # right of the label on its line (a little above and below it), or under it down to the next line
            beside = (label.rect[2] + 2, label.rect[1] - 2 * height, min(label.rect[2] + 2 + self.rules.max_width,
                                                                        page.width), label.rect[3] + 2 * height)
            under = (label.rect[0], label.rect[3] + 1, min(label.rect[0] + self.rules.max_width, page.width),
                     min(below - 1, label.rect[3] + self.rules.max_height))
            for area in (beside, under):
                if area[3] - area[1] >= self.rules.min_height and area[2] > area[0]:
                    found = self._found(document, page, m.end(), area, m.group().strip().rstrip(":"), inserted_only=True)
                    if found:
                        out += found
                        break
        return out

    def _found(self, document: Document, page: Page, at: int, area: Rect, cue: str,
               inserted_only: bool = False) -> list[Candidate]:
        """The signature in ``area``: the inserted pictures there, else (on a scan) the area itself."""
        pictures = [r for r in page.images if _overlaps(r, area)]
        inserted = [r for r in pictures if _size(r) < _BACKGROUND * page.width * page.height]
        if inserted:  # an inserted picture of the signature: all of it
            rects = [tuple(r) for r in inserted]
        elif pictures and not inserted_only:  # a scan: the ink between the closing and the name
            rects = [area]
        else:
            return []
        return [Candidate(
            document=document.name, page=page.number, start=at, end=at, text="",
            entity=SIGNATURE, interest="personal_privacy", ground=self.ground, score=self.rules.score,
            source="layout:signature", rule="signature", reason=render("signature", self.language, closing=cue),
            rects=rects, reason_key="signature", reason_args={"closing": cue},
        )]


def _line_at(lines: list[_Line], offset: int) -> int | None:
    return next((i for i, line in enumerate(lines) if line.start <= offset < max(line.end, line.start + 1)), None)


def _lines(page: Page) -> list[_Line]:
    """The page's text lines with the box around their glyphs (lines without a glyph left out)."""
    out: list[_Line] = []
    start = 0
    for end in [i for i, c in enumerate(page.text) if c == "\n"] + [len(page.text)]:
        rects = page.rects_for(start, end)
        if rects:
            x0s, y0s, x1s, y1s = zip(*rects)
            out.append(_Line(start, end, (min(x0s), min(y0s), max(x1s), max(y1s))))
        start = end + 1
    return out


def _is_text_line(text: str) -> bool:
    """A printed line (the signer's name or role), not OCR's reading of a scribble ("~ /h")."""
    words = re.findall(r"[^\W\d_]{2,}", text)
    return sum(map(len, words)) >= 5 and (len(words) >= 2 or len(words[0]) >= 5)


def _overlaps(a: Rect, b: Rect) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _size(r: Rect) -> float:
    return max(r[2] - r[0], 0) * max(r[3] - r[1], 0)
