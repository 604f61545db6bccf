"""Formats, families and duplicates: what a document was (kind, OCR, e-mail headers), the
family and thread it belongs to, and where its content was assessed if it is a duplicate.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_LINKS = ("parent_id", "family_id", "thread_id", "duplicate_of_id")


def upgrade() -> None:
    with op.batch_alter_table("document") as batch:
        batch.add_column(sa.Column("kind", sa.String(16), nullable=False, server_default="pdf"))
        for column in _LINKS:
            batch.add_column(sa.Column(column, sa.Integer, nullable=True))
            batch.create_foreign_key(f"fk_document_{column}", "document", [column], ["id"])
        batch.add_column(sa.Column("duplicate_reason", sa.String(16), nullable=True))
        batch.add_column(sa.Column("ocr", sa.JSON, nullable=True))
        batch.add_column(sa.Column("email", sa.JSON, nullable=True))
        batch.add_column(sa.Column("fingerprint", sa.JSON, nullable=True))
    op.create_index("ix_document_duplicate", "document", ["duplicate_of_id"])


def downgrade() -> None:
    op.drop_index("ix_document_duplicate", table_name="document")
    with op.batch_alter_table("document") as batch:
        for column in ("fingerprint", "email", "ocr", "duplicate_reason"):
            batch.drop_column(column)
        for column in reversed(_LINKS):
            batch.drop_constraint(f"fk_document_{column}", type_="foreignkey")
            batch.drop_column(column)
        batch.drop_column("kind")
