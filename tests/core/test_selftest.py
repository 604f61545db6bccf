"""The self-test the packaged app runs (``redactor-gui --self-test``): passes on the sample, fails loudly.

It must also write nothing outside the folder it is given: not next to the program (in a
frozen build the sample and the rules lie inside the program folder), not in the user's
data or settings folders.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from redactor import selftest

ROOT = Path(selftest.__file__).resolve().parent.parent


def _snapshot(*folders: Path) -> dict[str, tuple[int, int]]:
    """Every file under ``folders`` with its size and modification time (bytecode caches aside)."""
    files = {}
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts:
                stat = path.stat()
                files[str(path)] = (stat.st_size, stat.st_mtime_ns)
    return files


def test_the_sample_passes_and_nothing_is_written_outside_the_work_folder(tmp_path, user_dirs):
    # what a frozen build keeps inside its own folder and reads at run time
    program_data = [ROOT / "rules", ROOT / "seeds", ROOT / "redactor" / "migrations", ROOT / "ui" / "translations"]
    before, user_before = _snapshot(*program_data), _snapshot(user_dirs)
    work = tmp_path / "work"
    work.mkdir()

    result = selftest.run(work)

    assert result.ok, result.line()
    assert result.documents == 4 and result.outputs == 4 and result.secrets_checked >= 10
    assert result.line().startswith("self-test passed: redactor ")
    assert sorted(p.name for p in result.out.glob("*.pdf")) == [
        "01-nota-toezegging-cd-rbz.pdf", "02-ontwerpresolutie-ep-nagorno-karabach.pdf",
        "03-news-war-crimes-images.pdf", "04-news-eu-envoy-probes.pdf", "inventarislijst.pdf", "publicatie.pdf"]
    assert result.db.is_file() and result.db.parent == work
    assert _snapshot(*program_data) == before  # nothing next to the program, its rules or its sample
    assert _snapshot(user_dirs) == user_before  # nor in the user's folders


def test_a_name_that_stays_readable_fails_the_self_test(tmp_path):
    """The check reads the exported PDFs: a detail that is still extractable is reported by name."""
    sample = tmp_path / "sample"
    sample.mkdir()
    shutil.copy(selftest.SAMPLE_DOSSIER / "04-news-eu-envoy-probes.txt", sample)
    pii = tmp_path / "pii.json"  # a public official the export rightly keeps: must be found "leaked"
    pii.write_text(json.dumps({"people": [{"name": "Toivo Klaar"}]}), encoding="utf-8")
    work = tmp_path / "work"
    work.mkdir()

    result = selftest.run(work, sample=sample, pii_file=pii)

    assert not result.ok
    assert any("still extractable: Toivo Klaar" in p for p in result.problems), result.problems
    assert result.line().startswith("self-test FAILED: ")


def test_a_missing_sample_fails_with_its_path(tmp_path):
    result = selftest.run(tmp_path, sample=tmp_path / "nowhere")
    assert not result.ok and "nowhere: not found" in result.line()


def test_main_prints_one_line_and_exits_0(capsys):
    assert selftest.main() == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1 and out.startswith("self-test passed")
