"""Ontdubbelen: exact and near duplicates, and e-mail threads, found from stored fingerprints.

Dossiers repeat themselves: the same e-mail saved from five mailboxes, an attachment
sent again, a memo with and without a received-stamp, every reply quoting the
messages before it. Woo practice (see shared/reference/woo-practice.md, section 4)
assesses each content once and lists the copies as "dubbel" with a reference to the
document where it was assessed.

* Exact duplicates: the SHA-256 of the normalised text (case, accents' composition,
  punctuation and layout do not count), so a PDF and the same text re-saved match.
* Near duplicates: MinHash over word 5-shingles (datasketch), candidates from LSH
  banding of the stored sketches, kept when the estimated Jaccard similarity is at least ``NEAR_THRESHOLD``, or
  at least ``CANDIDATE_THRESHOLD`` with the shorter text (nearly) contained in the
  longer one (a stamp or a signature added to a short note moves Jaccard a lot).
  Of a group, the longest document is the one assessed (it holds the most).
* Threads: messages joined by Message-ID / In-Reply-To / References, or by the same
  normalised subject between the same people. The longest message is the one to
  review; an earlier message counts as dubbel only when its own body is contained in
  it (``THREAD_CONTAINMENT``), so a message with text the chain lost is still assessed
  on its own (ECLI:NL:RBMNE:2019:731 found assessing only the chain a defect).

Fingerprints are computed at ingest (in the worker that has the text) and stored, so
grouping needs only the database.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

SHINGLE_WORDS = 5
NUM_PERM = 128
NEAR_THRESHOLD = 0.8
CANDIDATE_THRESHOLD = 0.5  # LSH recall: candidate pairs are then checked against the rules below
STAMP_CONTAINMENT = 0.95  # a short text (nearly) inside a slightly longer one: the same document, stamped
THREAD_CONTAINMENT = 0.9
MAX_BODY_SHINGLES = 20_000
MINHASH_SCHEME = "affine32"  # datasketch 2's default; stored sketches must all use one scheme
# LSH banding of the stored sketches, as datasketch's MinHashLSH chooses for threshold 0.5 and
# 128 permutations; done here with numpy because importing datasketch's LSH loads SciPy (0.4 s
# at every screening) for the same bucket lookup.
LSH_BANDS, LSH_ROWS = 25, 5
_SUBJECT_PREFIX = re.compile(r"^\s*((re|fw|fwd|antw|doorst|wg|aw|tr|sv|vs)\s*(\[\d+\])?\s*:\s*)+", re.IGNORECASE)
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def normalise(text: str) -> str:
    """Words only, case-folded: what two copies of one content have in common."""
    return " ".join(re.findall(r"\w+", unicodedata.normalize("NFKC", text).casefold()))


def shingles(text: str) -> set[int]:
    """32-bit hashes of every run of ``SHINGLE_WORDS`` words (the whole text if shorter)."""
    words = normalise(text).split()
    if not words:
        return set()
    if len(words) <= SHINGLE_WORDS:
        return {zlib.crc32(" ".join(words).encode())}
    return {zlib.crc32(" ".join(words[i:i + SHINGLE_WORDS]).encode()) for i in range(len(words) - SHINGLE_WORDS + 1)}


def fingerprint(text: str, body: str | None = None) -> dict[str, Any]:
    """What dedup stores per document: text hash, shingle count, MinHash; an e-mail's body shingles."""
    from datasketch import MinHash  # imported late: it pulls in numpy and scipy

    norm = normalise(text)
    sh = shingles(text)
    minhash = MinHash(num_perm=NUM_PERM, scheme=MINHASH_SCHEME)
    minhash.update_batch([s.to_bytes(4, "little") for s in sh])
    out: dict[str, Any] = {"text": hashlib.sha256(norm.encode()).hexdigest() if norm else "", "size": len(sh),
                           "minhash": [int(v) for v in minhash.hashvalues], "scheme": MINHASH_SCHEME}
    if body is not None:
        out["body"] = sorted(shingles(body))[:MAX_BODY_SHINGLES]
    return out


class DocLike(Protocol):
    id: int
    number: int
    name: str
    fingerprint: dict[str, Any] | None
    email: dict[str, Any] | None


@dataclass
class Duplicate:
    """One document whose content was assessed in another."""

    document_id: int
    of: int  # the document where the content is assessed
    reason: str  # exact | near | thread
    similarity: float | None  # None when read back from the store (``stored``), which keeps no similarity


@dataclass
class Result:
    duplicates: dict[int, Duplicate] = field(default_factory=dict)
    threads: dict[int, int] = field(default_factory=dict)  # document id -> id of the thread's longest message

    def groups(self) -> dict[int, list[Duplicate]]:
        """Assessed document id -> its duplicates."""
        out: dict[int, list[Duplicate]] = {}
        for d in self.duplicates.values():
            out.setdefault(d.of, []).append(d)
        return out

    def thread_groups(self) -> dict[int, list[int]]:
        """Id of each thread's longest message -> ids of all its messages (that one included)."""
        out: dict[int, list[int]] = {}
        for doc_id, head in self.threads.items():
            out.setdefault(head, []).append(doc_id)
        return out


class StoredLike(Protocol):
    id: int
    duplicate_of_id: int | None
    duplicate_reason: str | None
    thread_id: int | None


def stored(documents: Iterable[StoredLike]) -> Result:
    """The result screening stored on each document (``relations.deduplicate``), read back without recomputing.

    The app shows these, the same facts the inventory prints, also for a dossier opened
    from its database without screening.
    """
    result = Result()
    for doc in documents:
        if doc.duplicate_of_id is not None:
            result.duplicates[doc.id] = Duplicate(doc.id, doc.duplicate_of_id, doc.duplicate_reason or "", None)
        if doc.thread_id is not None:
            result.threads[doc.id] = doc.thread_id
    return result


def find(documents: Iterable[DocLike]) -> Result:
    """Exact and near duplicates and threads among ``documents`` (those with a fingerprint)."""
    docs = sorted((d for d in documents if d.fingerprint and d.fingerprint.get("text")), key=lambda d: d.number)
    result = Result()
    first: dict[str, DocLike] = {}
    for doc in docs:
        key = doc.fingerprint["text"]  # type: ignore[index]
        if key in first:
            result.duplicates[doc.id] = Duplicate(doc.id, first[key].id, "exact", 1.0)
        else:
            first[key] = doc
    _near(list(first.values()), result)
    _threads([d for d in docs if d.email], result)
    _flatten(result)
    return result


def _near(docs: list[DocLike], result: Result) -> None:
    import numpy as np

    docs = [d for d in docs if d.fingerprint.get("scheme") == MINHASH_SCHEME]  # type: ignore[union-attr]
    hashes = {d.id: np.array(d.fingerprint["minhash"], dtype=np.uint32) for d in docs}  # type: ignore[index]
    buckets: dict[tuple[int, bytes], list[int]] = {}
    for doc in docs:
        for band in range(LSH_BANDS):
            buckets.setdefault((band, hashes[doc.id][band * LSH_ROWS:(band + 1) * LSH_ROWS].tobytes()),
                               []).append(doc.id)
    similar: dict[int, set[int]] = {}
    for ids in buckets.values():
        for i in ids:
            similar.setdefault(i, set()).update(ids)

    def jaccard(a: int, b: int) -> float:  # the MinHash estimate: the share of equal hash values
        return float(np.count_nonzero(hashes[a] == hashes[b])) / NUM_PERM

    parent = {d.id: d.id for d in docs}
    sizes = {d.id: d.fingerprint["size"] for d in docs}  # type: ignore[index]
    emails = {d.id: bool(d.email) for d in docs}

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for doc in docs:
        for other in sorted(similar.get(doc.id, ())):
            if other == doc.id:
                continue
            # E-mails only by resemblance: containment between messages is the thread pass's (exact) job.
            if _alike(jaccard(doc.id, other), doc.fingerprint["size"],  # type: ignore[index]
                      sizes[other], contained=not (doc.email or emails[other])):
                parent[root(other)] = root(doc.id)
    members: dict[int, list[DocLike]] = {}
    for doc in docs:
        members.setdefault(root(doc.id), []).append(doc)
    for group in members.values():
        if len(group) < 2:
            continue
        keep = max(group, key=lambda d: (d.fingerprint["size"], -d.number))  # type: ignore[index]
        for doc in group:
            if doc.id != keep.id:
                sim = jaccard(doc.id, keep.id)
                result.duplicates[doc.id] = Duplicate(doc.id, keep.id, "near", round(max(sim, 0.0), 3))


def _alike(jaccard: float, size_a: int, size_b: int, contained: bool = True) -> bool:
    """Near duplicates: most shingles shared, or (``contained``) the smaller text inside the larger."""
    if jaccard >= NEAR_THRESHOLD:
        return True
    if not contained or jaccard < CANDIDATE_THRESHOLD or not size_a or not size_b:
        return False
    # |A n B| = J (|A| + |B|) / (1 + J); containment of the smaller set in the larger
    return jaccard * (size_a + size_b) / ((1 + jaccard) * min(size_a, size_b)) >= STAMP_CONTAINMENT


def subject_key(subject: str) -> str:
    """The subject without Re:/Fw:/Antw:/Doorst: prefixes, case-folded."""
    return normalise(_SUBJECT_PREFIX.sub("", subject or ""))


def _people(headers: dict[str, Any]) -> set[str]:
    return {a.casefold() for h in ("from", "to", "cc") for a in _ADDRESS.findall(str(headers.get(h, "")))}


def _threads(docs: list[DocLike], result: Result) -> None:
    parent = {d.id: d.id for d in docs}

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(a: int, b: int) -> None:
        parent[root(a)] = root(b)

    by_message_id: dict[str, int] = {}
    for doc in docs:
        mid = (doc.email or {}).get("message_id")
        if mid:
            if mid in by_message_id:
                join(doc.id, by_message_id[mid])
            else:
                by_message_id[mid] = doc.id
    by_subject: dict[str, list[DocLike]] = {}
    for doc in docs:
        headers = doc.email or {}
        for ref in [headers.get("in_reply_to"), *(headers.get("references") or [])]:
            if ref and ref in by_message_id:
                join(doc.id, by_message_id[ref])
        key = subject_key(str(headers.get("subject", "")))
        if len(key) >= 4:
            for other in by_subject.get(key, []):
                if _people(headers) & _people(other.email or {}):
                    join(doc.id, other.id)
            by_subject.setdefault(key, []).append(doc)
    threads: dict[int, list[DocLike]] = {}
    for doc in docs:
        threads.setdefault(root(doc.id), []).append(doc)
    for group in threads.values():
        if len(group) < 2:
            continue
        originals = [d for d in group if d.id not in result.duplicates] or group
        longest = max(originals, key=lambda d: (len(d.fingerprint.get("body") or []), d.number))  # type: ignore[union-attr]
        whole = set(longest.fingerprint.get("body") or [])  # type: ignore[union-attr]
        for doc in group:
            result.threads[doc.id] = longest.id
            own = set(doc.fingerprint.get("body") or [])  # type: ignore[union-attr]
            if doc.id == longest.id or doc.id in result.duplicates or not own:
                continue
            contained = len(own & whole) / len(own)
            if contained >= THREAD_CONTAINMENT:
                result.duplicates[doc.id] = Duplicate(doc.id, longest.id, "thread", round(contained, 3))


def _flatten(result: Result) -> None:
    """Point every duplicate at an assessed document, never at another duplicate."""
    for dup in result.duplicates.values():
        seen = {dup.document_id}
        while dup.of in result.duplicates and dup.of not in seen:
            seen.add(dup.of)
            dup.of = result.duplicates[dup.of].of
