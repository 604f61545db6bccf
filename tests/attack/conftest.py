"""Fixtures of the attack suite: export a made-up hostile PDF the way the product does."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from redactor.document import Rect
from redactor.export import export_pdf
from redactor.ingest import ingest
from redactor.verify import Redaction

Exporter = Callable[..., Path]


def _occurrences(document, needle: str) -> list[Redaction]:
    from fakedocs import redactions_for

    try:
        return redactions_for(document, needle)
    except AssertionError:  # not in the text the reviewer sees: nothing to put a box over
        return []


@pytest.fixture
def export_redacting(outdir: Path) -> Exporter:
    """``export_redacting(source, *texts, boxes=[(page, rect)], password=None)`` -> exported path.

    Every occurrence of each text in what ingest reads gets a box, as a reviewer accepting
    every finding would; ``boxes`` adds manual boxes (page 1-based, rect in points).
    """

    def export(source: Path, *texts: str, boxes: list[tuple[int, Rect]] = (), password: str | None = None,
               name: str | None = None) -> Path:
        document = ingest(source, password)
        redactions = [r for text in texts for r in _occurrences(document, text)]
        redactions += [Redaction(page, [rect], "5.1.2e", "", "MANUAL") for page, rect in boxes]
        out = outdir / (name or f"{source.stem}.pdf")
        export_pdf(document, redactions, out, password)
        return out

    return export


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: takes more than a few seconds (still part of the normal run)")
