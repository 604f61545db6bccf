"""The first dossier schema: dossier, document, candidate, decision.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "dossier",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(255), nullable=False),
        sa.Column("ground_set", sa.String(64), nullable=False),
        sa.Column("schema_version", sa.Integer, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "document",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("dossier_id", sa.Integer, sa.ForeignKey("dossier.id"), nullable=False),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("path", sa.Text, nullable=False),
        sa.Column("name", sa.String(512), nullable=False),
        sa.Column("sha256", sa.String(64)),
        sa.Column("pages", sa.Integer, nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("date", sa.String(32), nullable=False),
        sa.Column("error", sa.Text),
        sa.Column("warnings", sa.JSON, nullable=False),
        sa.Column("detection_version", sa.String(64)),
        sa.Column("screened_at", sa.DateTime(timezone=True)),
    )
    op.create_table(
        "candidate",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("document_id", sa.Integer, sa.ForeignKey("document.id"), nullable=False),
        sa.Column("page", sa.Integer, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("rects", sa.JSON, nullable=False),
        sa.Column("entity", sa.String(64), nullable=False),
        sa.Column("interest", sa.String(64), nullable=False),
        sa.Column("ground", sa.String(32)),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("source", sa.String(128), nullable=False),
        sa.Column("rule", sa.String(128), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
    )
    op.create_index("ix_candidate_document", "candidate", ["document_id", "page"])
    op.create_table(
        "decision",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("document_id", sa.Integer, sa.ForeignKey("document.id"), nullable=False),
        sa.Column("candidate_id", sa.Integer, sa.ForeignKey("candidate.id")),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("ground", sa.String(32)),
        sa.Column("page", sa.Integer),
        sa.Column("rects", sa.JSON),
        sa.Column("judgement", sa.String(64)),
        sa.Column("reviewer", sa.String(128), nullable=False),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("supersedes_id", sa.Integer, sa.ForeignKey("decision.id")),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_decision_document", "decision", ["document_id", "candidate_id"])


def downgrade() -> None:
    for table in ("decision", "candidate", "document", "dossier"):
        op.drop_table(table)
