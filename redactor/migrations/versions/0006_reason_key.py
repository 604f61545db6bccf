"""A finding keeps its reason's key and arguments next to the rendered text, so the app shows
it in the interface's language. Findings screened before keep only their text (NULL here).

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("candidate") as batch:
        batch.add_column(sa.Column("reason_key", sa.String(64), nullable=True))
        batch.add_column(sa.Column("reason_args", sa.JSON(none_as_null=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("candidate") as batch:
        batch.drop_column("reason_args")
        batch.drop_column("reason_key")
