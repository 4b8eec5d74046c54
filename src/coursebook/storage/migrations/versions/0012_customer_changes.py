"""Who changed a customer's details last, and when: two people editing the same customer
in a shared workbook are told of each other (workbook/conflicts.py).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ALTER TABLE (on SQLite too): rebuilding a table would drop the search triggers.
    op.add_column(
        "customer",
        sa.Column("changed_by", sa.String(length=200), server_default="", nullable=False),
    )
    op.add_column("customer", sa.Column("updated_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    op.execute("ALTER TABLE customer DROP COLUMN updated_at")
    op.execute("ALTER TABLE customer DROP COLUMN changed_by")
