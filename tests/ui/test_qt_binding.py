"""The Qt binding itself: a reviewer's eight-hour session must not end in an abort.

PySide6 6.12.0 dropped one reference to ``None`` on every Qt call that returns None; on
Python 3.11 the count reaches zero after enough calls and the interpreter aborts
("Fatal Python error: none_dealloc"), which in the app happened after a few hundred
document switches (bench/app_dossier.py). pyproject.toml keeps that release out.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QPoint


def test_qt_calls_returning_none_keep_none_alive() -> None:
    point = QPoint()
    before = sys.getrefcount(None)
    for _ in range(1000):
        point.setX(1)
    assert sys.getrefcount(None) - before > -100  # a leaking binding loses exactly 1,000
