"""The audit trail: append-only rows chained by SHA-256, so a changed or deleted row shows.

Each row's hash covers its content and the previous row's hash. The newest link is also
kept in ``audit_head``, which every writer updates first: that serialises writers (a
row lock on PostgreSQL, the write lock on SQLite) and reveals rows cut off the end.
Rows never contain document text or the personal data it holds.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from redactor.models import AuditHeadRow, AuditRow, now

GENESIS = "0" * 64


def _digest(seq: int, at: str, actor: str, action: str, subject: str, payload: dict[str, Any], prev: str) -> str:
    content = json.dumps([seq, at, actor, action, subject, payload, prev], sort_keys=True, ensure_ascii=False,
                         separators=(",", ":"), default=str)
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


def append(session: Session, actor: str, action: str, subject: str, payload: dict[str, Any] | None = None) -> AuditRow:
    """Add one link to the chain, inside the caller's transaction."""
    return append_many(session, actor, [(action, subject, payload or {})])[0]


def append_many(session: Session, actor: str, entries: list[tuple[str, str, dict[str, Any]]]) -> list[AuditRow]:
    """Add links to the chain in order, inside the caller's transaction (one head update)."""
    head = session.scalars(select(AuditHeadRow).where(AuditHeadRow.id == 1).with_for_update()).one()
    seq, prev = head.seq, head.hash
    at = now().isoformat(timespec="microseconds")
    rows = []
    for action, subject, payload in entries:
        seq += 1
        digest = _digest(seq, at, actor, action, subject, payload, prev)
        rows.append(AuditRow(seq=seq, at=at, actor=actor, action=action, subject=subject, payload=payload,
                             prev_hash=prev, hash=digest))
        prev = digest
    session.add_all(rows)
    head.seq, head.hash = seq, prev
    return rows


@dataclass
class ChainReport:
    rows: int
    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_chain(session: Session) -> ChainReport:
    """Recompute every link; report changed, missing, reordered or cut-off rows."""
    problems: list[str] = []
    prev, expected_seq, count = GENESIS, 1, 0
    for row in session.scalars(select(AuditRow).order_by(AuditRow.seq)):
        count += 1
        if row.seq != expected_seq:
            problems.append(f"entries {expected_seq}..{row.seq - 1} are missing (deleted)")
        if row.prev_hash != prev:
            problems.append(f"entry {row.seq} does not follow the entry before it")
        if _digest(row.seq, row.at, row.actor, row.action, row.subject, row.payload, row.prev_hash) != row.hash:
            problems.append(f"entry {row.seq} was changed after it was written")
        prev, expected_seq = row.hash, row.seq + 1
    head = session.get(AuditHeadRow, 1)
    if head is not None and (head.seq != expected_seq - 1 or head.hash != prev):
        problems.append(f"the log ends at entry {expected_seq - 1} but {head.seq} were written (entries removed "
                        "from the end)")
    return ChainReport(count, problems)


def export_rows(session: Session, fmt: str = "csv") -> str:
    """The whole log as CSV or JSON, for a bezwaar or court file."""
    rows = [dict(seq=r.seq, at=r.at, actor=r.actor, action=r.action, subject=r.subject,
                 payload=r.payload, prev_hash=r.prev_hash, hash=r.hash)
            for r in session.scalars(select(AuditRow).order_by(AuditRow.seq))]
    if fmt == "json":
        return json.dumps({"audit": rows}, indent=1, ensure_ascii=False)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=["seq", "at", "actor", "action", "subject", "payload", "prev_hash", "hash"])
    writer.writeheader()
    for r in rows:
        writer.writerow({**r, "payload": json.dumps(r["payload"], ensure_ascii=False, sort_keys=True)})
    return buffer.getvalue()
