"""People in a shared workbook: whose run of the course it is, who wrote a call or an action.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03

Each person follows the course in a run of their own (their start, reflections and ticks);
customers, calls, actions and scores stay shared, and each call and action says who wrote
it. "" is nobody in particular: every run and all work of a file, and of a workbook moved
from a file to a server.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = (("course_run", "person"), ("call_note", "written_by"), ("action", "written_by"))


def upgrade() -> None:
    # Plain ALTER TABLE (on SQLite too): rebuilding a table would drop the search triggers.
    for table, column in COLUMNS:
        op.add_column(
            table, sa.Column(column, sa.String(length=200), server_default="", nullable=False)
        )


def downgrade() -> None:
    for table, column in COLUMNS:
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
