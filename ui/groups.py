"""Duplicates, e-mail threads and families: the dossier's document groups and the document list's markers.

Groups are read from what screening stored on each document (``redactor.dedup.stored``
for duplicates and threads, ``family_id`` for a message and its attachments): the same
facts the inventory prints, so the app never groups documents a second way.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from redactor import dedup
from redactor.store import DocumentRow

translate = QCoreApplication.translate  # lupdate finds translate("Groups", "...") calls


@dataclass(frozen=True)
class Group:
    """Documents holding one content or one conversation, and the one to review."""

    kind: str  # duplicates | thread | family
    head: DocumentRow  # the assessed original, the thread's longest message, the message with attachments
    members: tuple[DocumentRow, ...]  # the others, in dossier order


@dataclass(frozen=True)
class Marker:
    """What the document list shows next to a document that belongs to a group."""

    kind: str  # duplicate | original | thread | family (a key of style.TAG_COLOURS)
    tag: str
    tooltip: str


def dossier_groups(documents: list[DocumentRow]) -> list[Group]:
    """Duplicate groups, then threads, then families, each ordered by the head's number.

    A message quoted whole in its thread's longest message is shown in the thread (as
    dubbel), not a second time as a duplicate group of that message.
    """
    docs = {d.id: d for d in documents if not d.error}
    stored = dedup.stored(docs.values())
    heads: dict[str, dict[int, list[int]]] = {
        "duplicates": {h: [d.document_id for d in dups if d.reason != "thread"] for h, dups in stored.groups().items()},
        "thread": {h: [m for m in ms if m != h] for h, ms in stored.thread_groups().items()},
        "family": {}}
    for doc in docs.values():
        if doc.family_id is not None and doc.family_id != doc.id:
            heads["family"].setdefault(doc.family_id, []).append(doc.id)
    groups = []
    for kind, by_head in heads.items():
        for head in sorted((h for h in by_head if h in docs), key=lambda h: docs[h].number):
            members = sorted((docs[m] for m in by_head[head] if m in docs), key=lambda d: d.number)
            if members:
                groups.append(Group(kind, docs[head], tuple(members)))
    return groups


def doc_name(doc: DocumentRow) -> str:
    return f"{doc.number}. {doc.name}"


def reason_label(reason: str | None) -> str:
    labels = {"exact": translate("Groups", "same text"), "near": translate("Groups", "nearly the same text"),
              "thread": translate("Groups", "quoted whole in a later message")}
    return labels.get(reason or "", reason or "")


def document_markers(groups: list[Group]) -> dict[int, Marker]:
    """One marker per grouped document (a copy first says where it was assessed); the tooltip tells every group."""
    lines: dict[int, list[str]] = {}
    tags: dict[int, tuple[int, str, str]] = {}  # priority (lowest wins), kind, tag

    def add(doc: DocumentRow, priority: int, kind: str, tag: str, line: str) -> None:
        lines.setdefault(doc.id, []).append(line)
        if doc.id not in tags or priority < tags[doc.id][0]:
            tags[doc.id] = (priority, kind, tag)

    def duplicate(doc: DocumentRow, original: DocumentRow) -> None:
        add(doc, 0, "duplicate", translate("Groups", "duplicate of {n}").format(n=original.number),
            translate("Groups", "Duplicate ({reason}) of {original}: its content is assessed there, and the inventory "
                                "lists this document as a duplicate.").format(
                reason=reason_label(doc.duplicate_reason), original=doc_name(original)))

    for g in groups:
        if g.kind == "duplicates":
            add(g.head, 3, "original", translate("Groups", "original"),
                translate("Groups", "Original: its content is assessed here for {n} duplicate(s): {names}.").format(
                    n=len(g.members), names=", ".join(doc_name(m) for m in g.members)))
            for m in g.members:
                duplicate(m, g.head)
        elif g.kind == "thread":
            count = len(g.members) + 1
            add(g.head, 1, "thread", translate("Groups", "thread: longest"),
                translate("Groups", "Longest message of an e-mail thread of {n}: review this one.").format(n=count))
            for m in g.members:
                if m.duplicate_of_id == g.head.id:
                    duplicate(m, g.head)
                add(m, 2, "thread", translate("Groups", "thread {n}").format(n=g.head.number),
                    translate("Groups", "Message in an e-mail thread of {n}; its longest message is {head}.").format(
                        n=count, head=doc_name(g.head)))
        else:
            add(g.head, 5, "family", translate("Groups", "{n} attachment(s)").format(n=len(g.members)),
                translate("Groups", "E-mail with {n} attachment(s).").format(n=len(g.members)))
            for m in g.members:
                add(m, 4, "family", translate("Groups", "attachment of {n}").format(n=g.head.number),
                    translate("Groups", "Attachment of {message}.").format(message=doc_name(g.head)))
    return {doc_id: Marker(kind, tag, "\n".join(lines[doc_id])) for doc_id, (_p, kind, tag) in tags.items()}
