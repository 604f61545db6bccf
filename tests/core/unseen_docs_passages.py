"""More documents written for the detection tests (see unseen_docs.py for what each field means).

Kept apart from unseen_docs.py so that work on passages can add batches without touching the other file.
"""

from __future__ import annotations

from tests.core.unseen_docs import BSN_GROUND, SPECIAL, Doc, E  # noqa: F401

DOCS: list[Doc] = []

# (document name, text) -> why the detector misses it; strict xfails, merged into test_detect_unseen.XFAIL
XFAIL: dict[tuple[str, str], str] = {}
