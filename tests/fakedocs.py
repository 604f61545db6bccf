"""Fictional PII and small builders shared by the core tests (no Qt, fake data only).

A plain module rather than conftest so test modules can import the constants by name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path

import pymupdf

from redactor.document import Document
from redactor.findings import Candidate
from redactor.verify import Redaction

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent
SEEDS = REPO / "seeds"
SHARED = REPO.parent / "shared"

# Fictional people and one real public figure (who must stay visible), used across the suite.
SECRET = "Joris Ploegmaker"
SECRET_PHONE = "06-41873925"
OFFICIAL = "Toivo Klaar"

LETTER_LINES = [
    "Nota aan de Minister van Buitenlandse Zaken",
    f"Van: DEU/ {SECRET}, tel. {SECRET_PHONE}",
    f"Op 7 oktober sprak {SECRET} met {OFFICIAL} over de toezegging.",
    "De Speciale Vertegenwoordiger van de EU gaf een toelichting.",
    "Het verslag volgt in de volgende nota.",
]

# Line pitch equal to the font size: glyph boxes of neighbouring lines overlap, the
# layout in which a removal rectangle taken from a line box eats the lines around it.
TIGHT_PARAGRAPH = [
    "In de vergadering van dinsdag is afgesproken dat de directie de",
    "toezegging aan de Kamer nakomt. Namens DEU sloot Joris",
    "Ploegmaker aan, die namens de dienst tel. 06-41873925 noemde",
    "als nummer voor vragen van de posten over de uitvoering.",
    "Het verslag wordt na vaststelling gedeeld met de ambassade.",
]


PdfMaker = Callable[..., Path]


def write_lines(page: pymupdf.Page, lines: Sequence[str], *, top: float = 80, left: float = 72,
                fontsize: float = 11, pitch: float | None = None, fontname: str = "helv") -> None:
    """One ``insert_text`` per line at a fixed pitch, so the layout is exact and known."""
    step = pitch if pitch is not None else fontsize * 1.5
    for i, line in enumerate(lines):
        page.insert_text((left, top + i * step), line, fontsize=fontsize, fontname=fontname)


def redactions_for(document: Document, needle: str, ground: str = "5.1.2e",
                   entity: str = "PERSON") -> list[Redaction]:
    """A redaction for every occurrence of ``needle`` (whitespace-insensitive) in the normalised text.

    Boxes come from the glyph map, as detection's do; a phrase broken over a line end
    matches across the line break.
    """
    pattern = re.compile(r"\s+".join(re.escape(part) for part in needle.split()))
    found = [
        Redaction(page.number, page.rects_for(m.start(), m.end()), ground, needle, entity, "test")
        for page in document.pages
        for m in pattern.finditer(page.text)
    ]
    assert found, f"{needle!r} not in {document.name}; the fixture does not contain what the test redacts"
    return found


def candidate_for(document: Document, needle: str, *, occurrence: int = 0, entity: str = "PERSON",
                  ground: str | None = "5.1.2e", score: float = 0.7, status: str = "suggested",
                  rule: str = "test.rule") -> Candidate:
    """The ``occurrence``-th finding of ``needle`` in ``document``, boxes from the glyph map."""
    pattern = re.compile(r"\s+".join(re.escape(part) for part in needle.split()))
    hits = [(page, m) for page in document.pages for m in pattern.finditer(page.text)]
    page, match = hits[occurrence]
    return Candidate(
        document=document.name, page=page.number, start=match.start(), end=match.end(), text=match.group(),
        entity=entity, interest="personal_privacy", ground=ground, score=score, source="fake", rule=rule,
        reason=f"test finding of {entity}", rects=page.rects_for(match.start(), match.end()),
        status=status,  # type: ignore[arg-type]
    )


class FakeScreener:
    """Stands in for the detection engine: finds fixed strings, nothing else.

    Pipeline tests then depend on what the pipeline does with findings, not on what
    the detectors happen to find. ``needles`` maps text to (entity, ground, status).
    """

    def __init__(self, needles: dict[str, tuple[str, str | None, str]]) -> None:
        self.needles = needles
        self.calls: list[str] = []

    def detect(self, document: Document) -> list[Candidate]:
        self.calls.append(document.name)
        found = []
        for needle, (entity, ground, status) in self.needles.items():
            pattern = re.compile(r"\s+".join(re.escape(part) for part in needle.split()))
            count = sum(len(pattern.findall(page.text)) for page in document.pages)
            found += [candidate_for(document, needle, occurrence=i, entity=entity, ground=ground, status=status)
                      for i in range(count)]
        return sorted(found, key=lambda c: (c.page, c.start))


OLD_REASON = "naam in het veld 'Van:'"  # a Woo dossier's reason, as screening before 0006 stored it


def make_0005_dossier(url: str) -> None:
    """A dossier as version 0005 of the schema left it: one document, one finding with its reason as text only."""
    import datetime as dt

    from alembic import command
    from sqlalchemy import MetaData, create_engine, insert

    from redactor.migrate import _config

    engine = create_engine(url)
    with engine.begin() as conn:
        cfg = _config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0005")
        tables = MetaData()
        tables.reflect(conn, only=("dossier", "document", "candidate"))
        conn.execute(insert(tables.tables["dossier"]).values(
            id=1, name="oud", ground_set="woo", schema_version=5, created_at=dt.datetime(2025, 1, 1), four_eyes=False))
        conn.execute(insert(tables.tables["document"]).values(
            id=1, dossier_id=1, number=1, path="/oud/brief.pdf", name="brief.pdf", pages=1, language="nl",
            title="", date="", warnings=[], kind="pdf"))
        conn.execute(insert(tables.tables["candidate"]).values(
            id=1, document_id=1, page=1, start=0, end=10, text="Jan Jansen", rects=[[0, 0, 10, 10]],
            entity="PERSON", interest="personal_privacy", ground="5.1.2e", score=0.8, source="people",
            rule="field", reason=OLD_REASON, status="suggested", version=0))
    engine.dispose()
