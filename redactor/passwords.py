"""Passwords of encrypted source files, held in memory while a dossier is open.

A dossier often holds a few password-protected PDFs (a medical report, an attachment sent
encrypted), each with its own password. They are never written to the dossier, a log or
a file: the reviewer gives them again in a new session. The CLI's ``--password`` is the
default for every file; the app adds one per file when the reviewer unlocks it.
"""

from __future__ import annotations

from pathlib import Path


class Passwords:
    """Which password opens which source file (``passwords(path)``), with a default for all."""

    def __init__(self, default: str | None = None) -> None:
        self.default = default
        self._by_file: dict[str, str] = {}

    def __call__(self, path: Path | str) -> str | None:
        return self._by_file.get(_key(path), self.default)

    def set(self, path: Path | str, password: str) -> None:
        self._by_file[_key(path)] = password

    def __repr__(self) -> str:  # never shows a password, in a traceback or a debugger either
        return f"Passwords({len(self._by_file)} file(s), default={'set' if self.default else 'none'})"


def _key(path: Path | str) -> str:
    return str(Path(path).resolve())
