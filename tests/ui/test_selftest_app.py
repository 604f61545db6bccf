"""``redactor-gui --self-test`` and ``--version``: what the packaged app's smoke test runs."""

from __future__ import annotations

import pytest

from redactor import __version__
from ui.app import main
from ui.settings import Settings


def test_self_test_passes_opens_the_window_and_leaves_settings_alone(qapp, tmp_path, capsys):
    settings = Settings()
    report = tmp_path / "report.txt"

    assert main(["--self-test", "--self-test-report", str(report)]) == 0

    line = capsys.readouterr().out.strip()
    assert line.startswith("self-test passed") and "main window shown" in line
    assert report.read_text(encoding="utf-8").strip() == line
    assert settings.recent() == []  # the window opened the self-test's dossier, not a recent one


def test_version(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.strip() == f"redactor-gui {__version__}"
