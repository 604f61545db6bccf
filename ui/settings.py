"""What the app remembers between runs: recent dossiers, where the reviewer was, language, export choices.

Stored with QSettings in an INI file in the user's config folder (tests point it at a
temporary folder).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_config_dir
from PySide6.QtCore import QSettings

ORGANISATION = "woo-redactor"
APPLICATION = "redactor-gui"
MAX_RECENT = 8


@dataclass(frozen=True)
class Recent:
    """A dossier opened before: a source folder/file, or a dossier database."""

    kind: str  # "sources" | "database"
    path: Path

    def encode(self) -> str:
        return f"{self.kind}:{self.path}"

    @classmethod
    def decode(cls, value: str) -> Recent | None:
        kind, _, path = value.partition(":")
        return cls(kind, Path(path)) if kind in ("sources", "database") and path else None


@dataclass(frozen=True)
class Position:
    """Where the reviewer was in a dossier."""

    document_id: int
    page: int = 1
    finding: tuple[str, int] | None = None  # ("c", candidate id) or ("m", box id)


SETTINGS_FILE: Path | None = None  # set by the self-test, so a reviewer's own settings stay untouched


class Settings:
    """Typed access to the app's QSettings."""

    def __init__(self) -> None:
        # the platform's user config folder (platformdirs), the same place on every OS as the core uses
        path = SETTINGS_FILE or Path(user_config_dir(APPLICATION, appauthor=False)) / "settings.ini"
        self._q = QSettings(str(path), QSettings.Format.IniFormat)

    # -- recent dossiers ---------------------------------------------------------------------------
    def recent(self) -> list[Recent]:
        values = self._q.value("recent", []) or []
        values = [values] if isinstance(values, str) else list(values)
        return [r for r in (Recent.decode(str(v)) for v in values) if r is not None]

    def add_recent(self, recent: Recent) -> None:
        items = [recent] + [r for r in self.recent() if r != recent]
        self._q.setValue("recent", [r.encode() for r in items[:MAX_RECENT]])

    # -- position per dossier ---------------------------------------------------------------------------
    def position(self, dossier_url: str) -> Position | None:
        value = str(self._q.value(f"positions/{_key(dossier_url)}", "") or "")
        parts = value.split(",")
        if len(parts) != 4 or not parts[0].isdigit():
            return None
        finding = (parts[2], int(parts[3])) if parts[2] in ("c", "m") and parts[3].isdigit() else None
        return Position(int(parts[0]), int(parts[1]) if parts[1].isdigit() else 1, finding)

    def set_position(self, dossier_url: str, position: Position) -> None:
        kind, ident = position.finding or ("", 0)
        self._q.setValue(f"positions/{_key(dossier_url)}", f"{position.document_id},{position.page},{kind},{ident}")

    # -- simple values -------------------------------------------------------------------------------
    @property
    def language(self) -> str:
        return str(self._q.value("language", "") or "")

    @language.setter
    def language(self, value: str) -> None:
        self._q.setValue("language", value)

    @property
    def export_folder(self) -> str:
        return str(self._q.value("export/folder", "") or "")

    @export_folder.setter
    def export_folder(self, value: str) -> None:
        self._q.setValue("export/folder", value)

    @property
    def export_publication(self) -> bool:
        """Whether the export writes the publication package (on until the reviewer unticks it)."""
        return bool(self._q.value("export/publication", True, type=bool))

    @export_publication.setter
    def export_publication(self, value: bool) -> None:
        self._q.setValue("export/publication", value)

    @property
    def last_ground(self) -> str:
        return str(self._q.value("review/last_ground", "") or "")

    @last_ground.setter
    def last_ground(self, value: str) -> None:
        self._q.setValue("review/last_ground", value)

    def sync(self) -> None:
        self._q.sync()


def _key(url: str) -> str:
    return hashlib.sha1(url.encode()).hexdigest()[:16]
