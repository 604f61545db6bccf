"""A small on-disk cache for work that is slow and deterministic: OCR and office conversion.

Export reads every source again (it never trusts what screening kept in memory), and
the boxes it applies must be the ones screening found. Caching the OCR result and the
converted PDF makes that second read both fast and identical. Entries are keyed by the
SHA-256 of the source bytes plus the settings that shape the result, and live in the
user's cache folder (``REDACTOR_CACHE_DIR`` overrides it). They hold document text, so
they stay on the reviewer's machine like the dossier database does.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def cache_dir(kind: str) -> Path:
    """The folder of one kind of cache entry (created on first use)."""
    root = os.environ.get("REDACTOR_CACHE_DIR")
    if not root:
        from platformdirs import user_cache_dir

        root = user_cache_dir("woo-redactor", appauthor=False)
    path = Path(root) / kind
    path.mkdir(parents=True, exist_ok=True)
    return path


def load(kind: str, key: str) -> bytes | None:
    """The cached bytes for ``key``, or None."""
    try:
        return (cache_dir(kind) / key).read_bytes()
    except OSError:
        return None


def store(kind: str, key: str, data: bytes) -> None:
    """Write atomically: parallel workers may produce the same entry at the same time."""
    folder = cache_dir(kind)
    fd, tmp = tempfile.mkstemp(prefix=f".{key}-", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, folder / key)
    finally:
        Path(tmp).unlink(missing_ok=True)
