"""The dossier store: SQLAlchemy 2 models and the one API that writes them.

SQLite file by default (WAL, so a reader never blocks the reviewer), any SQLAlchemy
URL for teams. Decisions are appended, never updated: the current decision on a
candidate is its newest row, and each row says which one it supersedes. Every write
commits at once, so killing the process loses nothing that was reported as saved.
"""

from __future__ import annotations

import datetime as dt
import getpass
import hashlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import JSON, DateTime, Float, ForeignKey, Index, Integer, String, Text, create_engine, event, func, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship

from redactor.document import Document
from redactor.errors import DossierError
from redactor.findings import Candidate

SCHEMA_VERSION = 1
Action = Literal["accept", "reject", "adjust", "manual", "judge", "reset"]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def current_reviewer() -> str:
    """The OS user, as the default reviewer name."""
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user database in some containers
        return "unknown"


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class DossierRow(Base):
    __tablename__ = "dossier"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    ground_set: Mapped[str] = mapped_column(String(64))
    schema_version: Mapped[int] = mapped_column(Integer, default=SCHEMA_VERSION)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)


class DocumentRow(Base):
    __tablename__ = "document"
    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossier.id"))
    number: Mapped[int] = mapped_column(Integer)  # inventory number, stable once given
    path: Mapped[str] = mapped_column(Text)
    name: Mapped[str] = mapped_column(String(512))
    sha256: Mapped[str | None] = mapped_column(String(64))
    pages: Mapped[int] = mapped_column(Integer, default=0)
    language: Mapped[str] = mapped_column(String(8), default="nl")
    title: Mapped[str] = mapped_column(Text, default="")
    date: Mapped[str] = mapped_column(String(32), default="")
    error: Mapped[str | None] = mapped_column(Text)  # why it could not be processed
    warnings: Mapped[list[Any]] = mapped_column(JSON, default=list)
    detection_version: Mapped[str | None] = mapped_column(String(64))  # rule pack + ground set
    screened_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    candidates: Mapped[list[CandidateRow]] = relationship(back_populates="document", cascade="all, delete-orphan",
                                                          order_by="CandidateRow.id")


class CandidateRow(Base):
    __tablename__ = "candidate"
    __table_args__ = (Index("ix_candidate_document", "document_id", "page"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id"))
    page: Mapped[int] = mapped_column(Integer)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    rects: Mapped[list[Any]] = mapped_column(JSON)
    entity: Mapped[str] = mapped_column(String(64))
    interest: Mapped[str] = mapped_column(String(64))
    ground: Mapped[str | None] = mapped_column(String(32))
    score: Mapped[float] = mapped_column(Float)
    source: Mapped[str] = mapped_column(String(128))
    rule: Mapped[str] = mapped_column(String(128))
    reason: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16))  # suggested | kept (public official)
    document: Mapped[DocumentRow] = relationship(back_populates="candidates")


class DecisionRow(Base):
    """One reviewer action. Appended, never updated."""

    __tablename__ = "decision"
    __table_args__ = (Index("ix_decision_document", "document_id", "candidate_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id"))
    candidate_id: Mapped[int | None] = mapped_column(ForeignKey("candidate.id"))
    action: Mapped[str] = mapped_column(String(16))
    ground: Mapped[str | None] = mapped_column(String(32))
    page: Mapped[int | None] = mapped_column(Integer)  # manual boxes
    rects: Mapped[list[Any] | None] = mapped_column(JSON)  # manual boxes / adjusted boxes
    judgement: Mapped[str | None] = mapped_column(String(64))  # document-level: niet openbaar, ...
    reviewer: Mapped[str] = mapped_column(String(128))
    note: Mapped[str] = mapped_column(Text, default="")
    supersedes_id: Mapped[int | None] = mapped_column(ForeignKey("decision.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)


def _sqlite_pragmas(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{Path(path).resolve()}"


class DossierStore:
    """All reads and writes of one dossier database."""

    def __init__(self, url: str, name: str = "dossier", ground_set: str = "woo") -> None:
        try:
            if url.startswith("sqlite:///"):
                Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
            self.engine = create_engine(url)
            if self.engine.dialect.name == "sqlite":
                _sqlite_pragmas(self.engine)
            Base.metadata.create_all(self.engine)
        except Exception as exc:  # SQLAlchemy/driver errors vary by backend
            raise DossierError(f"cannot open dossier database {url!r}: {str(exc).splitlines()[0]}") from exc
        self.url = url
        with Session(self.engine) as s:
            row = s.scalars(select(DossierRow)).first()
            if row is None:
                row = DossierRow(name=name, ground_set=ground_set)
                s.add(row)
                s.commit()
            elif row.schema_version > SCHEMA_VERSION:
                raise DossierError(
                    f"dossier {url!r} was made by a newer version (schema {row.schema_version}); update the tool"
                )
            self.dossier_id, self.ground_set = row.id, row.ground_set

    # -- documents and candidates ----------------------------------------------------------
    def document_by_path(self, path: Path) -> DocumentRow | None:
        with Session(self.engine) as s:
            return s.scalars(select(DocumentRow).where(DocumentRow.path == str(Path(path).resolve()))).first()

    def is_current(self, path: Path, sha256: str, detection_version: str) -> bool:
        """True when this file was screened as it is now, with these rules."""
        row = self.document_by_path(path)
        return bool(row and row.sha256 == sha256 and row.detection_version == detection_version and not row.error)

    def save_screening(self, document: Document, candidates: Iterable[Candidate], detection_version: str) -> int:
        """Store a document and its candidates, replacing an earlier screening of the same file.

        Decisions on candidates that are found again (same page, span and entity) are
        carried over to the new candidate rows, so re-screening never loses review work.
        """
        with Session(self.engine) as s, s.begin():
            row = self._document_row(s, document.path)
            old = {(c.page, c.start, c.end, c.entity): c.id for c in row.candidates}
            row.sha256, row.pages, row.language = document.sha256, len(document.pages), document.language
            row.title, row.date, row.error = document.title, document.date, None
            row.warnings, row.detection_version, row.screened_at = list(document.warnings), detection_version, _now()
            new_rows = [CandidateRow(
                page=c.page, start=c.start, end=c.end, text=c.text, rects=[list(r) for r in c.rects],
                entity=c.entity, interest=c.interest, ground=c.ground, score=c.score, source=c.source,
                rule=c.rule, reason=c.reason, status=c.status) for c in candidates]
            row.candidates.extend(new_rows)
            s.flush()
            kept_ids = set()
            for c in new_rows:
                prior = old.get((c.page, c.start, c.end, c.entity))
                if prior is not None:
                    s.execute(DecisionRow.__table__.update().where(DecisionRow.candidate_id == prior)
                              .values(candidate_id=c.id))
                    kept_ids.add(prior)
            for cand in list(row.candidates):
                if cand.id in old.values():
                    if cand.id not in kept_ids:
                        # The candidate row goes, so the link must; the reviewer's own note stays.
                        s.execute(DecisionRow.__table__.update().where(DecisionRow.candidate_id == cand.id)
                                  .values(candidate_id=None,
                                          note=func.coalesce(DecisionRow.note, "")
                                          + " [finding no longer detected after re-screening]"))
                    row.candidates.remove(cand)
            return row.id

    def save_error(self, path: Path, message: str) -> None:
        """Record that a file could not be processed (listed in the inventory with why)."""
        with Session(self.engine) as s, s.begin():
            row = self._document_row(s, path)
            row.error, row.screened_at = message, _now()

    def _document_row(self, s: Session, path: Path) -> DocumentRow:
        resolved = str(Path(path).resolve())
        row = s.scalars(select(DocumentRow).where(DocumentRow.path == resolved)).first()
        if row is None:
            count = len(s.scalars(select(DocumentRow.id)).all())
            row = DocumentRow(dossier_id=self.dossier_id, number=count + 1, path=resolved, name=Path(path).name,
                              warnings=[])
            s.add(row)
            s.flush()
        return row

    def documents(self) -> list[DocumentRow]:
        with Session(self.engine, expire_on_commit=False) as s:
            return list(s.scalars(select(DocumentRow).order_by(DocumentRow.number)))

    def candidates(self, document_id: int) -> list[CandidateRow]:
        with Session(self.engine, expire_on_commit=False) as s:
            return list(s.scalars(select(CandidateRow).where(CandidateRow.document_id == document_id)
                                  .order_by(CandidateRow.page, CandidateRow.start)))

    # -- decisions ---------------------------------------------------------------------------------
    def decide(self, document_id: int, action: Action, *, candidate_id: int | None = None,
               ground: str | None = None, page: int | None = None, rects: list[list[float]] | None = None,
               judgement: str | None = None, reviewer: str | None = None, note: str = "") -> DecisionRow:
        """Append one decision and commit it before returning."""
        with Session(self.engine, expire_on_commit=False) as s, s.begin():
            previous = None
            if candidate_id is not None:
                previous = s.scalars(select(DecisionRow.id).where(DecisionRow.candidate_id == candidate_id)
                                     .order_by(DecisionRow.id.desc())).first()
            row = DecisionRow(document_id=document_id, candidate_id=candidate_id, action=action, ground=ground,
                              page=page, rects=rects, judgement=judgement, reviewer=reviewer or current_reviewer(),
                              note=note, supersedes_id=previous)
            s.add(row)
        return row

    def decide_many(self, decisions: list[dict[str, Any]], reviewer: str | None = None) -> int:
        """Append many candidate decisions in one transaction (batch accept)."""
        who = reviewer or current_reviewer()
        ids = [d["candidate_id"] for d in decisions if d.get("candidate_id") is not None]
        with Session(self.engine) as s, s.begin():
            latest: dict[int, int] = {}
            for chunk in range(0, len(ids), 500):
                for cid, did in s.execute(select(DecisionRow.candidate_id, DecisionRow.id)
                                          .where(DecisionRow.candidate_id.in_(ids[chunk:chunk + 500]))
                                          .order_by(DecisionRow.id)):
                    latest[cid] = did
            s.add_all(DecisionRow(reviewer=who, supersedes_id=latest.get(d.get("candidate_id")), **d)
                      for d in decisions)
        return len(decisions)

    def current_decisions(self, document_id: int) -> dict[int, DecisionRow]:
        """The newest decision per candidate of a document."""
        with Session(self.engine, expire_on_commit=False) as s:
            rows = s.scalars(select(DecisionRow).where(DecisionRow.document_id == document_id,
                                                       DecisionRow.candidate_id.is_not(None))
                             .order_by(DecisionRow.id))
            return {r.candidate_id: r for r in rows if r.candidate_id is not None}

    def document_decisions(self, document_id: int) -> list[DecisionRow]:
        """Manual boxes and document-level judgements, oldest first."""
        with Session(self.engine, expire_on_commit=False) as s:
            return list(s.scalars(select(DecisionRow).where(DecisionRow.document_id == document_id,
                                                            DecisionRow.candidate_id.is_(None),
                                                            DecisionRow.action.in_(("manual", "judge")))
                                  .order_by(DecisionRow.id)))


def default_dossier_path(paths: list[Path]) -> Path:
    """A per-dossier SQLite file in the user's data folder, keyed by the input paths."""
    from platformdirs import user_data_dir

    key = hashlib.sha256("\n".join(sorted(str(p.resolve()) for p in paths)).encode()).hexdigest()[:10]
    stem = paths[0].resolve().name if len(paths) == 1 else "dossier"
    return Path(user_data_dir("woo-redactor", appauthor=False)) / "dossiers" / f"{stem}-{key}.sqlite"
