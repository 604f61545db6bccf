"""The dossier store: the one API that reads and writes the dossier database.

SQLite file by default (WAL, so a reader never blocks the reviewer), a PostgreSQL URL
for teams. Decisions are appended, never updated (a trigger refuses updates): the
current decision on a finding is its newest row, and each row says which one it
supersedes. Every write commits at once, so killing the process loses nothing that was
reported as saved. Two reviewers on one finding: each decision carries the row version
the reviewer saw; a stale one is refused with :class:`ConflictError`, never overwritten.
Every decision, approval, export and setting change also goes into the audit chain.
"""

from __future__ import annotations

import datetime as dt
import getpass
import hashlib
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import bindparam, create_engine, event, func, insert, select, update
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from redactor import audit
from redactor.document import Document
from redactor.errors import DossierError
from redactor.findings import Candidate
from redactor.migrate import upgrade
from redactor.models import (
    SCHEMA_VERSION, ApprovalRow, AuditRow, Base, CandidateRow, DecisionRow, DocumentRow, DossierRow, now,
)

__all__ = [
    "SCHEMA_VERSION", "ApprovalRow", "AuditRow", "Base", "CandidateRow", "ConflictError", "DecisionRow",
    "DocumentRow", "DossierRow", "DossierStore", "current_reviewer", "default_dossier_path", "sqlite_url",
]

Action = Literal["accept", "reject", "adjust", "manual", "judge", "reset", "remove"]
_BUSY_TIMEOUT_MS = 30_000  # a second reviewer's write waits instead of failing


class ConflictError(DossierError):
    """Another reviewer decided on the same finding since this reviewer last saw it."""

    def __init__(self, candidate_id: int, reviewer: str, when: dt.datetime | None) -> None:
        self.candidate_id, self.reviewer, self.when = candidate_id, reviewer, when
        stamp = when.strftime("%H:%M:%S") if when else "just now"
        super().__init__(f"another reviewer ({reviewer}) changed this finding at {stamp}; "
                         "the list has been refreshed, decide again if needed")


def _now() -> dt.datetime:
    return now()


def current_reviewer() -> str:
    """The reviewer's chosen name (REDACTOR_REVIEWER), else the OS user."""
    chosen = os.environ.get("REDACTOR_REVIEWER", "").strip()
    if chosen:
        return chosen
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user database in some containers
        return "unknown"


def _sqlite_setup(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves (below)
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")  # a decision reported as saved survives power loss
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={_BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # writers take the write lock at the start, so read-then-write (audit chain, row versions)
        # cannot interleave between processes; readers start a plain deferred transaction
        mode = "BEGIN IMMEDIATE" if conn.get_execution_options().get("write") else "BEGIN"
        conn.connection.dbapi_connection.execute(mode)


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{Path(path).resolve()}"


class DossierStore:
    """All reads and writes of one dossier database."""

    def __init__(self, url: str, name: str = "dossier", ground_set: str = "woo") -> None:
        self.url = url
        try:
            parsed = make_url(url)
            if parsed.get_backend_name() == "sqlite" and parsed.database:
                Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
            self.backup = upgrade(url)
            self.engine = create_engine(url, pool_pre_ping=True)
            if self.engine.dialect.name == "sqlite":
                _sqlite_setup(self.engine)
            self._writer = self.engine.execution_options(write=True)
            with Session(self._writer) as s, s.begin():
                row = s.scalars(select(DossierRow)).first()
                if row is None:
                    row = DossierRow(name=name, ground_set=ground_set, schema_version=SCHEMA_VERSION)
                    s.add(row)
                    s.flush()
                    audit.append(s, current_reviewer(), "create", f"dossier:{row.id}",
                                 {"ground_set": ground_set, "schema_version": SCHEMA_VERSION})
                elif row.schema_version > SCHEMA_VERSION:
                    raise DossierError(f"the dossier database {_display(url)} was made by a newer version of this "
                                       f"tool (schema {row.schema_version}); install the newer version to open it")
                elif row.schema_version < SCHEMA_VERSION:
                    row.schema_version = SCHEMA_VERSION
                self.dossier_id, self.ground_set, self.name = row.id, row.ground_set, row.name
        except DossierError:
            raise
        except (SQLAlchemyError, OSError, ImportError) as exc:
            raise DossierError(f"cannot open dossier database {_display(url)}: {str(exc).splitlines()[0]}") from exc

    @contextmanager
    def _write(self) -> Iterator[Session]:
        with Session(self._writer, expire_on_commit=False) as s, s.begin():
            yield s

    def _read(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    # -- dossier settings ------------------------------------------------------------------------
    @property
    def four_eyes(self) -> bool:
        with self._read() as s:
            return bool(s.get(DossierRow, self.dossier_id).four_eyes)

    def set_four_eyes(self, required: bool, reviewer: str | None = None) -> None:
        """Require (or stop requiring) a second reviewer's approval before export."""
        with self._write() as s:
            s.get(DossierRow, self.dossier_id).four_eyes = required
            audit.append(s, reviewer or current_reviewer(), "setting", f"dossier:{self.dossier_id}",
                         {"four_eyes": required})

    # -- documents and candidates ----------------------------------------------------------
    def document_by_path(self, path: Path) -> DocumentRow | None:
        with self._read() as s:
            return s.scalars(select(DocumentRow).where(DocumentRow.path == str(Path(path).resolve()))).first()

    def document(self, document_id: int) -> DocumentRow | None:
        with self._read() as s:
            return s.get(DocumentRow, document_id)

    def is_current(self, path: Path, sha256: str, detection_version: str) -> bool:
        """True when this file was screened as it is now, with these rules."""
        row = self.document_by_path(path)
        return bool(row and row.sha256 == sha256 and row.detection_version == detection_version and not row.error)

    def save_screening(self, document: Document, candidates: Iterable[Candidate], detection_version: str) -> int:
        """Store a document and its candidates, updating an earlier screening of the same file.

        A finding found again (same page, span and entity) keeps its row, so its decisions
        stay attached; one no longer found is marked 'gone' (its decisions stay in the
        history). Nothing a reviewer decided is rewritten. Rows are written in bulk: a large
        dossier's screening is bound by this write, not by detection.
        """
        with self._write() as s:
            row = self._document_row(s, document.path)
            old = {(page, start, end, entity): cid for cid, page, start, end, entity in s.execute(
                select(CandidateRow.id, CandidateRow.page, CandidateRow.start, CandidateRow.end, CandidateRow.entity)
                .where(CandidateRow.document_id == row.id, CandidateRow.status != "gone"))}
            row.sha256, row.pages, row.language = document.sha256, len(document.pages), document.language
            row.title, row.date, row.error = document.title, document.date, None
            row.warnings, row.detection_version, row.screened_at = list(document.warnings), detection_version, _now()
            again, new = [], []
            for c in candidates:
                values = dict(text=c.text, rects=[list(r) for r in c.rects], interest=c.interest, ground=c.ground,
                              score=c.score, source=c.source, rule=c.rule, reason=c.reason, status=c.status,
                              reason_key=c.reason_key, reason_args=c.reason_args)
                cid = old.pop((c.page, c.start, c.end, c.entity), None)
                if cid is not None:
                    again.append({"cid": cid, **values})
                else:
                    new.append(dict(document_id=row.id, page=c.page, start=c.start, end=c.end, entity=c.entity,
                                    version=0, **values))
            if new:
                s.connection().execute(insert(CandidateRow.__table__), new)  # Core: no ORM bookkeeping per row
            if again:
                table = CandidateRow.__table__  # Core executemany: one statement for all rows
                s.connection().execute(update(table).where(table.c.id == bindparam("cid"))
                                       .values({k: bindparam(k) for k in again[0] if k != "cid"}), again)
            if old:  # not found again
                s.execute(update(CandidateRow).where(CandidateRow.id.in_(list(old.values()))).values(status="gone"),
                          execution_options={"synchronize_session": False})
            return row.id

    def save_error(self, path: Path, message: str) -> None:
        """Record that a file could not be processed (listed in the inventory with why)."""
        with self._write() as s:
            row = self._document_row(s, path)
            row.error, row.screened_at = message, _now()

    def _document_row(self, s: Session, path: Path) -> DocumentRow:
        resolved = str(Path(path).resolve())
        row = s.scalars(select(DocumentRow).where(DocumentRow.path == resolved)).first()
        if row is None:
            count = s.scalar(select(func.count(DocumentRow.id))) or 0
            row = DocumentRow(dossier_id=self.dossier_id, number=count + 1, path=resolved, name=Path(path).name,
                              warnings=[], pages=0, language="nl", title="", date="")
            s.add(row)
            s.flush()
        return row

    def documents(self) -> list[DocumentRow]:
        with self._read() as s:
            return list(s.scalars(select(DocumentRow).order_by(DocumentRow.number)))

    def candidates(self, document_id: int) -> list[CandidateRow]:
        """The document's current findings (not those gone after re-screening)."""
        with self._read() as s:
            return list(s.scalars(select(CandidateRow).where(CandidateRow.document_id == document_id,
                                                             CandidateRow.status != "gone")
                                  .order_by(CandidateRow.page, CandidateRow.start)))

    # -- decisions ---------------------------------------------------------------------------------
    def decide(self, document_id: int, action: Action, *, candidate_id: int | None = None,
               ground: str | None = None, page: int | None = None, rects: list[list[float]] | None = None,
               judgement: str | None = None, reviewer: str | None = None, note: str = "",
               expected_version: int | None = None, origin_decision_id: int | None = None,
               supersedes_id: int | None = None) -> DecisionRow:
        """Append one decision and commit it before returning.

        ``supersedes_id`` names the earlier decision this one replaces when it is not about a
        finding (a removed manual box); for findings the store works it out itself.

        Raises:
            ConflictError: ``expected_version`` is given and another reviewer decided first.
        """
        decision = dict(document_id=document_id, candidate_id=candidate_id, action=action, ground=ground,
                        page=page, rects=rects, judgement=judgement, note=note,
                        origin_decision_id=origin_decision_id, supersedes_id=supersedes_id)
        versions = {candidate_id: expected_version} if candidate_id is not None and expected_version is not None else None
        return self._append([decision], reviewer, versions)[0]

    def decide_many(self, decisions: list[dict[str, Any]], reviewer: str | None = None,
                    expected_versions: dict[int, int] | None = None) -> int:
        """Append many decisions in one transaction (all or none)."""
        return len(self._append(decisions, reviewer, expected_versions)) if decisions else 0

    def _append(self, decisions: list[dict[str, Any]], reviewer: str | None,
                expected: dict[int, int] | None) -> list[DecisionRow]:
        who = reviewer or current_reviewer()
        expected = expected or {}
        rows: list[DecisionRow] = []
        with self._write() as s:
            ids = [d["candidate_id"] for d in decisions if d.get("candidate_id") is not None]
            for cid in ids:  # a reviewer who saw an older version gets a conflict, nothing is written
                if cid in expected:
                    self._bump_version(s, cid, expected[cid])
            unversioned = {cid for cid in ids if cid not in expected}
            latest: dict[int, int] = {}
            for chunk in range(0, len(ids), 500):  # the decision each new one supersedes, in one query per 500
                part = ids[chunk:chunk + 500]
                latest.update(s.execute(select(DecisionRow.candidate_id, func.max(DecisionRow.id))
                                        .where(DecisionRow.candidate_id.in_(part))
                                        .group_by(DecisionRow.candidate_id)).all())
                bump = [cid for cid in part if cid in unversioned]
                if bump:
                    s.execute(update(CandidateRow).where(CandidateRow.id.in_(bump))
                              .values(version=CandidateRow.version + 1), execution_options={"synchronize_session": False})
            for d in decisions:
                cid = d.get("candidate_id")
                previous = d.pop("supersedes_id", None)
                if cid is not None:
                    previous = latest.get(cid)
                    latest[cid] = -1  # the same finding twice in one batch: set below, after flush
                rows.append(DecisionRow(reviewer=who, supersedes_id=previous if previous != -1 else None, **d))
            s.add_all(rows)
            s.flush()
            audit.append_many(s, who, [(f"decision:{row.action}", f"document:{row.document_id}", {
                "decision": row.id, "candidate": row.candidate_id, "ground": row.ground,
                "judgement": row.judgement, "page": row.page, "supersedes": row.supersedes_id,
                "origin": row.origin_decision_id}) for row in rows])
        return rows

    def _bump_version(self, s: Session, candidate_id: int, expected: int | None) -> None:
        """Compare-and-swap on the finding's row version (optimistic locking)."""
        query = update(CandidateRow).where(CandidateRow.id == candidate_id)
        if expected is not None:
            query = query.where(CandidateRow.version == expected)
        if s.execute(query.values(version=CandidateRow.version + 1)).rowcount == 0:
            last = s.scalars(select(DecisionRow).where(DecisionRow.candidate_id == candidate_id)
                             .order_by(DecisionRow.id.desc())).first()
            raise ConflictError(candidate_id, last.reviewer if last else "?", last.created_at if last else None)

    def current_decisions(self, document_id: int) -> dict[int, DecisionRow]:
        """The newest decision per finding of a document."""
        with self._read() as s:
            rows = s.scalars(select(DecisionRow).where(DecisionRow.document_id == document_id,
                                                       DecisionRow.candidate_id.is_not(None))
                             .order_by(DecisionRow.id))
            return {r.candidate_id: r for r in rows if r.candidate_id is not None}

    def document_decisions(self, document_id: int) -> list[DecisionRow]:
        """Manual boxes and document-level judgements, oldest first."""
        with self._read() as s:
            return list(s.scalars(select(DecisionRow).where(DecisionRow.document_id == document_id,
                                                            DecisionRow.candidate_id.is_(None),
                                                            DecisionRow.action.in_(("manual", "judge", "remove")))
                                  .order_by(DecisionRow.id)))

    def review_overview(self) -> tuple[dict[int, list[tuple[int, str]]], dict[int, str], dict[int, list[DecisionRow]]]:
        """For every document at once (the document list of a large dossier): finding statuses,
        newest decision action per finding, and document-level decisions. Three queries in all."""
        with self._read() as s:
            statuses: dict[int, list[tuple[int, str]]] = {}
            # Core rows, not ORM objects: a large dossier has 100,000 findings here
            for cid, doc_id, status in s.connection().execute(
                    select(CandidateRow.id, CandidateRow.document_id, CandidateRow.status)
                    .where(CandidateRow.status != "gone")):
                statuses.setdefault(doc_id, []).append((cid, status))
            latest = dict(s.execute(select(DecisionRow.candidate_id, DecisionRow.action)
                                    .where(DecisionRow.candidate_id.is_not(None)).order_by(DecisionRow.id)).all())
            doc_level: dict[int, list[DecisionRow]] = {}
            for row in s.scalars(select(DecisionRow).where(DecisionRow.candidate_id.is_(None),
                                                           DecisionRow.action.in_(("manual", "judge", "remove")))
                                 .order_by(DecisionRow.id)):
                doc_level.setdefault(row.document_id, []).append(row)
        return statuses, latest, doc_level

    def decision_history(self, document_id: int) -> list[DecisionRow]:
        with self._read() as s:
            return list(s.scalars(select(DecisionRow).where(DecisionRow.document_id == document_id)
                                  .order_by(DecisionRow.id)))

    # -- four eyes -----------------------------------------------------------------------------------
    def approve(self, document_id: int, reviewer: str | None = None, approved: bool = True, note: str = "") -> None:
        """Record (or withdraw) a second reviewer's approval of a document.

        Raises:
            DossierError: the approver made decisions on this document (four eyes means two people).
        """
        who = reviewer or current_reviewer()
        with self._write() as s:
            deciders = set(s.scalars(select(DecisionRow.reviewer).where(DecisionRow.document_id == document_id)))
            if approved and who in deciders:
                raise DossierError(f"{who} made decisions on this document and cannot also approve it; "
                                   "a second reviewer must approve")
            last = s.scalar(select(func.max(DecisionRow.id)).where(DecisionRow.document_id == document_id))
            s.add(ApprovalRow(document_id=document_id, reviewer=who, approved=approved, note=note,
                              last_decision_id=last))
            audit.append(s, who, "approve" if approved else "withdraw-approval", f"document:{document_id}", {})

    def approval(self, document_id: int) -> tuple[str | None, list[str]]:
        """The current approver (or None) and the reviewers who decided on the document.

        An approval covers the decisions made before it: a decision made afterwards (an undo
        too) lapses it, and the second reviewer has to look again.
        """
        with self._read() as s:
            last = s.scalars(select(ApprovalRow).where(ApprovalRow.document_id == document_id)
                             .order_by(ApprovalRow.id.desc())).first()
            deciders = sorted(set(s.scalars(select(DecisionRow.reviewer)
                                            .where(DecisionRow.document_id == document_id))))
            lapsed = last is not None and s.scalar(
                select(DecisionRow.id).where(DecisionRow.document_id == document_id,
                                             DecisionRow.id > (last.last_decision_id or 0)).limit(1)) is not None
        return (last.reviewer if last and last.approved and not lapsed else None), deciders

    def approvals(self) -> dict[int, str]:
        """Every document's approver where an approval is in force (see ``approval``), in two queries."""
        with self._read() as s:
            newest = select(func.max(ApprovalRow.id)).group_by(ApprovalRow.document_id)
            rows = s.execute(select(ApprovalRow.document_id, ApprovalRow.reviewer, ApprovalRow.approved,
                                    ApprovalRow.last_decision_id).where(ApprovalRow.id.in_(newest))).all()
            last = dict(s.execute(select(DecisionRow.document_id, func.max(DecisionRow.id))
                                  .group_by(DecisionRow.document_id)).all())
        return {doc: who for doc, who, approved, covered in rows
                if approved and (last.get(doc) or 0) <= (covered or 0)}

    # -- audit ---------------------------------------------------------------------------------------
    def record(self, action: str, subject: str, payload: dict[str, Any], actor: str | None = None) -> None:
        """An audit entry for something that is not a decision (an export, a setting)."""
        with self._write() as s:
            audit.append(s, actor or current_reviewer(), action, subject, payload)

    def verify_audit(self) -> audit.ChainReport:
        with self._read() as s:
            return audit.verify_chain(s)

    def export_audit(self, fmt: str = "csv") -> str:
        with self._read() as s:
            return audit.export_rows(s, fmt)

    # -- formats, families and duplicates (redactor.formats, redactor.dedup) ----------------------------
    _SOURCE_FIELDS = frozenset({"kind", "parent_id", "family_id", "thread_id", "duplicate_of_id", "duplicate_reason",
                                "ocr", "email", "fingerprint"})

    def set_source_facts(self, facts: dict[int, dict[str, Any]]) -> None:
        """Set what a document was and how it relates to others, for many documents in one transaction.

        These are facts about the sources (kind, OCR confidence, family, thread, duplicate
        of), not reviewer decisions: they are recomputed at every screening.
        """
        with self._write() as s:
            for document_id, values in facts.items():
                unknown = set(values) - self._SOURCE_FIELDS
                if unknown:
                    raise ValueError(f"not a source fact: {', '.join(sorted(unknown))}")
                row = s.get(DocumentRow, document_id)
                for name, value in values.items():
                    setattr(row, name, value)

    def add_candidates(self, document_id: int, candidates: Iterable[Candidate]) -> int:
        """Add findings made after screening (the dossier-wide OCR pass) without touching the others.

        A finding already there (same page, span and entity) is left as it is; one that
        was marked gone comes back, with its decisions. Returns how many were added or revived.
        """
        added = 0
        with self._write() as s:
            row = s.get(DocumentRow, document_id)
            existing = {(c.page, c.start, c.end, c.entity): c for c in row.candidates}
            for c in candidates:
                old = existing.get((c.page, c.start, c.end, c.entity))
                if old is not None and old.status != "gone":
                    continue
                if old is not None:
                    old.status = c.status
                else:
                    row.candidates.append(CandidateRow(
                        page=c.page, start=c.start, end=c.end, entity=c.entity, text=c.text,
                        rects=[list(r) for r in c.rects], interest=c.interest, ground=c.ground, score=c.score,
                        source=c.source, rule=c.rule, reason=c.reason, status=c.status, version=0,
                        reason_key=c.reason_key, reason_args=c.reason_args))
                added += 1
        return added


def _display(url: str) -> str:
    try:
        parsed = make_url(url)
    except Exception:  # noqa: BLE001 - an unparsable URL is shown as given
        return repr(url)
    return parsed.database if parsed.get_backend_name() == "sqlite" else parsed.render_as_string(hide_password=True)


def default_dossier_path(paths: list[Path]) -> Path:
    """A per-dossier SQLite file in the user's data folder, keyed by the input paths."""
    from platformdirs import user_data_dir

    key = hashlib.sha256("\n".join(sorted(str(p.resolve()) for p in paths)).encode()).hexdigest()[:10]
    stem = paths[0].resolve().name if len(paths) == 1 else "dossier"
    return Path(user_data_dir("woo-redactor", appauthor=False)) / "dossiers" / f"{stem}-{key}.sqlite"
