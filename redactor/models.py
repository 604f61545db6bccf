"""SQLAlchemy 2 models of the dossier database (the schema at Alembic head).

Changes to these models need a migration in ``redactor/migrations/versions``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

SCHEMA_VERSION = 6  # the number of the newest migration; stored in dossier.schema_version


def now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class DossierRow(Base):
    __tablename__ = "dossier"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    ground_set: Mapped[str] = mapped_column(String(64))
    schema_version: Mapped[int] = mapped_column(Integer, default=SCHEMA_VERSION)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=now)
    four_eyes: Mapped[bool] = mapped_column(Boolean, default=False)  # a second reviewer approves before export


class DocumentRow(Base):
    __tablename__ = "document"
    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossier.id"))
    number: Mapped[int] = mapped_column(Integer)  # inventory number, stable once given
    path: Mapped[str] = mapped_column(Text, index=True)
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
    # what the source was, and how it relates to others (redactor.formats, redactor.dedup)
    kind: Mapped[str] = mapped_column(String(16), default="pdf")  # pdf | text | scan | image | email | office
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"))  # attachment -> its message
    family_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"))  # the family's top message
    thread_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"))  # the thread's longest message
    duplicate_of_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"))  # where the content is assessed
    duplicate_reason: Mapped[str | None] = mapped_column(String(16))  # exact | near | thread
    ocr: Mapped[list[Any] | None] = mapped_column(JSON)  # per OCR'd page: confidence, needs_review, reason
    email: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # message headers (no body)
    fingerprint: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # text hash, MinHash, body shingles
    candidates: Mapped[list[CandidateRow]] = relationship(back_populates="document", cascade="all, delete-orphan",
                                                          order_by="CandidateRow.id",
                                                          foreign_keys="CandidateRow.document_id")


class CandidateRow(Base):
    """A finding. Kept when it is no longer detected (status 'gone'), so decisions never dangle."""

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
    reason: Mapped[str] = mapped_column(Text)  # rendered at screening, in the dossier's language
    # the reason's key and arguments (redactor.detect.reasons.describe), to show it in any language;
    # NULL for a free-text reason and for findings screened before migration 0006
    reason_key: Mapped[str | None] = mapped_column(String(64))
    reason_args: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))
    status: Mapped[str] = mapped_column(String(16))  # suggested | kept (public official) | gone
    # bumped by every decision: optimistic locking between concurrent reviewers
    version: Mapped[int] = mapped_column(Integer, default=0)
    document: Mapped[DocumentRow] = relationship(back_populates="candidates")


class DecisionRow(Base):
    """One reviewer action. Appended, never updated (a database trigger enforces it)."""

    __tablename__ = "decision"
    __table_args__ = (Index("ix_decision_document", "document_id", "candidate_id"),
                      Index("ix_decision_candidate", "candidate_id", "id"))
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
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=now)
    # a decision copied to the same passage in another document records where it came from
    origin_decision_id: Mapped[int | None] = mapped_column(ForeignKey("decision.id"))


class ApprovalRow(Base):
    """Four-eyes: a second reviewer approves (or withdraws approval of) a document."""

    __tablename__ = "approval"
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id"), index=True)
    reviewer: Mapped[str] = mapped_column(String(128))
    approved: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=now)
    note: Mapped[str] = mapped_column(Text, default="")
    # the newest decision on the document when it was approved: a later one lapses the approval
    last_decision_id: Mapped[int | None] = mapped_column(Integer, nullable=True)


class AuditRow(Base):
    """One entry of the append-only audit log, chained to the one before by its hash."""

    __tablename__ = "audit"
    id: Mapped[int] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    at: Mapped[str] = mapped_column(String(40))  # ISO 8601, part of the hashed content
    actor: Mapped[str] = mapped_column(String(128))
    action: Mapped[str] = mapped_column(String(32))
    subject: Mapped[str] = mapped_column(String(128))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditHeadRow(Base):
    """The chain's last link; updating it serialises writers and reveals a truncated tail."""

    __tablename__ = "audit_head"
    id: Mapped[int] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    hash: Mapped[str] = mapped_column(String(64), default="0" * 64)
