"""After screening, the dossier-wide pass: source facts, families, duplicates, threads, OCR matches.

Screening looks at one document at a time (in worker processes that keep no text).
What only the whole dossier shows is worked out here, from what the workers sent back
and what the store holds: which attachment belongs to which message (family), which
documents repeat each other (``redactor.dedup``), and which OCR'd words resemble a
name detected elsewhere (``redactor.ocrmatch``). Each is a fact about the sources,
recomputed at every screening; none overrides a reviewer's decision.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from pathlib import Path

from redactor import dedup
from redactor.errors import RedactorError
from redactor.formats.containers import family_root, parent_message, read_source
from redactor.ingest import ingest
from redactor.store import DocumentRow, DossierStore

log = logging.getLogger(__name__)


def source_sha256(path: Path) -> str | None:
    """SHA-256 of a file or of a member inside a container (None when it cannot be read)."""
    try:
        return hashlib.sha256(read_source(Path(path))).hexdigest()
    except (RedactorError, OSError):
        return None


def after_screening(store: DossierStore, files: list[Path], screened: dict[int, object],
                    passwords: Callable[[Path], str | None] | None = None) -> dedup.Result:
    """Store source facts of the newly screened documents, link families, find duplicates, match OCR text.

    ``screened`` maps the document id to the ingested document (a ``SourceDocument``).
    """
    facts: dict[int, dict[str, object]] = {}
    for doc_id, document in screened.items():
        facts[doc_id] = {"kind": getattr(document, "kind", "pdf"), "ocr": getattr(document, "ocr", None) or None,
                         "email": getattr(document, "email", None), "fingerprint": getattr(document, "fingerprint", None)}
    _link_families(store, files, facts)
    if facts:
        store.set_source_facts(facts)
    result = deduplicate(store)
    if screened:  # near-matches come from findings and OCR text, which only a screening changes
        ocr_matches(store, passwords)
    return result


def _link_families(store: DossierStore, files: list[Path], facts: dict[int, dict[str, object]]) -> None:
    ids = {d.path: d.id for d in store.documents()}
    for path in files:
        me = ids.get(str(path.resolve()))
        if me is None:
            continue
        parent, root = parent_message(path), family_root(path)
        if parent is None:
            if any(parent_message(f) == path for f in files):  # a message with attachments heads a family
                facts.setdefault(me, {})["family_id"] = me
            continue
        facts.setdefault(me, {}).update(parent_id=ids.get(str(parent.resolve())),
                                        family_id=ids.get(str(root.resolve())) if root else None)


def deduplicate(store: DossierStore) -> dedup.Result:
    """Group the dossier's documents; record duplicate and thread links (cleared where gone)."""
    docs = [d for d in store.documents() if not d.error]
    result = dedup.find(docs)
    facts: dict[int, dict[str, object]] = {}
    for doc in docs:
        dup = result.duplicates.get(doc.id)
        wanted = {"duplicate_of_id": dup.of if dup else None, "duplicate_reason": dup.reason if dup else None,
                  "thread_id": result.threads.get(doc.id)}
        if any(getattr(doc, k) != v for k, v in wanted.items()):
            facts[doc.id] = wanted
    if facts:
        store.set_source_facts(facts)
        store.record("deduplicate", f"dossier:{store.dossier_id}", {
            "duplicates": {str(d.document_id): [d.of, d.reason, d.similarity] for d in result.duplicates.values()},
            "threads": len(set(result.threads.values()))})
    return result


def ocr_matches(store: DossierStore, passwords: Callable[[Path], str | None] | None = None) -> int:
    """Suggest, on OCR'd pages, near-matches of values detected anywhere in the dossier."""
    from redactor import ocrmatch

    docs = [d for d in store.documents() if not d.error]
    scanned = [d for d in docs if d.ocr]
    if not scanned:
        return 0
    known = ocrmatch.known_values((d.name, c) for d in docs for c in store.candidates(d.id))
    added = 0
    for row in scanned:
        added += _match_one(store, row, known, passwords(row.path) if passwords else None)
    return added


def _match_one(store: DossierStore, row: DocumentRow, known: list, password: str | None) -> int:
    from redactor import ocrmatch

    try:
        document = ingest(Path(row.path), password)  # OCR comes from the cache: fast, and the same boxes
    except RedactorError as exc:
        log.warning("%s", exc)
        return 0
    if document.sha256 != row.sha256:
        return 0
    taken = [(c.page, c.start, c.end) for c in store.candidates(row.id)]
    pages = [int(p["page"]) for p in row.ocr or []]
    found = ocrmatch.suggest(document, pages, known, taken)
    return store.add_candidates(row.id, found) if found else 0


def propagate_groups(store: DossierStore, documents: list[DocumentRow]) -> int:
    """Copy decisions from each thread's longest message and each assessed original to their copies."""
    from redactor.propagate import propagate_document, related

    wanted = {d.id for d in documents}
    heads = {d.thread_id for d in documents if d.thread_id} | {d.duplicate_of_id for d in documents if d.duplicate_of_id}
    written = 0
    for head in sorted(heads):
        targets = [d for d in related(store, head) if d.id in wanted]
        if targets:
            written += propagate_document(store, head, targets)
    return written
