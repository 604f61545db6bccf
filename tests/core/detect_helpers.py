"""Run detection on plain text, as a one-page document (no PDF needed)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from redactor.detect.engine import Screener
from redactor.document import Document, Page
from redactor.findings import Candidate
from redactor.grounds import load_ground_set
from redactor.ingest import guess_language
from redactor.rulepack import load_rule_pack


@lru_cache(maxsize=4)
def screener(ground_set: str = "woo") -> Screener:
    return Screener(load_ground_set(ground_set), load_rule_pack("default"))


def text_document(text: str, name: str = "test.txt") -> Document:
    """A document whose single page holds ``text``, every character with a fake box."""
    boxes = [None if c.isspace() else (float(i), 0.0, float(i) + 1, 10.0) for i, c in enumerate(text)]
    page = Page(number=1, width=595, height=842, text=text, boxes=boxes)
    return Document(path=Path(name), sha256="0" * 64, pages=[page], language=guess_language(text))


def detect(text: str, ground_set: str = "woo") -> list[Candidate]:
    return screener(ground_set).detect(text_document(text))


def redacted(text: str, entity: str | None = None) -> list[str]:
    """Texts of the suggested (not kept) findings, optionally of one entity."""
    return [c.text for c in detect(text) if c.status == "suggested" and (entity is None or c.entity == entity)]


def passage_grounds(text: str) -> list[str]:
    """The grounds of the suggested findings that are no name or address: passages and identifiers."""
    return [c.ground for c in detect(text) if c.status == "suggested" and c.entity not in ("PERSON", "ADDRESS")]


def kept(text: str) -> list[str]:
    return [c.text for c in detect(text) if c.status == "kept"]
