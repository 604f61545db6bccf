"""Tasks for the limit tests, in a module that imports nothing heavy (workers unpickle them)."""

from __future__ import annotations

import os
import time


def sleep(seconds: float) -> str:
    time.sleep(seconds)
    return "woke"


def allocate(megabytes: int) -> int:
    return len(bytearray(megabytes << 20))


def die() -> None:
    os._exit(7)


def screen_and_export(path: str, outdir: str) -> tuple[str, str]:
    """Read one real-world PDF, box its first words and the middle of page 1, export and verify.

    Returns (outcome, message): "ok", "unreadable" or "refused" (a typed, one-line
    RedactorError), or "verify" (published, but verify finds something). Any other
    exception propagates: the worker reports it with its type, and the test fails.
    """
    import re
    from pathlib import Path

    from redactor.errors import RedactorError
    from redactor.export import export_pdf
    from redactor.ingest import ingest
    from redactor.verify import Redaction, verify_file

    try:
        document = ingest(Path(path))
    except RedactorError as exc:
        return "unreadable", str(exc)
    redactions = []
    for page in document.pages[:3]:
        match = re.search(r"\w{4,}", page.text)
        if match:
            redactions.append(Redaction(page.number, page.rects_for(match.start(), match.end()), "5.1.2e",
                                        match.group(), "TEST"))
    first = document.pages[0]
    middle = (first.width * 0.3, first.height * 0.4, first.width * 0.7, first.height * 0.6)
    redactions.append(Redaction(1, [middle], "5.1.1b", "", "MANUAL"))
    out = Path(outdir) / f"{Path(path).stem}.pdf"
    try:
        export_pdf(document, redactions, out)
    except RedactorError as exc:
        return "refused", str(exc)
    problems = verify_file(out)
    return ("verify", "; ".join(problems)) if problems else ("ok", "")
