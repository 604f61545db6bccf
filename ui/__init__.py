"""The desktop review app (PySide6) on top of the Qt-free ``redactor`` core.

Widgets call :class:`redactor.pipeline.Dossier` and :class:`redactor.review.ReviewSession`
and listen to them; they hold no redaction rules of their own. Start it with
``redactor-gui`` or ``python -m ui``.
"""

from __future__ import annotations

__all__ = ["main"]


def main(argv: list[str] | None = None) -> int:
    """Start the app (imports Qt only when called)."""
    from ui.app import main as _main

    return _main(argv)
