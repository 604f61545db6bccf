"""An index on the document's path: screening looks every file up by it (10,000 files made
that lookup a full scan each).

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


def downgrade() -> None:
    op.drop_index("ix_document_path", table_name="document")
