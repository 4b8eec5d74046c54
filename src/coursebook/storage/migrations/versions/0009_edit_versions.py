"""Edits that know what they were based on: a version number and who saved last, on the
texts several people may change at once (actions, the answers of a call).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03

Saving says which version it changes; when someone else saved in between, the save is
refused and both texts are kept (workbook/conflicts.py). A file has one writer, but the
columns are the same on both engines, so a workbook moves between them as it is.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("action", "call_answer")


def upgrade() -> None:
    # Plain ALTER TABLE (on SQLite too): rebuilding a table would drop the search triggers.
    for table in TABLES:
        op.add_column(table, sa.Column("version", sa.Integer(), server_default="1", nullable=False))
        op.add_column(
            table, sa.Column("changed_by", sa.String(length=200), server_default="", nullable=False)
        )
    op.add_column("call_answer", sa.Column("updated_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    op.execute("ALTER TABLE call_answer DROP COLUMN updated_at")
    for table in TABLES:
        op.execute(f"ALTER TABLE {table} DROP COLUMN changed_by")
        op.execute(f"ALTER TABLE {table} DROP COLUMN version")
