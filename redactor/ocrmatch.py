"""The dossier-wide OCR pass: names found anywhere in the dossier, looked for again in OCR'd pages.

OCR misreads: "f.elamrani@" came out as "Lelamrani@" on a rendered-then-scanned memo,
"Ploegmaker" can come out as "Ploegrnaker". Detection on that text then misses what it
would find in a clean copy. But the dossier usually holds the right spelling somewhere
(the e-mail that the scan is a print of, a letter with the name typed), so after
screening, every value detected elsewhere (names, addresses, numbers) is matched with
edit-distance similarity (rapidfuzz) against word runs of the OCR'd pages. A close
match that detection did not already cover becomes a *suggestion* for the reviewer,
with the value it resembles and where that was found as its reason.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from redactor.detect.reasons import render
from redactor.document import Document, Page
from redactor.findings import Candidate

ENTITIES = {"PERSON", "EMAIL", "PHONE", "IBAN", "BSN", "ADDRESS", "LICENSE_PLATE", "ID_DOCUMENT", "SSN"}
MIN_LENGTH = 5  # shorter values match too many ordinary words
SCORE_LONG = 85.0  # similarity (0-100) needed for values of 8+ characters
SCORE_SHORT = 90.0
SUGGESTION_SCORE = 0.5  # below AUTO_REDACT_SCORE: a reviewer confirms it
RULE = "ocr.fuzzy"


@dataclass(frozen=True)
class Known:
    """A value detected somewhere in the dossier, in the form matched against OCR text."""

    key: str  # normalised: case-folded, no spaces
    text: str
    entity: str
    interest: str
    ground: str | None
    where: str  # document name where it was found


def _key(text: str) -> str:
    return re.sub(r"\s+", "", text.casefold())


def known_values(candidates: Iterable[tuple[str, Any]]) -> list[Known]:
    """Values worth looking for: (document name, candidate row) of suggested findings.

    Besides the whole value: an address's local part with its '@' (OCR often mangles
    or cuts the domain) and a person's surname when it is long enough to be distinctive.
    """
    out: dict[str, Known] = {}
    for where, c in candidates:
        entity, status = c.entity, c.status
        if entity not in ENTITIES or status != "suggested":
            continue
        text = " ".join(str(c.text).split())
        forms = [text]
        if entity == "EMAIL" and "@" in text:
            forms.append(text.split("@")[0] + "@")
        if entity == "PERSON" and len(text.split()) > 1 and len(text.split()[-1]) >= 6:
            forms.append(text.split()[-1])
        for form in forms:
            key = _key(form)
            if len(key) >= MIN_LENGTH and key not in out:
                out[key] = Known(key, form, entity, c.interest, c.ground, where)
    return list(out.values())


def suggest(document: Document, pages: list[int], known: list[Known], taken: list[tuple[int, int, int]]) -> list[Candidate]:
    """Near-matches of ``known`` values on the OCR'd ``pages`` not overlapping ``taken`` spans.

    ``taken`` holds (page, start, end) of findings already there.
    """
    if not known:
        return []
    from rapidfuzz import fuzz, process

    keys = [k.key for k in known]
    longest = max(len(k.text.split()) for k in known)
    found: list[Candidate] = []
    for page in document.pages:
        if page.number not in pages:
            continue
        spans = [(s, e) for p, s, e in taken if p == page.number]
        words = page.words()
        for i in range(len(words)):
            for n in range(1, longest + 1):
                if i + n > len(words):
                    break
                start, end = words[i].start, words[i + n - 1].end
                window = _key(page.text[start:end])
                if len(window) < MIN_LENGTH or any(s < end and start < e for s, e in spans):
                    continue
                hit = process.extractOne(window, keys, scorer=fuzz.ratio,
                                         score_cutoff=SCORE_LONG if len(window) >= 8 else SCORE_SHORT)
                if hit is None:
                    continue
                match = known[hit[2]]
                found.append(_candidate(document, page, start, end, match, hit[1]))
                spans.append((start, end))
                break
    return found


def _candidate(document: Document, page: Page, start: int, end: int, match: Known, score: float) -> Candidate:
    text = page.text[start:end]
    args: dict[str, object] = {"entity": match.entity, "text": match.text, "where": match.where,
                               "score": f"{score:.0f}"}
    return Candidate(
        document=document.name, page=page.number, start=start, end=end, text=text, entity=match.entity,
        interest=match.interest, ground=match.ground, score=SUGGESTION_SCORE, source="ocr-fuzzy", rule=RULE,
        reason=render("ocr-resembles", "en", **args), rects=page.rects_for(start, end),
        reason_key="ocr-resembles", reason_args=args,
    )
