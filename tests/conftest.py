"""Shared fixtures: isolated user folders and small synthetic documents (fake PII only).

Qt-free on purpose: the core suite must run with PySide6 uninstalled. Every PDF a
test needs is made at test time with PyMuPDF (builders in ``fakedocs.py``); ``tests/resources/README.md``
lists them with what each is for.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pymupdf
import pytest
from fakedocs import LETTER_LINES, SEEDS, TESTS, TIGHT_PARAGRAPH, PdfMaker, redactions_for, write_lines

from redactor.verify import Redaction


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep every test off the user's real data, settings and rules.

    platformdirs reads the XDG variables at call time, and subprocesses inherit them,
    so the default dossier database of the CLI lands here too.
    """
    home = tmp_path_factory.mktemp("user-dirs")
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    monkeypatch.delenv("REDACTOR_RULES_DIR", raising=False)
    return home


@pytest.fixture
def user_dirs(_isolated_user_dirs: Path) -> Path:
    """The temporary folder standing in for the user's XDG folders."""
    return _isolated_user_dirs


@pytest.fixture
def resources() -> Path:
    return TESTS / "resources"


@pytest.fixture
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture
def indir(tmp_path: Path) -> Path:
    """Folder for a test's input documents."""
    path = tmp_path / "in"
    path.mkdir()
    return path


@pytest.fixture
def outdir(tmp_path: Path) -> Path:
    """Folder for a test's exports (created by the code under test)."""
    return tmp_path / "out"


@pytest.fixture
def make_pdf(indir: Path) -> PdfMaker:
    """Factory: ``make_pdf(name, pages, fontsize=11, pitch=None, metadata=None)`` -> path.

    ``pages`` is a list of pages, each a list of lines (a single list of str is one page).
    """

    def make(name: str, pages: Sequence[Sequence[str]] | Sequence[str], *, fontsize: float = 11,
             pitch: float | None = None, metadata: dict[str, str] | None = None) -> Path:
        if pages and isinstance(pages[0], str):
            pages = [pages]  # type: ignore[list-item]
        doc = pymupdf.open()
        for lines in pages:
            page = doc.new_page(width=595, height=842)
            write_lines(page, lines, fontsize=fontsize, pitch=pitch)  # type: ignore[arg-type]
        if metadata:
            doc.set_metadata(metadata)
        path = indir / name
        doc.save(path)
        doc.close()
        return path

    return make


@pytest.fixture
def letter_pdf(make_pdf: PdfMaker) -> Path:
    """One page: a fictional civil servant, his phone, and a public official on the same line."""
    return make_pdf("letter.pdf", LETTER_LINES)


@pytest.fixture
def tight_pdf(make_pdf: PdfMaker) -> Path:
    """A paragraph at pitch == font size in which 'Joris Ploegmaker' wraps over two lines."""
    return make_pdf("tight-paragraph.pdf", TIGHT_PARAGRAPH, fontsize=10, pitch=10)


def _in_this_process(fn, tasks, limits, workers=1, initializer=None, initargs=()):
    """``run_limited`` without worker processes."""
    from redactor.errors import RedactorError

    for task in tasks:
        try:
            yield "ok", fn(*task)
        except RedactorError as exc:
            yield "error", str(exc)


@pytest.fixture
def export_here(monkeypatch: pytest.MonkeyPatch) -> None:
    """Export in this process, so that a fault patched into ``redactor.export`` takes effect
    (the dossier export otherwise runs in worker processes that do not see the patch)."""
    from redactor import pipeline

    monkeypatch.setattr(pipeline, "run_limited", _in_this_process)


@pytest.fixture
def redact() -> Callable[..., list[Redaction]]:
    """``redact(document, 'text', ground='5.1.2e')`` -> redactions of every occurrence."""
    return redactions_for


PG_ADMIN = os.environ.get("REDACTOR_TEST_POSTGRES_URL")


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty dossier database of each kind: every store test runs on both."""
    from sqlalchemy import create_engine

    from redactor.store import sqlite_url

    if request.param == "sqlite":
        yield sqlite_url(tmp_path / "dossier.sqlite")
        return
    if not PG_ADMIN:
        pytest.skip("no PostgreSQL server (set REDACTOR_TEST_POSTGRES_URL; scripts/test.sh starts one)")
    name = f"redactor_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.exec_driver_sql(f"CREATE DATABASE {name}")
    except Exception as exc:  # noqa: BLE001 - any failure to reach the server means skip, said aloud
        pytest.skip(f"PostgreSQL server not reachable: {str(exc).splitlines()[0]}")
    yield PG_ADMIN.rsplit("/", 1)[0] + f"/{name}"
    with admin.connect() as conn:
        conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    admin.dispose()
