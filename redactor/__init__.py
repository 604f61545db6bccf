"""Woo/FOIA redaction core: ingest, detect, dossier store, review, export, verify.

Qt-free by design: the desktop app in ``ui/`` and the CLI both call this package.
"""

from __future__ import annotations

__version__ = "0.1.0"
