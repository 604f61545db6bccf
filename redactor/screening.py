"""Screening many files: a process pool over documents, detectors loaded once per worker.

Detection is CPU-bound Python, so threads would not help; each worker process loads
the lexicons and the recognizer registry once and then screens documents sent to it.
Workers return only what the store needs (no page text), so little crosses the pipe.
Small batches detect in-process (loading detectors in workers costs more than it saves),
but even then each file is read in a worker process under the per-document time and
memory limits of ``redactor.limits``: a hostile file fails alone, never the batch.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from redactor.document import Document
from redactor.errors import RedactorError
from redactor.findings import Candidate
from redactor.grounds import load_ground_set
from redactor.ingest import ingest
from redactor.limits import Limits, quiet_mupdf, run_limited, start_workers_early
from redactor.rulepack import load_rule_pack

if TYPE_CHECKING:  # the engine loads presidio: imported in the workers, not in the caller
    from redactor.detect.engine import Screener

MIN_FILES_FOR_POOL = 8
_worker_screener: Screener | None = None
# what every screening worker needs, imported once in the fork server (about a second)
WORKER_MODULES = ["redactor.detect.engine", "datasketch"]


@dataclass
class Screened:
    """The outcome for one file: a document and its candidates, or the problem."""

    path: Path
    document: Document | None = None
    candidates: list[Candidate] | None = None
    error: str | None = None


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

    from redactor.detect.engine import Screener

    pymupdf.TOOLS.mupdf_display_errors(False)  # damaged files get one warning from ingest, not MuPDF's chatter
    _worker_screener = Screener(load_ground_set(ground_set), load_rule_pack(rules))


def worker_ready(ground_set: str, rules: str) -> None:
    """Load the detectors in this worker process unless already loaded."""
    if _worker_screener is None:
        _init_worker(ground_set, rules)


def _work(path: Path, password: str | None) -> Screened:
    assert _worker_screener is not None, "worker not initialised"
    result = screen_one(_worker_screener, path, password)
    if result.document is not None:  # the store needs the page count, not the text
        for page in result.document.pages:
            page.text, page.boxes = "", []
    return result


def screen_files(files: list[Path], screener_factory: Callable[[], Screener], ground_set: str, rules: str,
                 passwords: Callable[[Path], str | None] | None = None, workers: int | None = None,
                 cluster: str | None = None) -> Iterator[Screened]:
    """Screen ``files``: on a Dask cluster when given its address, else in a local process pool
    when there are enough files, else in this process."""
    if not files:
        return
    if cluster:
        from redactor.cluster import screen_on_cluster

        yield from screen_on_cluster(files, cluster, ground_set, rules, passwords)
        return
    workers = default_workers() if workers is None else workers
    limits = Limits.from_env()
    tasks = [(path, passwords(path) if passwords else None) for path in files]
    if workers <= 1 or len(files) < MIN_FILES_FOR_POOL:
        # Detection runs here; reading the file (the part a hostile file can blow up) runs in
        # one worker process under the per-document limits (redactor.limits).
        screener = screener_factory()
        for path, (kind, value) in zip(files, run_limited(ingest, tasks, limits, initializer=quiet_mupdf)):
            yield Screened(path, value, screener.detect(value)) if kind == "ok" else _failed(path, kind, value)
        return
    start_workers_early(WORKER_MODULES)
    for path, (kind, value) in zip(files, run_limited(_work, tasks, limits, workers, initializer=_init_worker,
                                                      initargs=(ground_set, rules))):
        yield value if kind == "ok" else _failed(path, kind, value)


def _failed(path: Path, kind: str, message: str) -> Screened:
    """A file the limited worker could not read: its typed error, or the limit it ran into."""
    return Screened(path, error=message if kind == "error" else f"{path.name}: {message}")
