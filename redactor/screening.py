"""Screening many files: a process pool over documents, detectors loaded once per worker.

Detection is CPU-bound Python, so threads would not help; each worker process loads
the lexicons and the recognizer registry once and then screens documents sent to it.
Workers return only what the store needs (no page text), so little crosses the pipe.
Small batches run in-process: starting workers costs more than it saves.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from redactor.detect.engine import Screener
from redactor.document import Document
from redactor.errors import RedactorError
from redactor.findings import Candidate
from redactor.grounds import load_ground_set
from redactor.ingest import ingest
from redactor.rulepack import load_rule_pack

MIN_FILES_FOR_POOL = 8
_worker_screener: Screener | None = None


@dataclass
class Screened:
    """The outcome for one file: a document and its candidates, or the problem."""

    path: Path
    document: Document | None = None
    candidates: list[Candidate] | None = None
    error: str | None = None


def file_sha256(path: Path) -> str | None:
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return None


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


def screen_one(screener: Screener, path: Path, password: str | None) -> Screened:
    try:
        document = ingest(path, password)
        return Screened(path, document, screener.detect(document))
    except RedactorError as exc:
        return Screened(path, error=str(exc))


def _init_worker(ground_set: str, rules: str) -> None:
    global _worker_screener
    import pymupdf

    pymupdf.TOOLS.mupdf_display_errors(False)  # damaged files get one warning from ingest, not MuPDF's chatter
    _worker_screener = Screener(load_ground_set(ground_set), load_rule_pack(rules))


def _work(path: Path, password: str | None) -> Screened:
    assert _worker_screener is not None, "worker not initialised"
    result = screen_one(_worker_screener, path, password)
    if result.document is not None:  # the store needs the page count, not the text
        for page in result.document.pages:
            page.text, page.boxes = "", []
    return result


def screen_files(files: list[Path], screener_factory: callable, ground_set: str, rules: str,
                 password: str | None = None, workers: int | None = None) -> Iterator[Screened]:
    """Screen ``files``, in parallel when there are enough of them; results in input order."""
    workers = default_workers() if workers is None else workers
    if workers <= 1 or len(files) < MIN_FILES_FOR_POOL:
        screener = screener_factory()
        for path in files:
            yield screen_one(screener, path, password)
        return
    # spawn, not fork: the desktop app calls this from a thread, and fork copies locks held by others
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker,
                             initargs=(ground_set, rules)) as pool:
        yield from pool.map(_work, files, [password] * len(files), chunksize=max(1, len(files) // (workers * 8)))
