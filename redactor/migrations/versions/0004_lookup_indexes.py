"""Indexes for the lookups that grew with the dossier: a document by its path (screening looks
every file up by it) and a finding's latest decision (every accept asks for it, and scanned
all decisions of the dossier before).

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_document_path", "document", ["path"])
    op.create_index("ix_decision_candidate", "decision", ["candidate_id", "id"])


def downgrade() -> None:
    op.drop_index("ix_decision_candidate", table_name="decision")
    op.drop_index("ix_document_path", table_name="document")
