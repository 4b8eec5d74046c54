"""Versions of every text the person writes, and a trash for removed calls, actions and
customers.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02

Two new tables; nothing existing changes. The texts written before this version get their
first version the next time they are edited (`workbook.versions.record` keeps the text as it
was before the edit).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "text_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("saved_at", sa.DateTime(), nullable=False),
        sa.Column("restored_from", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_text_version"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_text_version_subject", "text_version", ["subject", "saved_at"])
    op.create_table(
        "trash",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("removed_at", sa.DateTime(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("content", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_trash"),
    )
    op.create_index("ix_trash_removed_at", "trash", ["removed_at"])
    op.create_index("ix_trash_customer", "trash", ["customer_id"])


def downgrade() -> None:
    """The older schema has neither: what is in the trash and the earlier versions go."""
    op.drop_index("ix_trash_customer", table_name="trash")
    op.drop_index("ix_trash_removed_at", table_name="trash")
    op.drop_table("trash")
    op.drop_index("ix_text_version_subject", table_name="text_version")
    op.drop_table("text_version")
