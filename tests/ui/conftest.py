"""Fixtures for the desktop app's tests: a real dossier on a temporary SQLite file.

Qt runs offscreen, and the app's settings and data folders point at temporary
folders, so tests never touch the user's real settings or dossiers.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt is imported

import shutil
from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parents[2] / "seeds" / "dossier"


@pytest.fixture(autouse=True)
def _private_settings(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """QSettings and the XDG folders in a temporary place, fresh for every test."""
    from PySide6.QtCore import QSettings

    home = tmp_path_factory.mktemp("home")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, str(home / name.lower()))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home / "settings"))
    yield home


@pytest.fixture
def sources(tmp_path: Path) -> Path:
    """A copy of the sample dossier: the Woo memo (PDF), the EP resolution and two news texts."""
    folder = tmp_path / "dossier"
    shutil.copytree(SEEDS, folder)
    return folder


@pytest.fixture
def small_sources(tmp_path: Path) -> Path:
    """Two short documents: quick to screen and export."""
    folder = tmp_path / "small"
    folder.mkdir()
    shutil.copy(SEEDS / "01-nota-toezegging-cd-rbz.pdf", folder)
    shutil.copy(SEEDS / "04-news-eu-envoy-probes.txt", folder)
    return folder


@pytest.fixture
def dossier(small_sources: Path, tmp_path: Path):
    """A real, screened dossier on a temporary SQLite file."""
    from redactor.pipeline import Dossier
    from redactor.store import DossierStore, sqlite_url

    store = DossierStore(sqlite_url(tmp_path / "dossier.sqlite"), name="small")
    dossier = Dossier(store, "woo")
    dossier.screen([small_sources])
    return dossier


@pytest.fixture
def window(qtbot, dossier):
    """The main window showing the screened dossier, on its first document."""
    from ui.dossier_model import QtDossier
    from ui.main_window import MainWindow
    from ui.settings import Settings

    win = MainWindow(Settings(), "en")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.set_dossier(QtDossier(dossier, "small"))
    win.activateWindow()
    win.view.setFocus()
    return win
