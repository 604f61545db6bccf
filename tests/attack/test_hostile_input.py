"""Hostile and broken input: every file gives a result or one clear line, in bounded time and memory.

Per file through the screening path the CLI uses (each file read in a worker process
under the per-document limits), then exported; then a whole folder of good and bad
files through ``redactor screen`` and ``redactor export``; then the limits themselves.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pymupdf
import pytest
from fakedocs import SECRET, FakeScreener

from attack import hostile, tasks
from redactor.cli import run
from redactor.errors import RedactorError
from redactor.export import export_pdf
from redactor.ingest import ingest
from redactor.limits import Limits, ResourceLimitError, run_limited
from redactor.passwords import Passwords
from redactor.screening import screen_files
from redactor.verify import verify_file

NEEDLES = {SECRET: ("PERSON", "5.1.2e", "suggested")}
# (builder, expected: "ok" or a phrase of the one-line error)
CASES = {
    "encrypted-user-password": (hostile.encrypted_user_password, "encrypted (password protected)"),
    "encrypted-owner-only": (hostile.encrypted_owner_only, "ok"),
    "corrupt-xref": (hostile.corrupt_xref, "ok"),
    "truncated": (hostile.truncated, "ok"),
    "zero-pages": (hostile.zero_pages, "has no pages"),
    "100000-text-objects": (hostile.tiny_text_objects, "ok"),
    "decompression-bomb-256mb": (lambda d: hostile.decompression_bomb(d, 256), "ok"),
    "pixel-bomb": (hostile.pixel_bomb, "ok"),
    "deeply-nested": (hostile.deeply_nested, "ok"),
    "javascript-laden": (hostile.javascript_laden, "ok"),
}


def _screen(path: Path, password: str | None = None):
    [result] = screen_files([path], lambda: FakeScreener(NEEDLES), "woo", "default", Passwords(password), workers=1)
    return result


def _one_line_naming(message: str, path: Path) -> None:
    assert "\n" not in message and "Traceback" not in message
    assert message.startswith(f"{path.name}: ")


@pytest.mark.parametrize("case", list(CASES))
def test_screen_then_export_gives_a_result_or_one_line(case: str, indir: Path, outdir: Path) -> None:
    build, expected = CASES[case]
    path = build(indir)
    start = time.monotonic()
    result = _screen(path)
    assert time.monotonic() - start < 30
    if expected != "ok":
        assert result.document is None
        _one_line_naming(result.error, path)
        assert expected in result.error
        return
    assert result.error is None, result.error
    document = result.document
    redactions = []
    for candidate in result.candidates:
        from redactor.verify import Redaction

        redactions.append(Redaction(candidate.page, candidate.rects, "5.1.2e", candidate.text, "PERSON"))
    start = time.monotonic()
    try:
        export_pdf(document, redactions, outdir / f"{path.stem}.pdf")
    except RedactorError as exc:  # a typed, one-line refusal is a result too
        _one_line_naming(str(exc), path)
    else:  # export verified it before publishing; a look of our own at the text
        with pymupdf.open(outdir / f"{path.stem}.pdf") as doc:
            assert SECRET not in "".join(p.get_text() for p in doc)
    assert time.monotonic() - start < 30


def test_not_a_pdf_with_a_pdf_name_is_one_line_each(indir: Path) -> None:
    for path in hostile.not_a_pdf(indir):
        result = _screen(path)
        _one_line_naming(result.error, path)
        assert "not a PDF" in result.error or "empty" in result.error


def test_encrypted_file_reads_and_exports_with_its_password(indir: Path, outdir: Path) -> None:
    path = hostile.encrypted_user_password(indir)
    result = _screen(path, hostile.PASSWORD)
    assert result.error is None and [c.text for c in result.candidates] == [SECRET]
    c = result.candidates[0]
    from redactor.verify import Redaction

    out = outdir / "decrypted.pdf"
    export_pdf(result.document, [Redaction(c.page, c.rects, "5.1.2e", c.text)], out, hostile.PASSWORD)
    with pymupdf.open(out) as doc:
        assert not doc.needs_pass and not doc.is_encrypted  # published for everyone to open
        assert SECRET not in doc[0].get_text()


def test_pixel_bomb_under_a_box_is_refused_before_it_is_decoded(indir: Path, outdir: Path) -> None:
    path = hostile.pixel_bomb(indir)
    document = ingest(path)
    from redactor.verify import Redaction

    start = time.monotonic()
    with pytest.raises(ResourceLimitError) as info:
        export_pdf(document, [Redaction(1, [(100, 100, 200, 120)], "5.1.2e", "", "MANUAL")], outdir / "bomb.pdf")
    assert time.monotonic() - start < 10
    assert str(info.value).startswith("pixel-bomb.pdf: page 1: an image of 40000 x 40000 pixels")
    assert not list(outdir.glob("*.pdf*"))


def test_decompression_bomb_over_the_time_limit_fails_alone(indir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """16 GB of zeros behind one content stream: the worker is stopped at the limit, the next file is read."""
    monkeypatch.setenv("REDACTOR_DOC_TIMEOUT", "2")
    bomb = hostile.decompression_bomb(indir, 16384)
    good = hostile.good(indir)
    start = time.monotonic()
    results = list(screen_files([bomb, good], lambda: FakeScreener(NEEDLES), "woo", "default", workers=1))
    assert time.monotonic() - start < 15
    assert results[0].error == ("bomb-16384mb.pdf: took longer than the 2 s limit per document "
                                "(REDACTOR_DOC_TIMEOUT)")
    assert results[1].error is None and results[1].document.name == "good.pdf"


@pytest.mark.slow
def test_ten_thousand_pages_screen_and_export_in_bounded_time(indir: Path, outdir: Path) -> None:
    path = hostile.many_pages(indir)
    start = time.monotonic()
    result = _screen(path)
    assert result.error is None and len(result.document.pages) == 10_000
    screened = time.monotonic() - start
    export_pdf(result.document, [], outdir / "many.pdf")
    exported = time.monotonic() - start - screened
    assert screened < 30 and exported < 45, (screened, exported)
    with pymupdf.open(outdir / "many.pdf") as doc:
        assert doc.page_count == 10_000


# -- the batch never crashes ----------------------------------------------------------------------------


@pytest.fixture
def mixed_folder(indir: Path) -> tuple[Path, list[str], list[str]]:
    """Good files among every kind of bad one: enough files for the process pool."""
    good = [hostile.good(indir, f"good-{i}.pdf").name for i in range(3)]
    for name in ("encrypted_user_password", "zero_pages", "corrupt_xref", "truncated", "deeply_nested",
                 "javascript_laden", "pixel_bomb", "encrypted_owner_only"):
        getattr(hostile, name)(indir)
    hostile.decompression_bomb(indir, 16384)
    hostile.not_a_pdf(indir)
    bad = ["encrypted-user-password.pdf", "zero-pages.pdf", "bomb-16384mb.pdf", "scan.pdf", "mail.pdf",
           "archive.pdf", "empty.pdf"]
    return indir, good, bad


def test_cli_screen_lists_bad_files_and_screens_the_rest(mixed_folder, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    folder, good, bad = mixed_folder
    monkeypatch.setenv("REDACTOR_DOC_TIMEOUT", "3")
    start = time.monotonic()
    code = run(["-q", "screen", str(folder), "--db", str(tmp_path / "db.sqlite"), "--json", str(tmp_path / "f.json")])
    assert time.monotonic() - start < 60
    assert code == 2
    errors = [line for line in capsys.readouterr().err.splitlines() if line.startswith("error: ")]
    assert sorted(line.split(": ")[1] for line in errors) == sorted(bad)
    assert not any("Traceback" in line for line in errors)
    screened = {d["name"] for d in json.loads((tmp_path / "f.json").read_text())["documents"]}
    assert set(good) <= screened
    assert not screened & set(bad)
    assert len(screened) == len(list(folder.iterdir())) - len(bad)


def test_cli_export_publishes_the_good_files_of_a_small_hostile_folder(indir: Path, tmp_path: Path, outdir: Path,
                                                                       monkeypatch: pytest.MonkeyPatch,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """Fewer files than the pool takes: detection in this process, each file still read under the limits."""
    folder, good = indir, [hostile.good(indir, f"good-{i}.pdf").name for i in range(2)]
    for build in (hostile.zero_pages, hostile.javascript_laden, hostile.corrupt_xref):
        build(indir)
    hostile.decompression_bomb(indir, 16384)
    monkeypatch.setenv("REDACTOR_DOC_TIMEOUT", "3")
    code = run(["-q", "export", str(folder), "--out", str(outdir), "--accept-all", "--db", str(tmp_path / "db.sqlite")])
    assert code == 2
    published = {p.name for p in outdir.glob("*.pdf")}
    assert {name for name in good} <= published
    for name in published:
        assert verify_file(outdir / name) == [], name
        with pymupdf.open(outdir / name) as doc:
            assert "Ploegmaker" not in "".join(p.get_text() for p in doc)
    err = capsys.readouterr().err
    assert "Traceback" not in err
    listed = sorted(line.split(": ")[1] for line in err.splitlines() if line.startswith("error: "))
    assert listed == ["bomb-16384mb.pdf", "zero-pages.pdf"]


def test_cli_password_opens_the_encrypted_file(indir: Path, tmp_path: Path, outdir: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    path = hostile.encrypted_user_password(indir)
    db = str(tmp_path / "db.sqlite")
    assert run(["-q", "screen", str(path), "--db", db]) == 2
    assert run(["-q", "export", str(path), "--out", str(outdir), "--accept-all", "--db", db,
                "--password", hostile.PASSWORD]) == 0
    with pymupdf.open(outdir / path.name) as doc:
        assert not doc.is_encrypted and "Ploegmaker" not in doc[0].get_text()


# -- the limits themselves ------------------------------------------------------------------------------


def test_time_limit_stops_a_task_and_the_next_one_runs() -> None:
    start = time.monotonic()
    outcomes = list(run_limited(tasks.sleep, [(30,), (0,)], Limits(seconds=1, memory_mb=0)))
    assert time.monotonic() - start < 10
    assert outcomes == [("failed", "took longer than the 1 s limit per document (REDACTOR_DOC_TIMEOUT)"),
                        ("ok", "woke")]


def test_memory_limit_turns_an_allocation_into_an_error_and_the_worker_goes_on() -> None:
    outcomes = list(run_limited(tasks.allocate, [(1024,), (10,)], Limits(seconds=30, memory_mb=256)))
    assert outcomes[0] == ("failed", "needs more than the 256 MB memory limit per document (REDACTOR_DOC_MEMORY_MB)")
    assert outcomes[1] == ("ok", 10 << 20)


def test_a_worker_that_dies_is_replaced(indir: Path) -> None:
    outcomes = list(run_limited(tasks.die, [(), ()], Limits(seconds=30)))
    assert [kind for kind, _ in outcomes] == ["failed", "failed"]
    assert outcomes[0][1].startswith("the process reading it stopped unexpectedly (exit code 7)")
    [(kind, document)] = list(run_limited(ingest, [(hostile.good(indir),)], Limits(seconds=30)))
    assert kind == "ok" and document.name == "good.pdf"


def test_limits_come_from_the_environment() -> None:
    assert Limits.from_env({}) == Limits(120.0, 2048)
    assert Limits.from_env({"REDACTOR_DOC_TIMEOUT": "5", "REDACTOR_DOC_MEMORY_MB": "0"}) == Limits(5.0, 0)
    with pytest.raises(RedactorError, match="must be numbers"):
        Limits.from_env({"REDACTOR_DOC_TIMEOUT": "soon"})
