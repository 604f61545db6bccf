"""Real-world PDFs nobody here wrote (the test files of pypdf, pikepdf and OCRmyPDF): no crash, ever.

The corpus is fetched from PyPI at test-data setup (``fetch_corpus.py``; cached under
``.cache/attack-corpus``, never committed). Every file is read, boxed (its first words
and the middle of page 1) and exported, each in a worker process under the
per-document limits. A file may fail, but only as a typed ``RedactorError`` with a
one-line reason; the list of failures and their reasons is written to
``.cache/attack-corpus/report.txt`` and printed. A sample also goes through the
``redactor export --accept-all`` command with the real detectors.

OCR is switched off here (``REDACTOR_TESSERACT``): the scans in OCRmyPDF's set would
spend the suite's time budget in Tesseract, which tests/core covers.
"""

from __future__ import annotations

import os
import shutil
import time
from collections import Counter
from pathlib import Path

import pymupdf
import pytest

from attack import tasks
from attack.fetch_corpus import CorpusUnavailable, default_dir, ensure_corpus
from redactor.cli import run
from redactor.limits import Limits, quiet_mupdf, run_limited
from redactor.verify import verify_file

UNTYPED = "could not be processed ("  # how a worker reports an exception that is not a RedactorError


@pytest.fixture(scope="session")
def corpus() -> list[Path]:
    if os.environ.get("REDACTOR_SKIP_CORPUS"):
        pytest.skip("REDACTOR_SKIP_CORPUS is set")
    try:
        pdfs = ensure_corpus()
    except CorpusUnavailable as exc:
        pytest.skip(f"real-world corpus not available ({exc}); run tests/attack/fetch_corpus.py with PyPI access")
    if not pdfs:
        pytest.skip("real-world corpus is empty")
    return pdfs


@pytest.fixture
def no_ocr(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REDACTOR_TESSERACT", "/nonexistent/tesseract")
    monkeypatch.setenv("REDACTOR_DOC_TIMEOUT", "60")


def test_every_real_world_pdf_exports_or_fails_with_a_reason(corpus: list[Path], tmp_path: Path, no_ocr) -> None:
    start = time.monotonic()
    largest_first = sorted(corpus, key=lambda p: p.stat().st_size, reverse=True)  # the two workers finish together
    outcomes = list(run_limited(tasks.screen_and_export, [(str(p), str(tmp_path)) for p in largest_first],
                                Limits.from_env(), workers=2, initializer=quiet_mupdf))
    rows = []
    for path, (kind, value) in zip(largest_first, outcomes):
        outcome, message = value if kind == "ok" else (kind, value)
        rows.append((outcome, path.name, message))
    counts = Counter(outcome for outcome, _, _ in rows)
    report = [f"{len(rows)} real-world PDFs in {time.monotonic() - start:.0f} s: "
              + ", ".join(f"{n} {outcome}" for outcome, n in counts.most_common())]
    report += [f"{outcome:<10} {name}: {message}" for outcome, name, message in sorted(rows) if outcome != "ok"]
    (default_dir() / "report.txt").write_text("\n".join(report) + "\n", encoding="utf-8")
    print("\n".join(report))

    crashes = [f"{name}: {message}" for outcome, name, message in rows if message.startswith(UNTYPED)]
    assert not crashes, "untyped failures (a crash, not a RedactorError):\n" + "\n".join(crashes)
    leaks = [f"{name}: {message}" for outcome, name, message in rows if outcome == "verify"]
    assert not leaks, "published, yet verify finds something:\n" + "\n".join(leaks)
    assert all("\n" not in message for _, _, message in rows)
    assert counts["ok"] >= 0.8 * len(rows)


def test_a_sample_through_the_cli_with_the_real_detectors(corpus: list[Path], tmp_path: Path, no_ocr,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    """Every 25th file: exit 0 or 2 (bad files listed), no traceback, every published file verifies."""
    folder = tmp_path / "sample"
    folder.mkdir()
    for path in corpus[::25]:
        shutil.copy(path, folder / path.name)
    out = tmp_path / "out"
    code = run(["-q", "export", str(folder), "--out", str(out), "--accept-all", "--db", str(tmp_path / "db.sqlite")])
    err = capsys.readouterr().err
    assert code in (0, 2), err
    assert "Traceback" not in err
    assert all(line.startswith("error: ") for line in err.splitlines() if line.strip())
    published = list(out.glob("*.pdf"))
    assert len(published) >= len(list(folder.iterdir())) // 2
    for pdf in published:
        assert verify_file(pdf) == [], pdf.name
        with pymupdf.open(pdf) as doc:
            assert doc.page_count >= 1


def test_verify_reads_every_real_world_pdf(corpus: list[Path], capsys: pytest.CaptureFixture[str]) -> None:
    """``redactor verify`` on files nobody sanitised: findings galore (exit 1 or 2), each file one
    verdict, no traceback."""
    code = run(["verify", *map(str, corpus)])
    captured = capsys.readouterr()
    assert code in (1, 2)
    assert "Traceback" not in captured.err + captured.out
    named = {line.split(" ", 1)[1].split(":")[0].strip() for line in captured.out.splitlines()}
    named |= {line.split(": ")[1] for line in captured.err.splitlines() if line.startswith("error: ")}
    assert named == {p.name for p in corpus}
