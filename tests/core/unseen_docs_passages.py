"""More documents written for the detection tests (see unseen_docs.py for what each field means).

Kept apart from unseen_docs.py so that work on passages can add batches without touching the other file.
"""

from __future__ import annotations

from tests.core.unseen_docs import BSN_GROUND, E, SPECIAL, Doc  # noqa: F401

DOCS: list[Doc] = []
